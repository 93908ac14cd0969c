import JSON
import ProcessEngine

/// Listings and details: what is waiting on whom, and what happens next. None change the session.
extension Shell {
  // MARK: - Status

  func showStatus(json: Bool) {
    var byStatus = [Int](repeating: 0, count: OrderStatus.allCases.count)
    for order in engine.orders { byStatus[OrderStatus.allCases.firstIndex(of: order.status)!] += 1 }
    let steps = engine.openSteps
    let next = engine.scheduledItems(limit: 5)
    if json {
      var counts = JSONObject()
      for (index, status) in OrderStatus.allCases.enumerated() where byStatus[index] > 0 {
        counts[status.slug] = .integer(Int64(byStatus[index]))
      }
      let actual = OrderStatus.allCases.enumerated().filter { $0.element.isActual }.map {
        byStatus[$0.offset]
      }.reduce(0, +)
      sayJSON([
        "clock": .instant(engine.clock),
        "acting": .string(engine.managerName(engine.actingUser)),
        "orders": ["actual": .integer(Int64(actual)), "by-status": .object(counts)],
        "open-steps": .array(steps.map(stepJSON)),
        "next": .array(next.map(timerJSON)),
      ])
      return
    }
    say("clock    \(engine.clock) (\(weekdayName(engine.clock)))")
    say("acting   \(engine.managerName(engine.actingUser))")
    var actualParts: [String] = []
    var otherParts: [String] = []
    var actual = 0
    for (index, status) in OrderStatus.allCases.enumerated() where byStatus[index] > 0 {
      if status.isActual {
        actual += byStatus[index]
        actualParts.append("\(byStatus[index]) \(style.status(status))")
      } else if status != .false {
        otherParts.append("\(byStatus[index]) \(style.status(status))")
      }
    }
    var orders = "orders   \(actual) actual"
    if !actualParts.isEmpty { orders += ": " + actualParts.joined(separator: ", ") }
    if !otherParts.isEmpty { orders += "; " + otherParts.joined(separator: ", ") }
    say(orders)
    if steps.isEmpty {
      say("open manager steps: none")
    } else {
      say("open manager steps: \(steps.count)")
      var table = Table("TASK", "ORDER", "STEP", "OPTIONS", "MANAGER", "WAITING")
      for step in steps.prefix(20) {
        table.append([
          "\(step.task)", step.order.map { "\($0)" } ?? "-",
          "[\(blockID(step.task, step.block))] \(step.question.key)",
          step.question.options.map(\.key).joined(separator: " | "),
          step.manager.map(engine.managerName) ?? "anyone",
          (engine.clock - step.since).description,
        ])
      }
      output.write(indented(table.render(style: style)))
      if steps.count > 20 { say("  … and \(steps.count - 20) more (tasks --state waiting)") }
    }
    if next.isEmpty {
      say("next: nothing is scheduled")
    } else {
      say("next:")
      for item in next { say("  " + timerLine(item)) }
    }
  }

  func stepJSON(_ step: Engine.OpenStep) -> JSONValue {
    [
      "task": .id(step.task), "order": .id(step.order),
      "block": .string(blockID(step.task, step.block)),
      "question": .string(step.question.key), "text": .string(step.question.text),
      "options": .array(step.question.options.map { .string($0.key) }),
      "manager": .text(step.manager.map(engine.managerName)), "since": .instant(step.since),
    ]
  }

  // MARK: - Timers

  func listTimers(json: Bool, limit: Int?) {
    let items = engine.scheduledItems(limit: limit ?? .max)
    if json {
      sayJSON(.array(items.map(timerJSON)))
      return
    }
    guard !items.isEmpty else {
      say("nothing is scheduled")
      return
    }
    for item in items { say(timerLine(item)) }
  }

