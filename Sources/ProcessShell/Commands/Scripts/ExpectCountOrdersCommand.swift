import ProcessEngine
import Wording

/// `expect count orders [FIELD VALUE]... [OP] N`
struct ExpectCountOrdersCommand: ShellCommand {
  static let field = Argument<OrderField>("FIELD", .choice())
  static let filter = Expectation.value("VALUE") { $0.optional(field)?.kind }
  static let count = Expectation.value("N") { _ in .count }
  static let syntax = CommandSyntax(
    "expect count orders", [.pairs(field, filter), .optional(Expectation.op), .value(count)],
    summary: Phrase(
      en: "assert how many orders match every filter",
      ru: "проверить, сколько заказов подходят под все фильтры"),
    details: Phrase(
      en: "False orders are left out unless a status filter is given.",
      ru: "Ложные заказы не считаются, если нет фильтра по status."),
    examples: [
      "expect count orders 3", "expect count orders status cancelled 2",
      "expect count orders status completed >= 1",
    ])

  let filters: [(field: OrderField, value: Expectation.Expected)]
  let expectation: Expectation

  init(_ arguments: Arguments) throws(ShellError) {
    filters = Array(zip(arguments.all(Self.field), arguments.all(Self.filter)))
    let described = filters.map { " \($0.field.word) \($0.value.written)" }.joined()
    expectation = try Expectation(
      "count orders\(described)", arguments, value: Self.count, kind: .count, syntax: Self.syntax)
  }

  func run(in context: CommandContext) throws(ShellError) {
    let engine = context.engine
    let wanted = filters.map { ($0.field, $0.value.value.resolved(now: engine.clock)) }
    // False orders are a soft delete: counted only when a status filter asks for them.
    let filtersStatus = filters.contains { $0.field == .status }
    let count = engine.orders.reduce(0) { count, order in
      if !filtersStatus && order.status == .false { return count }
      let matches = wanted.allSatisfy { $0.0.value(of: order, in: engine) == $0.1 }
      return matches ? count + 1 : count
    }
    try expectation.check(.number(Int64(count)), now: engine.clock, in: context.style.language)
  }
}
