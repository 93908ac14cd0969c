import JSON
import ProcessEngine
import Wording

/// `timers [--limit N]`: the agenda.
struct TimersCommand: QueryCommand {
  static let limit = Option<Int>(
    "--limit", "N", .number(Phrase(en: "a limit", ru: "предел"), in: 1...1_000_000))
  static let syntax = CommandSyntax.query(
    "timers", flags: [.option(limit)],
    summary: Phrase(
      en: "the agenda: what fires when, for which task and order, and why",
      ru: "расписание: что и когда сработает, для какой задачи и заказа и почему"),
    examples: ["timers", "timers --limit 5"])

  let limit: Int?

  init(_ arguments: Arguments) {
    limit = arguments[Self.limit]
  }

  func json(in context: CommandContext) -> JSONValue {
    let views = SessionJSON(engine: context.engine, language: context.style.language)
    return .array(context.engine.scheduledItems(limit: limit ?? .max).map(views.timer))
  }

  func writeText(in context: CommandContext) {
    let items = context.engine.scheduledItems(limit: limit ?? .max)
    guard !items.isEmpty else {
      context.say(context.style.text(ListPhrase.nothingScheduled))
      return
    }
    let text = SessionText(engine: context.engine, style: context.style)
    for item in items { context.say(text.timerLine(item)) }
  }
}
