import JSON
import ProcessEngine

/// `orders [--status SLUG]`
struct OrdersCommand: QueryCommand {
  static let status = Option<OrderStatus>("--status", "SLUG", .choice())
  static let syntax = CommandSyntax.query(
    "orders", flags: [.option(status)],
    summary: "the orders (false ones are hidden unless asked for)",
    examples: ["orders", "orders --status cancelled"])

  let status: OrderStatus?

  init(_ arguments: Arguments) {
    status = arguments[Self.status]
  }

  /// False orders are a soft delete: hidden unless asked for by status.
  private func orders(in engine: Engine) -> [Order] {
    engine.orders.filter { status == nil ? $0.status != .false : $0.status == status }
  }

  func json(in context: CommandContext) -> JSONValue {
    .array(orders(in: context.engine).map(SessionJSON(engine: context.engine).order))
  }

  func writeText(in context: CommandContext) {
    let engine = context.engine
    let orders = orders(in: engine)
    guard !orders.isEmpty else {
      context.say(status.map { "no \($0.slug) orders" } ?? "no orders yet: 'order new' creates one")
      return
    }
    var table = Table(
      "ORDER", "STATUS", "CUSTOMER", "PRODUCT", "AMOUNT", "PAID", "MANAGER", "CALLS", "MSGS",
      "CREATED")
    for order in orders {
      table.append([
        "\(order.id)", order.status.slug,
        "\(order.user) \(engine.users[order.user.index].name)".truncated(28),
        order.product.truncated(20), "\(order.amount)", "\(order.paid)",
        order.manager.map(engine.managerName) ?? "-",
        "\(order.calls)", "\(order.messages)", order.createdAt.description,
      ])
    }
    context.write(table.render(style: context.style))
  }
}
