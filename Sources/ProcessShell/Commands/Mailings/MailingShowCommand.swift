import JSON
import ProcessEngine
import Wording

/// `mailing show NAME`: one mailing: its title, whether it sends, whom it goes to, its text,
/// and what it has sent and had opened.
struct MailingShowCommand: QueryCommand {
  static let name = Argument<String>("NAME", .mailingName())
  static let syntax = CommandSyntax.query(
    "mailing show", [.value(name)],
    summary: Phrase(
      en: "one mailing: title, started or stopped, its 'to' condition, text, sent and opened",
      ru: "одна рассылка: название, запущена или нет, условие 'to', текст, отправлено и открыто"),
    details: Phrase(
      en:
        "With --json, the mailing as a procsh-mailing document (docs/mailing-format.md) with \"started\", \"sent\" and \"opened\" added.",
      ru:
        "С --json — рассылка как документ procsh-mailing (docs/mailing-format.md) с добавленными \"started\", \"sent\" и \"opened\"."
    ),
    examples: ["mailing show unpaid-1h", "mailing show unpaid-1h --json"])

  let name: String

  init(_ arguments: Arguments) {
    name = arguments[Self.name]
  }

  private func mailing(in engine: Engine) throws(ShellError) -> LoadedMailing {
    do throws(EngineError) { return try engine.existingMailing(name) } catch {
      throw .engine(error)
    }
  }

  func json(in context: CommandContext) throws(ShellError) -> JSONValue {
    let mailing = try mailing(in: context.engine)
    guard case .object(var object) = mailing.definition.json else { return .null }
    object["started"] = .bool(mailing.isStarted)
    object["sent"] = .integer(Int64(mailing.sent))
    object["opened"] = .integer(Int64(mailing.opened))
    return .object(object)
  }

  func writeText(in context: CommandContext) throws(ShellError) {
    let mailing = try mailing(in: context.engine)
    let style = context.style
    func say(_ phrase: MailingPhrase, _ values: PhraseValues = [:]) -> String {
      style.text(phrase, values)
    }
    let state = say(mailing.isStarted ? .started : .stopped)
    context.say(
      style.bold(
        say(
          .heading,
          [
            "name": .text(mailing.name),
            "title": .text(style.language.title(of: mailing.definition)),
            "state": .text(mailing.isStarted ? style.green(state) : style.yellow(state)),
          ])))
    // On a terminal a long value wraps under itself rather than under the labels; a text's
    // own line breaks are kept.
    let labelWidth = max(
      10, [MailingPhrase.to, .text, .sent, .opened].map { say($0).count }.max()!)
    func wrapped(_ value: String) -> [String] {
      value.split(separator: "\n", omittingEmptySubsequences: false).flatMap { line in
        style.width.map { TerminalFit.wrap(String(line), width: $0 - labelWidth - 3) }
          ?? [String(line)]
      }
    }
    var lines = LabelledLines()
    for (label, value) in [
      (MailingPhrase.to, mailing.definition.to.text(counters: [], in: style.language)),
      (.text, mailing.definition.text),
    ] {
      let parts = wrapped(value)
      lines.add(say(label), parts[0])
      for part in parts.dropFirst() { lines.continue(part) }
    }
    lines.add(say(.sent), say(.sentCount, ["n": .number(mailing.sent)]))
    lines.add(
      say(.opened), say(.openedOf, ["n": .number(mailing.opened), "sent": .number(mailing.sent)]))
    for line in lines.text { context.say(line) }
  }
}
