import ProcessEngine
import Wording

/// `manager add NAME`
struct ManagerAddCommand: EngineCommand {
  static let name = Argument<String>("NAME", .text(Phrase(en: "a name", ru: "имя")))
  static let syntax = CommandSyntax(
    "manager add", [.value(name)],
    summary: Phrase(
      en: "add a manager who can answer steps",
      ru: "добавить менеджера, который может отвечать на шаги"),
    examples: ["manager add anna"])

  let name: String

  init(_ arguments: Arguments) {
    name = arguments[Self.name]
  }

  func command(in context: CommandContext) -> Command { .addManager(name) }
}
