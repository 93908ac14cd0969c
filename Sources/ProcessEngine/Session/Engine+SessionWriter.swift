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
    var writer = JSONWriter(capacity: 256 + log.count * 36 + orders.count * 120 + tasks.count * 80)
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

    writer.raw("{\n\"acting-manager\":")
    writer.write(Int64(actingUser.rawValue))

    writer.raw(",\n\"agenda\":{\"items\":[")
    var first = true
    for item in agenda.items where isLive(item.action) {
      writer.raw(first ? "\n" : ",\n")
      first = false
      writer.raw("[")
      writer.write(item.due.secondsSinceEpoch)
      writer.raw(",")
      writer.write(item.sequence)
      switch item.action {
      case .token(let id, let epoch):
        writer.raw(",0,")
        writer.write(token(id))
        writer.raw(",")
        writer.write(Int64(epoch))
      case .periodicLaunch(let id, let epoch):
        writer.raw(",1,")
        writer.write(Int64(id.rawValue))
        writer.raw(",")
        writer.write(Int64(epoch))
      }
      writer.raw("]")
    }
    writer.raw(first ? "],\"next-sequence\":" : "\n],\"next-sequence\":")
    writer.write(agenda.nextSequence)
    writer.raw("}")

    writer.raw(",\n\"clock\":")
    writer.write(clock.isoDescription)

    writer.raw(",\n\"events\":[")
    for index in log.indices {
      let row = log[index].row
      writer.raw(index == 0 ? "\n[" : ",\n[")
      writer.write(row.time)
      writer.raw(",")
      writer.write(Int64(row.task))
      writer.raw(",")
      writer.write(Int64(row.trigger))
      writer.raw(",")
      writer.write(Int64(row.subject))
      writer.raw(",")
      writer.write(Int64(row.block))
      writer.raw(",")
      writer.write(Int64(row.kind))
      writer.raw(",")
      writer.write(Int64(row.small))
      writer.raw(",")
      writer.write(row.payload)
      writer.raw("]")
    }
    writer.raw(log.isEmpty ? "]" : "\n]")

    writer.raw(",\n\"format\":")
    writer.write(Self.sessionFormat)

    writer.raw(",\n\"managers\":[")
    for (index, manager) in managers.enumerated() {
      if index > 0 { writer.raw(",") }
      writer.write(manager.name)
    }
    writer.raw("]")

    writer.raw(",\n\"next-wait-sequence\":")
    writer.write(nextWaitSequence)

    writer.raw(",\n\"orders\":[")
    for (index, order) in orders.enumerated() {
      writer.raw(index == 0 ? "\n[" : ",\n[")
      writer.write(Int64(order.user.rawValue))
      writer.raw(",")
      writer.write(order.product)
      writer.raw(",")
      writer.write(order.amount.cents)
      writer.raw(",")
      writer.write(order.paid.cents)
      writer.raw(",")
      writer.write(Int64(order.status.code))
      writer.raw(",")
      writer.write(Int64(order.cancelReason?.rawValue ?? -1))
      writer.raw(",")
      writer.write(Int64(order.manager?.rawValue ?? 0))
      writer.raw(",")
      writeOptional(order.paymentDate, into: &writer)
      writer.raw(",")
      writeOptional(order.nextContactDate, into: &writer)
      writer.raw(",")
      writer.write(order.createdAt.secondsSinceEpoch)
      writer.raw(",")
      writer.write(Int64(order.calls))
      writer.raw(",")
      writer.write(Int64(order.messages))
      writer.raw("]")
    }
    writer.raw(orders.isEmpty ? "]" : "\n]")

    writer.raw(",\n\"processes\":[")
    for (index, process) in processes.enumerated() {
      writer.raw(index == 0 ? "\n" : ",\n")
      guard case .object(var object) = process.definition.json else { continue }
      object["started"] = .bool(process.isStarted)
      object["current"] = .bool(process.isCurrent)
      object["launch-epoch"] = .integer(Int64(process.launchEpoch))
      writer.write(.object(object))
    }
    writer.raw(processes.isEmpty ? "]" : "\n]")

    writer.raw(",\n\"tasks\":[")
    for (index, task) in tasks.enumerated() {
      writer.raw(index == 0 ? "\n[" : ",\n[")
      writer.write(Int64(task.definition.rawValue))
      writer.raw(",")
      writer.write(Int64(task.subject.raw))
      writer.raw(",")
      writer.write(Int64(task.parent?.rawValue ?? 0))
      writer.raw(",")
      writer.write(task.startedAt.secondsSinceEpoch)
      writer.raw(",")
      writer.write(Int64(task.manager?.rawValue ?? 0))
      writer.raw(",")
      switch task.outcome {
      case .running:
        writer.raw("0,0,0,0,null")
      case .ended(let result, let end, let at):
        writer.raw("1,")
        writer.write(Int64(result.code))
        switch end {
        case .block(let block):
          writer.raw(",0,")
          writer.write(Int64(block.rawValue))
        case .none:
          writer.raw(",1,0")
        case .failed(let reason):
          writer.raw(",2,")
          writer.write(Int64(reason.rawValue))
        }
        writer.raw(",")
        writer.write(at.secondsSinceEpoch)
      case .deleted(let at):
        writer.raw("2,0,0,0,")
        writer.write(at.secondsSinceEpoch)
      }
      writer.raw(",[")
      for (slot, value) in task.slots.enumerated() {
        if slot > 0 { writer.raw(",") }
        if value == ProcessTask.unset { writer.raw("null") } else { writer.write(value) }
      }
      writer.raw("],")
      writer.write(Int64(task.openSteps))
      writer.raw(",")
      writer.write(token(task.parentToken.flatMap { tokens[$0.index].state == .ended ? nil : $0 }))
      writer.raw(",")
      writer.write(Int64(task.lastAnsweredBy?.rawValue ?? 0))
      writer.raw(",")
      writer.write(Int64(task.depth))
      writer.raw("]")
    }
    writer.raw(tasks.isEmpty ? "]" : "\n]")

    writer.raw(",\n\"texts\":[")
    for (index, text) in texts.texts.enumerated() {
      writer.raw(index == 0 ? "\n" : ",\n")
      writer.write(text)
    }
    writer.raw(texts.texts.isEmpty ? "]" : "\n]")

    writer.raw(",\n\"tokens\":[")
    for (position, index) in liveTokens.enumerated() {
      let token = tokens[index]
      writer.raw(position == 0 ? "\n[" : ",\n[")
      writer.write(Int64(token.task.rawValue))
      writer.raw(",")
      writer.write(Int64(token.block.rawValue))
      writer.raw(",")
      writer.write(Int64(token.state.rawValue))
      writer.raw(",")
      writer.write(Int64(token.epoch))
      writer.raw(",")
      writer.write(token.since.secondsSinceEpoch)
      writer.raw(",")
      writer.write(token.waitSequence)
      writer.raw(",")
      writer.write(Int64(token.child?.rawValue ?? 0))
      writer.raw(",")
      writer.write(Int64(token.trigger?.rawValue ?? 0))
      writer.raw(",")
      writer.write(token.guardInstant.secondsSinceEpoch)
      writer.raw(",")
      writer.write(Int64(token.guardSteps))
      writer.raw("]")
    }
    writer.raw(liveTokens.isEmpty ? "]" : "\n]")

    writer.raw(",\n\"users\":[")
    for (index, user) in users.enumerated() {
      writer.raw(index == 0 ? "\n[" : ",\n[")
      writer.write(user.name)
      writer.raw(",")
      if let email = user.email { writer.write(email) } else { writer.raw("null") }
      writer.raw(",")
      if let phone = user.phone { writer.write(phone) } else { writer.raw("null") }
      writer.raw("]")
    }
    writer.raw(users.isEmpty ? "]" : "\n]")

    writer.raw(",\n\"version\":")
    writer.write(Self.sessionVersion)
    writer.raw("\n}\n")
    return writer.bytes
  }

  private func writeOptional(_ instant: Instant?, into writer: inout JSONWriter) {
    if let instant { writer.write(instant.secondsSinceEpoch) } else { writer.raw("null") }
  }
}
