import JSON
import ProcessEngine

/// `task N`: one task, where its branches are and what it went through.
struct TaskCommand: QueryCommand {
  static let task = Argument<TaskID>("N", .taskID())
  static let syntax = CommandSyntax.query(
    "task", [.value(task)],
    summary: "one task: its branches, open step, counters, variables and history",
    examples: ["task 1", "task 2 --json"])

  /// How many of its latest events the text shows; `log --task N` shows them all.
  static let shownHistory = 12

  let id: TaskID

  init(_ arguments: Arguments) {
    id = arguments[Self.task]
  }

  private func task(in engine: Engine) throws(ShellError) -> ProcessTask {
    guard let task = engine.task(id) else {
      throw .engine(.unknownTask(id, count: engine.tasks.count))
    }
    return task
  }

  func json(in context: CommandContext) throws(ShellError) -> JSONValue {
    let engine = context.engine
    guard case .object(var object) = SessionJSON(engine: engine).task(try task(in: engine)) else {
      return .null
    }
    object["children"] = .array(engine.children(of: id).map { .id($0) })
    return .object(object)
  }

  func writeText(in context: CommandContext) throws(ShellError) {
    let engine = context.engine
    let style = context.style
    let task = try task(in: engine)
    let definition = engine.definition(of: task)
    let text = SessionText(engine: engine, style: style)
    var title =
      style.bold(style.text(EventPhrase.task, ["id": .text("\(id)")]))
      + style.text(
        OrderPhrase.taskOn,
        [
          "process": .text(definition.name), "subject": .text(text.subjectName(task.subject)),
          "state": .text(task.state.rawValue),
        ])
    if let parent = task.parent {
      title += style.text(OrderPhrase.subProcessOf, ["parent": .text("\(parent)")])
    }
    context.say(title)
    context.say(
      "  manager    \(task.manager.map(engine.managerName) ?? "none (anyone may answer)")")
    context.say("  started    \(task.startedAt)")
    if !definition.counters.isEmpty {
      context.say(
        "  counters   "
          + definition.counters.map { "\($0) = \(engine.counter($0, of: task) ?? 0)" }.joined(
            separator: ", "))
    }
    let variables = engine.process(task.definition).variables.compactMap { name -> String? in
      switch engine.variable(name, of: task) {
      case .date(let date)?: return "\(name) = \(date)"
      case .text(let text)?: return "\(name) = \"\(engine.text(text))\""
      case nil: return nil
      }
    }
    if !variables.isEmpty { context.say("  variables  " + variables.joined(separator: ", ")) }
    let renderer = EventRenderer(engine: engine, style: style)
    switch task.outcome {
    case .ended(let result, _, let at):
      context.say(
        "  ended      \(engine.endName(of: task) ?? "none") (\(result.rawValue)) at \(at)")
    case .deleted(let at):
      context.say("  deleted    at \(at)")
    case .running:
      for branch in engine.branches(of: id) {
        let label = renderer.blockLabel(task: id, block: branch.block)
        switch branch.state {
        case .asking:
          guard case .question(let question) = definition[branch.block].kind else { continue }
          context.say(
            "  asks       \(label): "
              + question.options.map { "\($0.key) (\($0.kind.mark))" }.joined(separator: " | "))
          context.say(
            "             waiting since \(branch.since) (\((engine.clock - branch.since).description))"
          )
          if !question.script.isEmpty { context.say("             script: \(question.script)") }
        case .sleeping:
          context.say("  sleeps     \(label), since \(branch.since)")
        case .waiting:
          context.say("  waits      \(label), since \(branch.since)")
        case .awaitingChild(let child):
          context.say("  runs       \(label) → task \(child)")
        }
      }
    }
    let children = engine.children(of: id)
    if !children.isEmpty {
      context.say("  children   " + children.map { "task \($0)" }.joined(separator: ", "))
    }
    let history = engine.log.indices.filter { engine.log[$0].task == id }
    let more =
      history.count > Self.shownHistory
      ? "; the last \(Self.shownHistory), 'log --task \(id)' for all" : ""
    context.say("history (\(history.count) events\(more)):")
    for index in history.suffix(Self.shownHistory) {
      context.say("  " + renderer.line(for: engine.log[index]))
    }
  }
}
