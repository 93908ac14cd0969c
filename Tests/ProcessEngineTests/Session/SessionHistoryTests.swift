import Testing

@testable import ProcessEngine

/// SPEC §12.3: a session file keeps its checkpoints and the commands that made it
/// (`SessionHistory`), so that they work after `load` and a colleague can see the exact steps.
@Suite struct SessionHistoryTests {
  static let order1 = OrderID(rawValue: 1)

  /// A child process, and a parent that runs it: the parent's definition can only be read with
  /// the child loaded before it.
  static let child = definitionJSON(
    name: "child",
    blocks: [
      #"{"id": "s", "type": "start", "exits": {"next": "q"}}"#,
      #"{"id": "q", "type": "question", "key": "ok", "text": "?", "options": [{"key": "ok", "kind": "positive"}], "exits": {"ok": "e"}}"#,
      #"{"id": "e", "type": "end", "name": "done", "result": "positive"}"#,
    ])
  static let parent = definitionJSON(
    name: "parent",
    blocks: [
      #"{"id": "s", "type": "start", "exits": {"next": "p"}}"#,
      #"{"id": "p", "type": "subprocess", "process": "child", "exits": {"done": null}}"#,
    ])

  /// Commands a person typed, each applied to the session as the shell would, and the history
  /// they make: a new session as the base, two checkpoints.
  static func typedSession() throws -> (engine: Engine, history: SessionHistory) {
    let base = Engine()
    var engine = base
    var history = SessionHistory(base: base)
    let child = try loadDefinition(Self.child)
    let parent = try loadDefinition(Self.parent, catalog: [child])
    let steps: [(String, Command)] = [
      ("manager add anna", .addManager("anna")),
      ("order new", .createOrder(NewOrder())),
      (
        "order new --name \"Анна\" --no-phone",
        .createOrder(NewOrder(name: "Анна", phone: .some(nil)))
      ),
      ("advance 1m", .advance(by: .minutes(1))),
      ("as anna", .actAs("anna")),
      ("answer task 1 yes", .answer(.task(TaskID(rawValue: 1)), option: "yes", argument: nil)),
      (
        "answer task 3 reached",
        .answer(.task(TaskID(rawValue: 3)), option: "reached", argument: nil)
      ),
      ("answer order 1 will-pay +2d", .answer(.order(order1), option: "will-pay", argument: "+2d")),
      ("pay order 2 2500", .pay(OrderID(rawValue: 2), .whole(2500))),
      ("process load child.json", .loadProcess(child)),
      ("process load parent.json", .loadProcess(parent)),
      ("process run parent order 2", .runProcess("parent", order: OrderID(rawValue: 2))),
      (
        "simulate 20 orders --seed 3",
        .simulate(SimulationParameters(orders: 20, seed: 3), SimulationProfile())
      ),
      ("advance to +1d", .advanceTo(.relative(.days(1)))),
    ]
    for (index, (text, command)) in steps.enumerated() {
      try engine.apply(command)
      history.steps.append(SessionHistory.Step(command, text: text))
      if index == 1 { history.checkpoints.append(.init(name: "first order", step: 2)) }
    }
    history.checkpoints.append(.init(name: "start", step: 0))
    return (engine, history)
  }

  @Test func aSessionWithItsHistoryReadsBackToTheSameSessionAndHistory() throws {
    let (engine, history) = try Self.typedSession()
    let bytes = engine.sessionBytes(history: history)
    let (read, readHistory) = try Engine.readSession(bytes)
    let loaded = try #require(readHistory)
    #expect(identical(read.sessionBytes(), engine.sessionBytes()))
    #expect(loaded.steps == history.steps)
    #expect(loaded.checkpoints == history.checkpoints)
    #expect(identical(loaded.base.sessionBytes(), history.base.sessionBytes()))
    #expect(identical(read.sessionBytes(history: loaded), bytes))
    // `init(sessionBytes:)` reads the same session and leaves the history out.
    #expect(identical(try Engine(sessionBytes: bytes).sessionBytes(), engine.sessionBytes()))
  }

