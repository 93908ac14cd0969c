import ProcessEngine
import Wording

/// `load FILE`: a saved session replaces this one; `undo` brings this one back.
struct LoadCommand: ShellCommand {
  static let file = Argument<String>("FILE", .file(Phrase(en: "a session file", ru: "файл сессии")))
  static let syntax = CommandSyntax(
    "load", [.value(file)],
    summary: Phrase(
      en: "replace this session with a saved one ('undo' brings it back)",
      ru: "заменить эту сессию сохранённой ('undo' возвращает прежнюю)"),
    details: Phrase(
      en: "A file that cannot be read changes nothing.",
      ru: "Файл, который не удалось прочитать, ничего не меняет."),
    examples: ["load demo.json"])

  let file: String

  init(_ arguments: Arguments) {
    file = arguments[Self.file]
  }

  func run(in context: CommandContext) throws(ShellError) {
    let path = context.resolve(file)
    let shell = context.shell
    let loaded = try shell.readSessionAsLeft(path: path)
    shell.replaced.append(
      ReplacedSession(
        engine: shell.engine, journal: shell.journal, text: context.text))
    shell.adopt(loaded.engine)
    shell.journal = Journal(current: loaded.engine, history: loaded.history, byLoad: true)
    shell.updateRecording { (recording) throws(ShellError) in
      recording.firstEvent = shell.engine.log.count
      try recording.append(context.text)
    }
    try shell.autosave()
    let engine = context.engine
    let language = context.style.language
    context.say(
      language.text(
        HistoryPhrase.loaded,
        [
          "path": .text(path), "orders": .number(engine.orders.count),
          "tasks": .number(engine.tasks.count), "events": .number(engine.log.count),
          "clock": .text(language.withWeekday(engine.clock)),
        ]))
  }
}
