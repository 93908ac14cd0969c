import JSON

/// Reading a `procsh-session` document back into an engine that behaves exactly like the one
/// that was saved.
///
/// Nothing is trusted: the format and version are checked first, then every field's type and
/// range and every reference between records, so that a corrupt or hand-edited file is refused
/// with the JSON path of the first bad value instead of crashing the shell later.
extension Engine {
  /// A session read from `bytes`, or the reason it cannot be.
  public init(sessionBytes bytes: [UInt8]) throws(SessionError) {
    var reader = SessionReader(bytes: bytes)
    self = try reader.read()
  }
}

/// Why a session file cannot be loaded.
public struct SessionError: Error, Equatable, Sendable {
  /// The JSON path of the offending value (`tasks[3][0]`), or empty for the whole document.
  public var path: String
  public var message: String

  public init(path: String, message: String) {
    self.path = path
    self.message = message
  }

  public var description: String { path.isEmpty ? message : "\(path): \(message)" }
}

struct SessionReader {
  var reader: JSONReader
  /// Where each top-level member's value starts.
  var members: [String: Int] = [:]
  /// The events, read as the first pass meets them (they are most of the file); their references
  /// are checked once everything else is read.
  var events = EventLog()
  /// Why the events could not be read, if they could not.
  var eventsProblem: SessionError?

  init(bytes: [UInt8]) {
    reader = JSONReader(bytes: bytes)
  }

  static let requiredKeys = [
    "clock", "events", "format", "managers", "orders", "processes", "tasks", "texts", "tokens",
    "users", "version",
  ]
  static let optionalKeys = ["acting-manager", "agenda", "next-wait-sequence"]

  func fail(_ path: String, _ message: String) -> SessionError {
    SessionError(path: path, message: message)
  }

  /// Turns a syntax error into a session error with the line and column.
  func syntax(_ error: JSONSyntaxError) -> SessionError {
    SessionError(
      path: "",
      message: "not valid JSON at line \(error.line), column \(error.column): \(error.message)")
  }

  // MARK: - The document

