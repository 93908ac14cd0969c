import ProcessEngine
import Wording

/// What the parser says when the words of a command do not fit it (`ShellError.UsageProblem`,
/// `ShellError.ValueProblem`). A `{noun}` is a value's noun in the same language (`NounPhrase`, or
/// the command's own); quoted words are what the user typed or may type, in neither language.
///
/// Russian puts the noun where it keeps its dictionary form, after a colon or a dash, so that no
/// noun needs declining: «после 'pay order' не хватает: номер заказа», «'x' — не номер заказа».
/// The parts a message may end with (a suggestion, a list) are `ErrorPhrase`'s.
enum ParsePhrase: PhraseBook {
  case needs, needsNext, expectedFound, unexpected
  case unknownFlag, flagsTaken, noFlags, flagNeedsValue, flagGivenTwice
  case unordered, unpaired
  case notAnID, unknown, oneOf, outOfRange, notACount, notASeed, contradiction

  var phrase: Phrase {
    switch self {
    case .needs: Phrase(en: "'{after}' needs {what}", ru: "после '{after}' не хватает: {what}")
    case .needsNext:
      Phrase(en: "'{after}' needs {what} next", ru: "после '{after}' не хватает: {what}")
    case .expectedFound:
      Phrase(
        en: "expected {expected} after '{after}', found '{found}'",
        ru: "после '{after}' ожидалось: {expected}; получено '{found}'")
    case .unexpected:
      Phrase(en: "unexpected '{word}' after '{after}'", ru: "лишнее '{word}' после '{after}'")
    case .unknownFlag: Phrase(en: "unknown option '{flag}'", ru: "неизвестный флаг '{flag}'")
    case .flagsTaken: Phrase(en: "'{command}' takes {flags}", ru: "'{command}' принимает: {flags}")
    case .noFlags: Phrase(en: "'{command}' takes none", ru: "у '{command}' флагов нет")
    case .flagNeedsValue: Phrase(en: "{flag} needs {noun}", ru: "после {flag} не хватает: {noun}")
    case .flagGivenTwice: Phrase(en: "{flag} is given twice", ru: "флаг {flag} указан дважды")
    case .unordered:
      Phrase(
        en: "{described} compares only with == or !=",
        ru: "{described} сравнивается только через == или !=")
    case .unpaired:
      Phrase(
        en: "filters come in pairs, FIELD VALUE; '{field}' has no value",
        ru: "фильтры идут парами, FIELD VALUE; у '{field}' нет значения")
    case .notAnID:
      Phrase(
        en: "'{text}' is not {noun}; write it like 12 or #12",
        ru: "'{text}' — не {noun}; номер пишется так: 12 или #12")
    case .unknown: Phrase(en: "unknown {kind} '{text}'", ru: "'{text}' — не {kind}")
    case .oneOf: Phrase(en: "expected one of {valid}", ru: "допустимо одно из: {valid}")
    case .outOfRange:
      Phrase(
        en: "'{text}' is not {noun} ({low}–{high})",
        ru: "'{text}' не подходит: {noun} — от {low} до {high}")
    case .notACount:
      Phrase(
        en: "'{text}' is not a count; write a whole number",
        ru: "'{text}' — не количество; нужно целое число")
    case .notASeed:
      Phrase(
        en: "'{text}' is not a seed; write a whole number",
        ru: "'{text}' — не зерно генератора; нужно целое число")
    case .contradiction:
      Phrase(
        en: "{first} and {second} contradict each other",
        ru: "{first} и {second} противоречат друг другу")
    }
  }
}

extension Language {
  /// `'to', 'next' or a duration`: the words a user may type, quoted, or else a value, named by
  /// its noun in this language.
  func choices(_ words: [String], or noun: Phrase) -> String {
    guard !words.isEmpty else { return noun.template(self) }
    return text(
      ErrorPhrase.or,
      [
        "list": .text(words.map { "'\($0)'" }.joined(separator: ", ")),
        "last": .text(noun.template(self)),
      ])
  }

  /// `; did you mean 'x'?` when `word` looks like a typo of one of `candidates`, else "".
  func suggestion(for word: String, among candidates: [String]) -> String {
    didYouMean(Suggestion.closest(to: word, among: candidates))
  }
}
