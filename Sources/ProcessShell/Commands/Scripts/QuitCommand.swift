import ProcessEngine

/// `quit` (or `exit`): the end of the session.
struct QuitCommand: ShellCommand {
  static let syntax = CommandSyntax(
    "quit", summary: "leave the shell (Ctrl-D too; 'exit' is the same)", examples: ["quit"])

  init(_ arguments: Arguments) {}

  func run(in context: CommandContext) {
    context.shell.quitRequested = true
  }
}
