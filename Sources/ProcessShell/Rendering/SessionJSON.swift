import JSON
import ProcessEngine
import Wording

/// The JSON shapes of the session's objects that `--json` shows (docs/json-output.md): one
/// definition for each, shared by every query that shows that kind of object. Values are slugs,
/// the same in either language; where a person reads one (a status, a task's state or result),
/// a `…-label` beside it says it in the session's language (SPEC §12.1).
struct SessionJSON {
  let engine: Engine
  var language: Language = .english

  func order(_ order: Order) -> JSONValue {
    [
      "id": .id(order.id), "status": .string(order.status.slug),
      "status-label": .string(language.name(of: order.status)), "user": .id(order.user),
      "product": .string(order.product), "amount": .money(order.amount), "paid": .money(order.paid),
      "manager": .text(order.manager.map(engine.managerName)),
      "reason": .text(order.status == .cancelled ? order.cancelReason.map(engine.text) : nil),
      "payment-date": .instant(order.paymentDate),
      "next-contact-date": .instant(order.nextContactDate),
      "calls": .integer(Int64(order.calls)), "messages": .integer(Int64(order.messages)),
      "created": .instant(order.createdAt),
    ]
  }

  func user(_ user: User) -> JSONValue {
    [
      "id": .id(user.id), "name": .string(user.name), "email": .text(user.email),
      "phone": .text(user.phone),
      "orders": .array(engine.orders(of: user.id).map { .id($0) }),
    ]
  }