  mutating func read() throws(SessionError) -> Engine {
    guard !reader.bytes.isEmpty else { throw fail("", "the file is empty") }
    do throws(JSONSyntaxError) {
      try reader.expect(0x7B)
      if !reader.consume(0x7D) {
        repeat {
          let key = try reader.readString()
          try reader.expect(0x3A)
          reader.skipWhitespace()
          guard members[key] == nil else { throw reader.error("the key '\(key)' appears twice") }
          members[key] = reader.position
          if key == "events" && eventsProblem == nil {
            do throws(SessionError) {
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
      guard reader.position == reader.bytes.count else {
        throw reader.error("unexpected text after the JSON value")
      }
    } catch {
      throw syntax(error)
    }
    // The format and the version first: a newer file may mean anything by its other keys.
    guard let formatAt = members["format"] else {
      throw fail("format", "missing: this is not a procsh session file")
    }
    reader.position = formatAt
    guard let format = try? reader.readString(), format == Engine.sessionFormat else {
      throw fail(
        "format", "this is not a procsh session file (expected \"\(Engine.sessionFormat)\")")
    }
    guard let versionAt = members["version"] else { throw fail("version", "missing") }
    reader.position = versionAt
    guard let version = try? reader.readInteger() else {
      throw fail("version", "expected a whole number")
    }
    guard version <= Engine.sessionVersion else {
      throw fail(
        "version",
        "this session file is version \(version); this procsh reads sessions up to version \(Engine.sessionVersion). Use a newer procsh"
      )
    }
    guard version >= 1 else { throw fail("version", "expected 1, found \(version)") }
    for key in members.keys.sorted()
    where !Self.requiredKeys.contains(key) && !Self.optionalKeys.contains(key) {
      throw fail(key, "unknown key in a version \(version) session")
    }
    for key in Self.requiredKeys where members[key] == nil {
      throw fail(key, "missing")
    }
    if let eventsProblem { throw eventsProblem }
    return try buildChecked()
  }

  mutating func seek(_ key: String) {
    reader.position = members[key]!
  }

  mutating func value(_ key: String) throws(JSONSyntaxError) -> JSONValue {
    seek(key)
    return try reader.readValue()
  }

  /// Reads `[row, row, …]`, calling `row` with each row's index and the reader at its `[`.
  mutating func rows(
    _ key: String, _ row: (inout SessionReader, Int) throws(SessionError) -> Void
  ) throws(SessionError) {
    seek(key)
    do throws(JSONSyntaxError) { try reader.expect(0x5B) } catch {
      throw fail(key, "expected an array")
    }
    if reader.consume(0x5D) { return }
    var index = 0
    repeat {
      try row(&self, index)
      index += 1
    } while try continues("\(key)[\(index - 1)]")
  }

  // MARK: - Fields

  mutating func integer(_ path: @autoclosure () -> String, in range: ClosedRange<Int64>)
    throws(SessionError) -> Int64
  {
    let value: Int64
    do throws(JSONSyntaxError) {
      value = try reader.readInteger()
    } catch {
      throw fail(path(), "\(error.message) at line \(error.line), column \(error.column)")
    }
    guard range.contains(value) else {
      throw fail(path(), "\(value) is out of range (\(range.lowerBound)…\(range.upperBound))")
    }
    return value
  }

  mutating func optionalInteger(_ path: @autoclosure () -> String, in range: ClosedRange<Int64>)
    throws(SessionError) -> Int64?
  {
    if reader.consumeNull() { return nil }
    return try integer(path(), in: range)
  }

  mutating func string(_ path: @autoclosure () -> String) throws(SessionError) -> String {
    do throws(JSONSyntaxError) {
      return try reader.readString()
    } catch {
      throw fail(path(), "\(error.message) at line \(error.line), column \(error.column)")
    }
  }

  mutating func optionalString(_ path: @autoclosure () -> String) throws(SessionError) -> String? {
    if reader.consumeNull() { return nil }
    return try string(path())
  }

  mutating func open(_ path: @autoclosure () -> String) throws(SessionError) {
    do throws(JSONSyntaxError) { try reader.expect(0x5B) } catch {
      throw fail(path(), "expected an array (a record)")
    }
  }

  mutating func separator(_ path: @autoclosure () -> String) throws(SessionError) {
    do throws(JSONSyntaxError) { try reader.expect(0x2C) } catch {
      throw fail(path(), "the record has too few fields")
    }
  }

  mutating func close(_ path: @autoclosure () -> String) throws(SessionError) {
    do throws(JSONSyntaxError) { try reader.expect(0x5D) } catch {
      throw fail(path(), "the record has too many fields")
    }
  }

  static let anyTime: ClosedRange<Int64> = -62_135_596_800...253_402_300_799
  static let anyID: ClosedRange<Int64> = 0...Int64(Int32.max)

  /// Whether the array goes on after an element (`,`) or ends (`]`).
  mutating func continues(_ path: @autoclosure () -> String) throws(SessionError) -> Bool {
    do throws(JSONSyntaxError) {
      return try reader.continues(until: 0x5D)
    } catch {
      throw fail(path(), "\(error.message) at line \(error.line), column \(error.column)")
    }
  }
}

extension SessionReader {
  mutating func buildChecked() throws(SessionError) -> Engine {
    // The clock.
    seek("clock")
    let clockText = try string("clock")
    let clock: Instant
    do throws(EngineError) {
      clock = try Instant(parsing: clockText)
    } catch {
      throw fail("clock", error.message)
    }
    var engine = Engine(empty: clock)

    // Texts: references everywhere point into this table.
    var texts: [String] = []
    try rows("texts") { session, index throws(SessionError) in
      texts.append(try session.string("texts[\(index)]"))
    }
    var seenTexts = Set<String>()
    for (index, text) in texts.enumerated() where !seenTexts.insert(text).inserted {
      throw fail("texts[\(index)]", "the text appears twice")
    }
    engine.texts = TextTable(texts: texts)
    let textRange: ClosedRange<Int64> = -1...Int64(texts.count - 1)

    // Managers.
    var managerNames: [String] = []
    try rows("managers") { session, index throws(SessionError) in
      managerNames.append(try session.string("managers[\(index)]"))
    }
    guard managerNames.first == Manager.adminName else {
      throw fail("managers[0]", "the first manager must be admin")
    }
    guard Set(managerNames).count == managerNames.count else {
      throw fail("managers", "a name appears twice")
    }
    engine.managers = managerNames.enumerated().map {
      Manager(id: ManagerID(index: $0.offset), name: $0.element)
    }
    let managerRange: ClosedRange<Int64> = 0...Int64(managerNames.count)
    if members["acting-manager"] != nil {
      seek("acting-manager")
      engine.actingUser = ManagerID(
        rawValue: Int32(try integer("acting-manager", in: 1...Int64(managerNames.count))))
    }

    // Processes, in load order; each validated against those loaded before it.
    let processList: JSONValue
    do throws(JSONSyntaxError) { processList = try value("processes") } catch {
      throw syntax(error)
    }
    guard case .array(let processItems) = processList else {
      throw fail("processes", "expected an array")
    }
    for (index, item) in processItems.enumerated() {
      guard case .object(var object) = item else {
        throw fail("processes[\(index)]", "expected an object")
      }
      var flags: [String: Bool] = [:]
      for key in ["started", "current"] {
        guard case .bool(let flag)? = object[key] else {
          throw fail("processes[\(index)].\(key)", "expected true or false")
        }
        flags[key] = flag
        object[key] = nil
      }
      guard case .integer(let epoch)? = object["launch-epoch"],
        (0...Int64(UInt32.max)).contains(epoch)
      else {
        throw fail("processes[\(index)].launch-epoch", "expected a whole number")
      }
      object["launch-epoch"] = nil
      let loaded = engine.processes
      let definition: ProcessDefinition
      do throws(DefinitionErrors) {
        (definition, _) = try ProcessDefinition.load(
          json: .object(object),
          catalog: { name in loaded.last(where: { $0.name == name })?.definition })
      } catch {
        let problem = error.errors.first!
        throw fail(
          "processes[\(index)]" + (problem.path.isEmpty ? "" : ".\(problem.path)"), problem.message)
      }
      let program = CompiledProcess(definition, texts: &engine.texts)
      engine.processes.append(
        LoadedProcess(
          id: DefinitionID(index: index), definition: definition, isStarted: flags["started"]!,
          isCurrent: flags["current"]!, launchEpoch: UInt32(epoch), program: program,
          variables: definition.variables))
    }
    guard engine.texts.texts.count == texts.count else {
      throw fail("texts", "a text the processes use is missing")
    }

    // Users.
    try rows("users") { session, index throws(SessionError) in
      let path = { "users[\(index)]" }
      try session.open(path())
      let name = try session.string("\(path())[0]")
      try session.separator(path())
      let email = try session.optionalString("\(path())[1]")
      try session.separator(path())
      let phone = try session.optionalString("\(path())[2]")
      try session.close(path())
      engine.users.append(User(id: UserID(index: index), name: name, email: email, phone: phone))
    }

    // Orders.
    let userRange: ClosedRange<Int64> = 1...Int64(max(1, engine.users.count))
    try rows("orders") { session, index throws(SessionError) in
      let path = { "orders[\(index)]" }
      try session.open(path())
      guard !engine.users.isEmpty else { throw session.fail(path(), "an order but no users") }
      let user = try session.integer("\(path())[0]", in: userRange)
      try session.separator(path())
      let product = try session.string("\(path())[1]")
      try session.separator(path())
      let amount = try session.integer("\(path())[2]", in: 1...Money.maximum.cents)
      try session.separator(path())
      let paid = try session.integer("\(path())[3]", in: 0...amount)
      try session.separator(path())
      let status = try session.integer("\(path())[4]", in: 0...Int64(OrderStatus.table.count - 1))
      try session.separator(path())
      let reason = try session.integer("\(path())[5]", in: textRange)
      try session.separator(path())
      let manager = try session.integer("\(path())[6]", in: managerRange)
      try session.separator(path())
      let paymentDate = try session.optionalInteger("\(path())[7]", in: Self.anyTime)
      try session.separator(path())
      let contactDate = try session.optionalInteger("\(path())[8]", in: Self.anyTime)
      try session.separator(path())
      let created = try session.integer("\(path())[9]", in: Self.anyTime)
      try session.separator(path())
      let calls = try session.integer("\(path())[10]", in: 0...Int64(Int32.max))
      try session.separator(path())
      let messages = try session.integer("\(path())[11]", in: 0...Int64(Int32.max))
      try session.close(path())
      var order = Order(
        id: OrderID(index: index), user: UserID(rawValue: Int32(user)), product: product,
        amount: Money(cents: amount),
        createdAt: Instant(secondsSinceEpoch: created))
      order.paid = Money(cents: paid)
      order.status = OrderStatus(code: UInt8(status))
      order.cancelReason = reason < 0 ? nil : TextID(rawValue: Int32(reason))
      order.manager = manager == 0 ? nil : ManagerID(rawValue: Int32(manager))
      order.paymentDate = paymentDate.map(Instant.init(secondsSinceEpoch:))
      order.nextContactDate = contactDate.map(Instant.init(secondsSinceEpoch:))
      order.calls = Int32(calls)
      order.messages = Int32(messages)
      engine.orders.append(order)
    }

    // Tasks.
    let processRange: ClosedRange<Int64> = 1...Int64(max(1, engine.processes.count))
    var parentTokens: [Int64] = []
    let taskShape: [RowField] = [
      .integer, .integer, .integer, .integer, .integer, .integer, .integer, .integer, .integer,
      .optionalInteger,
      .list, .integer, .integer, .integer, .integer,
    ]
    var fields = [Int64](repeating: 0, count: 14)
    var slots: [Int64] = []
    try rows("tasks") { session, index throws(SessionError) in
      let path = { "tasks[\(index)]" }
      try RowReader.read(taskShape, from: &session.reader, into: &fields, list: &slots, path: path)
      // Field k of the row; after the slots list (row field 10) the values shift by one.
      func check(_ field: Int, _ range: ClosedRange<Int64>) throws(SessionError) -> Int64 {
        let value = fields[field]
        guard range.contains(value) else {
          let position = field >= 10 ? field + 1 : field
          throw session.fail(
            "\(path())[\(position)]",
            value == RowReader.null
              ? "null where a number belongs"
              : "\(value) is out of range (\(range.lowerBound)…\(range.upperBound))")
        }
        return value
      }
      guard !engine.processes.isEmpty else { throw session.fail(path(), "a task but no processes") }
      let definitionID = DefinitionID(rawValue: Int32(try check(0, processRange)))
      let process = engine.processes[definitionID.index]
      let subjectRaw = try check(1, -Int64(Int32.max)...Int64(Int32.max))
      guard let subject = Subject(raw: Int32(subjectRaw)) else {
        throw session.fail("\(path())[1]", "a task needs an object")
      }
      switch (subject, process.definition.object) {
      case (.order(let order), .order):
        guard order.index < engine.orders.count else {
          throw session.fail("\(path())[1]", "there is no order \(order)")
        }
      case (.user(let user), .user):
        guard user.index < engine.users.count else {
          throw session.fail("\(path())[1]", "there is no user \(user)")
        }
      default:
        throw session.fail(
          "\(path())[1]", "the process runs over \(process.definition.object.rawValue)s")
      }
      let parent = try check(2, 0...Int64(index))
      let started = try check(3, Self.anyTime)
      let manager = try check(4, managerRange)
      let state = try check(5, 0...2)
      let result = try check(6, 0...Int64(TaskResult.table.count - 1))
      let endKind = try check(7, 0...2)
      let endValue = try check(8, -1...Int64(Int32.max))
      let at: Int64? = fields[9] == RowReader.null ? nil : try check(9, Self.anyTime)
      guard slots.count == process.program.slotCount else {
        throw session.fail(
          "\(path())[10]",
          "expected \(process.program.slotCount) counters and variables, found \(slots.count)")
      }
      let openSteps = try check(10, 0...1_000_000)
      parentTokens.append(try check(11, Self.anyID))
      let answeredBy = try check(12, managerRange)
      let depth = try check(13, 0...Int64(Engine.subprocessDepthLimit))

      var task = ProcessTask(
        id: TaskID(index: index), definition: definitionID, subject: subject,
        parent: parent == 0 ? nil : TaskID(rawValue: Int32(parent)),
        startedAt: Instant(secondsSinceEpoch: started),
        manager: manager == 0 ? nil : ManagerID(rawValue: Int32(manager)), slotCount: 0,
        depth: Int16(depth))
      task.slots = TaskSlots(slots)
      task.openSteps = Int32(openSteps)
      task.lastAnsweredBy = answeredBy == 0 ? nil : ManagerID(rawValue: Int32(answeredBy))
      switch state {
      case 0:
        task.outcome = .running
      case 1:
        guard let at else { throw session.fail("\(path())[9]", "an ended task needs its end time") }
        let end: TaskEnd
        switch endKind {
        case 0:
          guard endValue >= 0, endValue < process.definition.blocks.count,
            case .end = process.definition.blocks[Int(endValue)].kind
          else {
            throw session.fail(
              "\(path())[8]", "block \(endValue) is not an end block of \(process.name)")
          }
          end = .block(BlockIndex(Int(endValue)))
        case 1:
          end = .none
        default:
          guard textRange.contains(endValue), endValue >= 0 else {
            throw session.fail("\(path())[8]", "no such text")
          }
          end = .failed(TextID(rawValue: Int32(endValue)))
        }
        task.outcome = .ended(
          TaskResult(code: UInt8(result)), end, at: Instant(secondsSinceEpoch: at))
      default:
        guard let at else { throw session.fail("\(path())[9]", "a deleted task needs its time") }
        task.outcome = .deleted(at: Instant(secondsSinceEpoch: at))
      }
      engine.tasks.append(task)
    }

    // Tokens (only live ones are saved).
    let taskRange: ClosedRange<Int64> = 1...Int64(max(1, engine.tasks.count))
    var tokenTriggers: [Int64] = []
    let tokenShape = [RowField](repeating: .integer, count: 10)
    var tokenFields = [Int64](repeating: 0, count: 10)
    var unused: [Int64] = []
    try rows("tokens") { session, index throws(SessionError) in
      let path = { "tokens[\(index)]" }
      try RowReader.read(
        tokenShape, from: &session.reader, into: &tokenFields, list: &unused, path: path)
      func check(_ field: Int, _ range: ClosedRange<Int64>) throws(SessionError) -> Int64 {
        guard range.contains(tokenFields[field]) else {
          throw session.fail(
            "\(path())[\(field)]",
            "\(tokenFields[field]) is out of range (\(range.lowerBound)…\(range.upperBound))")
        }
        return tokenFields[field]
      }
      guard !engine.tasks.isEmpty else { throw session.fail(path(), "a token but no tasks") }
      let task = TaskID(rawValue: Int32(try check(0, taskRange)))
      guard engine.tasks[task.index].isOpen else {
        throw session.fail("\(path())[0]", "task \(task) has ended")
      }
      let definition = engine.processes[engine.tasks[task.index].definition.index].definition
      let block = try check(1, 0...Int64(definition.blocks.count - 1))
      let stateCode = try check(2, 0...5)
      guard let state = TokenState(rawValue: UInt8(stateCode)), state != .ended, state != .ready
      else {
        throw session.fail("\(path())[2]", "a saved token waits, sleeps, asks or runs a child")
      }
      let kind = definition.blocks[Int(block)].kind
      let fits: Bool =
        switch (state, kind) {
        case (.sleeping, .delay), (.waiting, .wait), (.asking, .question),
          (.awaitingChild, .subprocess):
          true
        default: false
        }
      guard fits else {
        throw session.fail(
          "\(path())[1]", "block \(definition.blocks[Int(block)].id) is a \(kind.typeName) block")
      }
      let epoch = try check(3, 0...Int64(UInt32.max))
      let since = try check(4, Self.anyTime)
      let waitSequence = try check(5, 0...Int64.max)
      let child = try check(6, 0...Int64(engine.tasks.count))
      let trigger = try check(7, 0...Int64(Int32.max))
      tokenTriggers.append(trigger)
      let guardInstant = try check(8, Self.anyTime)
      let guardSteps = try check(9, 0...Int64(Engine.instantStepLimit))
      if state == .awaitingChild {
        guard child > 0, engine.tasks[Int(child) - 1].parent == task else {
          throw session.fail("\(path())[6]", "a token running a sub-process needs its child task")
        }
      }
      var token = Token(
        task: task, block: BlockIndex(Int(block)), state: state,
        since: Instant(secondsSinceEpoch: since),
        guardInstant: Instant(secondsSinceEpoch: guardInstant))
      token.epoch = UInt32(epoch)
      token.waitSequence = waitSequence
      token.child = child == 0 ? nil : TaskID(rawValue: Int32(child))
      token.trigger = trigger == 0 ? nil : EventID(rawValue: Int32(trigger))
      token.guardSteps = Int32(guardSteps)
      engine.tokens.append(token)
    }

    // Events: read in the first pass; now their references can be checked.
    let subjects = -Int64(engine.users.count)...Int64(engine.orders.count)
    let shapes = engine.shapes
    for index in events.indices {
      let event = events[index]
      guard (0...Int32(engine.tasks.count)).contains(event.taskRaw) else {
        throw fail(
          "events[\(index)][1]", "\(event.taskRaw) is out of range (0…\(engine.tasks.count))")
      }
      guard subjects.contains(Int64(event.subjectRaw)) else {
        throw fail(
          "events[\(index)][3]",
          "\(event.subjectRaw) is out of range (\(subjects.lowerBound)…\(subjects.upperBound))")
      }
      if let message = engine.problem(with: event, shapes: shapes) {
        throw fail("events[\(index)]", message)
      }
    }
    engine.log = events
    events = EventLog()
    for (index, trigger) in tokenTriggers.enumerated() where trigger > engine.log.count {
      throw fail("tokens[\(index)][7]", "there is no event \(trigger)")
    }

    // The agenda.
    var items: [Agenda<Engine.Timer>.Item] = []
    var nextSequence: Int64 = 0
    if members["agenda"] != nil {
      let agendaValue: JSONValue
      do throws(JSONSyntaxError) { agendaValue = try value("agenda") } catch { throw syntax(error) }
      guard case .object(let agenda) = agendaValue, case .array(let rows)? = agenda["items"],
        case .integer(let next)? = agenda["next-sequence"], next >= 0
      else { throw fail("agenda", "expected {\"items\": [...], \"next-sequence\": N}") }
      nextSequence = next
      var sequences = Set<Int64>()
      for (index, row) in rows.enumerated() {
        let path = "agenda.items[\(index)]"
        guard case .array(let fields) = row, fields.count == 5,
          case .integer(let due) = fields[0], case .integer(let sequence) = fields[1],
          case .integer(let kind) = fields[2], case .integer(let id) = fields[3],
          case .integer(let epoch) = fields[4]
        else { throw fail(path, "expected [due, sequence, kind, id, epoch]") }
        guard due >= clock.secondsSinceEpoch else {
          throw fail("\(path)[0]", "due before the clock")
        }
        guard sequence >= 0, sequence < nextSequence, sequences.insert(sequence).inserted else {
          throw fail("\(path)[1]", "sequence \(sequence) is taken or not below next-sequence")
        }
        guard (0...Int64(UInt32.max)).contains(epoch) else { throw fail("\(path)[4]", "bad epoch") }
        let action: Engine.Timer
        switch kind {
        case 0:
          guard id >= 1, id <= engine.tokens.count else {
            throw fail("\(path)[3]", "there is no token \(id)")
          }
          let state = engine.tokens[Int(id) - 1].state
          guard state == .sleeping || state == .waiting else {
            throw fail("\(path)[3]", "token \(id) has no timer")
          }
          action = .token(TokenID(rawValue: Int32(id)), epoch: UInt32(epoch))
        case 1:
          guard id >= 1, id <= engine.processes.count else {
            throw fail("\(path)[3]", "there is no process \(id)")
          }
          action = .periodicLaunch(DefinitionID(rawValue: Int32(id)), epoch: UInt32(epoch))
        default:
          throw fail("\(path)[2]", "unknown kind \(kind)")
        }
        items.append(
          Agenda.Item(due: Instant(secondsSinceEpoch: due), sequence: sequence, action: action))
      }
    }
    engine.agenda = Agenda(now: clock, items: items, nextSequence: nextSequence)
    if members["next-wait-sequence"] != nil {
      seek("next-wait-sequence")
      engine.nextWaitSequence = try integer("next-wait-sequence", in: 0...Int64.max)
    } else {
      engine.nextWaitSequence = (engine.tokens.map(\.waitSequence).max() ?? -1) + 1
    }

    try engine.rebuildLinks()
    for (index, parentToken) in parentTokens.enumerated() {
      guard parentToken != 0 else { continue }
      guard parentToken <= engine.tokens.count else {
        throw fail("tasks[\(index)][12]", "there is no token \(parentToken)")
      }
      engine.tasks[index].parentToken = TokenID(rawValue: Int32(parentToken))
    }
    return engine
  }

  /// Reads the events array at the reader's position: each row by the fast integer reader, a row
  /// it cannot read again field by field to say what is wrong with it. References to other
  /// records are checked later (`buildChecked`).
  mutating func readEvents() throws(SessionError) {
    do throws(JSONSyntaxError) { try reader.expect(0x5B) } catch {
      throw fail("events", "expected an array")
    }
    if reader.consume(0x5D) { return }
    let shape = [RowField](repeating: .integer, count: 8)
    var fields = [Int64](repeating: 0, count: 8)
    var list: [Int64] = []
    var previousTime: Int64 = 0
    var index = 0
    repeat {
      try RowReader.read(
        shape, from: &reader, into: &fields, list: &list, path: { "events[\(index)]" })
      // Times and triggers are stored as distances to the event before.
      let time = previousTime &+ fields[0]
      previousTime = time
      let trigger = fields[2] == 0 ? 0 : Int64(index + 1) - fields[2]
      guard Self.anyTime.contains(time) else {
        throw fail("events[\(index)][0]", "the time is out of range")
      }
      guard (0...Int64(Int32.max)).contains(fields[1]) else {
        throw fail("events[\(index)][1]", "\(fields[1]) is not a task id")
      }
      guard trigger >= 0, trigger <= Int64(index) else {
        throw fail("events[\(index)][2]", "the trigger is not an earlier event")
      }
      guard (-Int64(Int32.max)...Int64(Int32.max)).contains(fields[3]) else {
        throw fail("events[\(index)][3]", "\(fields[3]) is not an object")
      }
      guard (-1...Int64(Int16.max)).contains(fields[4]), (0...255).contains(fields[6]) else {
        throw fail("events[\(index)]", "a field is out of range")
      }
      guard (0...255).contains(fields[5]),
        let event = Event(
          time: time, task: Int32(fields[1]), trigger: Int32(trigger), subject: Int32(fields[3]),
          block: Int16(fields[4]), kind: UInt8(fields[5]), small: UInt8(fields[6]),
          payload: fields[7])
      else { throw fail("events[\(index)][5]", "unknown event kind \(fields[5])") }
      events.append(event)
      index += 1
    } while try continues("events[\(index - 1)]")
  }

}

extension Engine {
  /// Rebuilds what the session file leaves out because it follows from the rest: the orders of
  /// each user, the tasks of each object, the tokens of each task, and who waits on which object.
  mutating func rebuildLinks() throws(SessionError) {
    for index in orders.indices {
      let user = orders[index].user.index
      orders[index].previousOrderOfUser = users[user].lastOrder
      users[user].lastOrder = OrderID(index: index)
    }
    for index in tasks.indices {
      let id = TaskID(index: index)
      switch tasks[index].subject {
      case .order(let order):
        tasks[index].previousTaskOfObject = orders[order.index].lastTask
        orders[order.index].lastTask = id
      case .user(let user):
        tasks[index].previousTaskOfObject = users[user.index].lastTask
        users[user.index].lastTask = id
      }
    }
    var asking = [Int32](repeating: 0, count: tasks.count)
    for index in tokens.indices {
      let task = tokens[index].task.index
      tokens[index].previousInTask = tasks[task].lastToken
      tasks[task].lastToken = TokenID(index: index)
      tasks[task].liveTokens += 1
      if tokens[index].state == .asking { asking[task] += 1 }
    }
    for index in tasks.indices where asking[index] != tasks[index].openSteps {
      throw SessionError(
        path: "tasks[\(index)][11]",
        message: "\(tasks[index].openSteps) open steps, but \(asking[index]) tokens ask")
    }
    for index in tasks.indices where tasks[index].isOpen && tasks[index].liveTokens == 0 {
      throw SessionError(path: "tasks[\(index)]", message: "a running task without tokens")
    }
    // Waiters are listed newest first: subscribe them in the order they began waiting.
    let waiting = tokens.indices.filter { tokens[$0].state == .waiting }.sorted {
      tokens[$0].waitSequence < tokens[$1].waitSequence
    }
    for index in waiting { subscribe(TokenID(index: index)) }
  }

  /// What the load checks of each definition, counted once instead of per event.
  struct Shape {
    var blocks: Int
    var counters: Int
    var variables: Int
    /// Options per block; -1 for a block that is not a question.
    var options: [Int]
  }

  var shapes: [Shape] {
    processes.map { process in
      Shape(
        blocks: process.definition.blocks.count, counters: process.definition.counters.count,
        variables: process.variables.count,
        options: process.definition.blocks.map { block in
          if case .question(let question) = block.kind { return question.options.count }
          return -1
        })
    }
  }

  /// What is wrong with a logged event's references, or nil; checked on load so that rendering a
  /// corrupt log can never index out of range.
  func problem(with event: Event, shapes: [Shape]) -> String? {
    // The task's definition, by position: a copy of its Shape would retain its options array.
    var definition = -1
    if let task = event.task {
      definition = tasks[task.index].definition.index
      if let block = event.block, block.index >= shapes[definition].blocks {
        return "block \(block.index) is not in the task's process"
      }
    } else if event.block != nil {
      return "a block without a task"
    }
    let small = event.small
    let payload = event.payload
    func validText(_ raw: Int64, optional: Bool) -> Bool {
      (optional && raw == -1) || (raw >= 0 && raw < texts.texts.count)
    }
    switch event.kind {
    case .userFieldChanged:
      guard small < UserField.table.count, validText(payload, optional: true) else {
        return "a bad field change"
      }
    case .statusChanged:
      guard small >> 4 < OrderStatus.table.count, small & 15 < OrderStatus.table.count,
        validText(payload, optional: true)
      else { return "a bad status change" }
    case .orderDateChanged:
      guard small < OrderDateField.table.count else { return "a bad date field" }
    case .orderManagerChanged, .taskManagerChanged:
      guard payload >= 0, payload <= managers.count else { return "no such manager" }
    case .managerAdded, .actingUserChanged:
      guard payload >= 1, payload <= managers.count else { return "no such manager" }
    case .messageSent, .taskFailed:
      guard validText(payload, optional: false) else { return "no such text" }
    case .processLoaded, .processStarted, .processStopped:
      guard payload >= 1, payload <= processes.count else { return "no such process" }
    case .taskEnded:
      guard small < TaskResult.table.count else { return "a bad result" }
    case .stepAnswered, .stepOpened, .stepWithdrawn:
      guard definition >= 0, let block = event.block, shapes[definition].options[block.index] >= 0
      else {
        return "a step outside a question block"
      }
      if event.kind == .stepAnswered {
        guard Int(small) < shapes[definition].options[block.index], payload >= 1,
          payload <= managers.count
        else {
          return "a bad answer"
        }
      }
    case .counterChanged:
      guard definition >= 0, Int(small) < shapes[definition].counters else {
        return "no such counter"
      }
    case .variableSet:
      guard definition >= 0, Int(small >> 1) < shapes[definition].variables else {
        return "no such variable"
      }
      if small & 1 == 1, !validText(payload, optional: false) { return "no such text" }
    case .taskStarted, .delayEnded, .waitMet, .waitTimedOut, .conditionDecided, .branchEnded,
      .taskDeleted:
      guard event.task != nil else { return "a task event without a task" }
    case .userCreated, .orderCreated, .paymentReceived, .clockSet:
      break
    }
    return nil
  }
}
