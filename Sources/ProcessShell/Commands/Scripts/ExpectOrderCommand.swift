import ProcessEngine
import Wording

/// `expect order N FIELD [OP] VALUE`
struct ExpectOrderCommand: ShellCommand {
  static let order = Argument<OrderID>("N", .orderID())
  static let field = Argument<OrderField>("FIELD", .choice())
  static let value = Expectation.value("VALUE") { $0.optional(field)?.kind }
  /// The fields of an order, as typed.
  private static let fields = OrderField.allCases.map(\.word).joined(separator: " ")
  static let syntax = CommandSyntax(
    "expect order", [.value(order), .value(field), .optional(Expectation.op), .rest(value)],
    summary: Phrase(
      en: "assert an order's field; a script stops at the first that fails",
      ru: "проверить поле заказа; сценарий останавливается на первой неудачной проверке"),
    details: Phrase(
      en: """
        FIELD: \(fields)
        OP is == (default) != < <= > >=; none means no value. Values are compared by type: paid == 2500.00 holds for 2500.
        """,
      ru: """
        FIELD: \(fields)
        OP: == (по умолчанию) != < <= > >=; none — нет значения. Значения сравниваются по типу: paid == 2500.00 выполняется для 2500.
        """),
    examples: [
      "expect order 1 status cancelled", "expect order 1 calls == 12",
      "expect order 1 payment-date 2026-01-07 09:01", "expect order 1 reason none",
    ])

  let order: OrderID
  let field: OrderField
  let expectation: Expectation

  init(_ arguments: Arguments) throws(ShellError) {
    order = arguments[Self.order]
    field = arguments[Self.field]
    expectation = try Expectation(
      "order \(order) \(field.word)", arguments, value: Self.value, kind: field.kind,
      syntax: Self.syntax)
  }

  func run(in context: CommandContext) throws(ShellError) {
    let engine = context.engine
    guard let found = engine.order(order) else {
      throw .engine(.unknownOrder(order, count: engine.orders.count))
    }
    try expectation.check(
      field.value(of: found, in: engine), now: engine.clock, in: context.style.language)
  }
}
