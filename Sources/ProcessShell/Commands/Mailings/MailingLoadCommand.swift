import ProcessEngine
import Wording

/// `mailing load FILE`: an auto-mailing from a file, started; a loaded name gets the new
/// definition and keeps who has received it. Orders that match now get it now.
struct MailingLoadCommand: EngineCommand {
  static let file = Argument<String>(
    "FILE", .file(Phrase(en: "a mailing file", ru: "файл рассылки")))
  static let syntax = CommandSyntax(
    "mailing load", [.value(file)],
    summary: Phrase(
      en: "load an auto-mailing (JSON) and start it; a known name gets the new definition",
      ru:
        "загрузить автоматическую рассылку (JSON) и запустить; известное имя получает новое описание"
    ),
    details: Phrase(
      en:
        "A started mailing sends its text once to each order, at the instant the order first matches its 'to' condition; orders that match when it is loaded get it at once. False orders never get mailings.",
      ru:
        "Запущенная рассылка отправляет свой текст каждому заказу один раз — в тот момент, когда заказ впервые подходит под условие 'to'; заказы, подходящие при загрузке, получают её сразу. Ложные заказы рассылок не получают."
    ),
    examples: ["mailing load examples/mailings/unpaid-1h.json"])

  let file: String

  init(_ arguments: Arguments) {
    file = arguments[Self.file]
  }

  func command(in context: CommandContext) throws(ShellError) -> Command {
    .loadMailing(try MailingFile.read(context.resolve(file)))
  }

  /// After the events (the load, and what it sent at once): whom it goes to.
  func conclusion(after events: Range<Int>, in context: CommandContext) -> String? {
    let engine = context.engine
    guard let first = events.first,
      case .mailingLoaded(let id) = engine.log[first].change
    else { return nil }
    let mailing = engine.mailings[id.index]
    return context.style.text(
      MailingPhrase.loadedTo,
      [
        "name": .text(mailing.name),
        "title": .text(context.style.language.title(of: mailing.definition)),
        "to": .text(mailing.definition.to.text(counters: [], in: context.style.language)),
      ])
  }
}
