import ProcessEngine
import Wording

/// `process stop NAME`: automatic launching off; running tasks go on.
struct ProcessStopCommand: EngineCommand {
  static let name = Argument<String>("NAME", .processName)
  static let syntax = CommandSyntax(
    "process stop", [.value(name)],
    summary: Phrase(
      en: "turn automatic launching off (running tasks go on)",
      ru: "выключить автоматический запуск (идущие задачи продолжаются)"),
    examples: ["process stop order-processing"])

  let name: String

  init(_ arguments: Arguments) {
    name = arguments[Self.name]
  }

  func command(in context: CommandContext) -> Command { .stopProcess(name) }
}
