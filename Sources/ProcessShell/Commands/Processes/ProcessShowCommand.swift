import JSON
import ProcessEngine

/// `process show NAME [--task N]`: a definition block by block, and where a task's branches are.
struct ProcessShowCommand: QueryCommand {
  static let name = Argument<String>("NAME", .processName)
  static let task = Option<TaskID>("--task", "N", .taskID())
  static let syntax = CommandSyntax.query(
    "process show", [.value(name)], flags: [.option(task)],
    summary: "the blocks and their wiring; with --task, where that task's branches are",
    examples: ["process show order-processing", "process show call-3-days --task 2"])

  let name: String
  let task: TaskID?

  init(_ arguments: Arguments) {
    name = arguments[Self.name]
    task = arguments[Self.task]
  }

  /// The version of the process to show (the task's own, which may be older) and the task's
  /// branches.
  private func subject(in engine: Engine) throws(ShellError) -> (LoadedProcess, [Engine.Branch]) {
    guard let current = engine.currentProcess(named: name) else {
      throw .engine(
        .unknownProcess(name, suggestion: Suggestion.closest(to: name, among: engine.processNames)))
    }
    guard let task else { return (current, []) }
    guard let found = engine.task(task) else {
      throw .engine(.unknownTask(task, count: engine.tasks.count))
    }
    guard engine.process(found.definition).name == name else {
      throw .taskRunsOtherProcess(task, runs: engine.definition(of: found).name, asked: name)
    }
    return (engine.process(found.definition), engine.branches(of: task))
  }

  func json(in context: CommandContext) throws(ShellError) -> JSONValue {
    let (process, branches) = try subject(in: context.engine)
    let definition = process.definition
    guard case .object(var object) = definition.json else { return definition.json }
    if let task {
      object["task"] = .id(task)
      object["branches"] = .array(
        branches.map { ["block": .string(definition[$0.block].id), "since": .instant($0.since)] })
    }
    return .object(object)
  }

  func writeText(in context: CommandContext) throws(ShellError) {
    let (process, branches) = try subject(in: context.engine)
    let definition = process.definition
    let style = context.style
    var header =
      style.bold(definition.name)
      + ": \(definition.title) — over \(definition.object.rawValue)s, launch \(definition.launch.name)"
    if case .periodic(let interval) = definition.launch { header += " every \(interval)" }
    header += process.isStarted ? " (started)" : " (not started)"
    context.say(header)
    if definition.entry != .always {
      context.say("entry: \(definition.entry.text(counters: definition.counters))")
    }
    if !definition.counters.isEmpty {
      context.say("counters: \(definition.counters.joined(separator: ", "))")
    }
    var table = Table("", "BLOCK", "TYPE", "TITLE", "DOES", "EXITS")
    for (index, block) in definition.blocks.enumerated() {
      let here = branches.contains { $0.block.index == index }
      table.append([
        here ? "▶" : "", block.id, block.kind.typeName, block.title.truncated(32),
        BlockDescription.describe(block.kind, counters: definition.counters).truncated(90),
        BlockDescription.exits(of: block),
      ])
    }
    context.write(table.render(style: style))
    guard let task else { return }
    context.say("task \(task) is at:")
    for branch in branches {
      let label = "[\(definition[branch.block].id)] \(definition[branch.block].displayTitle)"
      switch branch.state {
      case .asking: context.say("  ▶ \(label): asking since \(branch.since)")
      case .sleeping: context.say("  ▶ \(label): sleeping since \(branch.since)")
      case .waiting: context.say("  ▶ \(label): waiting since \(branch.since)")
      case .awaitingChild(let child): context.say("  ▶ \(label): waiting for task \(child)")
      }
    }
    if branches.isEmpty {
      context.say("  nowhere: it is \(context.engine.tasks[task.index].state.rawValue)")
    }
  }
}
