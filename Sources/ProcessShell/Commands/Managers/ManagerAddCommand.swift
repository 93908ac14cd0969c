import ProcessEngine

/// `manager add NAME`
struct ManagerAddCommand: EngineCommand {
  static let name = Argument<String>("NAME", .text("a name"))
  static let syntax = CommandSyntax(
    "manager add", [.value(name)], summary: "add a manager who can answer steps",
    examples: ["manager add anna"])

  let name: String

  init(_ arguments: Arguments) {
    name = arguments[Self.name]
  }

  func command(in context: CommandContext) -> Command { .addManager(name) }
}
