import ProcessEngine

/// `restore NAME`: back to a checkpoint.
struct RestoreCommand: ShellCommand {
  static let name = Argument<String>(
    "NAME",
    ValueType.text("a checkpoint's name").completing { _ in [] })
  static let syntax = CommandSyntax(
    "restore", [.value(name)], summary: "go back to a checkpoint",
    examples: ["restore before-calls"])

  let name: String

  init(_ arguments: Arguments) {
    name = arguments[Self.name]
  }

  func run(in context: CommandContext) throws(ShellError) {
    let shell = context.shell
    guard let checkpoint = shell.checkpoints.first(where: { $0.name == name }) else {
      throw .noCheckpoint(name, existing: shell.checkpoints.map(\.name))
    }
    let steps = shell.journal.count - checkpoint.journalLength
    try shell.stepBack(to: checkpoint.journalLength)
    context.say(
      "restored \(name): \(counted(steps, "command")) taken back; now \(context.engine.clock.withWeekday)"
    )
  }
}
