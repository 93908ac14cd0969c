import JSON
import ProcessEngine
import Wording

/// `mailings`: the loaded auto-mailings, whether each sends, and what each has sent and had
/// opened.
struct MailingsCommand: QueryCommand {
  static let syntax = CommandSyntax.query(
    "mailings",
    summary: Phrase(
      en: "the loaded mailings: started or stopped, messages sent and opened",
      ru: "загруженные рассылки: запущена или нет, сколько сообщений отправлено и открыто"),
    examples: ["mailings", "mailings --json"])

  init(_ arguments: Arguments) {}

  func json(in context: CommandContext) -> JSONValue {
    let views = SessionJSON(engine: context.engine, language: context.style.language)
    return .array(context.engine.mailings.map(views.mailing))
  }

  func writeText(in context: CommandContext) {
    let style = context.style
    let mailings = context.engine.mailings
    guard !mailings.isEmpty else {
      context.say(style.text(MailingPhrase.noMailings))
      return
    }
    let headers: [MailingPhrase] = [
      .mailingHeader, .stateHeader, .sentHeader, .openedHeader, .titleHeader,
    ]
    var table = Table(headers.map { style.text($0) })
    for mailing in mailings {
      table.append([
        mailing.name, style.text(mailing.isStarted ? MailingPhrase.started : .stopped),
        "\(mailing.sent)", "\(mailing.opened)", style.language.title(of: mailing.definition),
      ])
    }
    context.write(table.render(style: style))
  }
}
