import ProcessEngine
import Wording

/// `pay order N [AMOUNT]`: the customer pays.
struct PayCommand: EngineCommand {
  static let order = Argument<OrderID>(
    "N", .orderID { order, _ in order.status.acceptsPayments && order.remaining > .zero })
  static let amount = Argument<Money>("AMOUNT", .amount)
  static let syntax = CommandSyntax(
    "pay", [.word("order"), .value(order), .optional(amount)],
    summary: Phrase(
      en: "the customer pays: the whole remaining amount, or part of it",
      ru: "клиент платит: весь остаток суммы или его часть"),
    details: Phrase(
      en:
        "Reaching the amount completes the order; less makes it partially-paid. Cancelled and false orders cannot be paid.",
      ru:
        "Оплата всей суммы завершает заказ, неполная делает его частично оплаченным. Отменённые и ложные заказы оплатить нельзя."
    ),
    examples: ["pay order 1", "pay order 1 2500"])

  let order: OrderID
  let amount: Money?

  init(_ arguments: Arguments) {
    order = arguments[Self.order]
    amount = arguments.optional(Self.amount)
  }

  func command(in context: CommandContext) -> Command { .pay(order, amount) }
}
