import ProcessEngine
import Wording

/// `mailing start NAME`: a stopped mailing sends again; orders that match now get it now.
struct MailingStartCommand: EngineCommand {
  static let name = Argument<String>("NAME", .mailingName(where: { !$0.isStarted }))
  static let syntax = CommandSyntax(
    "mailing start", [.value(name)],
    summary: Phrase(
      en: "start a stopped mailing: orders that match now get it at once",
      ru: "запустить остановленную рассылку: подходящие сейчас заказы получают её сразу"),
    examples: ["mailing start unpaid-1h"])

  let name: String

  init(_ arguments: Arguments) {
    name = arguments[Self.name]
  }

  func command(in context: CommandContext) -> Command { .startMailing(name) }
}
