import JSON
import ProcessEngine
import Wording

/// `users`: the customers.
struct UsersCommand: QueryCommand {
  static let syntax = CommandSyntax.query(
    "users", summary: Phrase(en: "the customers", ru: "клиенты"), examples: ["users"])

  init(_ arguments: Arguments) {}

  func json(in context: CommandContext) -> JSONValue {
    .array(
      context.engine.users.map(
        SessionJSON(engine: context.engine, language: context.style.language).user))
  }

  func writeText(in context: CommandContext) {
    let engine = context.engine
    guard !engine.users.isEmpty else {
      context.say(context.style.text(ListPhrase.noCustomers))
      return
    }
    let headers: [ListPhrase] = [
      .userHeader, .nameHeader, .emailHeader, .phoneHeader, .ordersHeader,
    ]
    var table = Table(headers.map { context.style.text($0) })
    for user in engine.users {
      table.append([
        "\(user.id)", user.name, user.email ?? "-", user.phone ?? "-",
        engine.orders(of: user.id).map(\.description).joined(separator: ", "),
      ])
    }
    context.write(table.render(style: context.style))
  }
}
