import ProcessEngine
import Wording

/// `why not task N ended`: what stands in the way of a task's end.
struct WhyNotTaskCommand: ShellCommand {
  static let task = Argument<TaskID>("N", .taskID())
  static let syntax = CommandSyntax(
    "why not task", [.value(task), .word("ended")],
    summary: Phrase(
      en: "explain what stands in the way of a task's end",
      ru: "объяснить, что мешает задаче завершиться"),
    details: Phrase(
      en:
        "Each branch still waiting and why: the open step nobody answered, the delay not yet due, the wait whose condition does not hold, the child task; and the branches that ended early, such as a wait that timed out into an empty exit.",
      ru:
        "Каждая ещё ждущая ветка и почему: открытый шаг, на который никто не ответил, задержка, срок которой не настал, ожидание, условие которого не выполнено, дочерняя задача; и ветки, закончившиеся раньше, например ожидание, истёкшее в пустой выход."
    ),
    examples: ["why not task 1 ended"])

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
    switch task.outcome {
    case .ended(let result, _, let at):
      context.say(
        style.text(
          WhyNotPhrase.taskEnded,
          [
            "id": .text("\(id)"),
            "end": .text(engine.endName(of: task) ?? style.text(OrderPhrase.none)),
            "result": .text(style.language.name(of: result)), "time": .text("\(at)"),
          ]))
    case .deleted(let at):
      context.say(
        style.text(WhyNotPhrase.taskDeleted, ["id": .text("\(id)"), "time": .text("\(at)")]))
    case .running:
      context.say(style.text(WhyNotPhrase.taskNotEnded, ["id": .text("\(id)")]))
      for line in Obstacles(engine: engine, style: style).lines(for: id) { context.say(line) }
    }
  }
}
