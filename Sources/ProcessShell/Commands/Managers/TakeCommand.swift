import ProcessEngine

/// `take task N`
struct TakeCommand: EngineCommand {
  static let task = Argument<TaskID>("N", .taskID { task, _ in task.isOpen })
  static let syntax = CommandSyntax(
    "take", [.word("task"), .value(task)], summary: "assign a task to the acting manager",
    examples: ["take task 2"])

  let task: TaskID

  init(_ arguments: Arguments) {
    task = arguments[Self.task]
  }

  func command(in context: CommandContext) -> Command { .takeTask(task) }
}
