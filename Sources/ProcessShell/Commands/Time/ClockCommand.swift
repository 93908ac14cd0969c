import JSON
import ProcessEngine
import Wording

/// `clock`: the virtual time.
struct ClockCommand: QueryCommand {
  static let syntax = CommandSyntax.query(
    "clock", summary: Phrase(en: "show the virtual time", ru: "показать виртуальное время"),
    details: Phrase(
      en:
        "A new session starts at 2026-01-05 09:00, a Monday. 'clock set' moves it before the first order.",
      ru:
        "Новая сессия начинается 2026-01-05 в 09:00, в понедельник. 'clock set' переводит часы до первого заказа."
    ),
    examples: ["clock", "clock --json"])

  init(_ arguments: Arguments) {}

  func writeText(in context: CommandContext) {
    context.say(context.style.language.withWeekday(context.engine.clock))
  }

  func json(in context: CommandContext) -> JSONValue {
    ["clock": .string(context.engine.clock.isoDescription)]
  }
}
