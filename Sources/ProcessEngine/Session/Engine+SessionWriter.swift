import JSON

/// Writing the whole session as one `procsh-session` JSON document (docs/session-format.md).
///
/// Keys are sorted and every record (a user, an order, a task, a token, an event) is one line, so
/// sessions diff well. The bulk sections are compact arrays written by hand: Foundation's
/// `JSONEncoder` needs seconds for what this writes in a fraction of one. What the engine can
/// derive is not written (linked lists, compiled programs); ended tokens and stale timers are
/// dropped and the live tokens renumbered in order, so a session saved twice, or saved, loaded
/// and saved again, gives the same bytes.
extension Engine {
  public static let sessionFormat = "procsh-session"
  public static let sessionVersion: Int64 = 1

  /// The session as a `procsh-session` document, ending with a newline.
  public func sessionBytes() -> [UInt8] {
    sessionBytes(history: nil)
  }

  /// The session as a `procsh-session` document with the steps that made it (nil: none, the
  /// same bytes as `sessionBytes()`), ending with a newline.
  public func sessionBytes(history: SessionHistory?) -> [UInt8] {
    writeSession(history: history).bytes()
  }

  /// Hands the document, with the steps that made the session (nil: none), to `write` in
  /// pieces of `pieceSize` bytes or so, in order: the same bytes as `sessionBytes(history:)`,
  /// never all in memory at once. A session can be a gigabyte; `save` writes each piece to its
  /// file as it comes, through one buffer that stays in the cache. A piece is valid only during
  /// the call.
  public func writeSession(
    history: SessionHistory? = nil, inPiecesOf pieceSize: Int = 1 << 20,
    to write: (UnsafeRawBufferPointer) -> Void
  ) {
    withoutActuallyEscaping(write) { write in
      var writer = ByteBuffer(capacity: pieceSize, drainingInto: write)
      writeDocument(into: &writer, history: history)
      writer.append("\n")
      writer.finish()
    }
  }

  private func writeSession(history: SessionHistory?) -> ByteBuffer {
    // Sized so that it never grows: growing copies everything written so far.
    var writer = ByteBuffer(capacity: sessionSizeEstimate + (history?.sizeEstimate ?? 0))
    writeDocument(into: &writer, history: history)
    writer.append("\n")
    return writer
  }

  /// About how many bytes the document takes, from the counts of its records.
  var sessionSizeEstimate: Int {
    1 << 16 + log.count * 40 + orders.count * 110 + tasks.count * 70 + users.count * 90 + tokens
      .count * 60
  }

  /// Writes the document, from `{` to `}`: the whole file but its final newline, or the base of
  /// a history inside another.
  func writeDocument(into writer: inout ByteBuffer, history: SessionHistory?) {
    // Live tokens get new ids 1…k in their old order.
    var newTokenID = [Int32](repeating: 0, count: tokens.count)
    var liveTokens: [Int] = []
    for index in tokens.indices where tokens[index].state != .ended {
      liveTokens.append(index)
      newTokenID[index] = Int32(liveTokens.count)
    }
    var isFirst = true
    for key in SessionKey.allCases {
      // Without a history the key is left out, so that such a file is what it always was.
      if key == .history && history == nil { continue }
      if key == .mailings && mailings.isEmpty { continue }
      writer.append(isFirst ? "{\n" : ",\n")
      isFirst = false
      writer.append(string: key.name)
      writer.append(":")
      switch key {
      case .actingManager: writer.append(Int64(actingUser.rawValue))
      case .agenda: writeAgenda(into: &writer, newTokenID: newTokenID)
      case .clock: writer.append(string: clock.isoDescription)
      case .events: writeEvents(into: &writer)
      case .format: writer.append(string: Self.sessionFormat)
      case .history: history.map { writeHistory($0, into: &writer) }
      case .mailings: writeMailings(into: &writer)
      case .managers:
        writer.append("[")
        for (index, manager) in managers.enumerated() {
          if index > 0 { writer.append(",") }
          writer.append(string: manager.name)
        }
        writer.append("]")
      case .nextWaitSequence: writer.append(nextWaitSequence)
      case .orders: writeOrders(into: &writer)
      case .processes: writeProcesses(into: &writer)
      case .tasks: writeTasks(into: &writer, newTokenID: newTokenID)
      case .texts:
        writer.append("[")
        for (index, text) in texts.texts.enumerated() {
          writer.append(index == 0 ? "\n" : ",\n")
          writer.append(string: text)
        }
        writer.append(texts.texts.isEmpty ? "]" : "\n]")
      case .tokens: writeTokens(liveTokens, into: &writer, newTokenID: newTokenID)
      case .users: writeUsers(into: &writer)
      case .version: writer.append(Self.sessionVersion)
      }
    }
    writer.append("\n}")
  }

  /// Opens row `index` of a section: each row on a line of its own.
  @inline(__always)
  private func startRow(_ index: Int, into writer: inout ByteBuffer) {
    writer.append(index == 0 ? "\n[" : ",\n[")
  }

