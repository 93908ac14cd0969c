import ProcessEngine
import Testing
import Wording

@testable import ProcessShell

/// Conditions as people read them (SPEC §12.1): the syntax in English, Russian words in Russian,
/// with the syntax's parentheses either way.
@Suite struct ConditionWordingTests {
  static let counters = ["calls", "days"]

  static func condition(_ text: String) throws -> Condition {
    try Condition(parsing: text, counters: counters)
  }

  /// English shows a condition exactly as a definition writes it, whatever its shape.
  @Test(arguments: [
    "true", "paid", "partially-paid", "status in [new]", "status in [cancelled, false]",
    "has-phone and not has-email", "counter calls < 3 or (counter days >= 2 and has-email)",
    "actual and not paid and created ago >= 1h",
    "received unpaid-1h ago >= 1d and not opened unpaid-1h",
    "not (paid or received x)", "paid and (has-phone or has-email)",
    "paid or (has-phone or actual)",
  ])
  func englishIsTheSyntax(text: String) throws {
    let condition = try Self.condition(text)
    #expect(
      condition.text(counters: Self.counters, in: .english)
        == condition.text(counters: Self.counters))
  }

  /// Russian puts `не` before words it reads with (SPEC §3's statuses by GetCourse's names, the
  /// durations as everywhere in Russian), and keeps names, signs and brackets.
  @Test(arguments: [
    ("paid", "оплачен"), ("not paid", "не оплачен"), ("not has-phone", "не указан телефон"),
    ("status in [new]", "в статусе Новый"),
    ("status in [cancelled, false]", "в статусе из [Отменён, Ложный]"),
    (
      "counter calls < 3 or (counter days >= 2 and has-email)",
      "счётчик calls < 3 или счётчик days >= 2 и указан e-mail"
    ),
    ("actual and created ago >= 1h", "актуален и создан >= 1 ч назад"),
    (
      "received unpaid-1h ago >= 1d and not opened unpaid-1h",
      "получено письмо unpaid-1h >= 1 д назад и не открыто письмо unpaid-1h"
    ),
    ("not (paid or partially-paid)", "не (оплачен или частично оплачен)"),
  ])
  func russianIsInRussianWords(text: String, words: String) throws {
    #expect(try Self.condition(text).text(counters: Self.counters, in: .russian) == words)
  }

  /// `process show` in Russian: the wait for payment and the check for a phone.
  @Test func processShowWordsTheBuiltInsConditionsInRussian() {
    let session = Transcript()
    let shown = session.ok("lang ru; process show order-processing")
    #expect(shown.contains("условие входа: в статусе Новый"))
    #expect(shown.contains("пока не оплачен, не дольше 30 д"))
    #expect(shown.contains("пока не в статусе из [Отменён, Ложный]"))
    #expect(shown.contains("указан телефон?"))
    #expect(!shown.contains("has-phone"))
  }
}
