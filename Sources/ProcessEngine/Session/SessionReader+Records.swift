import JSON

/// Reading each kind of record, row by row, every value taken by its column and checked.
extension SessionReader {
  /// The processes, in load order; each validated against those loaded before it.
  mutating func readProcesses(into engine: inout Engine) throws(SessionReadError) {
    let processList: JSONValue
    do throws(JSONSyntaxError) { processList = try value(.processes) } catch {
      throw syntax(error)
    }
    guard case .array(let processItems) = processList else {
      throw fail("processes", .expectedArray)
    }
    for (index, item) in processItems.enumerated() {
      guard case .object(var object) = item else {
        throw fail("processes[\(index)]", .expectedObject)
      }
      var flags: [String: Bool] = [:]
      for key in ["started", "current"] {
        guard case .bool(let flag)? = object[key] else {
          throw fail("processes[\(index)].\(key)", .expectedBool)
        }
        flags[key] = flag
        object[key] = nil
      }
      guard case .integer(let epoch)? = object["launch-epoch"],
        (0...Int64(UInt32.max)).contains(epoch)
      else {
        throw fail("processes[\(index)].launch-epoch", .expectedWholeNumber)
      }
      object["launch-epoch"] = nil
      let loaded = engine.processes
      let (checked, problems) = ProcessDefinition.checked(
        json: .object(object),
        catalog: { name in loaded.last(where: { $0.name == name })?.definition })
      guard let definition = checked else {
        let problem = problems.first { $0.severity == .error }!
        throw fail(
          "processes[\(index)]" + (problem.path.isEmpty ? "" : ".\(problem.path)"),
          .definition(problem))
      }
      let program = CompiledProcess(definition, texts: &engine.texts)
      engine.processes.append(
        LoadedProcess(
          id: DefinitionID(index: index), definition: definition, isStarted: flags["started"]!,
          isCurrent: flags["current"]!, launchEpoch: UInt32(epoch), program: program,
          variables: definition.variables))
    }
  }

  /// Reads the auto-mailings, each started or not; their texts must be in `texts` already.
  mutating func readMailings(into engine: inout Engine) throws(SessionReadError) {
    guard has(.mailings) else { return }
    let list: JSONValue
    do throws(JSONSyntaxError) { list = try value(.mailings) } catch { throw syntax(error) }
    guard case .array(let items) = list else { throw fail("mailings", .expectedArray) }
    for (index, item) in items.enumerated() {
      let path = "mailings[\(index)]"
      guard case .object(var object) = item else { throw fail(path, .expectedObject) }
      guard case .bool(let started)? = object["started"] else {
        throw fail(path + ".started", .expectedBool)
      }
      object["started"] = nil
      let (checked, problems) = MailingDefinition.checked(json: .object(object))
      guard let definition = checked else {
        let problem = problems[0]
        throw fail(path + (problem.path.isEmpty ? "" : ".\(problem.path)"), .definition(problem))
      }
      guard engine.mailing(named: definition.name) == nil else {
        throw fail(path + ".name", .mailingTwice(definition.name))
      }
      let texts = engine.texts.texts.count
      let text = engine.texts.intern(definition.text)
      guard engine.texts.texts.count == texts else { throw fail(path + ".text", .noSuchText) }
      engine.mailings.append(
        LoadedMailing(
          id: MailingID(index: index), definition: definition, isStarted: started, text: text,
          readsTime: definition.to.readsTime))
      if started { engine.startedMailings += 1 }
    }
  }

  mutating func readUsers(into engine: inout Engine) throws(SessionReadError) {
    try rows(.users) { (row: SessionRow<UserColumn>) throws(SessionReadError) in
      engine.users.append(
        User(
          id: UserID(index: row.index), name: row.string(.name), email: row.optionalString(.email),
          phone: row.optionalString(.phone)))
    }
  }

