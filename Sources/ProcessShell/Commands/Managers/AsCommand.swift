import ProcessEngine

/// `as NAME`: who the commands that follow are done by.
struct AsCommand: EngineCommand {
  static let name = Argument<String>("NAME", .managerName)
  static let syntax = CommandSyntax(
    "as", [.value(name)], summary: "act as a manager from now on ('as admin' to go back)",
    details: "admin may answer any step; a manager answers unassigned steps and their own.",
    examples: ["as anna", "as admin"])

  let name: String

  init(_ arguments: Arguments) {
    name = arguments[Self.name]
  }

  func command(in context: CommandContext) -> Command { .actAs(name) }
}