  /// Closes a section of rows.
  @inline(__always)
  private func endRows(isEmpty: Bool, into writer: inout ByteBuffer) {
    writer.append(isEmpty ? "]" : "\n]")
  }

  private func writeAgenda(into writer: inout ByteBuffer, newTokenID: [Int32]) {
    writer.append("{\"items\":[")
    let columns = AgendaColumn.allCases
    var count = 0
    for item in agenda.items where isLive(item) {
      writer.append(count == 0 ? "\n[" : ",\n[")
      count += 1
      for column in columns {
        if column.position > 0 { writer.append(",") }
        switch column {
        case .due: writer.append(item.due.secondsSinceEpoch)
        case .sequence: writer.append(item.sequence)
        case .kind:
          let kind: AgendaColumn.Kind =
            switch item.action {
            case .token: .token
            case .periodicLaunch: .periodicLaunch
            case .timeCheck(.mailings): .mailingCheck
            case .timeCheck(.wait): .waitCheck
            }
          writer.append(Int64(kind.code))
        case .id:
          switch item.action {
          case .token(let id, _): writer.append(Int64(newTokenID[id.index]))
          case .periodicLaunch(let id, _): writer.append(Int64(id.rawValue))
          case .timeCheck(.mailings(let order)): writer.append(Int64(order.rawValue))
          case .timeCheck(.wait(let id, _)): writer.append(Int64(newTokenID[id.index]))
          }
        case .epoch:
          switch item.action {
          case .token(_, let epoch), .periodicLaunch(_, let epoch),
            .timeCheck(.wait(_, let epoch)):
            writer.append(Int64(epoch))
          case .timeCheck(.mailings): writer.append(Int64(0))
          }
        }
      }
      writer.append("]")
    }
    writer.append(count == 0 ? "],\"next-sequence\":" : "\n],\"next-sequence\":")
    writer.append(agenda.nextSequence)
    writer.append("}")
  }

  private func writeEvents(into writer: inout ByteBuffer) {
    writer.append("[")
    let columns = EventColumn.allCases
    // Times and triggers are written as distances to the event before: mostly 0 and 1, so a
    // month of a million orders stays small.
    var previousTime: Int64 = 0
    for index in log.indices {
      let row = log[index].row
      startRow(index, into: &writer)
      for column in columns {
        if column.position > 0 { writer.append(",") }
        switch column {
        case .time: writer.append(row.time - previousTime)
        case .task: writer.append(Int64(row.task))
        case .trigger: writer.append(row.trigger == 0 ? 0 : Int64(index + 1) - Int64(row.trigger))
        case .subject: writer.append(Int64(row.subject))
        case .block: writer.append(Int64(row.block))
        case .kind: writer.append(Int64(row.kind))
        case .small: writer.append(Int64(row.small))
        case .payload: writer.append(row.payload)
        }
      }
      previousTime = row.time
      writer.append("]")
    }
    endRows(isEmpty: log.isEmpty, into: &writer)
  }

  private func writeOrders(into writer: inout ByteBuffer) {
    writer.append("[")
    let columns = OrderColumn.allCases
    for (index, order) in orders.enumerated() {
      startRow(index, into: &writer)
      for column in columns {
        if column.position > 0 { writer.append(",") }
        switch column {
        case .user: writer.append(Int64(order.user.rawValue))
        case .product: writer.append(string: order.product)
        case .amount: writer.append(order.amount.cents)
        case .paid: writer.append(order.paid.cents)
        case .status: writer.append(Int64(order.status.code))
        case .reason: writer.append(Int64(order.cancelReason?.rawValue ?? -1))
        case .manager: writer.append(Int64(order.manager?.rawValue ?? 0))
        case .paymentDate: writeOptional(order.paymentDate, into: &writer)
        case .nextContactDate: writeOptional(order.nextContactDate, into: &writer)
        case .created: writer.append(order.createdAt.secondsSinceEpoch)
        case .calls: writer.append(Int64(order.calls))
        case .messages: writer.append(Int64(order.messages))
        }
      }
      writer.append("]")
    }
    endRows(isEmpty: orders.isEmpty, into: &writer)
  }

  private func writeMailings(into writer: inout ByteBuffer) {
    writer.append("[")
    for (index, mailing) in mailings.enumerated() {
      writer.append(index == 0 ? "\n" : ",\n")
      guard case .object(var object) = mailing.definition.json else { continue }
      object["started"] = .bool(mailing.isStarted)
      var definitionWriter = JSONWriter()
      definitionWriter.write(.object(object))
      writer.append(contentsOf: definitionWriter.bytes)
    }
    endRows(isEmpty: mailings.isEmpty, into: &writer)
  }