  /// The steps read back replay on the base read back to the session saved, relative times
  /// included (`advance to +1d` resolves against the replay's clock, as it did).
  @Test func theStepsReadBackReplayToTheSessionSaved() throws {
    let (engine, history) = try Self.typedSession()
    let (_, loaded) = try Engine.readSession(engine.sessionBytes(history: history))
    var replayed = try #require(loaded).base
    for step in try #require(loaded).steps { try replayed.apply(step.command) }
    #expect(identical(replayed.sessionBytes(), engine.sessionBytes()))
  }

  /// `save` writes the document piece by piece as it is made, never whole; the file must be the
  /// same bytes whatever the pieces' size.
  @Test(arguments: [64, 1000, 1 << 20])
  func theDocumentWrittenInPiecesIsTheDocument(pieceSize: Int) throws {
    let (engine, history) = try Self.typedSession()
    for history in [history, nil] {
      var pieces: [[UInt8]] = []
      engine.writeSession(history: history, inPiecesOf: pieceSize) { pieces.append(Array($0)) }
      let expected = engine.sessionBytes(history: history)
      #expect(identical(Array(pieces.joined()), expected))
      // Never whole when it is longer than a piece; a piece is longer than `pieceSize` only
      // when one write is (an embedded process definition).
      let longest = pieces.map(\.count).max() ?? 0
      #expect(pieceSize < expected.count ? longest < expected.count / 4 : pieces.count == 1)
    }
  }

  @Test func withoutAHistoryTheFileIsWhatItWas() throws {
    let engine = SessionFormatTests.busyEngine()
    let bytes = engine.sessionBytes()
    #expect(identical(engine.sessionBytes(history: nil), bytes))
    #expect(!String(decoding: bytes, as: UTF8.self).contains("\"history\""))
    let (read, history) = try Engine.readSession(bytes)
    #expect(history == nil)
    #expect(identical(read.sessionBytes(), bytes))
  }

  @Test func anEmptyHistoryReadsBack() throws {
    let engine = Engine()
    let bytes = engine.sessionBytes(history: SessionHistory(base: engine))
    let (read, history) = try Engine.readSession(bytes)
    #expect(try #require(history).steps.isEmpty)
    #expect(identical(read.sessionBytes(history: history), bytes))
  }

  /// The base is a session document with its records on lines of their own, and every step and
  /// checkpoint is a line, so that a history diffs as well as the rest.
  @Test func theHistoryIsOneKeyWithAStepPerLine() throws {
    let (engine, history) = try Self.typedSession()
    let text = String(decoding: engine.sessionBytes(history: history), as: UTF8.self)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    // One Bool each: a failing `contains` would print the whole document.
    let opens = text.contains(
      "\n\"format\":\"procsh-session\",\n\"history\":{\"base\":{\n\"acting-manager\":1,\n")
    #expect(opens, "the history opens with its base, after format")
    let checkpoints = text.contains(
      "\n\"version\":1\n},\"checkpoints\":[\n[\"first order\",2],\n[\"start\",0]\n],\"steps\":[\n")
    #expect(checkpoints, "the base ends, then a checkpoint per line")
    #expect(lines.contains(#"["pay order 2 2500",{"amount":250000,"command":"pay","order":2}],"#))
    #expect(lines.contains(#"["advance to +1d",{"command":"advance-to","to":"+1d"}]"#))
    let closes = text.contains("\n]},\n\"managers\":[\"admin\",\"anna\",")
    #expect(closes, "the history ends, then managers")
    let stepLines = lines.filter { $0.hasPrefix("[\"") && $0.contains("\"command\":") }
    #expect(stepLines.count == history.steps.count)
  }

  /// The history document with the first occurrence of `target` after `after` replaced.
  func corrupted(_ target: String, _ replacement: String, after: String = "\"history\":") throws
    -> [UInt8]
  {
    let (engine, history) = try Self.typedSession()
    let text = String(decoding: engine.sessionBytes(history: history), as: UTF8.self)
    let start = try #require(text.range(of: after)).upperBound
    let range = try #require(text.range(of: target, range: start..<text.endIndex), "\(target)")
    return Array(text.replacingCharacters(in: range, with: replacement).utf8)
  }

