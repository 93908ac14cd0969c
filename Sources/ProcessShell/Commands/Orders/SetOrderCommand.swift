import ProcessEngine
import Wording

/// `set order N status SLUG [--reason S]`: a manager changes an order's status by hand.
struct SetOrderCommand: EngineCommand {
  static let order = Argument<OrderID>("N", .orderID())
  static let status = Argument<OrderStatus>("SLUG", .choice { !$0.isSetByPayments })
  static let reason = Option<String>("--reason", "S", .text(Phrase(en: "a reason", ru: "причина")))
  static let syntax = CommandSyntax(
    "set order", [.value(order), .word("status"), .value(status)], flags: [.option(reason)],
    summary: Phrase(
      en: "change an order's status (not completed or partially-paid: payments set those)",
      ru: "изменить статус заказа (кроме completed и partially-paid: их ставят оплаты)"),
    examples: [
      "set order 1 status postponed", "set order 1 status cancelled --reason \"no budget\"",
    ])

  let order: OrderID
  let status: OrderStatus
  let reason: String?

  init(_ arguments: Arguments) {
    order = arguments[Self.order]
    status = arguments[Self.status]
    reason = arguments[Self.reason]
  }

  func command(in context: CommandContext) -> Command {
    .setOrderStatus(order, status, reason: reason)
  }
}
