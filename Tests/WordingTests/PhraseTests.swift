import Testing

@testable import Wording

/// A phrase's placeholders and word forms (SPEC §12.1: 1 заказ, 2 заказа, 5 заказов).
@Suite struct PhraseTests {
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

  @Test func placeholdersAreFilledAndUnknownOnesStayVisible() {
    let phrase = Phrase(en: "order {id} is {status}", ru: "заказ {id}: {status}")
    #expect(phrase.text(.english, ["id": 3, "status": "new"]) == "order 3 is new")
    #expect(phrase.text(.russian, ["id": 3]) == "заказ 3: {status}")
    #expect(Phrase.placeholders(in: phrase.english) == ["id", "status"])
  }

  /// Counts of five digits and more are grouped by thousands (SI, Russian typography): `12,345`,
  /// `12 345` with a no-break space; four digits stay as they are.
  @Test func largeCountsAreGroupedByThousands() {
    #expect(Language.english.grouped(9999) == "9999")
    #expect(Language.english.grouped(12_345) == "12,345")
    #expect(Language.english.grouped(1_000_000) == "1,000,000")
    #expect(Language.english.grouped(-123_456) == "-123,456")
    #expect(Language.russian.grouped(1_234_567) == "1\u{00A0}234\u{00A0}567")
    let phrase = Phrase(en: "{n} {n:order|orders}", ru: "{n} {n:заказ|заказа|заказов}")
    #expect(phrase.text(.russian, ["n": 100_001]) == "100\u{00A0}001 заказ")
  }

  /// The catalogue's rules find each kind of broken entry, and pass a good one.
  @Test func aBrokenCatalogueEntryIsFound() {
    #expect(Phrase(en: "{n} {n:order|orders}", ru: "{n} {n:заказ|заказа|заказов}").problems == [])
    #expect(Phrase(en: "{from} → {to}", ru: "{from} → {to}").problems == [])
    #expect(Phrase(en: "done", ru: "").problems == ["no Russian"])
    #expect(
      Phrase(en: "order {id}", ru: "заказ").problems
        == ["placeholders differ: English [\"id\"], Russian []"])
    #expect(Phrase(en: "done", ru: "done").problems == ["the Russian has no Cyrillic letter"])
    #expect(
      Phrase(en: "{n} {n:order|orders}", ru: "{n} {n:заказ|заказов}").problems
        == ["Russian gives 2 forms of a counted word, not 3"])
  }
}
