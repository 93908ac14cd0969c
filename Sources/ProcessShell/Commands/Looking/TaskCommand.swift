import JSON
import ProcessEngine
import Wording

/// `task N`: one task, where its branches are and what it went through.
struct TaskCommand: QueryCommand {
  static let task = Argument<TaskID>("N", .taskID())
  static let syntax = CommandSyntax.query(
    "task", [.value(task)],
    summary: Phrase(
      en: "one task: its branches, open step, counters, variables and history",
      ru: "одна задача: её ветки, открытый шаг, счётчики, переменные и история"),
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
    guard
      case .object(var object) = SessionJSON(engine: engine, language: context.style.language).task(
        try task(in: engine))
    else {
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
    func say(_ phrase: TaskPhrase, _ values: PhraseValues = [:]) -> String {
      style.text(phrase, values)
    }
    var title =
      style.bold(style.text(EventPhrase.task, ["id": .text("\(id)")]))
      + style.text(
        OrderPhrase.taskOn,
        [
          "process": .text(definition.name), "subject": .text(text.subjectName(task.subject)),
          "state": .text(style.language.name(of: task.state)),
        ])
    if let parent = task.parent {
      title += style.text(OrderPhrase.subProcessOf, ["parent": .text("\(parent)")])
    }
    context.say(title)
    var lines = LabelledLines()
    lines.add(say(.manager), task.manager.map(engine.managerName) ?? say(.anyoneMayAnswer))
    lines.add(say(.started), task.startedAt.description)
    if !definition.counters.isEmpty {
      lines.add(
        say(.counters),
        definition.counters.map { "\($0) = \(engine.counter($0, of: task) ?? 0)" }.joined(
          separator: ", "))
    }
    let variables = engine.process(task.definition).variables.compactMap { name -> String? in
      switch engine.variable(name, of: task) {
      case .date(let date)?: return "\(name) = \(date)"
      case .text(let text)?: return "\(name) = \"\(engine.text(text))\""
      case nil: return nil
      }
    }
    if !variables.isEmpty { lines.add(say(.variables), variables.joined(separator: ", ")) }
    let renderer = EventRenderer(engine: engine, style: style)
    switch task.outcome {
    case .ended(let result, _, let at):
      lines.add(
        say(.endedField),
        say(
          .endedValue,
          [
            "end": .text(engine.endName(of: task) ?? style.text(OrderPhrase.none)),
            "result": .text(style.language.name(of: result)), "time": .text("\(at)"),
          ]))
    case .deleted(let at):
      lines.add(say(.deletedField), say(.deletedValue, ["time": .text("\(at)")]))
    case .running:
      for branch in engine.branches(of: id) {
        let label = renderer.blockLabel(task: id, block: branch.block)
        let since: PhraseValues = ["block": .text(label), "time": .text("\(branch.since)")]
        switch branch.state {
        case .asking:
          guard case .question(let question) = definition[branch.block].kind else { continue }
          lines.add(
            say(.asks),
            "\(label): "
              + question.options.map { "\($0.key) (\($0.kind.mark))" }.joined(separator: " | "))
          lines.continue(
            say(
              .waitingSince,
              [
                "time": .text("\(branch.since)"),
                "waited": .text(style.language.duration(engine.clock - branch.since)),
              ]))
          if !question.script.isEmpty {
            lines.continue(say(.script, ["script": .text(style.language.script(of: question))]))
          }
        case .sleeping: lines.add(say(.sleeps), say(.since, since))
        case .waiting: lines.add(say(.waits), say(.since, since))
        case .awaitingChild(let child):
          lines.add(
            say(.runs), say(.childTask, ["block": .text(label), "child": .text("\(child)")]))
        }
      }
    }
    let children = engine.children(of: id)
    if !children.isEmpty {
      lines.add(
        say(.children),
        children.map { style.text(EventPhrase.task, ["id": .text("\($0)")]) }.joined(
          separator: ", "))
    }
    for line in lines.text { context.say(line) }
    let history = engine.log.indices.filter { engine.log[$0].task == id }
    context.say(
      history.count > Self.shownHistory
        ? say(
          .historyTail,
          [
            "n": .number(history.count), "shown": .number(Self.shownHistory),
            "log": .text("log --task \(id)"),
          ])
        : say(.history, ["n": .number(history.count)]))
    for index in history.suffix(Self.shownHistory) {
      context.say("  " + renderer.line(for: engine.log[index]))
    }
  }
}