  private func writeProcesses(into writer: inout ByteBuffer) {
    writer.append("[")
    for (index, process) in processes.enumerated() {
      writer.append(index == 0 ? "\n" : ",\n")
      guard case .object(var object) = process.definition.json else { continue }
      object["started"] = .bool(process.isStarted)
      object["current"] = .bool(process.isCurrent)
      object["launch-epoch"] = .integer(Int64(process.launchEpoch))
      var definitionWriter = JSONWriter()
      definitionWriter.write(.object(object))
      writer.append(contentsOf: definitionWriter.bytes)
    }
    endRows(isEmpty: processes.isEmpty, into: &writer)
  }

  private func writeTasks(into writer: inout ByteBuffer, newTokenID: [Int32]) {
    writer.append("[")
    let columns = TaskColumn.allCases
    for (index, task) in tasks.enumerated() {
      // The outcome spreads over five columns; what a column does not apply to is 0 (null for
      // the end time of a running task).
      var state = TaskColumn.State.running
      var result: TaskResult?
      var endKind = TaskColumn.EndKind.block
      var end: Int64 = 0
      var endedAt: Instant?
      switch task.outcome {
      case .running:
        break
      case .ended(let taskResult, let taskEnd, let at):
        state = .ended
        result = taskResult
        switch taskEnd {
        case .block(let block):
          end = Int64(block.rawValue)
        case .none:
          endKind = .none
        case .failed(let reason):
          endKind = .failed
          end = Int64(reason.rawValue)
        }
        endedAt = at
      case .deleted(let at):
        state = .deleted
        endedAt = at
      }
      startRow(index, into: &writer)
      for column in columns {
        if column.position > 0 { writer.append(",") }
        switch column {
        case .process: writer.append(Int64(task.definition.rawValue))
        case .subject: writer.append(Int64(task.subject.raw))
        case .parent: writer.append(Int64(task.parent?.rawValue ?? 0))
        case .started: writer.append(task.startedAt.secondsSinceEpoch)
        case .manager: writer.append(Int64(task.manager?.rawValue ?? 0))
        case .state: writer.append(Int64(state.code))
        case .result: writer.append(Int64(result?.code ?? 0))
        case .endKind: writer.append(Int64(endKind.code))
        case .end: writer.append(end)
        case .endedAt: writeOptional(endedAt, into: &writer)
        case .slots:
          writer.append("[")
          for slot in 0..<task.slots.count {
            let value = task.slots[slot]
            if slot > 0 { writer.append(",") }
            if value == ProcessTask.unset { writer.append("null") } else { writer.append(value) }
          }
          writer.append("]")
        case .openSteps: writer.append(Int64(task.openSteps))
        case .parentToken:
          // A parent token that ended is not saved.
          writer.append(Int64(task.parentToken.map { newTokenID[$0.index] } ?? 0))
        case .answeredBy: writer.append(Int64(task.lastAnsweredBy?.rawValue ?? 0))
        case .depth: writer.append(Int64(task.depth))
        }
      }
      writer.append("]")
    }
    endRows(isEmpty: tasks.isEmpty, into: &writer)
  }

  private func writeTokens(
    _ liveTokens: [Int], into writer: inout ByteBuffer, newTokenID: [Int32]
  ) {
    writer.append("[")
    let columns = TokenColumn.allCases
    for (position, index) in liveTokens.enumerated() {
      let token = tokens[index]
      startRow(position, into: &writer)
      for column in columns {
        if column.position > 0 { writer.append(",") }
        switch column {
        case .task: writer.append(Int64(token.task.rawValue))
        case .block: writer.append(Int64(token.block.rawValue))
        case .state: writer.append(Int64(token.state.code))
        case .epoch: writer.append(Int64(token.epoch))
        case .since: writer.append(token.since.secondsSinceEpoch)
        case .waitSequence: writer.append(token.waitSequence)
        case .child: writer.append(Int64(token.child?.rawValue ?? 0))
        case .trigger: writer.append(Int64(token.trigger?.rawValue ?? 0))
        case .guardInstant: writer.append(token.guardInstant.secondsSinceEpoch)
        case .guardSteps: writer.append(Int64(token.guardSteps))
        }
      }
      writer.append("]")
    }
    endRows(isEmpty: liveTokens.isEmpty, into: &writer)
  }

  private func writeUsers(into writer: inout ByteBuffer) {
    writer.append("[")
    let columns = UserColumn.allCases
    for (index, user) in users.enumerated() {
      startRow(index, into: &writer)
      for column in columns {
        if column.position > 0 { writer.append(",") }
        switch column {
        case .name: writer.append(string: user.name)
        case .email: writeOptional(user.email, into: &writer)
        case .phone: writeOptional(user.phone, into: &writer)
        }
      }
      writer.append("]")
    }
    endRows(isEmpty: users.isEmpty, into: &writer)
  }

  private func writeOptional(_ instant: Instant?, into writer: inout ByteBuffer) {
    if let instant { writer.append(instant.secondsSinceEpoch) } else { writer.append("null") }
  }

  private func writeOptional(_ text: String?, into writer: inout ByteBuffer) {
    if let text { writer.append(string: text) } else { writer.append("null") }
  }
}