  @Test(
    arguments: [
      (
        #""amount":250000,"command":"pay""#, #""amount":-5,"command":"pay""#,
        "history.steps[8][1].amount", "-5 is out of range (1…100000000000000)"
      ),
      (
        #""command":"pay","order":2}"#, #""command":"pay","order":"two"}"#,
        "history.steps[8][1].order", "expected a whole number, found a string"
      ),
      (
        #""command":"pay","order":2}"#, #""command":"pay"}"#, "history.steps[8][1].order",
        "missing"
      ),
      (
        #"["pay order 2 2500","#, "[2500,", "history.steps[8][0]",
        "expected the step's text, found a number"
      ),
      (#"["pay order 2 2500","#, "[", "history.steps[8]", "expected [text, command]"),
      (
        #""call-answered":0.4"#, #""call-answered":4"#, "history.steps[12][1].profile",
        "call-answered: 4.0 is not a probability (0 to 1)"
      ),
      (
        #""orders":20"#, #""orders":-1"#, "history.steps[12][1].parameters.orders",
        "-1 is out of range (0…10000000)"
      ),
      // Replayed by `undo`, a simulation this large would end procsh allocating its tables.
      (
        #""orders":20"#, #""orders":2147483647"#, "history.steps[12][1].parameters.orders",
        "2147483647 is out of range (0…10000000)"
      ),
      (
        #""to":"+1d""#, #""to":"+1x""#, "history.steps[13][1].to",
        "'+1x' is not a date-time or +SPAN"
      ),
      (
        #""process":"child""#, #""process":"kid""#,
        "history.steps[10][1].definition.blocks[1].process",
        nil
      ),
      (
        #"["start",0]"#, #"["start",15]"#, "history.checkpoints[1][1]",
        "expected how many steps lie before it (0…14)"
      ),
      (
        #"["start",0]"#, #"["first order",0]"#, "history.checkpoints[1][0]",
        "checkpoint 'first order' appears twice"
      ),
      (
        #","steps":["#, #","stepz":["#, "history.stepz",
        "unknown key in a history; expected base, checkpoints and steps"
      ),
      (
        #","checkpoints":["#, #","steps":[],"checkpoints":["#, "history.steps",
        "the key appears twice"
      ),
      (
        #""managers":["admin"]"#, #""managers":["root"]"#, "history.base.managers[0]",
        "the first manager must be admin"
      ),
      (
        "\n\"format\":\"procsh-session\",\n", "\n\"format\":\"procsh-session\",\n\"history\":{},\n",
        "history.base.history", "the base of a history has no history of its own"
      ),
      (
        "\n\"version\":1\n},\"checkpoints\"", "\n\"version\":2\n},\"checkpoints\"",
        "history.base.version",
        "this session file is version 2; this procsh reads sessions up to version 1. Use a newer procsh"
      ),
    ] as [(String, String, String, String?)])
  func aCorruptHistoryIsRefusedWithItsPath(
    _ target: String, _ replacement: String, _ path: String, _ message: String?
  ) throws {
    let bytes = try corrupted(target, replacement)
    let error = #expect(throws: EngineError.self) { try Engine.readSession(bytes) }
    #expect(error?.sessionProblem?.path == path)
    if let message { #expect(error?.sessionProblem?.message == message) }
    // The plain reader refuses it too: a file is read whole or not at all.
    #expect(throws: EngineError.self) { try Engine(sessionBytes: bytes) }
  }

  @Test func aHistoryMissingItsBaseIsRefused() throws {
    let bytes = Array(
      String(decoding: Engine().sessionBytes(), as: UTF8.self).replacingOccurrences(
        of: "\n\"managers\":",
        with: "\n\"history\":{\"checkpoints\":[],\"steps\":[]},\n\"managers\":"
      ).utf8)
    #expect(throws: EngineError.session(SessionProblem(path: "history.base", .missing))) {
      try Engine.readSession(bytes)
    }
  }

  /// An error inside the base says where in the file it is.
  @Test func aSyntaxErrorInTheBaseNamesItsLine() throws {
    let bytes = try corrupted(#""clock":"#, #""clock"::"#, after: "\"base\":")
    let error = #expect(throws: EngineError.self) { try Engine.readSession(bytes) }
    #expect(error?.sessionProblem?.path == "history.base")
    #expect(error?.sessionProblem?.message.hasPrefix("not valid JSON at line ") == true)
  }
}
