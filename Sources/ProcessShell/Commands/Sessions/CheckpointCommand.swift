import ProcessEngine
import Wording

/// `checkpoint NAME`: a moment to come back to.
struct CheckpointCommand: ShellCommand {
  static let name = Argument<String>("NAME", .text(Phrase(en: "a name", ru: "имя")))
  static let syntax = CommandSyntax(
    "checkpoint", [.value(name)],
    summary: Phrase(en: "remember this moment of the session", ru: "запомнить этот момент сессии"),
    examples: ["checkpoint before-calls"])

  let name: String

  init(_ arguments: Arguments) {
    name = arguments[Self.name]
  }

  func run(in context: CommandContext) throws(ShellError) {
    let shell = context.shell
    let length = shell.journal.count
    let earlier = shell.journal.checkpoints.first { $0.name == name && $0.step != length }
    shell.journal.checkpoint(name)
    try shell.autosave()
    context.say(
      context.style.text(
        HistoryPhrase.checkpoint,
        ["name": .text(name), "clock": .text("\(context.engine.clock)"), "n": .number(length)]))
    // A name used again moves its checkpoint: say so, for whoever meant to come back to the
    // first place (`restore` can no longer reach it).
    if let earlier {
      shell.warn(
        context.style.text(
          HistoryPhrase.checkpointMoved, ["name": .text(name), "n": .number(earlier.step)]))
    }
  }
}
