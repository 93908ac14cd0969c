import ProcessEngine
import Wording

/// `process run NAME order N`: a launch by hand.
struct ProcessRunCommand: EngineCommand {
  static let name = Argument<String>("NAME", .processName)
  static let order = Argument<OrderID>("N", .orderID())
  static let syntax = CommandSyntax(
    "process run", [.value(name), .word("order"), .value(order)],
    summary: Phrase(
      en: "launch a process on an order by hand (the entry condition is not checked)",
      ru: "запустить процесс для заказа вручную (условие входа не проверяется)"),
    examples: ["process run call-3-days order 1"])

  let name: String
  let order: OrderID

  init(_ arguments: Arguments) {
    name = arguments[Self.name]
    order = arguments[Self.order]
  }

  func command(in context: CommandContext) -> Command { .runProcess(name, order: order) }
}
