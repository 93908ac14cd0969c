import JSON
import ProcessEngine
import Wording

/// `user N`: one customer and their orders.
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

  func json(in context: CommandContext) throws(ShellError) -> JSONValue {
    SessionJSON(engine: context.engine, language: context.style.language).user(
      try user(in: context.engine))
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
  }
}
