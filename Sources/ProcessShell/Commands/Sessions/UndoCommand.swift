import ProcessEngine
import Wording

/// `undo [N]`: the last commands that changed the session, taken back; a `load` counts as one
/// and brings back the session it replaced.
struct UndoCommand: ShellCommand {
  static let steps = Argument<Int>(
    "N", .number(Phrase(en: "a number of commands", ru: "число команд"), in: 1...1_000_000))
  static let syntax = CommandSyntax(
    "undo", [.optional(steps)],
    summary: Phrase(
      en: "take back the last N commands that changed the session (the clock too)",
      ru: "отменить последние N команд, изменивших сессию (и часы тоже)"),
    details: Phrase(
      en: "A 'load' is one command: undoing it brings back the session it replaced.",
      ru: "'load' — одна команда: её отмена возвращает сессию, которую она заменила."),
    examples: ["undo", "undo 3"])

  let steps: Int

  init(_ arguments: Arguments) {
    steps = arguments.optional(Self.steps) ?? 1
  }

  func run(in context: CommandContext) throws(ShellError) {
    let shell = context.shell
    let available =
      shell.journal.undoableCount + shell.replaced.reduce(0) { $0 + $1.journal.undoableCount + 1 }
    guard available > 0 else { throw .nothingToUndo }
    guard steps <= available else { throw .undoTooFar(available: available) }
    var remaining = steps
    var undone: [String] = []
    while remaining > shell.journal.undoableCount {
      // Past the start of this session: undo the `load` that began it.
      let replaced = shell.replaced.removeLast()
      let typed = shell.journal.undoableCount
      undone = shell.journal.entries.suffix(typed).map(\.text) + undone
      undone.insert(replaced.text, at: 0)
      remaining -= typed + 1
      shell.updateRecording { (recording) throws(ShellError) in
        try recording.dropLast(typed + 1)
      }
      shell.adopt(replaced.engine)
      shell.journal = replaced.journal
    }
    undone = shell.journal.entries.suffix(remaining).map(\.text) + undone
    try shell.stepBack(to: shell.journal.count - remaining)
    let language = context.style.language
    context.say(
      language.text(HistoryPhrase.undone, ["commands": .text(undone.joined(separator: "; "))]))
    context.say(
      language.text(HistoryPhrase.now, ["clock": .text(language.withWeekday(context.engine.clock))])
    )
  }
}
