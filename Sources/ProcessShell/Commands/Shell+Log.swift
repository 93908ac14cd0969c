import JSON
import ProcessEngine

/// The event log, and `why`: every event links to the event it follows from, so any state can be
/// traced back to the command or the timer that caused it.
extension Shell {
  func showLog(_ filter: LogFilter, json: Bool) {
    var indices = engine.log.indices.filter { index in
      let event = engine.log[index]
      if let order = filter.order, event.order != order { return false }
      if let task = filter.task, event.task != task { return false }
      return true
    }
    if let last = filter.last, indices.count > last { indices = Array(indices.suffix(last)) }
    if json {
      sayJSON(.array(indices.map { eventJSON(engine.log[$0], id: EventID(index: $0)) }))
      return
    }
    guard !indices.isEmpty else {
      say("no events")
      return
    }
    let renderer = EventRenderer(engine: engine, style: style)
    for index in indices { say(renderer.line(for: engine.log[index])) }
  }

  func eventJSON(_ event: Event, id: EventID) -> JSONValue {
    var object = JSONObject()
    object["id"] = .id(id)
    object["time"] = .instant(event.time)
    object["task"] = .id(event.task)
    switch event.subject {
    case .order(let order)?: object["order"] = .id(order)
    case .user(let user)?: object["user"] = .id(user)
    case nil: break
    }
    if let task = event.task, let block = event.block {
      object["block"] = .string(blockID(task, block))
    }
    object["trigger"] = .id(event.trigger)
    object["text"] = .string(EventRenderer(engine: engine, style: .plain).text(for: event))
    object["change"] = .string(changeName(event.kind))
    return .object(object)
  }

  /// `status-changed` for `.statusChanged`: the kind as JSON names it.
  func changeName(_ kind: Event.Kind) -> String {
    var name = ""
    for character in "\(kind)" {
      if character.isUppercase {
        name += "-" + character.lowercased()
      } else {
        name.append(character)
      }
    }
    return name
  }

  // MARK: - Why

  func explain(_ subject: WhySubject) throws(ShellError) {
    let renderer = EventRenderer(engine: engine, style: style)
    switch subject {
    case .order(let id, let field):
      guard let order = engine.order(id) else {
        throw .engine(.unknownOrder(id, count: engine.orders.count))
      }
      let field = field ?? "status"
      switch field {
      case "calls", "messages", "paid":
        let events = engine.log.indices.filter { index in
          let event = engine.log[index]
          guard event.order == id else { return false }
          switch (field, event.change) {
          case ("messages", .messageSent), ("paid", .paymentReceived): return true
          case ("calls", .stepAnswered):
            guard let task = event.task, let block = event.block,
              case .question(let question) = engine.definition(of: engine.tasks[task.index])[block]
                .kind
            else { return false }
            return question.countsAsCall
          default: return false
          }
        }
        let total: String =
          switch field {
          case "calls": "\(order.calls) call attempt\(order.calls == 1 ? "" : "s")"
          case "messages": "\(order.messages) message\(order.messages == 1 ? "" : "s")"
          default: "\(order.paid) paid of \(order.amount)"
          }
        say("order \(id): \(total)" + (events.isEmpty ? "" : ":"))
        for index in events { say("  " + renderer.line(for: engine.log[index])) }
        return
      default:
        let latest = engine.log.indices.last { index in
          let event = engine.log[index]
          guard event.order == id else { return false }
          switch (field, event.change) {
          case ("status", .statusChanged), ("status", .orderCreated),
            ("manager", .orderManagerChanged):
            return true
          case ("payment-date", .orderDateChanged(.paymentDate, _)): return true
          case ("next-contact-date", .orderDateChanged(.nextContactDate, _)): return true
          default: return false
          }
        }
        let value: String
        switch field {
        case "status":
          value =
            order.status.slug
            + (order.status == .cancelled
              ? order.cancelReason.map { " (\(engine.text($0)))" } ?? "" : "")
        case "manager": value = order.manager.map(engine.managerName) ?? "none"
        case "payment-date": value = order.paymentDate?.description ?? "none"
        default: value = order.nextContactDate?.description ?? "none"
        }
        guard let latest else {
          say("order \(id) \(field) is \(value): it was never set")
          return
        }
        say("order \(id) \(field) is \(value), because:")
        printChain(from: latest)
      }
    case .task(let id):
      guard let task = engine.task(id) else {
        throw .engine(.unknownTask(id, count: engine.tasks.count))
      }
      guard let latest = engine.log.indices.last(where: { engine.log[$0].task == id }) else {
        say("task \(id) has no events")
        return
      }
      say(
        "task \(id) is \(task.state.rawValue)" + (task.isOpen ? " (\(whereabouts(task)))" : "")
          + ", because:")
      printChain(from: latest)
    }
  }

  /// Prints an event and the events it follows from, back to a command or a launch; long chains
  /// keep their ends and summarise the middle.
  func printChain(from index: Int) {
    var chain: [Int] = [index]
    var current = engine.log[index].trigger
    while let trigger = current, chain.count < 100_000 {
      chain.append(trigger.index)
      current = engine.log[trigger.index].trigger
    }
    let renderer = EventRenderer(engine: engine, style: style)
    let shown: [Int?] =
      chain.count <= 14
      ? chain.map { $0 } : chain.prefix(8).map { $0 } + [nil] + chain.suffix(5).map { $0 }
    for (position, entry) in shown.enumerated() {
      guard let entry else {
        say(style.dim("    … \(chain.count - 13) earlier steps (log --task N shows them all)"))
        continue
      }
      say((position == 0 ? "    " : "  ← ") + renderer.line(for: engine.log[entry]))
    }
    let first = engine.log[chain.last!]
    switch first.change {
    case .stepAnswered(_, let manager):
      say(style.dim("    (started by \(engine.managerName(manager))'s answer)"))
    case .orderCreated, .userCreated: say(style.dim("    (started when the order was created)"))
    default: say(style.dim("    (started by a command)"))
    }
  }
}
