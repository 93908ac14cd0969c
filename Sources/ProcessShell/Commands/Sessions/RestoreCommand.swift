import ProcessEngine
import Wording

/// `restore NAME`: back to a checkpoint.
struct RestoreCommand: ShellCommand {
  static let name = Argument<String>(
    "NAME",
    ValueType.text(Phrase(en: "a checkpoint's name", ru: "имя контрольной точки")).completing {
      context in context.checkpoints
    })
  static let syntax = CommandSyntax(
    "restore", [.value(name)],
    summary: Phrase(en: "go back to a checkpoint", ru: "вернуться к контрольной точке"),
    examples: ["restore before-calls"])

  let name: String

  init(_ arguments: Arguments) {
    name = arguments[Self.name]
  }

  func run(in context: CommandContext) throws(ShellError) {
    let shell = context.shell
    guard let checkpoint = shell.journal.checkpoints.first(where: { $0.name == name }) else {
      throw .noCheckpoint(name, existing: shell.journal.checkpoints.map(\.name))
    }
    let steps = shell.journal.count - checkpoint.step
    try shell.stepBack(to: checkpoint.step)
    let language = context.style.language
    context.say(
      language.text(
        HistoryPhrase.restored,
        [
          "name": .text(name), "n": .number(steps),
          "clock": .text(language.withWeekday(context.engine.clock)),
        ]))
  }
}
