import JSON
import ProcessEngine

/// `clock`: the virtual time.
struct ClockCommand: QueryCommand {
  static let syntax = CommandSyntax.query(
    "clock", summary: "show the virtual time",
    details:
      "A new session starts at 2026-01-05 09:00, a Monday. 'clock set' moves it before the first order.",
    examples: ["clock", "clock --json"])

  init(_ arguments: Arguments) {}

  func writeText(in context: CommandContext) {
    context.say(context.style.language.withWeekday(context.engine.clock))
  }

  func json(in context: CommandContext) -> JSONValue {
    ["clock": .string(context.engine.clock.isoDescription)]
  }
}
