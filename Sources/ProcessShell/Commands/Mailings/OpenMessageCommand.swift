import ProcessEngine
import Wording

/// `open message N`: the customer opens message N, which waits and mailings that ask `opened`
/// see at once.
struct OpenMessageCommand: EngineCommand {
  static let message = Argument<MessageID>("N", .messageID(where: { $0.openedAt == nil }))
  static let syntax = CommandSyntax(
    "open message", [.value(message)],
    summary: Phrase(
      en: "the customer opens message N (see 'messages')",
      ru: "клиент открывает сообщение N (см. 'messages')"),
    details: Phrase(
      en: "A message is opened once; 'opened NAME' conditions and waits see it at once.",
      ru: "Сообщение открывается один раз; условия 'opened NAME' и ожидания видят это сразу."),
    examples: ["open message 1"])

  let message: MessageID

  init(_ arguments: Arguments) {
    message = arguments[Self.message]
  }

  func command(in context: CommandContext) -> Command { .openMessage(message) }
}
