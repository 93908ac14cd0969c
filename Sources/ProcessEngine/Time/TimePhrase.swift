import Wording

/// Why a text is not a duration: the detail of `EngineError.malformedDuration`.
public enum DurationProblem: Equatable, Sendable {
  case numberTooLarge
  case notAUnit(Character)
  case numberBeforeUnit(Character)
  case unitOrder
  case empty
  case lastNumberWithoutUnit
  case longerThanACentury
  /// A span given in code (not typed) outside 0s…100 years.
  case outOfRange

  public func message(in language: Language) -> String {
    switch self {
    case .numberTooLarge: language.text(TimePhrase.numberTooLarge)
    case .notAUnit(let unit): language.text(TimePhrase.notAUnit, ["unit": .text(String(unit))])
    case .numberBeforeUnit(let unit):
      language.text(TimePhrase.numberBeforeUnit, ["unit": .text(String(unit))])
    case .unitOrder: language.text(TimePhrase.unitOrder)
    case .empty: language.text(TimePhrase.empty)
    case .lastNumberWithoutUnit: language.text(TimePhrase.lastNumberWithoutUnit)
    case .longerThanACentury: language.text(TimePhrase.longerThanACentury)
    case .outOfRange: language.text(TimePhrase.outOfRange)
    }
  }
}

/// Why a text is not a date-time: the detail of `EngineError.malformedDateTime`.
public enum DateTimeProblem: Equatable, Sendable {
  /// Not `YYYY-MM-DD[ HH:MM[:SS]]` at all.
  case shape
  case yearZero
  case month(Int)
  case day(Int, monthLength: Int)
  case time

  public func message(in language: Language) -> String {
    switch self {
    case .shape: language.text(TimePhrase.shape)
    case .yearZero: language.text(TimePhrase.yearZero)
    case .month(let month): language.text(TimePhrase.month, ["month": .plain(month)])
    case .day(let day, let length):
      language.text(TimePhrase.day, ["day": .plain(day), "length": .plain(length)])
    case .time: language.text(TimePhrase.time)
    }
  }
}

/// What is wrong with a duration or a date-time as typed. What one is written like stays as it
/// is typed in both languages (`1d2h30m`, `2026-01-07 14:30`).
public enum TimePhrase: PhraseBook {
  case numberTooLarge, notAUnit, numberBeforeUnit, unitOrder, empty, lastNumberWithoutUnit
  case longerThanACentury, outOfRange
  case shape, yearZero, month, day, time

  public var phrase: Phrase {
    switch self {
    case .numberTooLarge: Phrase(en: "the number is too large", ru: "число слишком большое")
    case .notAUnit:
      Phrase(en: "'{unit}' is not a unit (w d h m s)", ru: "'{unit}' — не единица (w d h m s)")
    case .numberBeforeUnit:
      Phrase(en: "a number must come before '{unit}'", ru: "перед '{unit}' нужно число")
    case .unitOrder:
      Phrase(
        en: "units go from the largest to the smallest, each once",
        ru: "единицы идут от больших к меньшим, каждая по разу")
    case .empty: Phrase(en: "it is empty", ru: "пусто")
    case .lastNumberWithoutUnit:
      Phrase(
        en: "the last number has no unit (w d h m s)",
        ru: "у последнего числа нет единицы (w d h m s)")
    case .longerThanACentury: Phrase(en: "it is longer than 100 years", ru: "это дольше 100 лет")
    case .outOfRange:
      Phrase(en: "it must be between 0s and 100 years", ru: "нужно от 0s до 100 лет")
    case .shape:
      Phrase(
        en: "expected YYYY-MM-DD, YYYY-MM-DD HH:MM[:SS] or +DURATION",
        ru: "нужно YYYY-MM-DD, YYYY-MM-DD HH:MM[:SS] или +ДЛИТЕЛЬНОСТЬ")
    case .yearZero: Phrase(en: "there is no year 0", ru: "года 0 не бывает")
    case .month: Phrase(en: "month {month} is not 1–12", ru: "месяца {month} нет: месяцы 1–12")
    case .day:
      Phrase(
        en: "day {day} is not 1–{length} in that month",
        ru: "дня {day} нет: в этом месяце дни 1–{length}")
    case .time:
      Phrase(
        en: "the time is not between 00:00:00 and 23:59:59",
        ru: "время не в пределах 00:00:00–23:59:59")
    }
  }
}
