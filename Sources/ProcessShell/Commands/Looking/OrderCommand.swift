import JSON
import ProcessEngine

/// `order N`: one order, its customer, its tasks and the messages sent.
struct OrderCommand: QueryCommand {
  static let order = Argument<OrderID>("N", .orderID())
  static let syntax = CommandSyntax.query(
    "order", [.value(order)], summary: "one order: status, payments, customer, tasks, messages",
    examples: ["order 1", "order 1 --json"])

  let id: OrderID

  init(_ arguments: Arguments) {
    id = arguments[Self.order]
  }

  private func order(in engine: Engine) throws(ShellError) -> Order {
    guard let order = engine.order(id) else {
      throw .engine(.unknownOrder(id, count: engine.orders.count))
    }
    return order
  }

  /// The messages sent to the order's customer: when, and what.
  private func messages(in engine: Engine) -> [(time: Instant, text: String)] {
    engine.log.compactMap { event in
      guard event.order == id, case .messageSent(let text) = event.change else { return nil }
      return (event.time, engine.text(text))
    }
  }

  func json(in context: CommandContext) throws(ShellError) -> JSONValue {
    let engine = context.engine
    let views = SessionJSON(engine: engine)
    guard case .object(var object) = views.order(try order(in: engine)) else { return .null }
    object["tasks"] = .array(engine.tasks(of: id).map(views.task))
    object["messages-sent"] = .array(
      messages(in: engine).map { ["time": .instant($0.time), "text": .string($0.text)] })
    return .object(object)
  }

  func writeText(in context: CommandContext) throws(ShellError) {
    let engine = context.engine
    let order = try order(in: engine)
    let user = engine.users[order.user.index]
    context.say(
      context.style.bold("order \(id)")
        + ": \(order.product), \(order.amount) — \(context.style.status(order.status))")
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
    for (name, value) in fields { context.say("  \(name.padding(toLength: 10)) \(value)") }
    let tasks = engine.tasks(of: id)
    if tasks.isEmpty {
      context.say("tasks: none")
    } else {
      context.say("tasks:")
      let text = SessionText(engine: engine, style: context.style)
      for task in tasks { context.say("  " + text.taskSummary(task)) }
    }
    let messages = messages(in: engine)
    if !messages.isEmpty {
      context.say("messages sent:")
      for message in messages { context.say("  \(message.time)  \(message.text)") }
    }
  }
}
