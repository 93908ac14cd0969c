import Wording

/// The JSON reader's complaints, in both languages.
public enum JSONSyntaxPhrase: PhraseBook {
  case position
  case textAfterValue, expectedButEnded, expected, endedInContainer, expectedCommaOr
  case numberTooLarge, expectedWholeNumber, expectedString, controlCharacter, unpairedSurrogate
  case unknownEscape, endedInString, hexDigits, notUTF8, expectedContainer, expectedValueButEnded
  case nestedTooDeeply, expectedValue, keyTwice, malformedNumber

  public var phrase: Phrase {
    switch self {
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
  /// What is wrong, without the place, in `language`.
  public func message(in language: Language) -> String {
    let (phrase, text): (JSONSyntaxPhrase, String) =
      switch problem {
      case .textAfterValue: (.textAfterValue, "")
      case .expectedButEnded(let text): (.expectedButEnded, text)
      case .expected(let text): (.expected, text)
      case .endedInContainer: (.endedInContainer, "")
      case .expectedCommaOr(let text): (.expectedCommaOr, text)
      case .numberTooLarge: (.numberTooLarge, "")
      case .expectedWholeNumber: (.expectedWholeNumber, "")
      case .expectedString: (.expectedString, "")
      case .controlCharacter: (.controlCharacter, "")
      case .unpairedSurrogate: (.unpairedSurrogate, "")
      case .unknownEscape(let text): (.unknownEscape, text)
      case .endedInString: (.endedInString, "")
      case .hexDigits: (.hexDigits, "")
      case .notUTF8: (.notUTF8, "")
      case .expectedContainer: (.expectedContainer, "")
      case .expectedValueButEnded: (.expectedValueButEnded, "")
      case .nestedTooDeeply: (.nestedTooDeeply, "")
      case .expectedValue: (.expectedValue, "")
      case .keyTwice(let text): (.keyTwice, text)
      case .malformedNumber(let text): (.malformedNumber, text)
      }
    return language.text(phrase, ["text": .text(text)])
  }

  /// `line 3, column 5: expected a value`, in `language`.
  public func description(in language: Language) -> String {
    language.text(
      JSONSyntaxPhrase.position,
      [
        "line": .text(String(line)), "column": .text(String(column)),
        "detail": .text(message(in: language)),
      ])
  }
}
