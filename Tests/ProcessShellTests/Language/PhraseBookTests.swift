import ProcessEngine
import Testing

@testable import ProcessShell

/// SPEC §12.1 and issue 11: one catalogue of messages with both languages, every placeholder in
/// each, and Russian plural forms.
@Suite struct PhraseBookTests {
  /// Every message of every book, by book and case, for the checks below.
  static var everyPhrase: [(name: String, phrase: Phrase)] {
    func all<Book: PhraseBook>(_ book: Book.Type) -> [(String, Phrase)] {
      Book.allCases.map { ("\(Book.self).\($0)", $0.phrase) }
    }
    return all(EventPhrase.self) + all(TermPhrase.self) + all(ShellPhrase.self)
      + all(StatusPhrase.self) + all(OrderPhrase.self) + all(StatsPhrase.self)
      + all(WhyPhrase.self)
  }

  @Test func everyMessageHasBothLanguagesWithTheSamePlaceholders() {
    for (name, phrase) in Self.everyPhrase {
      #expect(!phrase.english.isEmpty && !phrase.russian.isEmpty, "\(name)")
      #expect(
        Phrase.placeholders(in: phrase.english) == Phrase.placeholders(in: phrase.russian),
        "\(name): \(phrase.english) / \(phrase.russian)")
    }
  }

  /// A Russian message is Russian: at least one Cyrillic letter, unless it is only
  /// placeholders and signs (`{from} → {to}` would be).
  @Test func russianMessagesAreWrittenInRussian() {
    for (name, phrase) in Self.everyPhrase {
      let letters = phrase.russian.replacing(/\{[^}]*\}/, with: "").unicodeScalars.filter {
        $0.properties.isAlphabetic
      }
      guard !letters.isEmpty else { continue }
      #expect(
        letters.contains { (0x0400...0x04FF).contains($0.value) }, "\(name): \(phrase.russian)")
    }
  }

  /// Russian has three forms: 1 заказ, 2 заказа, 5 заказов; 11–14 take the third, 21 the first.
  @Test(arguments: [
    (1, "заказ"), (2, "заказа"), (4, "заказа"), (5, "заказов"), (11, "заказов"), (12, "заказов"),
    (14, "заказов"), (21, "заказ"), (22, "заказа"), (25, "заказов"), (101, "заказ"),
    (111, "заказов"),
    (0, "заказов"),
  ])
  func russianPluralsFollowTheLastDigits(count: Int, word: String) {
    let phrase = Phrase(en: "{n} {n:order|orders}", ru: "{n} {n:заказ|заказа|заказов}")
    #expect(phrase.text(.russian, ["n": .number(count)]) == "\(count) \(word)")
  }

  @Test func englishHasOneAndMany() {
    let phrase = Phrase(en: "{n} {n:order|orders}", ru: "{n} {n:заказ|заказа|заказов}")
    #expect(phrase.text(.english, ["n": 1]) == "1 order")
    #expect(phrase.text(.english, ["n": 0]) == "0 orders")
    #expect(phrase.text(.english, ["n": 21]) == "21 orders")
  }
}
