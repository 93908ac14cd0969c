import ProcessEngine
import Wording

/// `quit` (or `exit`): the end of the session.
struct QuitCommand: ShellCommand {
  static let syntax = CommandSyntax(
    "quit",
    summary: Phrase(
      en: "leave the shell (Ctrl-D too; 'exit' is the same)",
      ru: "выйти из оболочки (также Ctrl-D; 'exit' — то же самое)"), examples: ["quit"])

  init(_ arguments: Arguments) {}

  func run(in context: CommandContext) {
    context.shell.quitRequested = true
  }
}
