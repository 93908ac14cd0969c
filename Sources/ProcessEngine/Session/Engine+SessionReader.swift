import JSON

/// Reading a `procsh-session` document back into an engine that behaves exactly like the one
/// that was saved.
///
/// Nothing is trusted: the format and version are checked first, then every field's type and
/// range and every reference between records, so that a corrupt or hand-edited file is refused
/// with the JSON path of the first bad value instead of crashing the shell later.
extension Engine {
  /// A session read from `bytes`, or `EngineError.session` with the reason it cannot be.
  ///
  /// A history the file keeps is checked and left out: `readSession(_:)` returns it.
  public init(sessionBytes bytes: [UInt8]) throws(EngineError) {
    self = try Self.readSession(bytes).engine
  }
}

/// What the reader's parts throw: only ever a session problem, so a part's type says so and
/// `inside(_:)` needs no case to pick. The public entries, `init(sessionBytes:)` and
/// `readSession(_:)`, turn it into `EngineError.session` once, at the end of a failed read.
struct SessionReadError: Error {
  var path: String
  var reason: SessionProblem.Reason

  init(path: String, _ reason: SessionProblem.Reason) {
    self.path = path
    self.reason = reason
  }

  var problem: SessionProblem { SessionProblem(path: path, reason) }

  /// What is wrong, in English (tests read it).
  var message: String { reason.message(in: .english) }
}

struct SessionReader {
  var reader: JSONReader
  /// Where each top-level member's value starts.
  var members: [String: Int] = [:]
  /// The events, read as the first pass meets them (they are most of the file); their references
  /// are checked once everything else is read.
  var events = EventLog()
  /// Why the events could not be read, if they could not.
  var eventsProblem: SessionReadError?
  /// Each task's definition (a position in `processes`), as the tasks are read: a column the
  /// events' checks read for every event of a task (see `Engine.problem(with:shapes:definitions:)`).
  var taskDefinitions: [Int32] = []

  /// Whether this reads the base of a history, inside another document, rather than a file.
  let isNested: Bool

  /// A reader of the session document `bytes`, which must outlive it.
  init(borrowing bytes: UnsafeBufferPointer<UInt8>) {
    reader = JSONReader(borrowing: bytes)
    isNested = false
  }

  /// A reader of the session document that starts at `start` inside `bytes` (the base of a
  /// history); it ends where the document's object does.
  init(borrowing bytes: UnsafeBufferPointer<UInt8>, at start: Int) {
    reader = JSONReader(borrowing: bytes)
    reader.position = start
    isNested = true
  }

  func fail(_ path: String, _ reason: SessionProblem.Reason) -> SessionReadError {
    SessionReadError(path: path, reason)
  }

  /// Turns a syntax error into a session error with the line and column.
  func syntax(_ error: JSONSyntaxError) -> SessionReadError {
    SessionReadError(path: "", .notJSON(error))
  }

  // MARK: - The document

  mutating func read() throws(SessionReadError) -> (engine: Engine, history: SessionHistory?) {
    guard !reader.bytes.isEmpty else { throw fail("", .emptyFile) }
    do throws(JSONSyntaxError) {
      try reader.expect(0x7B)
      if !reader.consume(0x7D) {
        repeat {
          let key = try reader.readString()
          try reader.expect(0x3A)
          reader.skipWhitespace()
          guard members[key] == nil else { throw reader.error(.keyTwice(key)) }
          members[key] = reader.position
          if key == SessionKey.events.name && eventsProblem == nil {
            do throws(SessionReadError) {
              try readEvents()
            } catch {
              // Perhaps a newer format: find the version first, then report what is wrong.
              eventsProblem = error
              reader.position = members[key]!
              try reader.skipContainer()
            }
          } else if let next = reader.peek(), next == 0x5B || next == 0x7B {
            try reader.skipContainer()
          } else {
            try reader.skipValue()
          }
        } while try reader.continues(until: 0x7D)
      }
      reader.skipWhitespace()
      guard isNested || reader.position == reader.bytes.count else {
        throw reader.error(.textAfterValue)
      }
    } catch {
      throw syntax(error)
    }
    // The format and the version first: a newer file may mean anything by its other keys.
    guard has(.format) else {
      throw fail("format", .formatMissing)
    }
    seek(.format)
    guard let format = try? reader.readString(), format == Engine.sessionFormat else {
      throw fail("format", .notASession)
    }
    guard has(.version) else { throw fail("version", .missing) }
    seek(.version)
    guard let version = try? reader.readInteger() else {
      throw fail("version", .expectedWholeNumber)
    }
    guard version <= Engine.sessionVersion else {
      throw fail("version", .newerVersion(version))
    }
    guard version >= 1 else { throw fail("version", .versionNotOne(found: version)) }
    for key in members.keys.sorted() where SessionKey(rawValue: key) == nil {
      throw fail(key, .unknownKey(version: version))
    }
    for key in SessionKey.allCases where !key.isOptional && !has(key) {
      throw fail(key.name, .missing)
    }
    if isNested && has(.history) {
      throw fail(SessionKey.history.name, .historyInBase)
    }
    if let eventsProblem { throw eventsProblem }
    let engine = try buildChecked()
    return (engine, has(.history) ? try readHistory() : nil)
  }

  func has(_ key: SessionKey) -> Bool { members[key.name] != nil }

