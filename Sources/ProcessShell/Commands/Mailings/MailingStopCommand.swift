import ProcessEngine
import Wording

/// `mailing stop NAME`: the mailing sends nothing until it is started again.
struct MailingStopCommand: EngineCommand {
  static let name = Argument<String>("NAME", .mailingName(where: \.isStarted))
  static let syntax = CommandSyntax(
    "mailing stop", [.value(name)],
    summary: Phrase(
      en: "stop a mailing: it sends nothing until started again",
      ru: "остановить рассылку: она ничего не отправляет, пока её снова не запустят"),
    examples: ["mailing stop unpaid-1h"])

  let name: String

  init(_ arguments: Arguments) {
    name = arguments[Self.name]
  }

  func command(in context: CommandContext) -> Command { .stopMailing(name) }
}
