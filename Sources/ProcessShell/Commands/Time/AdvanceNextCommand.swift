import ProcessEngine
import Wording

/// `advance next`: what a trainer presses to see what happens next.
struct AdvanceNextCommand: EngineCommand {
  static let syntax = CommandSyntax(
    "advance next",
    summary: Phrase(
      en: "jump to the next agenda item and fire everything due then",
      ru: "перейти к следующему пункту расписания и выполнить всё, что назначено на этот момент"),
    examples: ["advance next"])

  init(_ arguments: Arguments) {}

  func command(in context: CommandContext) -> Command { .advanceToNext }

  func conclusion(after events: Range<Int>, in context: CommandContext) -> String? {
    AdvanceCommand.conclusion(after: events, in: context)
  }
}
