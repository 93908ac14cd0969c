import ProcessEngine
import Testing

/// "Did you mean …?": a typo of a known name is suggested, anything else is not.
@Suite struct SuggestionTests {
  static let commands = ["status", "advance", "answer", "order", "orders", "process", "pay"]

  @Test(arguments: [
    ("stauts", "status"),  // two neighbours swapped: one edit
    ("advnce", "advance"),  // one letter missing
    ("ordr", "order"),
    ("proc", "process"),  // a prefix is a hint too
  ])
  func aTypoOfAKnownNameIsSuggested(typed: String, suggested: String) {
    #expect(Suggestion.closest(to: typed, among: Self.commands) == suggested)
  }

  @Test func shortAndFarWordsGetNoSuggestion() {
    #expect(Suggestion.closest(to: "pa", among: Self.commands) == nil)
    #expect(Suggestion.closest(to: "frobnicate", among: Self.commands) == nil)
  }

  @Test func aWordFarLongerThanAnyNameGetsNone() {
    // A megabyte pasted by accident: no name is within three edits of it.
    let pasted = String(repeating: "orders", count: 200_000)
    #expect(Suggestion.closest(to: pasted, among: Self.commands) == nil)
  }

  @Test func editsCountSwapsOfNeighboursAsOne() {
    #expect(Suggestion.editDistance("status", "stauts") == 1)
    #expect(Suggestion.editDistance("", "abc") == 3)
    #expect(Suggestion.editDistance("kitten", "sitting") == 3)
  }

  @Test func listsReadAsEnglish() {
    #expect(Suggestion.list([]) == "nothing")
    #expect(Suggestion.list(["yes"]) == "'yes'")
    #expect(Suggestion.list(["yes", "no", "later"]) == "'yes', 'no' or 'later'")
    #expect(Suggestion.list(["a", "b"], conjunction: "and") == "'a' and 'b'")
  }
}
