import JSON
import ProcessEngine
import Wording

/// `process show NAME [--task N]`: a definition block by block, and where a task's branches are.
struct ProcessShowCommand: QueryCommand {
  static let name = Argument<String>("NAME", .processName)
  static let task = Option<TaskID>("--task", "N", .taskID())
  static let syntax = CommandSyntax.query(
    "process show", [.value(name)], flags: [.option(task)],
    summary: Phrase(
      en: "the blocks and their wiring; with --task, where that task's branches are",
      ru: "блоки и связи между ними; с --task — где находятся ветки этой задачи"),
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
    let language = style.language
    func say(_ phrase: BlockPhrase, _ values: PhraseValues = [:]) -> String {
      language.text(phrase, values)
    }
    var launch = language.name(of: definition.launch)
    if case .periodic(let interval) = definition.launch {
      launch += style.text(StatusPhrase.every, ["interval": .text(language.duration(interval))])
    }
    context.say(
      style.bold(definition.name) + ": "
        + say(
          .heading,
          [
            "title": .text(language.title(of: definition)),
            "over": .text(say(definition.object == .order ? .overOrders : .overUsers)),
            "launch": .text(launch),
            "started": .text(say(process.isStarted ? .started : .notStarted)),
          ]))
    if definition.entry != .always {
      context.say(
        say(.entry, ["condition": .text(definition.entry.text(counters: definition.counters))]))
    }
    if !definition.counters.isEmpty {
      context.say(
        say(.counters, ["counters": .text(definition.counters.joined(separator: ", "))]))
    }
    let headers: [BlockPhrase] = [
      .blockHeader, .typeHeader, .titleHeader, .doesHeader, .exitsHeader,
    ]
    var table = Table([""] + headers.map { say($0) })
    let description = BlockDescription(language: language, counters: definition.counters)
    for (index, block) in definition.blocks.enumerated() {
      let here = branches.contains { $0.block.index == index }
      table.append([
        here ? "▶" : "", block.id, language.name(of: block.kind),
        language.title(of: block).truncated(32),
        description.describe(block.kind).truncated(90), BlockDescription.exits(of: block),
      ])
    }
    context.write(table.render(style: style))
    guard let task else { return }
    context.say(say(.taskIsAt, ["id": .text("\(task)")]))
    for branch in branches {
      let block = definition[branch.block]
      let values: PhraseValues = [
        "block": .text("[\(block.id)] \(language.title(of: block))"),
        "time": .text("\(branch.since)"),
      ]
      switch branch.state {
      case .asking: context.say("  ▶ " + say(.askingSince, values))
      case .sleeping: context.say("  ▶ " + say(.sleepingSince, values))
      case .waiting: context.say("  ▶ " + say(.waitingSince, values))
      case .awaitingChild(let child):
        context.say(
          "  ▶ "
            + say(
              .waitingForTask,
              [
                "block": .text("[\(block.id)] \(language.title(of: block))"),
                "child": .text("\(child)"),
              ]))
      }
    }
    if branches.isEmpty {
      let state = language.name(of: context.engine.tasks[task.index].state)
      context.say("  " + say(.nowhere, ["state": .text(state)]))
    }
  }
}
