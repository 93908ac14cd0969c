import ProcessEngine
import Wording

/// `process start NAME`: automatic launching on.
struct ProcessStartCommand: EngineCommand {
  static let name = Argument<String>("NAME", .processName)
  static let syntax = CommandSyntax(
    "process start", [.value(name)],
    summary: Phrase(
      en: "turn automatic launching on ('once' processes launch on what matches now)",
      ru:
        "включить автоматический запуск (процессы 'once' запускаются для того, что подходит сейчас)"
    ),
    examples: ["process start order-processing"])

  let name: String

  init(_ arguments: Arguments) {
    name = arguments[Self.name]
  }

  func command(in context: CommandContext) -> Command { .startProcess(name) }
}
