import JSON
import Testing

@testable import ProcessEngine

/// SPEC §9: one plain JSON document, keys sorted, one record per line, read back into an engine
/// that behaves exactly like the one saved; anything else refused with the reason and JSON path.
@Suite struct SessionFormatTests {
  /// A busy session: every kind of record, tasks in every state, pending timers.
  static func busyEngine() -> Engine {
    var engine = Engine()
    _ = engine.run(.addManager("anna"))
    for _ in 0..<4 { _ = engine.run(.createOrder(NewOrder())) }
    _ = engine.run(.createOrder(NewOrder(name: "Анна \"Аня\" Петрова", phone: .some(nil))))
    _ = engine.run(.advance(by: .minutes(1)))
    _ = engine.run(.actAs("anna"))
    _ = engine.run(.answer(.task(TaskID(rawValue: 1)), option: "yes", argument: nil))
    _ = engine.run(.answer(.task(TaskID(rawValue: 2)), option: "duplicate", argument: nil))
    _ = engine.run(.answer(.task(TaskID(rawValue: 5)), option: "yes", argument: nil))
    _ = engine.run(.answer(.task(TaskID(rawValue: 6)), option: "reached", argument: nil))
    _ = engine.run(.answer(.order(OrderID(rawValue: 1)), option: "will-pay", argument: "+2d"))
    _ = engine.run(.pay(OrderID(rawValue: 3), .whole(2500)))
    _ = engine.run(.actAs("admin"))
    _ = engine.run(.restartProcess("order-processing"))
    _ = engine.run(.startProcess("order-processing"))
    _ = engine.run(.runProcess("order-processing", order: OrderID(rawValue: 4)))
    _ = engine.run(.advance(by: .hours(3)))
    return engine
  }

  /// The busy session and more, so that every column of every kind of row holds a value other
  /// than its empty one (0, -1, null, "", []) in some row — `everyColumnIsFilledInTheFullSample`
  /// checks it: next contact and payment dates, calls, messages, a cancel reason, counters and
  /// variables, answered-by, guard steps, periodic launches, waits in a sequence, a user process,
  /// and an acting manager other than admin.
  static func fullEngine() -> Engine {
    var engine = busyEngine()
    for text in [
      definitionJSON(
        name: "watch", launch: "on-create", counters: ["seen"],
        blocks: [
          #"{"id": "s", "type": "start", "exits": {"next": "f"}}"#,
          #"{"id": "f", "type": "fork", "exits": ["x", "y"]}"#,
          #"{"id": "x", "type": "wait", "condition": "status in [postponed]", "timeout": "9d", "exits": {"met": "x2", "timeout": null}}"#,
          #"{"id": "x2", "type": "operation", "do": "counter-add", "counter": "seen", "value": 1, "exits": {"next": null}}"#,
          #"{"id": "y", "type": "wait", "condition": "status in [postponed]", "exits": {"met": "y2", "timeout": null}}"#,
          #"{"id": "y2", "type": "operation", "do": "send-message", "text": "y", "exits": {"next": null}}"#,
        ]),
      definitionJSON(
        name: "nudge", object: "user", launch: "periodic", extra: #", "interval": "1h""#,
        blocks: [
          #"{"id": "s", "type": "start", "exits": {"next": "d"}}"#,
          #"{"id": "d", "type": "delay", "duration": "2d", "exits": {"next": "e"}}"#,
          #"{"id": "e", "type": "end", "name": "done", "result": "neutral"}"#,
        ]),
    ] {
      do {
        let definition = try loadDefinition(
          text, catalog: engine.processes.map(\.definition) + BuiltInProcesses.definitions)
        _ = engine.run(.loadProcess(definition))
      } catch {
        Issue.record("cannot load a test definition: \(error)")
      }
    }
    _ = engine.run(.advance(by: .hours(1)))
    // Order 4 (task 9, started by hand): taken, reached, postponed to a date.
    let order4 = OrderID(rawValue: 4)
    _ = engine.run(.answer(.order(order4), option: "yes", argument: nil))
    _ = engine.run(.answer(.order(order4), option: "reached", argument: nil))
    _ = engine.run(.answer(.order(order4), option: "postpone", argument: "+1d"))
    // Order 6 without a phone: asked for one by email, then cancelled with a reason.
    _ = engine.run(.createOrder(NewOrder(phone: .some(nil))))
    _ = engine.run(.advance(by: .minutes(1)))
    _ = engine.run(.actAs("anna"))
    _ = engine.run(.answer(.order(OrderID(rawValue: 6)), option: "yes", argument: nil))
    _ = engine.run(.answer(.order(OrderID(rawValue: 6)), option: "send", argument: nil))
    _ = engine.run(.cancel(OrderID(rawValue: 6), reason: "дорого"))
    // Order 7: cancelled while its calls run, which stops the child task (end kind none).
    _ = engine.run(.createOrder(NewOrder()))
    _ = engine.run(.advance(by: .minutes(1)))
    _ = engine.run(.answer(.order(OrderID(rawValue: 7)), option: "yes", argument: nil))
    _ = engine.run(.answer(.order(OrderID(rawValue: 7)), option: "no-answer", argument: nil))
    _ = engine.run(.cancel(OrderID(rawValue: 7), reason: nil))
    // Order 8: two waits of `watch` in sequence, not yet met, and its take-order step opened at
    // this instant (open steps, guard steps).
    _ = engine.run(.createOrder(NewOrder()))
    _ = engine.run(.advance(by: .minutes(1)))
    return engine
  }

