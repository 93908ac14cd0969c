import JSON
import ProcessEngine
import Wording

/// `managers`: who may answer, and how much each has open.
struct ManagersCommand: QueryCommand {
  static let syntax = CommandSyntax.query(
    "managers",
    summary: Phrase(en: "the managers and their open tasks", ru: "менеджеры и их открытые задачи"),
    examples: ["managers"])

  init(_ arguments: Arguments) {}

  private func openTasks(in engine: Engine) -> [Int] {
    var counts = [Int](repeating: 0, count: engine.managers.count)
    for task in engine.tasks where task.isOpen {
      if let manager = task.manager { counts[manager.index] += 1 }
    }
    return counts
  }

  func json(in context: CommandContext) -> JSONValue {
    let engine = context.engine
    let open = openTasks(in: engine)
    return .array(
      engine.managers.map { manager in
        [
          "name": .string(manager.name), "acting": .bool(manager.id == engine.actingUser),
          "open-tasks": .integer(Int64(open[manager.id.index])),
        ]
      })
  }

  func writeText(in context: CommandContext) {
    let engine = context.engine
    let open = openTasks(in: engine)
    let style = context.style
    var table = Table(
      style.text(ListPhrase.managerHeader), style.text(ListPhrase.openTasksHeader), "")
    for manager in engine.managers {
      table.append([
        manager.name, "\(open[manager.id.index])",
        manager.id == engine.actingUser ? style.text(ListPhrase.acting) : "",
      ])
    }
    context.write(table.render(style: context.style))
  }
}
