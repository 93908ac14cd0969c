import JSON
import ProcessEngine
import Wording

/// `processes`: what is loaded and how it launches.
struct ProcessesCommand: QueryCommand {
  static let syntax = CommandSyntax.query(
    "processes",
    summary: Phrase(
      en: "the loaded processes and their launch", ru: "загруженные процессы и их запуск"),
    examples: ["processes"])

  init(_ arguments: Arguments) {}

  /// Open and all tasks of each process, by name (every version).
  private func counts(in engine: Engine) -> [String: (open: Int, all: Int)] {
    var counts: [String: (open: Int, all: Int)] = [:]
    for task in engine.tasks {
      let name = engine.definition(of: task).name
      counts[name, default: (0, 0)].all += 1
      if task.isOpen { counts[name, default: (0, 0)].open += 1 }
    }
    return counts
  }

  func json(in context: CommandContext) -> JSONValue {
    let engine = context.engine
    let counts = counts(in: engine)
    return .array(
      engine.processes.filter(\.isCurrent).map { process in
        let tasks = counts[process.name] ?? (0, 0)
        var object = JSONObject([
          (key: "name", value: .string(process.name)),
          (key: "title", value: .string(process.definition.title)),
          (key: "object", value: .string(process.definition.object.rawValue)),
          (key: "launch", value: .string(process.definition.launch.name)),
          (key: "started", value: .bool(process.isStarted)),
          (
            key: "version",
            value: .integer(Int64(engine.processes.filter { $0.name == process.name }.count))
          ),
          (key: "blocks", value: .integer(Int64(process.definition.blocks.count))),
          (
            key: "tasks",
            value: ["open": .integer(Int64(tasks.open)), "all": .integer(Int64(tasks.all))]
          ),
        ])
        if case .periodic(let interval) = process.definition.launch {
          object["interval"] = .string(interval.description)
        }
        return .object(object)
      })
  }

  func writeText(in context: CommandContext) {
    let engine = context.engine
    let counts = counts(in: engine)
    let style = context.style
    let headers: [StatusPhrase] = [
      .processHeader, .launchHeader, .startedHeader, .tasksHeader, .titleHeader,
    ]
    var table = Table(headers.map { style.text($0) })
    for process in engine.processes where process.isCurrent {
      var launch = style.language.name(of: process.definition.launch)
      if case .periodic(let interval) = process.definition.launch {
        launch += style.text(
          StatusPhrase.every, ["interval": .text(style.language.duration(interval))])
      }
      let tasks = counts[process.name] ?? (0, 0)
      table.append([
        process.name, launch, style.text(process.isStarted ? EventPhrase.yes : EventPhrase.no),
        style.text(
          StatusPhrase.openOfAll, ["open": .number(tasks.open), "all": .number(tasks.all)]),
        style.language.title(of: process.definition),
      ])
    }
    context.write(table.render(style: context.style))
  }
}
