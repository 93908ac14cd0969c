import ProcessEngine

/// `undo [N]`: the last commands that changed the session, taken back.
struct UndoCommand: ShellCommand {
  static let steps = Argument<Int>("N", .number("a number of commands", in: 1...1_000_000))
  static let syntax = CommandSyntax(
    "undo", [.optional(steps)],
    summary: "take back the last N commands that changed the session (the clock too)",
    examples: ["undo", "undo 3"])

  let steps: Int

  init(_ arguments: Arguments) {
    steps = arguments.optional(Self.steps) ?? 1
  }

  func run(in context: CommandContext) throws(ShellError) {
    let shell = context.shell
    let available = shell.journal.count
    guard available > 0 else { throw .nothingToUndo }
    guard steps <= available else { throw .undoTooFar(available: available) }
    let undone = shell.journal.entries.suffix(steps).map(\.text)
    shell.stepBack(to: available - steps)
    context.say("undone: " + undone.joined(separator: "; "))
    context.say("now \(context.engine.clock.withWeekday)")
  }
}