  /// Every column of every kind of row holds something other than its empty value in some row
  /// of the full sample, so a reader or writer that drops a field changes the bytes.
  @Test func everyColumnIsFilledInTheFullSample() throws {
    let document = try JSONReader.parse(Self.fullEngine().sessionBytes())
    guard case .object(let top) = document else {
      Issue.record("the document is not an object")
      return
    }
    func rows(_ path: String) -> [[JSONValue]] {
      var value: JSONValue? = .object(top)
      for key in path.split(separator: ".") {
        guard case .object(let object) = value else { return [] }
        value = object[String(key)]
      }
      guard case .array(let rows) = value else { return [] }
      return rows.compactMap { row in
        if case .array(let cells) = row { return cells }
        return nil
      }
    }
    func isEmpty(_ value: JSONValue) -> Bool {
      switch value {
      case .null: return true
      case .integer(let number): return number == 0 || number == -1
      case .string(let text): return text.isEmpty
      case .array(let items): return items.allSatisfy(isEmpty)
      case .bool(let flag): return !flag
      case .double(let number): return number == 0
      case .object(let object): return object.members.isEmpty
      }
    }
    func check<Column: SessionColumn>(_: Column.Type) {
      let table = rows(Column.section)
      #expect(!table.isEmpty, "no \(Column.section) rows")
      for column in Column.allCases {
        let filled = table.contains { row in
          column.rawValue < row.count && !isEmpty(row[column.rawValue])
        }
        #expect(filled, "\(Column.section): no row fills \(column.name)")
      }
    }
    check(EventColumn.self)
    check(OrderColumn.self)
    check(TaskColumn.self)
    check(TokenColumn.self)
    check(UserColumn.self)
    check(AgendaColumn.self)
  }

  /// The full sample reads back to its own bytes, keeps the acting manager, and goes on exactly
  /// as the original: the waits of `watch` resume in the order they began (SPEC §2, §9).
  @Test func theFullSampleReadsBackAndGoesOnLikeTheOriginal() throws {
    var original = Self.fullEngine()
    let bytes = original.sessionBytes()
    var loaded = try Engine(sessionBytes: bytes)
    #expect(identical(loaded.sessionBytes(), bytes))
    #expect(loaded.actingUser == original.actingUser)
    #expect(loaded.actingUser != .admin)
    // Internal links are renumbered on reading; every field a user sees is kept.
    func fields(_ engine: Engine) -> [String] {
      engine.orders.map { order in
        "\(order.status.slug) \(order.paid) \(order.paymentDate.map(\.description) ?? "-") "
          + "\(order.nextContactDate.map(\.description) ?? "-") \(order.calls) \(order.messages) "
          + "\(order.manager.map { "\($0)" } ?? "-") \(order.cancelReason.map(engine.text) ?? "-")"
      } + engine.users.map { "\($0.name) \($0.email ?? "-") \($0.phone ?? "-")" }
    }
    #expect(fields(loaded) == fields(original))
    #expect(original.orders.contains { $0.nextContactDate != nil && $0.paymentDate == nil })
    let order8 = OrderID(rawValue: 8)
    let steps: [Command] = [
      .setOrderStatus(order8, .postponed, reason: nil), .advance(by: .days(1)), .actAs("admin"),
      .answer(.order(OrderID(rawValue: 4)), option: "no-answer", argument: nil),
      .advance(by: .days(12)),
    ]
    for step in steps {
      #expect(original.run(step) == loaded.run(step))
    }
    #expect(identical(original.sessionBytes(), loaded.sessionBytes()))
  }

  func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

