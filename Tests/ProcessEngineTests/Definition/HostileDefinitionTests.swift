import Foundation
import ProcessEngine
import Testing

/// Definitions an adversarial tester wrote (issue 9, SPEC §11.2, §12.3): deep, long or large past
/// anything a person writes. Each is refused with an error naming the place, or accepted, and
/// never crashes. The large ones are here so that a quadratic pass in decoding or validation
/// makes this suite obviously slow (100,000 of anything took minutes when one was).
@Suite struct HostileDefinitionTests {
  static let start = #"{"id": "s", "type": "start", "exits": {"next": "c"}}"#
  static let end = #"{"id": "e", "type": "end", "name": "done", "result": "neutral"}"#

  static func conditionBlock(_ text: String) -> String {
    #"{"id": "c", "type": "condition", "condition": "\#(text)", "exits": {"yes": "e", "no": "e"}}"#
  }

  /// A question `c` with `count` options, all leading to the end; `variables` of them store a
  /// text each in a variable of their own.
  static func question(options count: Int, variables: Int = 0) -> String {
    let options = (0..<count).map { index in
      index < variables
        ? #"{"key": "o\#(index)", "kind": "neutral", "argument": "text", "variable": "v\#(index)"}"#
        : #"{"key": "o\#(index)", "kind": "neutral"}"#
    }
    let exits = (0..<count).map { #""o\#($0)": "e""# }
    return definitionJSON(blocks: [
      start,
      #"{"id": "c", "type": "question", "key": "q", "text": "?", "options": [\#(options.joined(separator: ", "))], "exits": {\#(exits.joined(separator: ", "))}}"#,
      end,
    ])
  }

  /// Start, `count - 2` delays in a row, end; the last delay leads to `last`.
  static func chain(blocks count: Int, last: String = "e") -> String {
    let delays = (1...count - 2).map { index in
      let next = index == count - 2 ? last : "d\(index + 1)"
      return
        #"{"id": "d\#(index)", "type": "delay", "duration": "1m", "exits": {"next": "\#(next)"}}"#
    }
    return definitionJSON(
      blocks: [#"{"id": "s", "type": "start", "exits": {"next": "d1"}}"#] + delays + [end])
  }

  // MARK: - Depth

  @Test func aDeepConditionIsRefusedNamingItsBlockAndCharacter() {
    let text = String(repeating: "not ", count: 75_000) + "paid"
    #expect(
      problems(definitionJSON(blocks: [Self.start, Self.conditionBlock(text), Self.end])) == [
        "error: blocks[1].condition (block c): in condition \"\(String(repeating: "not ", count: 15))…\" (300,004 characters): nested more than 100 levels deep at character 401 ('not'); each 'not', 'and', 'or' and pair of parentheses is a level"
      ])
  }

  @Test func aDeepEntryConditionIsRefusedNamingTheEntry() {
    let text =
      String(repeating: "(", count: 100_000) + "paid" + String(repeating: ")", count: 100_000)
    let found = problems(
      definitionJSON(
        extra: #", "entry": "\#(text)""#,
        blocks: [Self.start, Self.conditionBlock("paid"), Self.end]))
    #expect(found.count == 1)
    #expect(found.first?.hasPrefix("error: entry: in condition \"((((") == true)
    #expect(
      found.first?.contains(
        "(200,004 characters): nested more than 100 levels deep at character 101 ('(')") == true)
  }

  /// A session keeps its definitions as JSON and reads them back through the same parser.
  @Test func aSessionEmbeddingADeepConditionIsRefusedOnLoad() {
    let saved = String(decoding: Engine().sessionBytes(), as: UTF8.self)
    let hostile = saved.replacingOccurrences(
      of: #""condition":"counter calls < 3""#,
      with: #""condition":"\#(String(repeating: "not ", count: 75_000))counter calls < 3""#)
    #expect(hostile != saved)
    let error = #expect(throws: EngineError.self) { try Engine(sessionBytes: Array(hostile.utf8)) }
    #expect(error?.sessionProblem?.path == "processes[0].blocks[9].condition")
    #expect(
      error?.sessionProblem?.message
        == "in condition \"\(String(repeating: "not ", count: 15))…\" (300,017 characters): nested more than 100 levels deep at character 401 ('not'); each 'not', 'and', 'or' and pair of parentheses is a level"
    )
  }

  /// The JSON reader refuses nesting past 256 levels, at the value that goes too deep.
  @Test(arguments: [("[", "]"), (#"{"a": "#, "}")])
  func aHundredThousandNestedValuesAreRefusedWhereTheyGoTooDeep(open: String, close: String) {
    let prefix = #"{"format": "procsh-process", "version": 1, "blocks": "#
    let text =
      prefix + String(repeating: open, count: 100_000) + "1"
      + String(repeating: close, count: 100_000) + "}"
    // The document is level 0; the 256th nested value is one too many.
    let column = prefix.count + 255 * open.count + 1
    #expect(
      problems(text) == [
        "error: not valid JSON: line 1, column \(column): the JSON is nested too deeply"
      ])
  }

  // MARK: - Limits of the session format

  /// Past the limit the rest is still checked: the graph works on positions of its own.
  @Test func fortyThousandBlocksAreRefusedWithTheirOtherProblems() {
    #expect(
      problems(Self.chain(blocks: 40_000, last: "nowhere")) == [
        "error: blocks: a process may have at most 32,767 blocks; this one has 40,000",
        "error: blocks[39998].exits.next (block d39998): leads to block 'nowhere', which does not exist",
        "error: blocks[39999] (block e): block e cannot be reached from the start block",
      ])
  }

  @Test func theMostBlocksAProcessMayHaveValidate() throws {
    let definition = try loadDefinition(Self.chain(blocks: ProcessDefinition.Limits.blocks))
    #expect(definition.blocks.count == 32_767)
    #expect(definition.blocks[32_765].exits[0].destination == BlockIndex(32_766))
  }

  @Test func aQuestionPastTheOptionLimitIsRefused() throws {
    #expect(
      problems(Self.question(options: 300)) == [
        "error: blocks[1].options (block c): a question may have at most 256 options; this one has 300"
      ])
    #expect(problems(Self.question(options: 256)) == [])
  }

  @Test func aHundredThousandOptionsAreRefusedQuickly() {
    #expect(
      problems(Self.question(options: 100_000)) == [
        "error: blocks[1].options (block c): a question may have at most 256 options; this one has 100,000"
      ])
  }