  /// `2026-01-05 09:31  order 1 · task 2 · [I] Wait 30 minutes: delay ends (started 09:01)`
  func timerLine(_ item: Engine.ScheduledItem) -> String {
    let time = item.due.description.padding(toLength: 16)
    switch item.kind {
    case .periodicLaunch(let id):
      return "\(time)  process \(engine.process(id).name): periodic launch check"
    case .delayEnds, .waitTimesOut:
      guard let taskID = item.task, let block = item.block else { return time }
      let task = engine.tasks[taskID.index]
      var subject = task.order.map { "order \($0) · " } ?? ""
      subject += "task \(taskID) · "
      let label = EventRenderer(engine: engine, style: style).blockLabel(task: taskID, block: block)
      let what = item.kind == .delayEnds ? "delay ends" : "wait times out"
      return "\(time)  \(subject)\(label): \(what)"
    }
  }

  func timerJSON(_ item: Engine.ScheduledItem) -> JSONValue {
    var object = JSONObject()
    object["due"] = .instant(item.due)
    switch item.kind {
    case .delayEnds: object["kind"] = "delay-ends"
    case .waitTimesOut: object["kind"] = "wait-times-out"
    case .periodicLaunch(let id):
      object["kind"] = "periodic-launch"
      object["process"] = .string(engine.process(id).name)
    }
    if let task = item.task, let block = item.block {
      object["task"] = .id(task)
      object["order"] = .id(engine.tasks[task.index].order)
      object["block"] = .string(blockID(task, block))
      object["process"] = .string(engine.definition(of: engine.tasks[task.index]).name)
    }
    return .object(object)
  }

  // MARK: - Orders

  func listOrders(json: Bool, status: OrderStatus?) {
    // False orders are a soft delete: hidden unless asked for by status.
    let orders = engine.orders.filter { status == nil ? $0.status != .false : $0.status == status }
    if json {
      sayJSON(.array(orders.map(orderJSON)))
      return
    }
    guard !orders.isEmpty else {
      say(status.map { "no \($0.slug) orders" } ?? "no orders yet: 'order new' creates one")
      return
    }
    var table = Table(
      "ORDER", "STATUS", "CUSTOMER", "PRODUCT", "AMOUNT", "PAID", "MANAGER", "CALLS", "MSGS",
      "CREATED")
    for order in orders {
      table.append([
        "\(order.id)", order.status.slug,
        "\(order.user) \(engine.users[order.user.index].name)".truncated(28),
        order.product.truncated(20), "\(order.amount)", "\(order.paid)",
        order.manager.map(engine.managerName) ?? "-",
        "\(order.calls)", "\(order.messages)", order.createdAt.description,
      ])
    }
    output.write(table.render(style: style))
  }

  func orderJSON(_ order: Order) -> JSONValue {
    [
      "id": .id(order.id), "status": .string(order.status.slug), "user": .id(order.user),
      "product": .string(order.product), "amount": .money(order.amount), "paid": .money(order.paid),
      "manager": .text(order.manager.map(engine.managerName)),
      "reason": .text(order.status == .cancelled ? order.cancelReason.map(engine.text) : nil),
      "payment-date": .instant(order.paymentDate),
      "next-contact-date": .instant(order.nextContactDate),
      "calls": .integer(Int64(order.calls)), "messages": .integer(Int64(order.messages)),
      "created": .instant(order.createdAt),
    ]
  }

  func showOrder(_ id: OrderID, json: Bool) throws(ShellError) {
    guard let order = engine.order(id) else {
      throw .engine(.unknownOrder(id, count: engine.orders.count))
    }
    let tasks = engine.tasks(of: id)
    let messages = engine.log.filter { $0.order == id && $0.kind == .messageSent }
    if json {
      guard case .object(var object) = orderJSON(order) else { return }
      object["tasks"] = .array(tasks.map(taskJSON))
      object["messages-sent"] = .array(
        messages.map { event in
          guard case .messageSent(let text) = event.change else { return .null }
          return ["time": .instant(event.time), "text": .string(engine.text(text))]
        })
      sayJSON(.object(object))
      return
    }
    let user = engine.users[order.user.index]
    say(
      style.bold("order \(id)")
        + ": \(order.product), \(order.amount) — \(style.status(order.status))")
    var fields: [(String, String)] = [
      (
        "customer",
        "user \(user.id): \(user.name), \(user.email ?? "no email"), \(user.phone ?? "no phone")"
      ),
      ("paid", "\(order.paid) of \(order.amount)"),
      ("manager", order.manager.map(engine.managerName) ?? "none"),
      ("created", order.createdAt.description),
    ]
    if order.status == .cancelled {
      fields.append(("reason", order.cancelReason.map(engine.text) ?? "none"))
    }
    if let date = order.paymentDate { fields.append(("pays by", date.description)) }
    if let date = order.nextContactDate { fields.append(("call again", date.description)) }
    fields.append(("calls", "\(order.calls)"))
    fields.append(("messages", "\(order.messages)"))
    for (name, value) in fields { say("  \(name.padding(toLength: 10)) \(value)") }
    if tasks.isEmpty {
      say("tasks: none")
    } else {
      say("tasks:")
      for task in tasks { say("  " + taskSummary(task)) }
    }
    if !messages.isEmpty {
      say("messages sent:")
      for event in messages {
        guard case .messageSent(let text) = event.change else { continue }
        say("  \(event.time)  \(engine.text(text))")
      }
    }
  }

