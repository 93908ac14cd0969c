import ProcessEngine
import Wording

/// `as NAME`: who the commands that follow are done by.
struct AsCommand: EngineCommand {
  static let name = Argument<String>("NAME", .managerName)
  static let syntax = CommandSyntax(
    "as", [.value(name)],
    summary: Phrase(
      en: "act as a manager from now on ('as admin' to go back)",
      ru: "действовать от имени менеджера ('as admin' — вернуться)"),
    details: Phrase(
      en: "admin may answer any step; a manager answers unassigned steps and their own.",
      ru: "admin может ответить на любой шаг; менеджер — на неназначенные и на свои."),
    examples: ["as anna", "as admin"])

  let name: String

  init(_ arguments: Arguments) {
    name = arguments[Self.name]
  }

  func command(in context: CommandContext) -> Command { .actAs(name) }
}