  @Test func countersPastTheLimitAreRefused() {
    func process(counters count: Int) -> String {
      definitionJSON(
        counters: (0..<count).map { "c\($0)" },
        blocks: [
          Self.start,
          #"{"id": "c", "type": "operation", "do": "counter-add", "counter": "c\#(count - 1)", "exits": {"next": "e"}}"#,
          Self.end,
        ])
    }
    #expect(
      problems(process(counters: 300)) == [
        "error: counters: a process may have at most 256 counters; this one has 300"
      ])
    #expect(problems(process(counters: 256)) == [])
  }

  @Test func variablesPastTheLimitAreRefusedWhereTheFirstOneTooManyAppears() {
    #expect(
      problems(Self.question(options: 200, variables: 129)) == [
        "error: blocks[1] (block c): a process may use at most 128 task variables; this one uses 129 ('v128' is the 129th)"
      ])
    #expect(problems(Self.question(options: 200, variables: 128)) == [])
  }

  // MARK: - Size

  @Test func aForkWithAHundredThousandExitsValidates() throws {
    let exits = Array(repeating: #""e""#, count: 100_000).joined(separator: ", ")
    let definition = try loadDefinition(
      definitionJSON(blocks: [
        Self.start, #"{"id": "c", "type": "fork", "exits": [\#(exits)]}"#, Self.end,
      ]))
    #expect(definition.blocks[1].exits.count == 100_000)
  }

  /// A process running itself, with an exit for each of its 20,000 end blocks: the exits are
  /// matched to the ends by name and sorted in their order.
  @Test func aSubprocessWithTwentyThousandExitsValidates() throws {
    let count = 20_000
    let ends = (0..<count).map {
      #"{"id": "e\#($0)", "type": "end", "name": "end\#($0)", "result": "neutral"}"#
    }
    let exits = (0..<count).reversed().map { #""end\#($0)": "e\#($0)""# }
    let definition = try loadDefinition(
      definitionJSON(
        name: "itself",
        blocks: [
          Self.start,
          #"{"id": "c", "type": "subprocess", "process": "itself", "exits": {\#(exits.joined(separator: ", "))}}"#,
        ] + ends))
    #expect(definition.blocks[1].exits.map(\.name) == (0..<count).map { "end\($0)" })
  }

  /// Each error would look for a "did you mean" among 20,000 ids; the first few do, the rest
  /// are reported plainly.
  @Test func twentyThousandExitsToMissingBlocksAreAllReported() {
    let count = 20_000
    let targets = (0..<count).map { #""d\#($0)""# }.joined(separator: ", ")
    let delays = (0..<count).map {
      #"{"id": "d\#($0)", "type": "delay", "duration": "1m", "exits": {"next": "dd\#($0)"}}"#
    }
    let found = problems(
      definitionJSON(
        blocks: [Self.start, #"{"id": "c", "type": "fork", "exits": [\#(targets)]}"#] + delays))
    #expect(found.count == count)
    #expect(
      found.first
        == "error: blocks[2].exits.next (block d0): leads to block 'dd0', which does not exist; did you mean 'd0'?"
    )
    #expect(
      found.last
        == "error: blocks[20001].exits.next (block d19999): leads to block 'dd19999', which does not exist"
    )
  }
}
