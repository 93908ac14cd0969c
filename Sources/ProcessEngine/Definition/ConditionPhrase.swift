import Wording

/// Why a condition's text could not be read: the detail of `EngineError.condition`, and of a
/// definition's condition that cannot be read. Each names the word where reading stopped.
public enum ConditionProblem: Equatable, Sendable {
  case empty
  /// A word after a whole condition.
  case unexpected(String)
  case expectedButEnded(String)
  case expectedButFound(String, found: String)
  /// Nested deeper than `limit` at the word that starts at `character` (from 1).
  case tooDeep(limit: Int, character: Int, word: String)
  /// The text ends after `and`, `or` or `not`.
  case endedEarly
  case unknownCondition(String, suggestion: String?)
  case statusOperatorMissing
  case statusOperator(found: String)
  case unknownStatus(String)
  /// `==` or `!=` without a status after it.
  case statusMissing(after: String)
  case listNotClosed
  case emptyList
  case listSeparator(found: String)
  case counterNameMissing
  /// `counters` are the process's, the first ten of which are named when there is no guess.
  case unknownCounter(String, suggestion: String?, counters: [String])
  case comparisonMissing(counter: String)
  case numberMissing(counter: String, ComparisonOperator)
  /// No comparison after `created ago` or `received NAME ago`.
  case comparisonMissingAfter(String)
  /// No span after `created ago >=`.
  case spanMissing(after: String)
  case badSpan(String, DurationProblem)
  /// No mailing name after `received` or `opened`.
  case mailingNameMissing(after: String)

  /// The message in English.
  public var message: String { message(in: .english) }

  public func message(in language: Language) -> String {
    func say(_ phrase: ConditionPhrase, _ values: PhraseValues = [:]) -> String {
      language.text(phrase, values)
    }
    switch self {
    case .empty: return say(.empty)
    case .unexpected(let word): return say(.unexpected, ["word": .text(word)])
    case .expectedButEnded(let word): return say(.expectedButEnded, ["word": .text(word)])
    case .expectedButFound(let word, let found):
      return say(.expectedButFound, ["word": .text(word), "found": .text(found)])
    case .tooDeep(let limit, let character, let word):
      return say(
        .tooDeep, ["limit": .plain(limit), "character": .plain(character), "word": .text(word)])
    case .endedEarly: return say(.endedEarly)
    case .unknownCondition(let word, let suggestion):
      guard let suggestion else {
        return say(
          .unknownConditionList,
          ["word": .text(word), "words": .text(ConditionParser.atoms.joined(separator: ", "))])
      }
      return say(.unknownCondition, ["word": .text(word)]) + language.didYouMean(suggestion)
    case .statusOperatorMissing: return say(.statusOperatorMissing)
    case .statusOperator(let found): return say(.statusOperator, ["found": .text(found)])
    case .unknownStatus(let status):
      return say(
        .unknownStatus, ["status": .text(status), "statuses": .text(language.statusNames)])
    case .statusMissing(let op): return say(.statusMissing, ["op": .text(op)])
    case .listNotClosed: return say(.listNotClosed)
    case .emptyList: return say(.emptyList)
    case .listSeparator(let found): return say(.listSeparator, ["found": .text(found)])
    case .counterNameMissing: return say(.counterNameMissing)
    case .unknownCounter(let name, let suggestion, let counters):
      if counters.isEmpty { return say(.noCounters, ["name": .text(name)]) }
      if let suggestion {
        return say(.unknownCounter, ["name": .text(name)]) + language.didYouMean(suggestion)
      }
      var shown = counters.prefix(10).joined(separator: ", ")
      if counters.count > 10 {
        shown = language.text(
          HintPhrase.longList, ["shown": .text(shown), "n": .plain(counters.count)])
      }
      return say(.unknownCounterList, ["name": .text(name), "counters": .text(shown)])
    case .comparisonMissing(let counter): return say(.comparisonMissing, ["name": .text(counter)])
    case .numberMissing(let counter, let op):
      return say(.numberMissing, ["name": .text(counter), "op": .text(op.rawValue)])
    case .comparisonMissingAfter(let subject):
      return say(.comparisonMissingAfter, ["subject": .text(subject)])
    case .spanMissing(let subject): return say(.spanMissing, ["subject": .text(subject)])
    case .badSpan(let text, let reason):
      return say(.badSpan, ["text": .text(text), "reason": .text(reason.message(in: language))])
    case .mailingNameMissing(let word): return say(.mailingNameMissing, ["word": .text(word)])
    }
  }
}

