import ProcessEngine
import Wording

/// `advance to DATETIME`
struct AdvanceToCommand: EngineCommand {
  static let target = Argument<DateTimeExpression>("DATETIME", .dateTime)
  static let syntax = CommandSyntax(
    "advance to", [.rest(target)],
    summary: Phrase(
      en: "move virtual time to a date-time, firing everything due until then",
      ru: "передвинуть виртуальное время к дате и времени, выполнив всё, что наступит до тех пор"),
    examples: ["advance to 2026-01-10 09:00", "advance to +3d"])

  let target: DateTimeExpression

  init(_ arguments: Arguments) {
    target = arguments[Self.target]
  }

  func command(in context: CommandContext) -> Command { .advanceTo(target) }

  func conclusion(after events: Range<Int>, in context: CommandContext) -> String? {
    AdvanceCommand.conclusion(after: events, in: context)
  }
}
