import ProcessEngine
import Wording

/// `expect message N opened yes|no`
struct ExpectMessageCommand: ShellCommand {
  static let message = Argument<MessageID>("N", .messageID())
  static let answer = Argument<YesNo>("yes|no", .choice())
  static let syntax = CommandSyntax(
    "expect message", [.value(message), .word("opened"), .value(answer)],
    summary: Phrase(
      en: "assert whether the customer opened message N",
      ru: "проверить, открыл ли клиент сообщение N"),
    examples: ["expect message 1 opened yes", "expect message 2 opened no"])

  let message: MessageID
  let answer: YesNo

  init(_ arguments: Arguments) {
    message = arguments[Self.message]
    answer = arguments[Self.answer]
  }

  func run(in context: CommandContext) throws(ShellError) {
    let engine = context.engine
    guard let found = engine.message(message) else {
      throw .engine(.unknownMessage(message, count: engine.messageCount))
    }
    let opened = found.openedAt != nil
    guard YesNo(opened) != answer else { return }
    // As every `expect` says it (SPEC §8.2): the value found, in the session's language.
    throw .expectation(
      expected: "message \(message) opened == \(answer.word)",
      got: context.style.text(opened ? EventPhrase.yes : EventPhrase.no))
  }
}
