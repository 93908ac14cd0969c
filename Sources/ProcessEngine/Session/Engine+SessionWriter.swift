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
    writeSession().bytes()
  }

  /// Lends the session document to `body` without copying it (a session can be a hundred
  /// megabytes): `save` writes it to its file from here.
  public func withSessionBytes<Result, Failure: Error>(
    _ body: (UnsafeRawBufferPointer) throws(Failure) -> Result
  ) throws(Failure) -> Result {
    let buffer = writeSession()
    return try buffer.withBytes(body)
  }

  private func writeSession() -> ByteBuffer {
    // Sized so that it never grows: growing copies everything written so far.
    let estimate =
      1 << 16 + log.count * 40 + orders.count * 110 + tasks.count * 70 + users.count * 90 + tokens
      .count * 60
    var writer = ByteBuffer(capacity: estimate)
    // Live tokens get new ids 1…k in their old order.
    var newTokenID = [Int32](repeating: 0, count: tokens.count)
    var liveTokens: [Int] = []
    for index in tokens.indices where tokens[index].state != .ended {
      liveTokens.append(index)
      newTokenID[index] = Int32(liveTokens.count)
    }
    func token(_ id: TokenID?) -> Int64 {
      guard let id else { return 0 }
      return Int64(newTokenID[id.index])
    }

    writer.append("{\n\"acting-manager\":")
    writer.append(Int64(actingUser.rawValue))

    writer.append(",\n\"agenda\":{\"items\":[")
    var first = true
    for item in agenda.items where isLive(item.action) {
      writer.append(first ? "\n" : ",\n")
      first = false
      writer.append("[")
      writer.append(item.due.secondsSinceEpoch)
      writer.append(",")
      writer.append(item.sequence)
      switch item.action {
      case .token(let id, let epoch):
        writer.append(",0,")
        writer.append(token(id))
        writer.append(",")
        writer.append(Int64(epoch))
      case .periodicLaunch(let id, let epoch):
        writer.append(",1,")
        writer.append(Int64(id.rawValue))
        writer.append(",")
        writer.append(Int64(epoch))
      }
      writer.append("]")
    }
    writer.append(first ? "],\"next-sequence\":" : "\n],\"next-sequence\":")
    writer.append(agenda.nextSequence)
    writer.append("}")

    writer.append(",\n\"clock\":")
    writer.append(string: clock.isoDescription)

    writer.append(",\n\"events\":[")
    // Times and triggers are written as distances to the event before: mostly 0 and 1, so a
    // month of a million orders stays small.
    var previousTime: Int64 = 0
    for index in log.indices {
      let row = log[index].row
      writer.append(index == 0 ? "\n[" : ",\n[")
      writer.append(row.time - previousTime)
      previousTime = row.time
      writer.append(",")
      writer.append(Int64(row.task))
      writer.append(",")
      writer.append(row.trigger == 0 ? 0 : Int64(index + 1) - Int64(row.trigger))
      writer.append(",")
      writer.append(Int64(row.subject))
      writer.append(",")
      writer.append(Int64(row.block))
      writer.append(",")
      writer.append(Int64(row.kind))
      writer.append(",")
      writer.append(Int64(row.small))
      writer.append(",")
      writer.append(row.payload)
      writer.append("]")
    }
    writer.append(log.isEmpty ? "]" : "\n]")

    writer.append(",\n\"format\":")
    writer.append(string: Self.sessionFormat)

    writer.append(",\n\"managers\":[")
    for (index, manager) in managers.enumerated() {
      if index > 0 { writer.append(",") }
      writer.append(string: manager.name)
    }
    writer.append("]")

    writer.append(",\n\"next-wait-sequence\":")
    writer.append(nextWaitSequence)

    writer.append(",\n\"orders\":[")
    for (index, order) in orders.enumerated() {
      writer.append(index == 0 ? "\n[" : ",\n[")
      writer.append(Int64(order.user.rawValue))
      writer.append(",")
      writer.append(string: order.product)
      writer.append(",")
      writer.append(order.amount.cents)
      writer.append(",")
      writer.append(order.paid.cents)
      writer.append(",")
      writer.append(Int64(order.status.code))
      writer.append(",")
      writer.append(Int64(order.cancelReason?.rawValue ?? -1))
      writer.append(",")
      writer.append(Int64(order.manager?.rawValue ?? 0))
      writer.append(",")
      writeOptional(order.paymentDate, into: &writer)
      writer.append(",")
      writeOptional(order.nextContactDate, into: &writer)
      writer.append(",")
      writer.append(order.createdAt.secondsSinceEpoch)
      writer.append(",")
      writer.append(Int64(order.calls))
      writer.append(",")
      writer.append(Int64(order.messages))
      writer.append("]")
    }
    writer.append(orders.isEmpty ? "]" : "\n]")

    writer.append(",\n\"processes\":[")
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
    writer.append(processes.isEmpty ? "]" : "\n]")

    writer.append(",\n\"tasks\":[")
    for (index, task) in tasks.enumerated() {
      writer.append(index == 0 ? "\n[" : ",\n[")
      writer.append(Int64(task.definition.rawValue))
      writer.append(",")
      writer.append(Int64(task.subject.raw))
      writer.append(",")
      writer.append(Int64(task.parent?.rawValue ?? 0))
      writer.append(",")
      writer.append(task.startedAt.secondsSinceEpoch)
      writer.append(",")
      writer.append(Int64(task.manager?.rawValue ?? 0))
      writer.append(",")
      switch task.outcome {
      case .running:
        writer.append("0,0,0,0,null")
      case .ended(let result, let end, let at):
        writer.append("1,")
        writer.append(Int64(result.code))
        switch end {
        case .block(let block):
          writer.append(",0,")
          writer.append(Int64(block.rawValue))
        case .none:
          writer.append(",1,0")
        case .failed(let reason):
          writer.append(",2,")
          writer.append(Int64(reason.rawValue))
        }
        writer.append(",")
        writer.append(at.secondsSinceEpoch)
      case .deleted(let at):
        writer.append("2,0,0,0,")
        writer.append(at.secondsSinceEpoch)
      }
      writer.append(",[")
      for slot in 0..<task.slots.count {
        let value = task.slots[slot]
        if slot > 0 { writer.append(",") }
        if value == ProcessTask.unset { writer.append("null") } else { writer.append(value) }
      }
      writer.append("],")
      writer.append(Int64(task.openSteps))
      writer.append(",")
      writer.append(token(task.parentToken.flatMap { tokens[$0.index].state == .ended ? nil : $0 }))
      writer.append(",")
      writer.append(Int64(task.lastAnsweredBy?.rawValue ?? 0))
      writer.append(",")
      writer.append(Int64(task.depth))
      writer.append("]")
    }
    writer.append(tasks.isEmpty ? "]" : "\n]")

    writer.append(",\n\"texts\":[")
    for (index, text) in texts.texts.enumerated() {
      writer.append(index == 0 ? "\n" : ",\n")
      writer.append(string: text)
    }
    writer.append(texts.texts.isEmpty ? "]" : "\n]")

    writer.append(",\n\"tokens\":[")
    for (position, index) in liveTokens.enumerated() {
      let token = tokens[index]
      writer.append(position == 0 ? "\n[" : ",\n[")
      writer.append(Int64(token.task.rawValue))
      writer.append(",")
      writer.append(Int64(token.block.rawValue))
      writer.append(",")
      writer.append(Int64(token.state.rawValue))
      writer.append(",")
      writer.append(Int64(token.epoch))
      writer.append(",")
      writer.append(token.since.secondsSinceEpoch)
      writer.append(",")
      writer.append(token.waitSequence)
      writer.append(",")
      writer.append(Int64(token.child?.rawValue ?? 0))
      writer.append(",")
      writer.append(Int64(token.trigger?.rawValue ?? 0))
      writer.append(",")
      writer.append(token.guardInstant.secondsSinceEpoch)
      writer.append(",")
      writer.append(Int64(token.guardSteps))
      writer.append("]")
    }
    writer.append(liveTokens.isEmpty ? "]" : "\n]")

    writer.append(",\n\"users\":[")
    for (index, user) in users.enumerated() {
      writer.append(index == 0 ? "\n[" : ",\n[")
      writer.append(string: user.name)
      writer.append(",")
      if let email = user.email { writer.append(string: email) } else { writer.append("null") }
      writer.append(",")
      if let phone = user.phone { writer.append(string: phone) } else { writer.append("null") }
      writer.append("]")
    }
    writer.append(users.isEmpty ? "]" : "\n]")

    writer.append(",\n\"version\":")
    writer.append(Self.sessionVersion)
    writer.append("\n}\n")
    return writer
  }

  private func writeOptional(_ instant: Instant?, into writer: inout ByteBuffer) {
    if let instant { writer.append(instant.secondsSinceEpoch) } else { writer.append("null") }
  }
}
