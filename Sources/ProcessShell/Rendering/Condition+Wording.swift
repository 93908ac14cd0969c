import ProcessEngine
import Wording

extension Condition {
  /// The condition as `language` shows it to people (SPEC §12.1): in English the syntax it is
  /// written in (`ConditionWordingTests` holds the two the same), in Russian Russian words with
  /// GetCourse's status names and Russian durations. What a definition file or `--json` holds
  /// stays the syntax (`text(counters:)`).
  func text(counters: [String], in language: Language) -> String {
    text(counters: counters, in: Condition.Wording.of(language))
  }
}

extension Condition.Wording {
  /// The words of `language`, from `ConditionWordPhrase`.
  static func of(_ language: Language) -> Condition.Wording {
    @Sendable func say(_ phrase: ConditionWordPhrase, _ values: PhraseValues = [:]) -> String {
      language.text(phrase, values)
    }
    let span: @Sendable (TimeSpan) -> String = {
      language == .english ? $0.description : language.duration($0)
    }
    return Condition.Wording(
      plain: { condition, counters in
        switch condition {
        case .always: return say(.always)
        case .paid: return say(.paid)
        case .partiallyPaid: return say(.partiallyPaid)
        case .statusIn(let statuses):
          let names = statuses.members.map {
            language == .english ? $0.slug : language.name(of: $0)
          }
          return say(
            names.count == 1 ? .oneStatus : .statuses,
            ["statuses": .text(names.joined(separator: ", "))])
        case .hasPhone: return say(.hasPhone)
        case .hasEmail: return say(.hasEmail)
        case .counter(let index, let op, let value):
          return say(
            .counter,
            ["name": .text(counters[index]), "op": .text(op.rawValue), "value": .text("\(value)")])
        case .actual: return say(.actual)
        case .createdAgo(let op, let length):
          return say(.createdAgo, ["op": .text(op.rawValue), "span": .text(span(length))])
        case .received(let name, nil): return say(.received, ["name": .text(name)])
        case .received(let name, let age?):
          return say(
            .receivedAgo,
            [
              "name": .text(name), "op": .text(age.comparison.rawValue),
              "span": .text(span(age.span)),
            ])
        case .opened(let name): return say(.opened, ["name": .text(name)])
        case .not, .and, .or:
          preconditionFailure("internal inconsistency: a connective is not a plain condition")
        }
      }, not: say(.not), and: say(.and), or: say(.or))
  }
}
