import ProcessEngine
import Wording

/// `expect count messages [mailing NAME] [opened yes|no] [OP] N`
struct ExpectCountMessagesCommand: ShellCommand {
  static let mailing = Argument<String>("NAME", .mailingName())
  static let opened = Argument<YesNo>("yes|no", .choice())
  static let count = Expectation.value("N") { _ in .count }
  static let syntax = CommandSyntax(
    "expect count messages",
    [
      .keyed("mailing", mailing), .keyed("opened", opened), .optional(Expectation.op),
      .value(count),
    ],
    summary: Phrase(
      en: "assert how many messages were sent (by a mailing; opened or not)",
      ru: "проверить, сколько сообщений отправлено (рассылкой; открытых или нет)"),
    details: Phrase(
      en:
        "Every message counts, from mailings and from blocks, unless 'mailing NAME' asks for one mailing's.",
      ru:
        "Считаются все сообщения, от рассылок и от блоков, если 'mailing NAME' не просит сообщения одной рассылки."
    ),
    examples: [
      "expect count messages 2", "expect count messages mailing unpaid-1h 1",
      "expect count messages opened yes >= 1",
      "expect count messages mailing unpaid-1h opened no 0",
    ])

  let mailing: String?
  let opened: YesNo?
  let expectation: Expectation

  init(_ arguments: Arguments) throws(ShellError) {
    mailing = arguments.optional(Self.mailing)
    opened = arguments.optional(Self.opened)
    let described =
      "count messages" + (mailing.map { " mailing \(Lexer.scriptWord($0))" } ?? "")
      + (opened.map { " opened \($0.word)" } ?? "")
    expectation = try Expectation(
      described, arguments, value: Self.count, kind: .count, syntax: Self.syntax)
  }

  func run(in context: CommandContext) throws(ShellError) {
    let engine = context.engine
    var sender: MailingID? = nil
    if let mailing {
      // A misspelt name is an error, not a count of 0.
      do throws(EngineError) {
        sender = try engine.existingMailing(mailing).id
      } catch {
        throw .engine(error)
      }
    }
    let count: Int
    if sender == nil && opened == nil {
      count = engine.messageCount
    } else {
      count = engine.allMessages.reduce(0) { count, message in
        if let sender, message.sender != .mailing(sender) { return count }
        if let opened, YesNo(message.openedAt != nil) != opened { return count }
        return count + 1
      }
    }
    try expectation.check(.number(Int64(count)), now: engine.clock, in: context.style.language)
  }
}
