import ProcessEngine
import Testing

/// Events as short, stable lines, so engine tests can state exactly what a step emitted:
///
///     "09:01 t1 8 opens take-order"
extension Engine {
  func trace(_ range: Range<Int>) -> [String] {
    range.map { traceLine(log[$0]) }
  }

  /// Applies a command that must succeed and returns the trace of its events.
  mutating func run(_ command: Command, sourceLocation: SourceLocation = #_sourceLocation)
    -> [String]
  {
    // Apply first: in `trace(try apply(command))` the receiver would be read before the command ran.
    do throws(EngineError) {
      let range = try apply(command)
      return trace(range)
    } catch {
      Issue.record("\(command) failed: \(error.message)", sourceLocation: sourceLocation)
      return []
    }
  }

  func traceLine(_ event: Event) -> String {
    var text = Self.shortTime(event.time)
    if let task = event.task {
      text += " t\(task)"
      if let block = event.block { text += " \(definition(of: tasks[task.index])[block].id)" }
    } else if let subject = event.subject {
      switch subject {
      case .order(let id): text += " o\(id)"
      case .user(let id): text += " u\(id)"
      }
    }
    text += " " + describe(event)
    return text
  }

  /// `01-05 09:00`, with `:SS` when the seconds are not zero.
  static func shortTime(_ instant: Instant) -> String {
    String(instant.description.dropFirst(5))
  }

  /// The live agenda as lines: `02-04 09:00 t1 3 times out`.
  var pending: [String] {
    scheduledItems().map { item in
      var line = Self.shortTime(item.due)
      if let task = item.task, let block = item.block {
        line += " t\(task) \(definition(of: tasks[task.index])[block].id)"
      }
      switch item.kind {
      case .delayEnds: line += " delay ends"
      case .waitTimesOut: line += " times out"
      case .periodicLaunch(let id): line += " launches \(process(id).name)"
      case .mailingCheck(let order): line += " mailings look at order \(order)"
      case .waitCheck: line += " wait looks again"
      }
      return line
    }
  }

  func describe(_ event: Event) -> String {
    let task = event.task.map { tasks[$0.index] }
    switch event.change {
    case .userCreated: return "user created"
    case .orderCreated: return "order created"
    case .userFieldChanged(let field, let value):
      return "\(field.rawValue) := \(value.map { text($0) } ?? "none")"
    case .statusChanged(let from, let to, let reason):
      return "status \(from.slug) -> \(to.slug)" + (reason.map { " (\(text($0)))" } ?? "")
    case .paymentReceived(let amount): return "paid \(amount)"
    case .orderDateChanged(let field, let date):
      return "\(field.rawValue) := \(date.map(\.description) ?? "none")"
    case .orderManagerChanged(let manager):
      return "order manager := \(manager.map(managerName) ?? "nobody")"
    case .messageSent(let message): return "message \(text(message).prefix(12))"
    case .taskStarted: return "starts \(definition(of: task!).name)"
    case .stepOpened:
      guard case .question(let question) = definition(of: task!)[event.block!].kind else {
        return "opens ?"
      }
      return "opens \(question.key)"
    case .stepAnswered(let option, let manager):
      guard case .question(let question) = definition(of: task!)[event.block!].kind else {
        return "answered ?"
      }
      return "answered \(question.options[option].key) by \(managerName(manager))"
    case .stepWithdrawn: return "withdrawn"
    case .delayEnded: return "delay ended"
    case .waitMet: return "wait met"
    case .waitTimedOut: return "wait timed out"
    case .conditionDecided(let yes): return yes ? "yes" : "no"
    case .branchEnded: return "branch ended"
    case .counterChanged(let counter, let value):
      return "\(definition(of: task!).counters[counter]) = \(value)"
    case .variableSet(let variable, let value):
      let name = processes[task!.definition.index].variables[variable]
      switch value {
      case .date(let date): return "\(name) := \(date)"
      case .text(let id): return "\(name) := \(text(id))"
      }
    case .taskManagerChanged(let manager):
      return "manager := \(manager.map(managerName) ?? "nobody")"
    case .taskEnded(let result): return "ended \(result.rawValue) \(endName(of: task!) ?? "?")"
    case .taskFailed(let reason): return "failed: \(text(reason))"
    case .taskDeleted: return "deleted"
    case .clockSet(let instant): return "clock := \(instant)"
    case .managerAdded(let id): return "manager added \(managerName(id))"
    case .actingUserChanged(let id): return "acting as \(managerName(id))"
    case .processLoaded(let id): return "loaded \(process(id).name)"
    case .processStarted(let id): return "started \(process(id).name)"
    case .processStopped(let id): return "stopped \(process(id).name)"
    case .mailingLoaded(let id): return "loaded mailing \(mailings[id.index].name)"
    case .mailingStarted(let id): return "started mailing \(mailings[id.index].name)"
    case .mailingStopped(let id): return "stopped mailing \(mailings[id.index].name)"
    case .mailingSent(let id, _): return "mailing \(mailings[id.index].name) sent"
    case .messageOpened(let id): return "opened message \(id)"
    }
  }
}

/// Whether two documents are the same bytes, as one Bool: a failed `==` of two long arrays
/// inside `#expect` makes the test library compute their difference, which takes minutes.
func identical(_ a: [UInt8], _ b: [UInt8]) -> Bool { a == b }
