import ProcessEngine
import Wording

/// `why not order N STATUS`: why an order is not in a status: who could set it, and what stands
/// in the way of the tasks that would.
struct WhyNotOrderCommand: ShellCommand {
  static let order = Argument<OrderID>("N", .orderID())
  static let status = Argument<OrderStatus>("STATUS", .choice())
  static let syntax = CommandSyntax(
    "why not order", [.value(order), .value(status)],
    summary: Phrase(
      en: "explain why an order is not in a status", ru: "объяснить, почему у заказа не тот статус"),
    details: Phrase(
      en:
        "Which blocks of the order's running processes set the status (or that payments set it), and what stands in the way of each task: the open steps, the delays, the waits and the waits that timed out into nothing.",
      ru:
        "Какие блоки идущих процессов заказа ставят этот статус (или что его ставят оплаты) и что мешает каждой задаче: открытые шаги, задержки, ожидания и ожидания, истёкшие в пустой выход."
    ),
    examples: ["why not order 1 completed", "why not order 2 cancelled", "why not order 1 отменён"])

  let id: OrderID
  let wanted: OrderStatus

  init(_ arguments: Arguments) {
    id = arguments[Self.order]
    wanted = arguments[Self.status]
  }

  func run(in context: CommandContext) throws(ShellError) {
    let engine = context.engine
    guard engine.order(id) != nil else {
      throw .engine(.unknownOrder(id, count: engine.orders.count))
    }
    let order = engine.orders[id.index]
    let style = context.style
    let language = style.language
    let ids: PhraseValues = ["id": .text("\(id)"), "status": .text(language.name(of: wanted))]
    guard order.status != wanted else {
      context.say(style.text(WhyNotPhrase.alreadyInStatus, ids))
      return
    }
    if wanted.isSetByPayments {
      context.say(
        style.text(
          WhyNotPhrase.setByPayments,
          [
            "id": .text("\(id)"), "status": .text(language.name(of: wanted)),
            "paid": .text("\(order.paid)"), "amount": .text("\(order.amount)"),
          ]))
      return
    }
    let running = engine.tasks(of: id).filter(\.isOpen)
    guard !running.isEmpty else {
      context.say(style.text(WhyNotPhrase.noTasks, ids))
      return
    }
    var setters: [String: [String]] = [:]
    var names: [String] = []
    for task in running {
      let definition = engine.definition(of: task)
      let blocks = definition.blocks.filter { block in
        guard case .operation(let operations) = block.kind else { return false }
        return operations.contains {
          if case .setStatus(let status, _) = $0 { return status == wanted }
          return false
        }
      }.map { "[\($0.id)]" }
      guard !blocks.isEmpty, setters[definition.name] == nil else { continue }
      setters[definition.name] = blocks
      names.append(definition.name)
    }
    if names.isEmpty { context.say(style.text(WhyNotPhrase.setByNoBlock, ids)) }
    for name in names {
      context.say(
        style.text(
          WhyNotPhrase.setByBlocks,
          [
            "process": .text(name), "status": .text(language.name(of: wanted)),
            "blocks": .text(setters[name]!.joined(separator: ", ")),
          ]))
    }
    let obstacles = Obstacles(engine: engine, style: style)
    // A child task is explained under the task that waits for it.
    for task in running
    where task.parent == nil || !running.contains(where: { $0.id == task.parent }) {
      context.say(
        style.text(
          WhyNotPhrase.taskStands,
          ["id": .text("\(task.id)"), "process": .text(engine.definition(of: task).name)]))
      for line in obstacles.lines(for: task.id) { context.say(line) }
    }
  }
}
