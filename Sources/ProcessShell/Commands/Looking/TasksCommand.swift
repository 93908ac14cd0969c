import JSON
import ProcessEngine
import Wording

/// `tasks [--state S] [--order N] [--process NAME]`
struct TasksCommand: QueryCommand {
  static let state = Option<TaskState>("--state", "S", .choice())
  static let order = Option<OrderID>("--order", "N", .orderID())
  static let process = Option<String>("--process", "NAME", .processName)
  static let syntax = CommandSyntax.query(
    "tasks", flags: [.option(state), .option(order), .option(process)],
    summary: Phrase(
      en: "the tasks: process, object, state, where they are",
      ru: "задачи: процесс, объект, состояние, где они находятся"),
    examples: ["tasks", "tasks --state waiting", "tasks --order 1 --process call-3-days"])

  let state: TaskState?
  let order: OrderID?
  let process: String?

  init(_ arguments: Arguments) {
    state = arguments[Self.state]
    order = arguments[Self.order]
    process = arguments[Self.process]
  }

  private func tasks(in engine: Engine) -> [ProcessTask] {
    engine.tasks.filter { task in
      (state == nil || task.state == state) && (order == nil || task.order == order)
        && (process == nil || engine.definition(of: task).name == process)
    }
  }

  func json(in context: CommandContext) -> JSONValue {
    .array(
      tasks(in: context.engine).map(
        SessionJSON(engine: context.engine, language: context.style.language).task))
  }

  func writeText(in context: CommandContext) {
    let engine = context.engine
    let tasks = tasks(in: engine)
    guard !tasks.isEmpty else {
      context.say(context.style.text(StatusPhrase.noTasks))
      return
    }
    let text = SessionText(engine: engine, style: context.style)
    let headers: [StatusPhrase] = [
      .taskHeader, .processHeader, .onHeader, .stateHeader, .managerHeader, .whereHeader,
    ]
    var table = Table(headers.map { context.style.text($0) })
    for task in tasks {
      table.append([
        "\(task.id)", engine.definition(of: task).name, text.subjectName(task.subject),
        context.style.language.name(of: task.state), task.manager.map(engine.managerName) ?? "-",
        text.whereabouts(task),
      ])
    }
    context.write(table.render(style: context.style))
  }
}