  mutating func readOrders(into engine: inout Engine) throws(SessionReadError) {
    let userRange: ClosedRange<Int64> = 1...Int64(max(1, engine.users.count))
    let textRange = engine.textRange
    let managerRange = engine.managerRange
    let users = engine.users.count
    try rows(.orders) { (row: SessionRow<OrderColumn>) throws(SessionReadError) in
      guard users > 0 else { throw row.fail(.orderWithoutUsers) }
      let user = try row.integer(.user, in: userRange)
      let amount = try row.integer(.amount, in: 1...Money.maximum.cents)
      let paid = try row.integer(.paid, in: 0...amount)
      let status = try row.code(.status, as: OrderStatus.self)
      let reason = try row.integer(.reason, in: textRange)
      let manager = try row.integer(.manager, in: managerRange)
      let paymentDate = try row.optionalInteger(.paymentDate, in: Self.anyTime)
      let contactDate = try row.optionalInteger(.nextContactDate, in: Self.anyTime)
      let created = try row.integer(.created, in: Self.anyTime)
      let calls = try row.integer(.calls, in: 0...Int64(Int32.max))
      let messages = try row.integer(.messages, in: 0...Int64(Int32.max))
      var order = Order(
        id: OrderID(index: row.index), user: UserID(rawValue: Int32(user)),
        product: row.string(.product), amount: Money(cents: amount),
        createdAt: Instant(secondsSinceEpoch: created))
      order.paid = Money(cents: paid)
      order.status = status
      order.cancelReason = reason < 0 ? nil : TextID(rawValue: Int32(reason))
      order.manager = manager == 0 ? nil : ManagerID(rawValue: Int32(manager))
      order.paymentDate = paymentDate.map(Instant.init(secondsSinceEpoch:))
      order.nextContactDate = contactDate.map(Instant.init(secondsSinceEpoch:))
      order.calls = Int32(calls)
      order.messages = Int32(messages)
      engine.orders.append(order)
    }
  }

  /// Reads the tasks; returns each task's parent token, set once the tokens are read.
  mutating func readTasks(into engine: inout Engine) throws(SessionReadError) -> [Int64] {
    let processRange: ClosedRange<Int64> = 1...Int64(max(1, engine.processes.count))
    let textRange = engine.textRange
    let managerRange = engine.managerRange
    var parentTokens: [Int64] = []
    var definitions: [Int32] = []
    defer { taskDefinitions = definitions }
    try rows(.tasks) { (row: SessionRow<TaskColumn>) throws(SessionReadError) in
      let index = row.index
      guard !engine.processes.isEmpty else { throw row.fail(.taskWithoutProcesses) }
      let definitionID = DefinitionID(rawValue: Int32(try row.integer(.process, in: processRange)))
      definitions.append(Int32(definitionID.index))
      let process = engine.processes[definitionID.index]
      let subjectRaw = try row.integer(.subject, in: -Int64(Int32.max)...Int64(Int32.max))
      guard let subject = Subject(raw: Int32(subjectRaw)) else {
        throw row.fail(.subject, .taskWithoutObject)
      }
      switch (subject, process.definition.object) {
      case (.order(let order), .order):
        guard order.index < engine.orders.count else {
          throw row.fail(.subject, .noOrder(order))
        }
      case (.user(let user), .user):
        guard user.index < engine.users.count else {
          throw row.fail(.subject, .noUser(user))
        }
      default:
        throw row.fail(.subject, .processRunsOver(process.definition.object))
      }
      let parent = try row.integer(.parent, in: 0...Int64(index))
      let started = try row.integer(.started, in: Self.anyTime)
      let manager = try row.integer(.manager, in: managerRange)
      let state = try row.code(.state, as: TaskColumn.State.self)
      let result = try row.code(.result, as: TaskResult.self)
      let endKind = try row.code(.endKind, as: TaskColumn.EndKind.self)
      let endValue = try row.integer(.end, in: -1...Int64(Int32.max))
      let at = try row.optionalInteger(.endedAt, in: Self.anyTime)
      guard row.list.count == process.program.slotCount else {
        throw row.fail(
          .slots, .slotCount(expected: Int(process.program.slotCount), found: row.list.count))
      }
      let openSteps = try row.integer(.openSteps, in: 0...1_000_000)
      parentTokens.append(try row.integer(.parentToken, in: Self.anyID))
      let answeredBy = try row.integer(.answeredBy, in: managerRange)
      let depth = try row.integer(.depth, in: 0...Int64(Engine.subprocessDepthLimit))

      var task = ProcessTask(
        id: TaskID(index: index), definition: definitionID, subject: subject,
        parent: parent == 0 ? nil : TaskID(rawValue: Int32(parent)),
        startedAt: Instant(secondsSinceEpoch: started),
        manager: manager == 0 ? nil : ManagerID(rawValue: Int32(manager)), slotCount: 0,
        depth: Int16(depth))
      task.slots = TaskSlots(row.list)
      task.openSteps = Int32(openSteps)
      task.lastAnsweredBy = answeredBy == 0 ? nil : ManagerID(rawValue: Int32(answeredBy))
      switch state {
      case .running:
        task.outcome = .running
      case .ended:
        guard let at else { throw row.fail(.endedAt, .endedWithoutTime) }
        let end: TaskEnd
        switch endKind {
        case .block:
          guard endValue >= 0, endValue < process.definition.blocks.count,
            case .end = process.definition.blocks[Int(endValue)].kind
          else {
            throw row.fail(.end, .notAnEndBlock(endValue, process: process.name))
          }
          end = .block(BlockIndex(Int(endValue)))
        case .none:
          end = .none
        case .failed:
          guard textRange.contains(endValue), endValue >= 0 else {
            throw row.fail(.end, .noSuchText)
          }
          end = .failed(TextID(rawValue: Int32(endValue)))
        }
        task.outcome = .ended(result, end, at: Instant(secondsSinceEpoch: at))
      case .deleted:
        guard let at else { throw row.fail(.endedAt, .deletedWithoutTime) }
        task.outcome = .deleted(at: Instant(secondsSinceEpoch: at))
      }
      engine.tasks.append(task)
    }
    return parentTokens
  }