  mutating func seek(_ key: SessionKey) {
    reader.position = members[key.name]!
  }

  mutating func value(_ key: SessionKey) throws(JSONSyntaxError) -> JSONValue {
    seek(key)
    return try reader.readValue()
  }

  /// Reads the rows of `key`, calling `body` with each row as it is read.
  mutating func rows<Column: SessionColumn>(
    _ key: SessionKey, _ body: (SessionRow<Column>) throws(SessionReadError) -> Void
  ) throws(SessionReadError) {
    seek(key)
    do throws(JSONSyntaxError) { try reader.expect(0x5B) } catch {
      throw fail(key.name, .expectedArray)
    }
    if reader.consume(0x5D) { return }
    var row = SessionRow<Column>()
    repeat {
      try RowReader.read(&row, from: &reader)
      try body(row)
      row.index += 1
    } while try continues(Column.path(row: row.index - 1))
  }

  /// Reads the array of strings at `key`.
  mutating func strings(_ key: SessionKey) throws(SessionReadError) -> [String] {
    seek(key)
    do throws(JSONSyntaxError) { try reader.expect(0x5B) } catch {
      throw fail(key.name, .expectedArray)
    }
    var strings: [String] = []
    if reader.consume(0x5D) { return strings }
    repeat {
      strings.append(try string("\(key.name)[\(strings.count)]"))
    } while try continues("\(key.name)[\(strings.count - 1)]")
    return strings
  }

  // MARK: - Fields

  mutating func integer(_ path: @autoclosure () -> String, in range: ClosedRange<Int64>)
    throws(SessionReadError) -> Int64
  {
    let value: Int64
    do throws(JSONSyntaxError) {
      value = try reader.readInteger()
    } catch {
      throw fail(path(), .syntax(error))
    }
    guard range.contains(value) else {
      throw fail(path(), .outOfRange(value, range))
    }
    return value
  }

  mutating func string(_ path: @autoclosure () -> String) throws(SessionReadError) -> String {
    do throws(JSONSyntaxError) {
      return try reader.readString()
    } catch {
      throw fail(path(), .syntax(error))
    }
  }

  static let anyTime: ClosedRange<Int64> = -62_135_596_800...253_402_300_799
  static let anyID: ClosedRange<Int64> = 0...Int64(Int32.max)

  /// Whether the array goes on after an element (`,`) or ends (`]`).
  mutating func continues(_ path: @autoclosure () -> String) throws(SessionReadError) -> Bool {
    do throws(JSONSyntaxError) {
      return try reader.continues(until: 0x5D)
    } catch {
      throw fail(path(), .syntax(error))
    }
  }
}

extension SessionReader {
  mutating func buildChecked() throws(SessionReadError) -> Engine {
    // The clock.
    seek(.clock)
    let clockText = try string(SessionKey.clock.name)
    let clock: Instant
    do throws(EngineError) {
      clock = try Instant(parsing: clockText)
    } catch {
      throw fail(SessionKey.clock.name, .refused(error))
    }
    var engine = Engine(empty: clock)

    // Texts: references everywhere point into this table.
    let texts = try strings(.texts)
    var seenTexts = Set<String>()
    for (index, text) in texts.enumerated() where !seenTexts.insert(text).inserted {
      throw fail("texts[\(index)]", .textTwice)
    }
    engine.texts = TextTable(texts: texts)

    // Managers.
    let managerNames = try strings(.managers)
    guard managerNames.first == Manager.adminName else {
      throw fail("managers[0]", .firstManagerNotAdmin)
    }
    guard Set(managerNames).count == managerNames.count else {
      throw fail("managers", .managerNameTwice)
    }
    engine.managers = managerNames.enumerated().map {
      Manager(id: ManagerID(index: $0.offset), name: $0.element)
    }
    if has(.actingManager) {
      seek(.actingManager)
      engine.actingUser = ManagerID(
        rawValue: Int32(
          try integer(SessionKey.actingManager.name, in: 1...Int64(managerNames.count))))
    }

    try readProcesses(into: &engine)
    try readMailings(into: &engine)
    guard engine.texts.texts.count == texts.count else {
      throw fail("texts", .processTextMissing)
    }
    try readUsers(into: &engine)
    try readOrders(into: &engine)
    let parentTokens = try readTasks(into: &engine)
    let tokenTriggers = try readTokens(into: &engine)
    try checkEvents(in: &engine)
    for (index, trigger) in tokenTriggers.enumerated() where trigger > engine.log.count {
      throw fail(TokenColumn.trigger.path(row: index), .noEvent(trigger))
    }
    try readAgenda(into: &engine)
    if has(.nextWaitSequence) {
      seek(.nextWaitSequence)
      engine.nextWaitSequence = try integer(SessionKey.nextWaitSequence.name, in: 0...Int64.max)
    } else {
      engine.nextWaitSequence = (engine.tokens.map(\.waitSequence).max() ?? -1) + 1
    }

    try engine.rebuildLinks()
    for (index, parentToken) in parentTokens.enumerated() {
      guard parentToken != 0 else { continue }
      guard parentToken <= engine.tokens.count else {
        throw fail(TaskColumn.parentToken.path(row: index), .noToken(parentToken))
      }
      engine.tasks[index].parentToken = TokenID(rawValue: Int32(parentToken))
    }
    return engine
  }
}
