import ProcessEngine

/// `why task N`: how a task came to its state.
struct WhyTaskCommand: ShellCommand {
  static let task = Argument<TaskID>("N", .taskID())
  static let syntax = CommandSyntax(
    "why task", [.value(task)], summary: "explain how a task's state came about",
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
    guard let latest = engine.log.indices.last(where: { engine.log[$0].task == id }) else {
      context.say("task \(id) has no events")
      return
    }
    let text = SessionText(engine: engine, style: context.style)
    context.say(
      "task \(id) is \(task.state.rawValue)"
        + (task.isOpen ? " (\(text.whereabouts(task)))" : "") + ", because:")
    for line in text.chain(from: latest) { context.say(line) }
  }
}
