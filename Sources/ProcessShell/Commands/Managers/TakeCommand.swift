import ProcessEngine
import Wording

/// `take task N`
struct TakeCommand: EngineCommand {
  static let task = Argument<TaskID>("N", .taskID { task, _ in task.isOpen })
  static let syntax = CommandSyntax(
    "take", [.word("task"), .value(task)],
    summary: Phrase(
      en: "assign a task to the acting manager", ru: "назначить задачу на действующего менеджера"),
    examples: ["take task 2"])

  let task: TaskID

  init(_ arguments: Arguments) {
    task = arguments[Self.task]
  }

  func command(in context: CommandContext) -> Command { .takeTask(task) }
}
