import JSON
import ProcessEngine

/// `status`: what is waiting on whom, and what happens next.
struct StatusCommand: QueryCommand {
  static let syntax = CommandSyntax.query(
    "status",
    summary:
      "the clock, the acting user, actual orders by status, open manager steps and what happens next",
    examples: ["status", "status --json"])

  /// How many open steps the text shows; `tasks --state waiting` lists them all.
  static let shownSteps = 20

  init(_ arguments: Arguments) {}

  /// Orders by status, in the order of `OrderStatus.allCases`.
  private func countsByStatus(_ engine: Engine) -> [(status: OrderStatus, count: Int)] {
    var counts: [OrderStatus: Int] = [:]
    for order in engine.orders { counts[order.status, default: 0] += 1 }
    return OrderStatus.allCases.compactMap { status in
      counts[status].map { (status, $0) }
    }
  }

  func json(in context: CommandContext) -> JSONValue {
    let engine = context.engine
    let counts = countsByStatus(engine)
    var byStatus = JSONObject()
    for (status, count) in counts { byStatus[status.slug] = .integer(Int64(count)) }
    let actual = counts.filter { $0.status.isActual }.reduce(0) { $0 + $1.count }
    let views = SessionJSON(engine: engine)
    return [
      "clock": .instant(engine.clock),
      "acting": .string(engine.managerName(engine.actingUser)),
      "orders": ["actual": .integer(Int64(actual)), "by-status": .object(byStatus)],
      "open-steps": .array(engine.openSteps.map(views.step)),
      "next": .array(engine.scheduledItems(limit: 5).map(views.timer)),
    ]
  }

  func writeText(in context: CommandContext) {
    let engine = context.engine
    let style = context.style
    context.say("clock    \(engine.clock.withWeekday)")
    context.say("acting   \(engine.managerName(engine.actingUser))")
    let counts = countsByStatus(engine)
    let actual = counts.filter { $0.status.isActual }
    let closed = counts.filter { !$0.status.isActual && $0.status != .false }
    var orders = "orders   \(actual.reduce(0) { $0 + $1.count }) actual"
    if !actual.isEmpty {
      orders +=
        ": " + actual.map { "\($0.count) \(style.status($0.status))" }.joined(separator: ", ")
    }
    if !closed.isEmpty {
      orders +=
        "; " + closed.map { "\($0.count) \(style.status($0.status))" }.joined(separator: ", ")
    }
    context.say(orders)
    let steps = engine.openSteps
    if steps.isEmpty {
      context.say("open manager steps: none")
    } else {
      context.say("open manager steps: \(steps.count)")
      var table = Table("TASK", "ORDER", "STEP", "OPTIONS", "MANAGER", "WAITING")
      for step in steps.prefix(Self.shownSteps) {
        table.append([
          "\(step.task)", step.order.map { "\($0)" } ?? "-",
          "[\(engine.blockID(step.task, step.block))] \(step.question.key)",
          step.question.options.map(\.key).joined(separator: " | "),
          step.manager.map(engine.managerName) ?? "anyone",
          (engine.clock - step.since).description,
        ])
      }
      context.write(table.render(style: style).indented)
      if steps.count > Self.shownSteps {
        context.say("  … and \(steps.count - Self.shownSteps) more (tasks --state waiting)")
      }
    }
    let next = engine.scheduledItems(limit: 5)
    if next.isEmpty {
      context.say("next: nothing is scheduled")
    } else {
      context.say("next:")
      let text = SessionText(engine: engine, style: style)
      for item in next { context.say("  " + text.timerLine(item)) }
    }
  }
}
