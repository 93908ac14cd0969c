import ProcessEngine
import Wording

/// `cancel order N [--reason S]`
struct CancelCommand: EngineCommand {
  static let order = Argument<OrderID>("N", .orderID { order, _ in order.status.isActual })
  static let reason = Option<String>("--reason", "S", .text(Phrase(en: "a reason", ru: "причина")))
  static let syntax = CommandSyntax(
    "cancel", [.word("order"), .value(order)], flags: [.option(reason)],
    summary: Phrase(en: "cancel an order, with a reason", ru: "отменить заказ с указанием причины"),
    examples: ["cancel order 1 --reason \"changed their mind\"", "cancel order 1"])

  let order: OrderID
  let reason: String?

  init(_ arguments: Arguments) {
    order = arguments[Self.order]
    reason = arguments[Self.reason]
  }

  func command(in context: CommandContext) -> Command { .cancel(order, reason: reason) }
}
