import JSON
import Wording

/// The kind of a JSON value a message says was found where another belonged ("expected a
/// string, found a number"), or `nothing` where a value was missing.
public enum JSONKind: Equatable, Sendable {
  case null, boolean, number, string, array, object, nothing

  public init(_ value: JSONValue?) {
    switch value {
    case nil: self = .nothing
    case .null?: self = .null
    case .bool?: self = .boolean
    case .integer?, .double?: self = .number
    case .string?: self = .string
    case .array?: self = .array
    case .object?: self = .object
    }
  }

  /// `a string` as `JSONValue.typeDescription` says it; `строка` in Russian.
  public func name(in language: Language) -> String {
    let phrase: JSONPhrase =
      switch self {
      case .null: .null
      case .boolean: .boolean
      case .number: .number
      case .string: .string
      case .array: .array
      case .object: .object
      case .nothing: .nothing
      }
    return language.text(phrase)
  }
}

/// The names of JSON values, for messages that say what was found where another belonged. (The
/// JSON reader's own complaints are in module JSON, `JSONSyntaxPhrase`.)
public enum JSONPhrase: PhraseBook {
  case null, boolean, number, string, array, object, nothing

  public var phrase: Phrase {
    switch self {
    case .null: Phrase(en: "null", ru: "значение null")
    case .boolean: Phrase(en: "a boolean", ru: "логическое значение")
    case .number: Phrase(en: "a number", ru: "число")
    case .string: Phrase(en: "a string", ru: "строка")
    case .array: Phrase(en: "an array", ru: "массив")
    case .object: Phrase(en: "an object", ru: "объект")
    case .nothing: Phrase(en: "nothing", ru: "ничего нет")
    }
  }
}
