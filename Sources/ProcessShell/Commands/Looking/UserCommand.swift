import JSON
import ProcessEngine

/// `user N`: one customer and their orders.
struct UserCommand: QueryCommand {
  static let user = Argument<UserID>("N", .userID)
  static let syntax = CommandSyntax.query(
    "user", [.value(user)], summary: "one customer and their orders", examples: ["user 1"])

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
    SessionJSON(engine: context.engine).user(try user(in: context.engine))
  }

  func writeText(in context: CommandContext) throws(ShellError) {
    let engine = context.engine
    let user = try user(in: engine)
    context.say(context.style.bold("user \(id)") + ": \(user.name)")
    context.say("  email    \(user.email ?? "none")")
    context.say("  phone    \(user.phone ?? "none")")
    let orders = engine.orders(of: id)
    context.say(
      "  orders   "
        + (orders.isEmpty
          ? "none"
          : orders.map { "\($0) (\(engine.orders[$0.index].status.slug))" }.joined(separator: ", "))
    )
  }
}
