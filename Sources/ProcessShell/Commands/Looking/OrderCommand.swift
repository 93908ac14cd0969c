import JSON
import ProcessEngine
import Wording

/// `order N`: one order, its customer, its tasks and the messages sent.
struct OrderCommand: QueryCommand {
  static let order = Argument<OrderID>("N", .orderID())
  static let syntax = CommandSyntax.query(
    "order", [.value(order)],
    summary: Phrase(
      en: "one order: status, payments, customer, tasks, messages",
      ru: "один заказ: статус, оплаты, клиент, задачи, сообщения"),
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

  func json(in context: CommandContext) throws(ShellError) -> JSONValue {
    let engine = context.engine
    let views = SessionJSON(engine: engine, language: context.style.language)
    guard case .object(var object) = views.order(try order(in: engine)) else { return .null }
    object["tasks"] = .array(engine.tasks(of: id).map(views.task))
    object["messages-sent"] = .array(engine.messages(of: id).map(views.message))
    return .object(object)
  }

  func writeText(in context: CommandContext) throws(ShellError) {
    let engine = context.engine
    let order = try order(in: engine)
    let user = engine.users[order.user.index]
    let style = context.style
    func say(_ phrase: OrderPhrase, _ values: PhraseValues = [:]) -> String {
      style.text(phrase, values)
    }
    context.say(
      style.bold(say(.heading, ["id": .text("\(id)")]))
        + ": \(order.product), \(order.amount) — \(style.status(order.status))")
    var fields: [(OrderPhrase, String)] = [
      (
        .customer,
        say(
          .customerLine,
          [
            "id": .text("\(user.id)"), "name": .text(user.name),
            "email": .text(user.email ?? say(.noEmail)),
            "phone": .text(user.phone ?? say(.noPhone)),
          ])
      ),
      (.paid, say(.paidOf, ["paid": .text("\(order.paid)"), "amount": .text("\(order.amount)")])),
      (.manager, order.manager.map(engine.managerName) ?? say(.none)),
      (.created, order.createdAt.description),
    ]
    if order.status == .cancelled {
      fields.append((.reason, order.cancelReason.map(engine.text) ?? say(.none)))
    }
    if let date = order.paymentDate { fields.append((.paysBy, date.description)) }
    if let date = order.nextContactDate { fields.append((.callAgain, date.description)) }
    fields.append((.calls, "\(order.calls)"))
    fields.append((.messages, "\(order.messages)"))
    // The names in a column as wide as the longest, at least 10 (English lines stay as they were).
    let width = max(10, fields.map { say($0.0).count }.max() ?? 0)
    for (name, value) in fields { context.say("  \(say(name).padding(toLength: width)) \(value)") }
    let tasks = engine.tasks(of: id)
    if tasks.isEmpty {
      context.say(say(.noTasks))
    } else {
      context.say(say(.tasks))
      let text = SessionText(engine: engine, style: context.style)
      for task in tasks { context.say("  " + text.taskSummary(task)) }
    }
    let messages = engine.messages(of: id)
    if !messages.isEmpty {
      context.say(say(.messagesSent))
      let text = SessionText(engine: engine, style: context.style)
      for message in messages { context.say("  " + text.messageLine(message)) }
    }
  }
}
