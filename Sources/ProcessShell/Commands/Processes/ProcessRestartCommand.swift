import ProcessEngine
import Wording

/// `process restart NAME`: GetCourse's restart, which deletes the process's tasks.
struct ProcessRestartCommand: EngineCommand {
  static let name = Argument<String>("NAME", .processName)
  static let syntax = CommandSyntax(
    "process restart", [.value(name)],
    summary: Phrase(
      en: "stop launching and delete every task of the process (GetCourse's restart)",
      ru: "остановить запуск и удалить все задачи процесса (перезапуск в GetCourse)"),
    examples: ["process restart order-processing"])

  let name: String

  init(_ arguments: Arguments) {
    name = arguments[Self.name]
  }

  func command(in context: CommandContext) -> Command { .restartProcess(name) }
}
