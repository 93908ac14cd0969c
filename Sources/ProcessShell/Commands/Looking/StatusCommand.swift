import JSON
import ProcessEngine
import Wording

/// `status`: what is waiting on whom, and what happens next.
struct StatusCommand: QueryCommand {
  static let syntax = CommandSyntax.query(
    "status",
    summary: Phrase(
      en:
        "the clock, the acting user, actual orders by status, open manager steps and what happens next",
      ru:
        "часы, действующий пользователь, актуальные заказы по статусам, открытые шаги менеджеров и что будет дальше"
    ),
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
    let views = SessionJSON(engine: engine, language: context.style.language)
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
    let language = style.language
    func say(_ phrase: StatusPhrase, _ values: PhraseValues = [:]) {
      context.say(style.text(phrase, values))
    }
    say(.clock, ["clock": .text(language.withWeekday(engine.clock))])
    say(.acting, ["manager": .text(engine.managerName(engine.actingUser))])
    let counts = countsByStatus(engine)
    let actual = counts.filter { $0.status.isActual }
    let closed = counts.filter { !$0.status.isActual && $0.status != .false }
    func inStatus(_ count: (status: OrderStatus, count: Int)) -> String {
      style.text(
        StatusPhrase.ordersInStatus,
        ["n": .number(count.count), "status": .text(style.status(count.status))])
    }
    var orders = style.text(
      StatusPhrase.actualOrders, ["n": .number(actual.reduce(0) { $0 + $1.count })])
    if !actual.isEmpty {
      orders +=
        ": " + actual.map(inStatus).joined(separator: ", ")
    }
    if !closed.isEmpty {
      orders +=
        "; " + closed.map(inStatus).joined(separator: ", ")
    }
    say(.orders, ["summary": .text(orders)])
    if !engine.mailings.isEmpty {
      let started = engine.mailings.filter(\.isStarted).count
      say(
        .mailings,
        [
          "started": .number(started), "stopped": .number(engine.mailings.count - started),
          "sent": .number(engine.mailings.reduce(0) { $0 + $1.sent }),
          "opened": .number(engine.mailings.reduce(0) { $0 + $1.opened }),
        ])
    }
    let steps = engine.openSteps
    if steps.isEmpty {
      say(.noOpenSteps)
    } else {
      say(.openSteps, ["n": .number(steps.count)])
      let headers: [StatusPhrase] = [
        .taskHeader, .orderHeader, .stepHeader, .optionsHeader, .managerHeader, .waitingHeader,
      ]
      var table = Table(headers.map { style.text($0) })
      for step in steps.prefix(Self.shownSteps) {
        table.append([
          "\(step.task)", step.order.map { "\($0)" } ?? "-",
          "[\(engine.blockID(step.task, step.block))] \(step.question.key)",
          step.question.options.map(\.key).joined(separator: " | "),
          step.manager.map(engine.managerName) ?? style.text(StatusPhrase.anyone),
          language.duration(engine.clock - step.since),
        ])
      }
      context.write(table.render(style: style, indent: 2))
      if steps.count > Self.shownSteps {
        say(.moreSteps, ["n": .number(steps.count - Self.shownSteps)])
      }
    }
    let next = engine.scheduledItems(limit: 5)
    if next.isEmpty {
      say(.nothingScheduled)
    } else {
      say(.next)
      let text = SessionText(engine: engine, style: style)
      for item in next { context.say("  " + text.timerLine(item)) }
    }
  }
}
