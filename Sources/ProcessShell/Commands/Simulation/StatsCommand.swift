import JSON
import ProcessEngine
import Wording

/// `stats`: the funnel of the whole session.
struct StatsCommand: QueryCommand {
  static let syntax = CommandSyntax.query(
    "stats",
    summary: Phrase(
      en: "the funnel: orders by status, reasons of cancellation, manager steps",
      ru: "воронка: заказы по статусам, причины отмены, шаги менеджеров"),
    examples: ["stats", "stats --json"])

  init(_ arguments: Arguments) {}

  func json(in context: CommandContext) -> JSONValue {
    SessionJSON(engine: context.engine, language: context.style.language).statistics(
      Statistics(engine: context.engine))
  }

  func writeText(in context: CommandContext) {
    let statistics = Statistics(engine: context.engine)
    context.say(
      context.style.text(
        StatsPhrase.heading,
        ["clock": .text("\(context.engine.clock)"), "n": .number(statistics.orders)]))
    for line in SessionText(engine: context.engine, style: context.style).statistics(statistics) {
      context.say(line)
    }
  }
}
