import ProcessEngine
import Wording

/// `process run NAME order|user N`: a launch by hand, on an order or, for a process over users, on
/// a customer (issue 12).
struct ProcessRunCommand: EngineCommand {
  static let name = Argument<String>("NAME", .processName)
  static let object = Argument<ObjectType>("order|user", .choice())
  /// An order's or a customer's id, by the word before it; Tab offers the orders, the more usual.
  static let id = Argument<Int32>(
    "N",
    ValueType(
      noun: Phrase(en: "an order or user id", ru: "номер заказа или клиента"),
      candidates: { context in context.engine.orders.map { "\($0.id)" } }
    ) { (word, _) throws(ShellError) in
      try readID(word.text, Phrase(en: "an order or user id", ru: "номер заказа или клиента"))
    })
  static let syntax = CommandSyntax(
    "process run", [.value(name), .value(object), .value(id)],
    summary: Phrase(
      en:
        "launch a process on an order, or on a user, by hand (the entry condition is not checked)",
      ru: "запустить процесс для заказа или клиента вручную (условие входа не проверяется)"),
    details: Phrase(
      en:
        "order N for a process over orders, user N for one over users; a message a process over users sends shows in user N.",
      ru:
        "order N — для процесса по заказам, user N — по клиентам; сообщения процесса по клиентам видны в user N."
    ),
    examples: ["process run call-3-days order 1", "process run welcome user 1"])

  let name: String
  let object: ObjectType
  let id: Int32

  init(_ arguments: Arguments) {
    name = arguments[Self.name]
    object = arguments[Self.object]
    id = arguments[Self.id]
  }

  func command(in context: CommandContext) -> Command {
    switch object {
    case .order: .runProcess(name, order: OrderID(rawValue: id))
    case .user: .runProcessOnUser(name, user: UserID(rawValue: id))
    }
  }
}
