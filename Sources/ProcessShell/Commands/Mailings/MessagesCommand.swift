import JSON
import ProcessEngine
import Wording

/// `messages [--order N]`: every message sent to customers, by mailings and by blocks, with its
/// id (what `open message N` takes), who sent it and when it was opened.
struct MessagesCommand: QueryCommand {
  static let order = Option<OrderID>(
    "--order", "N", .orderID(where: { order, _ in order.messages > 0 }))
  static let syntax = CommandSyntax.query(
    "messages", flags: [.option(order)],
    summary: Phrase(
      en: "the messages sent: id, time, order, who sent it, text, when opened",
      ru: "отправленные сообщения: номер, время, заказ, отправитель, текст, когда открыто"),
    examples: ["messages", "messages --order 1", "messages --json"])

  let order: OrderID?

  init(_ arguments: Arguments) {
    order = arguments[Self.order]
  }

  private func messages(in engine: Engine) throws(ShellError) -> [SentMessage] {
    guard let order else { return engine.allMessages }
    guard engine.order(order) != nil else {
      throw .engine(.unknownOrder(order, count: engine.orders.count))
    }
    return engine.messages(of: order)
  }

  func json(in context: CommandContext) throws(ShellError) -> JSONValue {
    let views = SessionJSON(engine: context.engine, language: context.style.language)
    return .array(try messages(in: context.engine).map(views.message))
  }

  func writeText(in context: CommandContext) throws(ShellError) {
    let engine = context.engine
    let style = context.style
    let messages = try messages(in: engine)
    guard !messages.isEmpty else {
      context.say(
        order.map { style.text(MailingPhrase.noMessagesOfOrder, ["id": .text("\($0)")]) }
          ?? style.text(MailingPhrase.noMessages))
      return
    }
    let text = SessionText(engine: engine, style: style)
    let headers: [MailingPhrase] = [
      .idHeader, .timeHeader, .orderHeader, .senderHeader, .openedHeader, .textHeader,
    ]
    var table = Table(headers.map { style.text($0) })
    for message in messages {
      table.append([
        "\(message.id)", message.time.description,
        message.order.map { "\($0)" } ?? text.subjectName(message.subject),
        text.sender(of: message),
        message.openedAt?.description ?? style.text(MailingPhrase.notOpened),
        // One line per message: a text's own line breaks are shown as spaces.
        message.text.split(whereSeparator: \.isNewline).joined(separator: " "),
      ])
    }
    guard let width = style.width else {
      context.write(table.render(style: style))
      return
    }
    // On a terminal the texts give up width, so that ids, times and senders stay whole; when
    // too little would be left of them (80 columns), each goes on a line of its own under its
    // row.
    var others = table.header.dropLast().map(\.count)
    for row in table.rows {
      for index in others.indices { others[index] = max(others[index], row[index].count) }
    }
    let room = width - others.reduce(0, +) - 2 * others.count
    if room >= Self.narrowestText {
      for index in table.rows.indices {
        table.rows[index][5] = table.rows[index][5].truncated(room)
      }
      context.write(table.render(style: style))
      return
    }
    var beside = Table(Array(table.header.dropLast()))
    for row in table.rows { beside.append(Array(row.dropLast())) }
    let lines = beside.render(style: style).split(separator: "\n").map(String.init)
    var output = lines[0] + "\n"
    for (row, line) in zip(table.rows, lines.dropFirst()) {
      output += line + "\n" + "    " + row[5].truncated(max(1, width - 4)) + "\n"
    }
    context.write(output)
  }

  /// The fewest columns a text keeps beside its row on a terminal.
  static let narrowestText = 24
}
