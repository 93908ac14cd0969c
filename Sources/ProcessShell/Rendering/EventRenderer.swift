import ProcessEngine

/// Events as lines a trainer can read aloud:
///
///     2026-01-05 09:01  order 1 · task 1 · [8] Take the order?: answered yes by admin
///     2026-01-05 09:01  order 1 · task 1 · [12] In work: status new → in-work
struct EventRenderer {
  let engine: Engine
  let style: Style

  /// The line for one event, with the step's script on a second line when it has one.
  func line(for event: Event) -> String {
    let time = style.dim(event.time.description.padding(toLength: 16))
    return "\(time)  \(subject(of: event))\(text(for: event))"
  }

  /// `order 1 · task 1 · [8] Take the order?: ` — who the event is about.
  func subject(of event: Event) -> String {
    var parts: [String] = []
    switch event.subject {
    case .order(let id)?: parts.append("order \(id)")
    case .user(let id)?:
      // A task changing its order's customer is still about that order; the text names the
      // customer.
      if let task = event.task {
        if let order = engine.tasks[task.index].order { parts.append("order \(order)") }
      } else {
        parts.append("user \(id)")
      }
    case nil: break
    }
    if let task = event.task { parts.append("task \(task)") }
    var text = parts.isEmpty ? "" : parts.joined(separator: " · ") + " · "
    if let task = event.task, let block = event.block {
      text += blockLabel(task: task, block: block) + ": "
    }
    return text
  }

  /// `[8] Take the order?`
  func blockLabel(task: TaskID, block: BlockIndex) -> String {
    let definition = engine.definition(of: engine.tasks[task.index])
    return "[\(definition[block].id)] \(definition[block].displayTitle)"
  }

  func text(for event: Event) -> String {
    let task = event.task.map { engine.tasks[$0.index] }
    switch event.change {
    case .userCreated:
      guard case .user(let id)? = event.subject, let user = engine.user(id) else {
        return "created"
      }
      let contacts = [user.email, user.phone].compactMap { $0 }
      return "created: \(user.name)"
        + (contacts.isEmpty ? "" : " (\(contacts.joined(separator: ", ")))")
    case .orderCreated:
      guard let id = event.order, let order = engine.order(id) else { return "created" }
      return "created for user \(order.user): \(order.product), \(order.amount)"
    case .userFieldChanged(let field, let value):
      let who = event.task == nil ? "" : "user \(customer(of: event)) "
      guard let value else { return "\(who)\(field.rawValue) cleared" }
      return "\(who)\(field.rawValue) set to \(engine.text(value))"
    case .statusChanged(let from, let to, let reason):
      var text = "status \(style.status(from)) → \(style.status(to))"
      if let reason { text += " (\(engine.text(reason)))" }
      return text
    case .paymentReceived(let amount):
      return "payment of \(amount) received"
    case .orderDateChanged(let field, let date):
      let name = field == .paymentDate ? "payment date" : "next contact date"
      return date.map { "\(name) set to \($0)" } ?? "\(name) cleared"
    case .orderManagerChanged(let manager):
      return manager.map { "order manager is now \(engine.managerName($0))" }
        ?? "order manager cleared"
    case .messageSent(let text):
      let message = engine.text(text)
      guard let colon = message.firstIndex(of: ":") else { return "message sent: \(message)" }
      let channel = message[..<colon]
      let body = message[message.index(after: colon)...].drop(while: { $0 == " " })
      return "\(channel) sent to the customer: \"\(String(body).truncated(80))\""
    case .taskStarted:
      guard let task else { return "task started" }
      var text = "started \(engine.definition(of: task).name)"
      if let parent = task.parent { text += " as a sub-process of task \(parent)" }
      return text
    case .stepOpened:
      guard let task, let block = event.block,
        case .question(let question) = engine.definition(of: task)[block].kind
      else { return "step opened" }
      let options = question.options.map { "\($0.key) (\($0.kind.mark))" }.joined(separator: " | ")
      var text = "asks the manager: \(options)"
      if !question.script.isEmpty {
        text += "\n" + String(repeating: " ", count: 18) + style.dim("script: \(question.script)")
      }
      return text
    case .stepAnswered(let option, let manager):
      guard let task, let block = event.block,
        case .question(let question) = engine.definition(of: task)[block].kind
      else { return "answered" }
      return
        "answered \(style.bold(question.options[option].key)) by \(engine.managerName(manager))"
    case .stepWithdrawn:
      return "step withdrawn"
    case .delayEnded:
      return "delay over"
    case .waitMet:
      return "condition met"
    case .waitTimedOut:
      return "timed out"
    case .conditionDecided(let yes):
      return yes ? "yes" : "no"
    case .branchEnded:
      return "the branch ends here (empty exit)"
    case .counterChanged(let counter, let value):
      guard let task else { return "counter = \(value)" }
      return "counter \(engine.definition(of: task).counters[counter]) = \(value)"
    case .variableSet(let variable, let value):
      guard let task else { return "variable set" }
      let name = engine.process(task.definition).variables[variable]
      switch value {
      case .date(let date): return "variable \(name) = \(date)"
      case .text(let text): return "variable \(name) = \"\(engine.text(text))\""
      }
    case .taskManagerChanged(let manager):
      return manager.map { "assigned to \(engine.managerName($0))" } ?? "unassigned"
    case .taskEnded(let result):
      guard let task else { return "ended" }
      if event.block != nil, let name = engine.endName(of: task) {
        return style.bold("task ended: \(name) (\(result.rawValue))")
      }
      if let trigger = event.trigger, let other = engine.log[trigger].task, other != task.id {
        return style.bold("task stopped: task \(other) ended (result none)")
      }
      return style.bold("task ended: no branch left (result none)")
    case .taskFailed(let reason):
      return style.red("task FAILED: \(engine.text(reason))")
    case .taskDeleted:
      return "task deleted (process restart)"
    case .clockSet(let instant):
      return "clock set to \(instant)"
    case .managerAdded(let id):
      return "manager \(engine.managerName(id)) added"
    case .actingUserChanged(let id):
      return "acting as \(engine.managerName(id))"
    case .processLoaded(let id):
      let definition = engine.process(id).definition
      return
        "process \(definition.name) loaded: \(definition.blocks.count) blocks, launch \(definition.launch.name)"
    case .processStarted(let id):
      return "process \(engine.process(id).name) started"
    case .processStopped(let id):
      return "process \(engine.process(id).name) stopped"
    }
  }

  private func customer(of event: Event) -> UserID {
    switch event.subject {
    case .order(let id)?: return engine.orders[id.index].user
    case .user(let id)?: return id
    case nil: return UserID(rawValue: 0)
    }
  }
}

extension String {
  /// The text padded with spaces to `length` characters.
  func padding(toLength length: Int) -> String {
    count >= length ? self : self + String(repeating: " ", count: length - count)
  }
}