  @Test func aSessionReadsBackToTheSameBytes() throws {
    let engine = Self.busyEngine()
    let bytes = engine.sessionBytes()
    let reread = try Engine(sessionBytes: bytes)
    #expect(identical(reread.sessionBytes(), bytes))
    // Internal links (token ids) are renumbered; what users see is the same.
    #expect(reread.orders.map(\.status) == engine.orders.map(\.status))
    #expect(reread.orders.map(\.paid) == engine.orders.map(\.paid))
    #expect(reread.tasks.map(\.state) == engine.tasks.map(\.state))
    #expect(reread.openSteps == engine.openSteps)
    #expect(reread.scheduledItems() == engine.scheduledItems())
    #expect(reread.log.count == engine.log.count)
    #expect(reread.clock == engine.clock)
  }

  @Test func theDocumentHasSortedKeysOneRecordPerLineAndAFinalNewline() {
    let document = text(Self.busyEngine().sessionBytes())
    #expect(document.hasSuffix("}\n"))
    let keys = [
      "acting-manager", "agenda", "clock", "events", "format", "managers", "next-wait-sequence",
      "orders",
      "processes", "tasks", "texts", "tokens", "users", "version",
    ]
    let positions = keys.map { key in document.range(of: "\n\"\(key)\":")?.lowerBound }
    #expect(positions.allSatisfy { $0 != nil })
    #expect(positions.compactMap { $0 } == positions.compactMap { $0 }.sorted())
    // Every event on a line of its own.
    let eventLines = document.split(separator: "\n").filter {
      $0.hasPrefix("[") || $0.hasPrefix(",[")
    }
    #expect(eventLines.count > Self.busyEngine().log.count)
  }

  @Test func aLoadedSessionGoesOnExactlyLikeTheOriginal() throws {
    var original = Self.busyEngine()
    var loaded = try Engine(sessionBytes: original.sessionBytes())
    let order4 = OrderID(rawValue: 4)
    let steps: [Command] = [
      .advanceToNext, .answer(.order(order4), option: "yes", argument: nil),
      .answer(.order(order4), option: "reached", argument: nil),
      .answer(.order(order4), option: "postpone", argument: "+1d"), .advance(by: .days(2)),
      .answer(.order(order4), option: "no-answer", argument: nil), .pay(order4, nil),
      .advance(by: .days(40)),
    ]
    for step in steps {
      #expect(original.run(step) == loaded.run(step))
    }
    #expect(identical(original.sessionBytes(), loaded.sessionBytes()))
  }

  static func document(_ engine: Engine = busyEngine()) -> String {
    String(decoding: engine.sessionBytes(), as: UTF8.self)
  }

  @Test(arguments: [
    ("", "", "the file is empty"),
    ("hello", "", "not valid JSON at line 1, column 1: expected '{'"),
    (
      "{\"format\": \"procsh-session\", ", "",
      "not valid JSON at line 1, column 30: expected a string"
    ),
    ("[1, 2]", "", "not valid JSON at line 1, column 1: expected '{'"),
    (
      "{\"format\": \"procsh-process\", \"version\": 1}", "format",
      "this is not a procsh session file (expected \"procsh-session\")"
    ),
    ("{\"version\": 1}", "format", "missing: this is not a procsh session file"),
    (
      "{\"format\": \"procsh-session\", \"version\": 2}", "version",
      "this session file is version 2; this procsh reads sessions up to version 1. Use a newer procsh"
    ),
  ])
  func malformedDocumentsAreRefusedWithTheReason(document: String, path: String, message: String) {
    let error = #expect(throws: EngineError.self) { try Engine(sessionBytes: Array(document.utf8)) }
    #expect(error?.sessionProblem?.path == path)
    #expect(error?.sessionProblem?.message == message)
  }

  @Test func aTruncatedFileIsRefused() {
    let bytes = Self.busyEngine().sessionBytes()
    for cut in [bytes.count / 2, bytes.count - 3, 10] {
      #expect(throws: EngineError.self) { try Engine(sessionBytes: Array(bytes.prefix(cut))) }
    }
  }

  @Test func binaryGarbageIsRefused() {
    var random = SplitMix64(seed: 7)
    let bytes = (0..<4096).map { _ in UInt8(truncatingIfNeeded: random.next()) }
    #expect(throws: EngineError.self) { try Engine(sessionBytes: bytes) }
  }

  /// Replaces the first occurrence of `target` in the document.
  func edited(_ target: String, _ replacement: String) -> [UInt8] {
    let document = Self.document()
    guard let range = document.range(of: target) else {
      Issue.record("'\(target)' is not in the document")
      return []
    }
    return Array(document.replacingCharacters(in: range, with: replacement).utf8)
  }