  /// Reads the tokens (only live ones are saved); returns each token's trigger, checked once the
  /// events are.
  mutating func readTokens(into engine: inout Engine) throws(SessionReadError) -> [Int64] {
    let taskRange: ClosedRange<Int64> = 1...Int64(max(1, engine.tasks.count))
    var tokenTriggers: [Int64] = []
    try rows(.tokens) { (row: SessionRow<TokenColumn>) throws(SessionReadError) in
      guard !engine.tasks.isEmpty else { throw row.fail(.tokenWithoutTasks) }
      let task = TaskID(rawValue: Int32(try row.integer(.task, in: taskRange)))
      guard engine.tasks[task.index].isOpen else {
        throw row.fail(.task, .taskHasEnded(task))
      }
      let definition = engine.processes[engine.tasks[task.index].definition.index].definition
      let block = try row.integer(.block, in: 0...Int64(definition.blocks.count - 1))
      let state = try row.code(.state, as: TokenState.self)
      guard TokenState.saved.contains(state) else {
        throw row.fail(.state, .tokenStateNotSaved)
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
        throw row.fail(
          .block, .tokenBlockKind(block: definition.blocks[Int(block)].id, type: kind.typeName))
      }
      let epoch = try row.integer(.epoch, in: 0...Int64(UInt32.max))
      let since = try row.integer(.since, in: Self.anyTime)
      let waitSequence = try row.integer(.waitSequence, in: 0...Int64.max)
      let child = try row.integer(.child, in: 0...Int64(engine.tasks.count))
      let trigger = try row.integer(.trigger, in: 0...Int64(Int32.max))
      tokenTriggers.append(trigger)
      let guardInstant = try row.integer(.guardInstant, in: Self.anyTime)
      let guardSteps = try row.integer(.guardSteps, in: 0...Int64(Engine.instantStepLimit))
      if state == .awaitingChild {
        guard child > 0, engine.tasks[Int(child) - 1].parent == task else {
          throw row.fail(.child, .tokenWithoutChild)
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
    return tokenTriggers
  }

  /// Checks the references of the events read in the first pass, and hands them to the engine.
  /// Then replays the orders' and tasks' events against the orders and tasks read (`LogReplay`).
  mutating func checkEvents(in engine: inout Engine) throws(SessionReadError) {
    let subjects = -Int64(engine.users.count)...Int64(engine.orders.count)
    let shapes = engine.shapes
    let definitions = taskDefinitions
    var replay = LogReplay(orders: engine.orders, tasks: engine.tasks.count)
    for index in events.indices {
      let event = events[index]
      guard (0...Int32(engine.tasks.count)).contains(event.taskRaw) else {
        throw fail(
          EventColumn.task.path(row: index),
          .outOfRange(Int64(event.taskRaw), 0...Int64(engine.tasks.count)))
      }
      guard subjects.contains(Int64(event.subjectRaw)) else {
        throw fail(
          EventColumn.subject.path(row: index), .outOfRange(Int64(event.subjectRaw), subjects))
      }
      if let reason = engine.problem(with: event, shapes: shapes, definitions: definitions) {
        throw fail(EventColumn.path(row: index), reason)
      }
      try replay.note(event, at: index)
    }
    // The events are in time order (`readEvents`) from the last clock set on: the last is the
    // latest, and the clock cannot be before it.
    if let last = events.last, last.time > engine.clock {
      throw fail(
        SessionKey.clock.name,
        .clockBeforeLastEvent(clock: engine.clock, last: last.time, index: events.count - 1))
    }
    try replay.check(engine)
    engine.log = events
    events = EventLog()
    try rebuildMessages(in: &engine)
  }

  /// Numbers the messages in the order their events were logged, links each to its order, and
  /// marks the opened ones; an opening of a message not sent before it, or opened twice, is an
  /// error at that event.
  func rebuildMessages(in engine: inout Engine) throws(SessionReadError) {
    // The orders' `messages` columns, which `keepMessage` counts again from the log.
    let written = engine.orders.map(\.messages)
    for index in engine.orders.indices { engine.orders[index].messages = 0 }
    for index in engine.log.indices {
      let event = engine.log[index]
      switch event.kind {
      case .messageSent, .mailingSent:
        guard let subject = event.subject else {
          throw fail(EventColumn.subject.path(row: index), .messageToNobody)
        }
        if event.kind == .mailingSent {
          guard case .order = subject else {
            throw fail(EventColumn.subject.path(row: index), .messageToNobody)
          }
          guard case .mailingSent(let mailing, _) = event.change else { continue }
          engine.mailings[mailing.index].sent += 1
        }
        engine.keepMessage(sentBy: EventID(index: index), about: subject)
      case .messageOpened:
        guard (1...Int64(engine.messages.count)).contains(event.payload) else {
          throw fail(EventColumn.payload.path(row: index), .noMessageBefore(event.payload))
        }
        let id = MessageID(rawValue: Int32(event.payload))
        guard engine.log[engine.messages[id.index].sent].subject == event.subject else {
          throw fail(EventColumn.subject.path(row: index), .openedByOther(id))
        }
        guard engine.messages[id.index].openedAt == Message.unopened else {
          throw fail(EventColumn.payload.path(row: index), .messageOpenedTwice(id))
        }
        engine.messages[id.index].openedAt = event.time.secondsSinceEpoch
        if case .mailingSent(let mailing, _) = engine.log[engine.messages[id.index].sent].change {
          engine.mailings[mailing.index].opened += 1
        }
      default:
        continue
      }
    }
    for index in engine.orders.indices where engine.orders[index].messages != written[index] {
      throw fail(
        OrderColumn.messages.path(row: index),
        .messageCount(
          found: Int64(written[index]), logged: Int64(engine.orders[index].messages)))
    }
  }

  /// Reads the events array at the reader's position: each row by the fast integer reader, a row
  /// it cannot read again value by value to say what is wrong with it. References to other
  /// records are checked later (`checkEvents`).
  mutating func readEvents() throws(SessionReadError) {
    do throws(JSONSyntaxError) { try reader.expect(0x5B) } catch {
      throw fail("events", .expectedArray)
    }
    if reader.consume(0x5D) { return }
    var row = SessionRow<EventColumn>()
    var previousTime: Int64 = 0
    repeat {
      try RowReader.read(&row, from: &reader)
      // Times and triggers are stored as distances to the event before.
      let time = previousTime &+ row[.time]
      previousTime = time
      let trigger = row[.trigger] == 0 ? 0 : Int64(row.index + 1) - row[.trigger]
      guard Self.anyTime.contains(time) else { throw row.fail(.time, .timeOutOfRange) }
      // Time only goes forward, but for `clock set`, which may move it back while the session
      // has no objects; that event is at the time it sets.
      if row[.kind] == Int64(Event.Kind.clockSet.rawValue) {
        guard row[.payload] == time else {
          throw row.fail(.payload, .clockSetMismatch)
        }
      } else if row.index > 0, row[.time] < 0 {
        throw row.fail(.time, .eventBeforePrevious)
      }
      guard (0...Int64(Int32.max)).contains(row[.task]) else {
        throw row.fail(.task, .notATaskID(row[.task]))
      }
      guard trigger >= 0, trigger <= Int64(row.index) else {
        throw row.fail(.trigger, .triggerNotEarlier)
      }
      guard (-Int64(Int32.max)...Int64(Int32.max)).contains(row[.subject]) else {
        throw row.fail(.subject, .notAnObjectID(row[.subject]))
      }
      guard (-1...Int64(Int16.max)).contains(row[.block]), (0...255).contains(row[.small]) else {
        throw row.fail(.fieldOutOfRange)
      }
      guard (0...255).contains(row[.kind]),
        let event = Event(
          time: time, task: Int32(row[.task]), trigger: Int32(trigger),
          subject: Int32(row[.subject]), block: Int16(row[.block]), kind: UInt8(row[.kind]),
          small: UInt8(row[.small]), payload: row[.payload])
      else { throw row.fail(.kind, .unknownEventKind(row[.kind])) }
      events.append(event)
      row.index += 1
    } while try continues(EventColumn.path(row: row.index - 1))
  }
}

extension Engine {
  /// The text ids a record may name, -1 (none) included.
  var textRange: ClosedRange<Int64> { -1...Int64(texts.texts.count - 1) }
  /// The manager ids a record may name, 0 (none) included.
  var managerRange: ClosedRange<Int64> { 0...Int64(managers.count) }
}
