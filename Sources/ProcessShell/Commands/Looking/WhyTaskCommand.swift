import ProcessEngine
import Wording

/// `why task N`: how a task came to its state.
struct WhyTaskCommand: ShellCommand {
  static let task = Argument<TaskID>("N", .taskID())
  static let syntax = CommandSyntax(
    "why task", [.value(task)],
    summary: Phrase(
      en: "explain how a task's state came about", ru: "объяснить, откуда у задачи такое состояние"),
    examples: ["why task 2"])

  let id: TaskID

  init(_ arguments: Arguments) {
    id = arguments[Self.task]
  }

  func run(in context: CommandContext) throws(ShellError) {
    let engine = context.engine
    guard let task = engine.task(id) else {
      throw .engine(.unknownTask(id, count: engine.tasks.count))
    }
    let style = context.style
    guard let latest = engine.log.indices.last(where: { engine.log[$0].task == id }) else {
      context.say(style.text(TaskPhrase.noEvents, ["id": .text("\(id)")]))
      return
    }
    let text = SessionText(engine: engine, style: style)
    let state: PhraseValues = [
      "id": .text("\(id)"), "state": .text(style.language.name(of: task.state)),
      "where": .text(text.whereabouts(task)),
    ]
    context.say(style.text(task.isOpen ? TaskPhrase.isInStateWhere : .isInState, state))
    for line in text.chain(from: latest) { context.say(line) }
  }
}
