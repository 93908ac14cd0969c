import ProcessEngine
import Testing

/// Conditions nested past anything a person writes (issue 9, SPEC §12.3): refused at the word
/// where they go too deep, before anything recurses that far. Before the limit, 75,000 `not`s
/// overflowed the parser's stack and a chain of 100,000 `and`s the stack that freed it.
@Suite struct HostileConditionTests {
  static let limit = ProcessDefinition.Limits.conditionDepth

  static func tooDeep(at character: Int, _ word: String) -> EngineError {
    .condition(.tooDeep(limit: 100, character: character, word: word))
  }

  @Test func theRefusalNamesTheCharacterAndTheWord() {
    #expect(
      Self.tooDeep(at: 401, "not").message
        == "nested more than 100 levels deep at character 401 ('not'); each 'not', 'and', 'or' and pair of parentheses is a level"
    )
  }

  @Test func seventyFiveThousandNotsAreRefusedAtTheFirstOneTooDeep() {
    let text = String(repeating: "not ", count: 75_000) + "paid"
    #expect(throws: Self.tooDeep(at: 401, "not")) { try Condition(parsing: text, counters: []) }
  }

  @Test func aHundredThousandParenthesesAreRefusedAtTheFirstOneTooDeep() {
    let text =
      String(repeating: "(", count: 100_000) + "paid" + String(repeating: ")", count: 100_000)
    #expect(throws: Self.tooDeep(at: 101, "(")) { try Condition(parsing: text, counters: []) }
  }

  /// A chain is parsed in a loop, but each `and` nests the chain so far one deeper.
  @Test func aChainOfAHundredThousandAndsIsRefusedAtTheFirstOneTooDeep() {
    let text = Array(repeating: "paid", count: 100_001).joined(separator: " and ")
    // "paid and " is 9 characters: the 101st `and` starts at 9 × 100 + 6.
    #expect(throws: Self.tooDeep(at: 906, "and")) { try Condition(parsing: text, counters: []) }
  }

  @Test(arguments: [
    String(repeating: "not ", count: limit) + "paid",
    String(repeating: "(", count: limit) + "paid" + String(repeating: ")", count: limit),
    Array(repeating: "has-phone", count: limit + 1).joined(separator: " or "),
    String(repeating: "not ", count: limit - 1) + "status != new",
    String(repeating: "not (", count: limit / 2) + "paid"
      + String(repeating: ")", count: limit / 2),
  ])
  func nestingUpToTheLimitReadsAndWritesBack(text: String) throws {
    let condition = try Condition(parsing: text, counters: [])
    #expect(try Condition(parsing: condition.text(counters: []), counters: []) == condition)
  }

  @Test(arguments: [
    (String(repeating: "not ", count: limit + 1) + "paid", 401, "not"),
    (
      String(repeating: "(", count: limit + 1) + "paid" + String(repeating: ")", count: limit + 1),
      101, "("
    ),
    // "paid or " is 8 characters: the 101st `or` starts at 8 × 100 + 6.
    (Array(repeating: "paid", count: limit + 2).joined(separator: " or "), 806, "or"),
    // `status != new` is `not status == new`: a level, like the `not` it stands for.
    (String(repeating: "not ", count: limit) + "status != new", 1, "not"),
  ])
  func oneLevelPastTheLimitIsRefused(text: String, character: Int, word: String) {
    #expect(throws: Self.tooDeep(at: character, word)) {
      try Condition(parsing: text, counters: [])
    }
  }

  /// Parsing bounds every condition read from text; one built in code meets the same bound in
  /// validation, before anything walks it.
  @Test func aConditionBuiltInCodePastTheLimitIsRefusedByValidation() {
    var condition = Condition.paid
    for _ in 0...Self.limit { condition = .not(condition) }
    let definition = ProcessDefinition(
      name: "deep", title: "", object: .order, launch: .disabled,
      blocks: [
        Block(id: "s", kind: .start, exits: [Exit(name: "next", target: "c")]),
        Block(
          id: "c", kind: .condition(condition),
          exits: [Exit(name: "yes", target: "e"), Exit(name: "no", target: "e")]),
        Block(id: "e", kind: .end(name: "done", result: .neutral)),
      ])
    let (_, problems) = definition.validated(catalog: { _ in nil })
    #expect(
      problems.map(\.description) == [
        "blocks[1].condition (block c): the condition nests more than 100 levels deep"
      ])
  }
}
