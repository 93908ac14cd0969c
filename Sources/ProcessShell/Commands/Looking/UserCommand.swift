import JSON
import ProcessEngine
import Wording

/// `user N`: one customer, their orders, and what processes over users did for them: their tasks
/// and the messages those sent.
struct UserCommand: QueryCommand {
  static let user = Argument<UserID>("N", .userID)
  static let syntax = CommandSyntax.query(
    "user", [.value(user)],
    summary: Phrase(en: "one customer and their orders", ru: "один клиент и его заказы"),
    examples: ["user 1"])

  let id: UserID

  init(_ arguments: Arguments) {
    id = arguments[Self.user]
  }

  private func user(in engine: Engine) throws(ShellError) -> User {
    guard let user = engine.user(id) else {
      throw .engine(.unknownUser(id, count: engine.users.count))
    }
    return user
  }

  /// The messages processes over users sent to the customer.
  private func messages(in engine: Engine) -> [SentMessage] {
    engine.allMessages.filter { $0.subject == .user(id) }
  }

  func json(in context: CommandContext) throws(ShellError) -> JSONValue {
    let engine = context.engine
    let views = SessionJSON(engine: engine, language: context.style.language)
    guard case .object(var object) = views.user(try user(in: engine)) else { return .null }
    object["tasks"] = .array(engine.tasks(on: .user(id)).map(views.task))
    object["messages-sent"] = .array(messages(in: engine).map(views.message))
    return .object(object)
  }

  func writeText(in context: CommandContext) throws(ShellError) {
    let engine = context.engine
    let user = try user(in: engine)
    let style = context.style
    context.say(style.bold(style.text(ListPhrase.user, ["id": .text("\(id)")])) + ": \(user.name)")
    let none = style.text(ListPhrase.none)
    // The labels' column is as wide as English's always was, wider for a longer Russian one.
    var lines = LabelledLines(minimumWidth: 8)
    lines.add(style.text(ListPhrase.email), user.email ?? none)
    lines.add(style.text(ListPhrase.phone), user.phone ?? none)
    let orders = engine.orders(of: id).map { order in
      style.text(
        ListPhrase.orderWithStatus,
        [
          "id": .text("\(order)"),
          "status": .text(style.language.name(of: engine.orders[order.index].status)),
        ])
    }
    lines.add(
      style.text(ListPhrase.orders), orders.isEmpty ? none : orders.joined(separator: ", "))
    for line in lines.text { context.say(line) }
    let tasks = engine.tasks(on: .user(id))
    if !tasks.isEmpty {
      context.say(style.text(OrderPhrase.tasks))
      let text = SessionText(engine: engine, style: style)
      for task in tasks { context.say("  " + text.taskSummary(task)) }
    }
    let messages = messages(in: engine)
    if !messages.isEmpty {
      context.say(style.text(OrderPhrase.messagesSent))
      let text = SessionText(engine: engine, style: style)
      for message in messages { context.say("  " + text.messageLine(message)) }
    }
  }
}
