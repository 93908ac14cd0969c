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

/// The names of JSON values, and what the JSON reader says of text that is not JSON. The reader
/// (module JSON) words its complaints in English only; `JSONSyntaxError.message(in:)` recognises
/// each and words it again.
public enum JSONPhrase: PhraseBook {
  case null, boolean, number, string, array, object, nothing
  case position
  case textAfterValue, expectedButEnded, expected, endedInContainer, expectedCommaOr
  case numberTooLarge, expectedWholeNumber, expectedString, controlCharacter, unpairedSurrogate
  case unknownEscape, endedInString, hexDigits, notUTF8, expectedContainer, expectedValueButEnded
  case nestedTooDeeply, expectedValue, keyTwice, malformedNumber

  public var phrase: Phrase {
    switch self {
    case .null: Phrase(en: "null", ru: "значение null")
    case .boolean: Phrase(en: "a boolean", ru: "логическое значение")
    case .number: Phrase(en: "a number", ru: "число")
    case .string: Phrase(en: "a string", ru: "строка")
    case .array: Phrase(en: "an array", ru: "массив")
    case .object: Phrase(en: "an object", ru: "объект")
    case .nothing: Phrase(en: "nothing", ru: "ничего нет")
    case .position:
      Phrase(
        en: "line {line}, column {column}: {detail}",
        ru: "строка {line}, столбец {column}: {detail}")
    case .textAfterValue:
      Phrase(en: "unexpected text after the JSON value", ru: "лишний текст после значения JSON")
    case .expectedButEnded:
      Phrase(
        en: "expected '{text}' but the text ended", ru: "ожидалось '{text}', но текст кончился")
    case .expected: Phrase(en: "expected '{text}'", ru: "ожидалось '{text}'")
    case .endedInContainer:
      Phrase(
        en: "the text ended inside an array or object",
        ru: "текст кончился внутри массива или объекта"
      )
    case .expectedCommaOr: Phrase(en: "expected ',' or '{text}'", ru: "ожидалось ',' или '{text}'")
    case .numberTooLarge: Phrase(en: "the number is too large", ru: "число слишком большое")
    case .expectedWholeNumber: Phrase(en: "expected a whole number", ru: "ожидалось целое число")
    case .expectedString: Phrase(en: "expected a string", ru: "ожидалась строка")
    case .controlCharacter:
      Phrase(en: "a control character inside a string", ru: "управляющий символ внутри строки")
    case .unpairedSurrogate:
      Phrase(en: "an unpaired surrogate in a \\u escape", ru: "непарный суррогат в escape-коде \\u")
    case .unknownEscape:
      Phrase(en: "an unknown escape '{text}'", ru: "неизвестная escape-последовательность '{text}'")
    case .endedInString:
      Phrase(en: "the text ended inside a string", ru: "текст кончился внутри строки")
    case .hexDigits:
      Phrase(
        en: "a \\u escape needs four hex digits",
        ru: "после \\u нужны четыре шестнадцатеричные цифры")
    case .notUTF8: Phrase(en: "a string that is not UTF-8", ru: "строка не в UTF-8")
    case .expectedContainer:
      Phrase(en: "expected an array or an object", ru: "ожидался массив или объект")
    case .expectedValueButEnded:
      Phrase(
        en: "expected a value but the text ended", ru: "ожидалось значение, но текст кончился")
    case .nestedTooDeeply:
      Phrase(en: "the JSON is nested too deeply", ru: "JSON вложен слишком глубоко")
    case .expectedValue: Phrase(en: "expected a value", ru: "ожидалось значение")
    case .keyTwice:
      Phrase(en: "the key '{text}' appears twice", ru: "ключ '{text}' встречается дважды")
    case .malformedNumber:
      Phrase(en: "a malformed number '{text}'", ru: "неправильное число '{text}'")
    }
  }
}

extension JSONSyntaxError {
  /// What is wrong, without the place: the reader's English as it is, or the same in Russian.
  public func message(in language: Language) -> String {
    guard language != .english, let found = Self.recognised(message) else { return message }
    return language.text(found.phrase, ["text": .text(found.text ?? "")])
  }

  /// `line 3, column 5: expected a value`, as `description` has it, in `language`.
  public func description(in language: Language) -> String {
    language.text(
      JSONPhrase.position,
      ["line": .plain(line), "column": .plain(column), "detail": .text(message(in: language))])
  }

  /// The phrase the reader's message is, with the text it quotes, if any; nil for a message
  /// the reader did not write.
  static func recognised(_ message: String) -> (phrase: JSONPhrase, text: String?)? {
    let fixed: [String: JSONPhrase] = [
      "unexpected text after the JSON value": .textAfterValue,
      "the text ended inside an array or object": .endedInContainer,
      "the number is too large": .numberTooLarge,
      "expected a whole number": .expectedWholeNumber,
      "expected a string": .expectedString,
      "a control character inside a string": .controlCharacter,
      "an unpaired surrogate in a \\u escape": .unpairedSurrogate,
      "the text ended inside a string": .endedInString,
      "a \\u escape needs four hex digits": .hexDigits,
      "a string that is not UTF-8": .notUTF8,
      "expected an array or an object": .expectedContainer,
      "expected a value but the text ended": .expectedValueButEnded,
      "the JSON is nested too deeply": .nestedTooDeeply,
      "expected a value": .expectedValue,
    ]
    if let phrase = fixed[message] { return (phrase, nil) }
    // The rest quote something: `expected ',' or ']'`, `the key 'a' appears twice`, ….
    let quoted: [(prefix: String, suffix: String, phrase: JSONPhrase)] = [
      ("expected ',' or '", "'", .expectedCommaOr),
      ("expected '", "' but the text ended", .expectedButEnded),
      ("an unknown escape '", "'", .unknownEscape),
      ("the key '", "' appears twice", .keyTwice),
      ("a malformed number '", "'", .malformedNumber),
      ("expected '", "'", .expected),
    ]
    for (prefix, suffix, phrase) in quoted
    where message.hasPrefix(prefix) && message.hasSuffix(suffix)
      && message.count >= prefix.count + suffix.count
    {
      return (phrase, String(message.dropFirst(prefix.count).dropLast(suffix.count)))
    }
    return nil
  }
}
