import JSON
import ProcessEngine
import Wording

/// `log [--order N] [--task N] [--last N]`: the event log.
struct LogCommand: QueryCommand {
  static let order = Option<OrderID>("--order", "N", .orderID())
  static let task = Option<TaskID>("--task", "N", .taskID())
  static let last = Option<Int>(
    "--last", "N",
    .number(Phrase(en: "a number of events", ru: "число событий"), in: 1...100_000_000))
  static let syntax = CommandSyntax.query(
    "log", flags: [.option(order), .option(task), .option(last)],
    summary: Phrase(en: "the event log", ru: "журнал событий"),
    examples: ["log --order 1", "log --last 20"])

  let order: OrderID?
  let task: TaskID?
  let last: Int?

  init(_ arguments: Arguments) {
    order = arguments[Self.order]
    task = arguments[Self.task]
    last = arguments[Self.last]
  }

  /// The positions of the events shown.
  private func events(in engine: Engine) -> [Int] {
    var indices = engine.log.indices.filter { index in
      let event = engine.log[index]
      // An order's events include what its tasks did to its customer (a phone cleared).
      if let order, event.order != order,
        event.task.flatMap({ engine.tasks[$0.index].order }) != order
      {
        return false
      }
      if let task, event.task != task { return false }
      return true
    }
    if let last, indices.count > last { indices = Array(indices.suffix(last)) }
    return indices
  }

  func json(in context: CommandContext) -> JSONValue {
    let views = SessionJSON(engine: context.engine, language: context.style.language)
    return .array(events(in: context.engine).map(views.event))
  }

  func writeText(in context: CommandContext) {
    let indices = events(in: context.engine)
    guard !indices.isEmpty else {
      context.say(context.style.text(ShellPhrase.noEvents))
      return
    }
    let renderer = EventRenderer(engine: context.engine, style: context.style)
    for index in indices { context.say(renderer.line(for: context.engine.log[index])) }
  }
}