  // MARK: - Users

  func listUsers(json: Bool) {
    if json {
      sayJSON(.array(engine.users.map(userJSON)))
      return
    }
    guard !engine.users.isEmpty else {
      say("no customers yet: 'order new' creates one")
      return
    }
    var table = Table("USER", "NAME", "EMAIL", "PHONE", "ORDERS")
    for user in engine.users {
      table.append([
        "\(user.id)", user.name, user.email ?? "-", user.phone ?? "-",
        engine.orders(of: user.id).map(\.description).joined(separator: ", "),
      ])
    }
    output.write(table.render(style: style))
  }

  func userJSON(_ user: User) -> JSONValue {
    [
      "id": .id(user.id), "name": .string(user.name), "email": .text(user.email),
      "phone": .text(user.phone),
      "orders": .array(engine.orders(of: user.id).map { .id($0) }),
    ]
  }

  func showUser(_ id: UserID, json: Bool) throws(ShellError) {
    guard let user = engine.user(id) else {
      throw .engine(.unknownUser(id, count: engine.users.count))
    }
    if json {
      sayJSON(userJSON(user))
      return
    }
    say(style.bold("user \(id)") + ": \(user.name)")
    say("  email    \(user.email ?? "none")")
    say("  phone    \(user.phone ?? "none")")
    let orders = engine.orders(of: id)
    say(
      "  orders   "
        + (orders.isEmpty
          ? "none"
          : orders.map { "\($0) (\(engine.orders[$0.index].status.slug))" }.joined(separator: ", "))
    )
  }

  // MARK: - Tasks

  func listTasks(json: Bool, filter: TaskFilter) {
    let tasks = engine.tasks.filter { task in
      (filter.state == nil || task.state == filter.state)
        && (filter.order == nil || task.order == filter.order)
        && (filter.process == nil || engine.definition(of: task).name == filter.process)
    }
    if json {
      sayJSON(.array(tasks.map(taskJSON)))
      return
    }
    guard !tasks.isEmpty else {
      say("no tasks")
      return
    }
    var table = Table("TASK", "PROCESS", "ON", "STATE", "MANAGER", "WHERE")
    for task in tasks {
      table.append([
        "\(task.id)", engine.definition(of: task).name, subjectName(task.subject),
        task.state.rawValue,
        task.manager.map(engine.managerName) ?? "-", whereabouts(task),
      ])
    }
    output.write(table.render(style: style))
  }

  /// `task 1  order-processing  waiting  at [8] take-order`
  func taskSummary(_ task: ProcessTask) -> String {
    "task \(task.id)  \(engine.definition(of: task).name)  \(task.state.rawValue)  \(whereabouts(task))"
  }

  /// Where a running task's branches are, or how it ended.
  func whereabouts(_ task: ProcessTask) -> String {
    switch task.outcome {
    case .ended(let result, _, let at):
      return "ended \(engine.endName(of: task) ?? "none") (\(result.rawValue)) at \(at)"
    case .deleted(let at):
      return "deleted at \(at)"
    case .running:
      let branches = engine.branches(of: task.id)
      return branches.map { branch in
        let id = blockID(task.id, branch.block)
        switch branch.state {
        case .asking:
          guard case .question(let question) = engine.definition(of: task)[branch.block].kind else {
            return "[\(id)]"
          }
          return "asks [\(id)] \(question.key)"
        case .awaitingChild(let child): return "[\(id)] → task \(child)"
        case .sleeping, .waiting: return "[\(id)]"
        }
      }.joined(separator: ", ")
    }
  }

