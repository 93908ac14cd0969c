import JSON
import ProcessEngine
import Wording

/// `orders [--status SLUG]`
struct OrdersCommand: QueryCommand {
  static let status = Option<OrderStatus>("--status", "SLUG", .choice())
  static let syntax = CommandSyntax.query(
    "orders", flags: [.option(status)],
    summary: Phrase(
      en: "the orders (false ones are hidden unless asked for)",
      ru: "заказы (ложные скрыты, если их не запросить)"),
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
    .array(
      orders(in: context.engine).map(
        SessionJSON(engine: context.engine, language: context.style.language).order))
  }

  func writeText(in context: CommandContext) {
    let engine = context.engine
    let orders = orders(in: engine)
    let style = context.style
    guard !orders.isEmpty else {
      context.say(
        status.map {
          style.text(ListPhrase.noOrdersInStatus, ["status": .text(style.language.name(of: $0))])
        }
          ?? (engine.orders.isEmpty
            ? style.text(ListPhrase.noOrders)
            : style.text(ListPhrase.onlyFalseOrders, ["n": .number(engine.orders.count)])))
      return
    }
    let headers: [ListPhrase] = [
      .orderHeader, .statusHeader, .customerHeader, .productHeader, .amountHeader, .paidHeader,
      .managerHeader, .callsHeader, .messagesHeader, .createdHeader,
    ]
    var table = Table(headers.map { style.text($0) })
    for order in orders {
      table.append([
        "\(order.id)", style.language.name(of: order.status),
        "\(order.user) \(engine.users[order.user.index].name)".truncated(28),
        order.product.truncated(20), "\(order.amount)", "\(order.paid)",
        order.manager.map(engine.managerName) ?? "-",
        "\(order.calls)", "\(order.messages)", order.createdAt.description,
      ])
    }
    context.write(table.render(style: style))
  }
}