/// What is wrong with a condition's text. The words of the syntax (`and`, `status in [...]`,
/// counter names) stay as they are written in both languages.
public enum ConditionPhrase: PhraseBook {
  case empty, unexpected, expectedButEnded, expectedButFound, tooDeep, endedEarly
  case unknownCondition, unknownConditionList
  case statusOperatorMissing, statusOperator, unknownStatus, statusMissing
  case listNotClosed, emptyList, listSeparator
  case counterNameMissing, noCounters, unknownCounter, unknownCounterList
  case comparisonMissing, numberMissing
  case comparisonMissingAfter, spanMissing, badSpan, mailingNameMissing

  public var phrase: Phrase {
    switch self {
    case .empty: Phrase(en: "the condition is empty", ru: "условие пустое")
    case .unexpected:
      Phrase(
        en: "unexpected '{word}'; expected 'and', 'or' or the end",
        ru: "лишнее '{word}'; ожидалось 'and', 'or' или конец условия")
    case .expectedButEnded:
      Phrase(
        en: "expected '{word}' but the condition ended",
        ru: "ожидалось '{word}', но условие кончилось")
    case .expectedButFound:
      Phrase(
        en: "expected '{word}' but found '{found}'", ru: "ожидалось '{word}', а здесь '{found}'")
    case .tooDeep:
      Phrase(
        en:
          "nested more than {limit} levels deep at character {character} ('{word}'); each 'not', 'and', 'or' and pair of parentheses is a level",
        ru:
          "вложенность больше {limit} уровней у символа {character} ('{word}'); каждое 'not', 'and', 'or' и каждая пара скобок — уровень"
      )
    case .endedEarly:
      Phrase(
        en: "the condition ends where a condition was expected",
        ru: "условие обрывается там, где нужно ещё условие")
    case .unknownCondition:
      Phrase(en: "unknown condition '{word}'", ru: "неизвестное условие '{word}'")
    case .unknownConditionList:
      Phrase(
        en: "unknown condition '{word}'; expected one of {words}",
        ru: "неизвестное условие '{word}'; условия: {words}")
    case .statusOperatorMissing:
      Phrase(en: "expected 'in' or '==' after 'status'", ru: "после 'status' нужно 'in' или '=='")
    case .statusOperator:
      Phrase(
        en: "expected 'in' or '==' after 'status', found '{found}'",
        ru: "после 'status' нужно 'in' или '==', а здесь '{found}'")
    case .unknownStatus:
      Phrase(
        en: "unknown status '{status}'; expected one of {statuses}",
        ru: "неизвестный статус '{status}'; статусы: {statuses}")
    case .statusMissing:
      Phrase(en: "expected a status after '{op}'", ru: "после '{op}' нужен статус")
    case .listNotClosed:
      Phrase(en: "expected ']' to close the list", ru: "список не закрыт: нужна ']'")
    case .emptyList: Phrase(en: "the status list is empty", ru: "список статусов пуст")
    case .listSeparator:
      Phrase(
        en: "expected ',' or ']' but found '{found}'",
        ru: "ожидалось ',' или ']', а здесь '{found}'")
    case .counterNameMissing:
      Phrase(
        en: "expected a counter name after 'counter'", ru: "после 'counter' нужно имя счётчика")
    case .noCounters:
      Phrase(
        en: "unknown counter '{name}'; the process declares no counters",
        ru: "неизвестный счётчик '{name}'; в процессе нет счётчиков")
    case .unknownCounter: Phrase(en: "unknown counter '{name}'", ru: "неизвестный счётчик '{name}'")
    case .unknownCounterList:
      Phrase(
        en: "unknown counter '{name}'; expected one of {counters}",
        ru: "неизвестный счётчик '{name}'; счётчики: {counters}")
    case .comparisonMissing:
      Phrase(
        en: "expected one of == != < <= > >= after 'counter {name}'",
        ru: "после 'counter {name}' нужно одно из == != < <= > >=")
    case .numberMissing:
      Phrase(
        en: "expected a whole number after 'counter {name} {op}'",
        ru: "после 'counter {name} {op}' нужно целое число")
    case .comparisonMissingAfter:
      Phrase(
        en: "expected one of == != < <= > >= after '{subject}'",
        ru: "после '{subject}' нужно одно из == != < <= > >=")
    case .spanMissing:
      Phrase(
        en: "expected a span such as 1h or 2d after '{subject}' and its comparison",
        ru: "после '{subject}' и сравнения нужен срок, например 1h или 2d")
    case .badSpan:
      Phrase(en: "'{text}' is not a span: {reason}", ru: "'{text}' — не срок: {reason}")
    case .mailingNameMissing:
      Phrase(
        en: "expected a mailing's name after '{word}'",
        ru: "после '{word}' нужно имя рассылки")
    }
  }
}