  func subjectName(_ subject: Subject) -> String {
    switch subject {
    case .order(let id): return "order \(id)"
    case .user(let id): return "user \(id)"
    }
  }

  func taskJSON(_ task: ProcessTask) -> JSONValue {
    let definition = engine.definition(of: task)
    var object = JSONObject()
    object["id"] = .id(task.id)
    object["process"] = .string(definition.name)
    object["order"] = .id(task.order)
    if case .user(let user) = task.subject { object["user"] = .id(user) }
    object["parent"] = .id(task.parent)
    object["state"] = .string(task.state.rawValue)
    object["manager"] = .text(task.manager.map(engine.managerName))
    object["started"] = .instant(task.startedAt)
    switch task.outcome {
    case .running:
      object["question"] = .text(engine.openSteps(of: task.id).first?.question.key)
      object["branches"] = .array(
        engine.branches(of: task.id).map { branch in
          var state: JSONValue
          switch branch.state {
          case .sleeping: state = "sleeping"
          case .waiting: state = "waiting"
          case .asking: state = "asking"
          case .awaitingChild: state = "awaiting-child"
          }
          var branchObject: JSONObject = JSONObject([
            (key: "block", value: .string(definition[branch.block].id)),
            (key: "state", value: state),
            (key: "since", value: .instant(branch.since)),
          ])
          if case .awaitingChild(let child) = branch.state { branchObject["child"] = .id(child) }
          return .object(branchObject)
        })
    case .ended(let result, _, let at):
      object["result"] = .string(result.rawValue)
      object["end"] = .text(engine.endName(of: task))
      object["ended"] = .instant(at)
    case .deleted(let at):
      object["deleted"] = .instant(at)
    }
    var counters = JSONObject()
    for name in definition.counters {
      counters[name] = .integer(engine.counter(name, of: task) ?? 0)
    }
    object["counters"] = .object(counters)
    var variables = JSONObject()
    for name in engine.process(task.definition).variables {
      switch engine.variable(name, of: task) {
      case .date(let date)?: variables[name] = .instant(date)
      case .text(let text)?: variables[name] = .string(engine.text(text))
      case nil: variables[name] = .null
      }
    }
    object["variables"] = .object(variables)
    return .object(object)
  }

  func showTask(_ id: TaskID, json: Bool) throws(ShellError) {
    guard let task = engine.task(id) else {
      throw .engine(.unknownTask(id, count: engine.tasks.count))
    }
    if json {
      guard case .object(var object) = taskJSON(task) else { return }
      object["children"] = .array(engine.children(of: id).map { .id($0) })
      sayJSON(.object(object))
      return
    }
    let definition = engine.definition(of: task)
    var title =
      style.bold("task \(id)")
      + ": \(definition.name) on \(subjectName(task.subject)) — \(task.state.rawValue)"
    if let parent = task.parent { title += " (sub-process of task \(parent))" }
    say(title)
    say("  manager    \(task.manager.map(engine.managerName) ?? "none (anyone may answer)")")
    say("  started    \(task.startedAt)")
    if !definition.counters.isEmpty {
      say(
        "  counters   "
          + definition.counters.map { "\($0) = \(engine.counter($0, of: task) ?? 0)" }.joined(
            separator: ", "))
    }
    let variables = engine.process(task.definition).variables.compactMap { name -> String? in
      switch engine.variable(name, of: task) {
      case .date(let date)?: return "\(name) = \(date)"
      case .text(let text)?: return "\(name) = \"\(engine.text(text))\""
      case nil: return nil
      }
    }
    if !variables.isEmpty { say("  variables  " + variables.joined(separator: ", ")) }
    switch task.outcome {
    case .ended(let result, _, let at):
      say("  ended      \(engine.endName(of: task) ?? "none") (\(result.rawValue)) at \(at)")
    case .deleted(let at):
      say("  deleted    at \(at)")
    case .running:
      for branch in engine.branches(of: id) {
        let label = EventRenderer(engine: engine, style: style).blockLabel(
          task: id, block: branch.block)
        switch branch.state {
        case .asking:
          guard case .question(let question) = definition[branch.block].kind else { continue }
          say(
            "  asks       \(label): "
              + question.options.map { "\($0.key) (\($0.kind.mark))" }.joined(separator: " | "))
          say(
            "             waiting since \(branch.since) (\((engine.clock - branch.since).description))"
          )
          if !question.script.isEmpty { say("             script: \(question.script)") }
        case .sleeping:
          say("  sleeps     \(label), since \(branch.since)")
        case .waiting:
          say("  waits      \(label), since \(branch.since)")
        case .awaitingChild(let child):
          say("  runs       \(label) → task \(child)")
        }
      }
    }
    let children = engine.children(of: id)
    if !children.isEmpty {
      say("  children   " + children.map { "task \($0)" }.joined(separator: ", "))
    }
    let history = engine.log.indices.filter { engine.log[$0].task == id }
    say(
      "history (\(history.count) events\(history.count > 12 ? "; the last 12, 'log --task \(id)' for all" : "")):"
    )
    let renderer = EventRenderer(engine: engine, style: style)
    for index in history.suffix(12) { say("  " + renderer.line(for: engine.log[index])) }
  }