  func task(_ task: ProcessTask) -> JSONValue {
    let definition = engine.definition(of: task)
    var object = JSONObject()
    object["id"] = .id(task.id)
    object["process"] = .string(definition.name)
    object["order"] = .id(task.order)
    if case .user(let user) = task.subject { object["user"] = .id(user) }
    object["parent"] = .id(task.parent)
    object["state"] = .string(task.state.rawValue)
    object["state-label"] = .string(language.name(of: task.state))
    object["manager"] = .text(task.manager.map(engine.managerName))
    object["started"] = .instant(task.startedAt)
    switch task.outcome {
    case .running:
      object["question"] = .text(engine.openSteps(of: task.id).first?.question.key)
      object["branches"] = .array(engine.branches(of: task.id).map { branch(of: definition, $0) })
    case .ended(let result, _, let at):
      object["result"] = .string(result.rawValue)
      object["result-label"] = .string(language.name(of: result))
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

  private func branch(of definition: ProcessDefinition, _ branch: Engine.Branch) -> JSONValue {
    let state: JSONValue =
      switch branch.state {
      case .sleeping: "sleeping"
      case .waiting: "waiting"
      case .asking: "asking"
      case .awaitingChild: "awaiting-child"
      }
    var object = JSONObject([
      (key: "block", value: .string(definition[branch.block].id)),
      (key: "state", value: state),
      (key: "since", value: .instant(branch.since)),
    ])
    if case .awaitingChild(let child) = branch.state { object["child"] = .id(child) }
    return .object(object)
  }

  func step(_ step: Engine.OpenStep) -> JSONValue {
    [
      "task": .id(step.task), "order": .id(step.order),
      "block": .string(engine.blockID(step.task, step.block)),
      "question": .string(step.question.key), "text": .string(step.question.text),
      "options": .array(step.question.options.map { .string($0.key) }),
      "manager": .text(step.manager.map(engine.managerName)), "since": .instant(step.since),
    ]
  }

  /// A mailing as `mailings --json` lists it.
  func mailing(_ mailing: LoadedMailing) -> JSONValue {
    [
      "name": .string(mailing.name), "title": .string(mailing.definition.title),
      "title-label": .string(language.title(of: mailing.definition)),
      "started": .bool(mailing.isStarted), "to": .string(mailing.definition.to.text(counters: [])),
      "sent": .integer(Int64(mailing.sent)), "opened": .integer(Int64(mailing.opened)),
    ]
  }

  /// A message as `messages --json` lists it: who sent it (a mailing, or a task's block), to
  /// which order (or customer), and when it was opened.
  func message(_ message: SentMessage) -> JSONValue {
    var object = JSONObject()
    object["id"] = .id(message.id)
    object["time"] = .instant(message.time)
    object["order"] = .id(message.order)
    if case .user(let user) = message.subject { object["user"] = .id(user) }
    switch message.sender {
    case .mailing(let id):
      object["sender"] = "mailing"
      object["mailing"] = .string(engine.mailings[id.index].name)
    case .block(let task, let block):
      object["sender"] = "block"
      object["task"] = .id(task)
      object["block"] = .string(engine.blockID(task, block))
      object["process"] = .string(engine.definition(of: engine.tasks[task.index]).name)
    }
    object["text"] = .string(message.text)
    object["opened"] = .instant(message.openedAt)
    return .object(object)
  }

  func timer(_ item: Engine.ScheduledItem) -> JSONValue {
    var object = JSONObject()
    object["due"] = .instant(item.due)
    switch item.kind {
    case .delayEnds: object["kind"] = "delay-ends"
    case .waitTimesOut: object["kind"] = "wait-times-out"
    case .waitCheck: object["kind"] = "wait-looks-again"
    case .mailingCheck(let order):
      object["kind"] = "mailings-look-again"
      object["order"] = .id(order)
    case .periodicLaunch(let id):
      object["kind"] = "periodic-launch"
      object["process"] = .string(engine.process(id).name)
    }
    if let task = item.task, let block = item.block {
      object["task"] = .id(task)
      object["order"] = .id(engine.tasks[task.index].order)
      object["block"] = .string(engine.blockID(task, block))
      object["process"] = .string(engine.definition(of: engine.tasks[task.index]).name)
    }
    return .object(object)
  }

  func event(at index: Int) -> JSONValue {
    let event = engine.log[index]
    var object = JSONObject()
    object["id"] = .id(EventID(index: index))
    object["time"] = .instant(event.time)
    object["task"] = .id(event.task)
    switch event.subject {
    case .order(let order)?: object["order"] = .id(order)
    case .user(let user)?: object["user"] = .id(user)
    case nil: break
    }
    if let task = event.task, let block = event.block {
      object["block"] = .string(engine.blockID(task, block))
    }
    object["trigger"] = .id(event.trigger)
    object["text"] = .string(EventRenderer(engine: engine, style: .plain).text(for: event))
    object["change"] = .string(Self.changeName(event.kind))
    return .object(object)
  }

  /// `status-changed` for `.statusChanged`: the kind as JSON names it.
  static func changeName(_ kind: Event.Kind) -> String {
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

  func statistics(_ statistics: Statistics) -> JSONValue {
    var byStatus = JSONObject()
    for status in OrderStatus.allCases {
      if let count = statistics.byStatus[status] { byStatus[status.slug] = .integer(Int64(count)) }
    }
    var object = JSONObject()
    object["orders"] = .integer(Int64(statistics.orders))
    object["by-status"] = .object(byStatus)
    object["cancel-reasons"] = .object(
      JSONObject(
        statistics.cancelReasons.map { (key: $0.reason, value: .integer(Int64($0.count))) }))
    object["calls"] = .integer(Int64(statistics.calls))
    object["messages"] = .integer(Int64(statistics.messages))
    if let time = statistics.timeToPayment {
      object["time-to-payment"] = [
        "median-seconds": .integer(time.median.seconds), "p90-seconds": .integer(time.p90.seconds),
      ]
    }
    object["task-ends"] = .array(
      statistics.taskEnds.map {
        [
          "process": .string($0.process), "end": .string($0.end),
          "count": .integer(Int64($0.count)),
        ]
      })
    object["steps-by-question"] = .object(
      JSONObject(
        statistics.stepsByQuestion.map { (key: $0.question, value: .integer(Int64($0.count))) }))
    object["steps-by-manager"] = .object(
      JSONObject(
        statistics.stepsByManager.map { (key: $0.manager, value: .integer(Int64($0.count))) }))
    object["open-steps"] = .integer(Int64(statistics.openSteps))
    object["overdue-steps"] = .integer(Int64(statistics.overdueSteps))
    return .object(object)
  }
}

extension Engine {
  /// The id of a block of the process a task runs: `8`, `C`.
  func blockID(_ task: TaskID, _ block: BlockIndex) -> String {
    definition(of: tasks[task.index])[block].id
  }
}
