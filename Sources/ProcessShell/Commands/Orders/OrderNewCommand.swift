import ProcessEngine
import Wording

/// `order new`: a customer leaves an order, and the processes launched on creation start.
struct OrderNewCommand: EngineCommand {
  static let user = Option<UserID>("--user", "N", .userID)
  static let name = Option<String>("--name", "S", .text(Phrase(en: "a name", ru: "имя")))
  static let email = Option<String>(
    "--email", "S", .text(Phrase(en: "an e-mail address", ru: "адрес e-mail")))
  static let phone = Option<String>(
    "--phone", "S", .text(Phrase(en: "a phone number", ru: "номер телефона")))
  static let noPhone = Switch("--no-phone")
  static let product = Option<String>(
    "--product", "S", .text(Phrase(en: "a product", ru: "продукт")))
  static let amount = Option<Money>("--amount", "N", .amount)

  static let syntax = CommandSyntax(
    "order new",
    flags: [
      .option(user), .option(name), .option(email), .option(phone), .switch(noPhone),
      .option(product), .option(amount),
    ],
    summary: Phrase(
      en: "a customer leaves an order; processes launched on creation start",
      ru: "клиент оставляет заказ; стартуют процессы с запуском при создании"),
    details: Phrase(
      en:
        "Without --user a new customer is created: 'Customer N', customerN@example.com and a phone. Product 'Course', amount 10000.",
      ru:
        "Без --user создаётся новый клиент: 'Customer N', customerN@example.com и телефон. Продукт 'Course', сумма 10000."
    ),
    examples: [
      "order new", "order new --no-phone", "order new --name \"Анна Петрова\" --amount 4990",
      "order new --user 1",
    ])

  let request: NewOrder

  init(_ arguments: Arguments) throws(ShellError) {
    if arguments[Self.phone] != nil && arguments[Self.noPhone] {
      throw .usage(
        .invalid(.contradiction(Self.phone.name, Self.noPhone.name)), usage: Self.syntax.usage)
    }
    var request = NewOrder(
      user: arguments[Self.user], name: arguments[Self.name], email: arguments[Self.email],
      product: arguments[Self.product], amount: arguments[Self.amount])
    if let phone = arguments[Self.phone] { request.phone = .some(phone) }
    if arguments[Self.noPhone] { request.phone = .some(nil) }
    self.request = request
  }

  func command(in context: CommandContext) -> Command { .createOrder(request) }
}