  @Test func badValuesAndDanglingReferencesAreRefusedWithTheirPath() {
    // The first order's status code 7 (completed is 7; 42 is nothing).
    let orderLine = Self.document().split(separator: "\n").first { $0.hasPrefix("[1,\"Course\",") }!
    let row = orderLine[
      orderLine.index(after: orderLine.startIndex)..<orderLine.lastIndex(of: "]")!]
    var fields = row.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
    fields[4] = "42"
    #expect(
      throws: EngineError.session(SessionProblem(path: "orders[0][4]", .outOfRange(42, 0...9)))
    ) {
      try Engine(sessionBytes: edited("[" + row + "]", "[" + fields.joined(separator: ",") + "]"))
    }
    #expect(SessionProblem(path: "", .outOfRange(42, 0...9)).message == "42 is out of range (0…9)")
    fields[4] = "1"
    fields[0] = "99"
    #expect(
      throws: EngineError.session(SessionProblem(path: "orders[0][0]", .outOfRange(99, 1...5)))
    ) {
      try Engine(sessionBytes: edited("[" + row + "]", "[" + fields.joined(separator: ",") + "]"))
    }
    // An embedded definition that is not valid.
    let dangling = #expect(throws: EngineError.self) {
      try Engine(sessionBytes: edited(#"{"exits":{"next":"A"}"#, #"{"exits":{"next":"Z"}"#))
    }
    #expect(dangling?.sessionProblem?.path == "processes[0].blocks[0].exits.next")
    #expect(dangling?.sessionProblem?.message == "leads to block 'Z', which does not exist")
    // A key the version does not have.
    let zebra = #expect(throws: EngineError.self) {
      try Engine(sessionBytes: edited("\n\"version\":1", "\n\"version\":1,\"zebra\":0"))
    }
    #expect(zebra?.sessionProblem?.description == "zebra: unknown key in a version 1 session")
  }

  /// The busy document with the first row of `section` edited, its values split at the top
  /// level (a task's slots list stays one value).
  func editingFirstRow(of section: String, _ edit: (inout [String]) -> Void) throws -> [UInt8] {
    let document = Self.document()
    let start = try #require(document.range(of: "\n\"\(section)\":[\n")).upperBound
    let end = try #require(document[start...].firstIndex(of: "\n"))
    var line = document[start..<end]
    if line.hasSuffix(",") { line = line.dropLast() }
    var values = SessionDocument.values(of: String(line))
    edit(&values)
    let row = "[" + values.joined(separator: ",") + "]"
    return Array(document.replacingCharacters(in: start..<line.endIndex, with: row).utf8)
  }

  /// Error paths name the value by its column's position in the row, also after a task's slots.
  @Test(arguments: [
    ("tasks", TaskColumn.depth.position, "99", "tasks[0][14]", "99 is out of range (0…32)"),
    ("tasks", TaskColumn.state.position, "7", "tasks[0][5]", "7 is out of range (0…2)"),
    ("tasks", TaskColumn.endedAt.position, "\"soon\"", "tasks[0][9]", nil),
    ("tokens", TokenColumn.state.position, "0", "tokens[0][2]", nil),
    ("events", EventColumn.kind.position, "200", "events[0][5]", "unknown event kind 200"),
    ("users", UserColumn.email.position, "12", "users[0][1]", nil),
    ("orders", OrderColumn.paid.position, "-5", "orders[0][3]", nil),
  ])
  func aBadValueIsNamedByItsColumn(
    section: String, column: Int, value: String, path: String, message: String?
  ) throws {
    let bytes = try editingFirstRow(of: section) { $0[column] = value }
    let error = #expect(throws: EngineError.self) { try Engine(sessionBytes: bytes) }
    #expect(error?.sessionProblem?.path == path)
    if let message { #expect(error?.sessionProblem?.message == message) }
  }

  @Test func missingOptionalFieldsTakeTheirDefaults() throws {
    var document = Self.document(Engine())
    for key in ["\"acting-manager\":1,\n", "\"next-wait-sequence\":0,\n"] {
      document = document.replacingOccurrences(of: key, with: "")
    }
    let engine = try Engine(sessionBytes: Array(document.utf8))
    #expect(engine.actingUser == .admin)
    #expect(engine.processes.count == 2)
  }
}

extension String {
  func replacingOccurrences(of target: String, with replacement: String) -> String {
    split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
  }
}