  // MARK: - Managers and processes

  func listManagers(json: Bool) {
    let openTasks = engine.managers.map { manager in
      engine.tasks.filter { $0.isOpen && $0.manager == manager.id }.count
    }
    if json {
      sayJSON(
        .array(
          engine.managers.enumerated().map { index, manager in
            [
              "name": .string(manager.name), "acting": .bool(manager.id == engine.actingUser),
              "open-tasks": .integer(Int64(openTasks[index])),
            ]
          }))
      return
    }
    var table = Table("MANAGER", "OPEN TASKS", "")
    for (index, manager) in engine.managers.enumerated() {
      table.append([
        manager.name, "\(openTasks[index])", manager.id == engine.actingUser ? "← acting" : "",
      ])
    }
    output.write(table.render(style: style))
  }

  func listProcesses(json: Bool) {
    let current = engine.processes.filter(\.isCurrent)
    func counts(_ name: String) -> (open: Int, all: Int) {
      var open = 0
      var all = 0
      for task in engine.tasks where engine.definition(of: task).name == name {
        all += 1
        if task.isOpen { open += 1 }
      }
      return (open, all)
    }
    if json {
      sayJSON(
        .array(
          current.map { process in
            let (open, all) = counts(process.name)
            var object: JSONObject = JSONObject([
              (key: "name", value: .string(process.name)),
              (key: "title", value: .string(process.definition.title)),
              (key: "object", value: .string(process.definition.object.rawValue)),
              (key: "launch", value: .string(process.definition.launch.name)),
              (key: "started", value: .bool(process.isStarted)),
              (
                key: "version",
                value: .integer(Int64(engine.processes.filter { $0.name == process.name }.count))
              ),
              (key: "blocks", value: .integer(Int64(process.definition.blocks.count))),
              (key: "tasks", value: ["open": .integer(Int64(open)), "all": .integer(Int64(all))]),
            ])
            if case .periodic(let interval) = process.definition.launch {
              object["interval"] = .string(interval.description)
            }
            return .object(object)
          }))
      return
    }
    var table = Table("PROCESS", "LAUNCH", "STARTED", "TASKS", "TITLE")
    for process in current {
      var launch = process.definition.launch.name
      if case .periodic(let interval) = process.definition.launch { launch += " every \(interval)" }
      let (open, all) = counts(process.name)
      table.append([
        process.name, launch, process.isStarted ? "yes" : "no", "\(open) open / \(all)",
        process.definition.title,
      ])
    }
    output.write(table.render(style: style))
  }

  // MARK: - Helpers

  func blockID(_ task: TaskID, _ block: BlockIndex) -> String {
    engine.definition(of: engine.tasks[task.index])[block].id
  }

  func indented(_ text: String) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false).map {
      $0.isEmpty ? "" : "  " + $0
    }.joined(separator: "\n")
  }
}
