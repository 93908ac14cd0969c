import ProcessEngine
import Wording

/// `save FILE`: the whole session as one JSON file.
struct SaveCommand: ShellCommand {
  static let file = Argument<String>("FILE", .file(Phrase(en: "a session file", ru: "файл сессии")))
  static let force = Switch("--force")
  static let syntax = CommandSyntax(
    "save", [.value(file)], flags: [.switch(force)],
    summary: Phrase(
      en: "write the whole session to one JSON file", ru: "записать всю сессию в один JSON-файл"),
    details: Phrase(
      en: """
        The file is written whole or not at all: a failed or killed save leaves the old file as it
        was. A file that is not a procsh session is replaced only with --force.
        """,
      ru: """
        Файл записывается целиком или не записывается вовсе: неудачное или прерванное сохранение
        оставляет старый файл как был. Файл, который не является сессией procsh, заменяется только
        с --force.
        """),
    examples: ["save demo.json", "save --force demo.json"])

  let file: String
  let force: Bool

  init(_ arguments: Arguments) {
    file = arguments[Self.file]
    force = arguments[Self.force]
  }

  func run(in context: CommandContext) throws(ShellError) {
    let path = context.resolve(file)
    let existing = ExistingFile.at(path)
    try ExistingFile.check(path, mayBecome: .session, force: force)
    let engine = context.engine
    let history = context.shell.journal.history
    var size = 0
    try FileSystem.writeAtomically(to: path) { write in
      engine.writeSession(history: history) { piece in
        size += piece.count
        write(piece)
      }
    }
    let style = context.style
    let message: HistoryPhrase =
      switch existing {
      case .nothing: .saved
      case .session: .savedReplacingSession
      case .recording, .userWork, .other: .savedReplacingFile
      }
    let steps =
      history.map { style.text(HistoryPhrase.withCommands, ["n": .number($0.steps.count)]) } ?? ""
    context.say(
      style.text(
        message,
        [
          "path": .text(path), "orders": .number(engine.orders.count),
          "tasks": .number(engine.tasks.count), "events": .number(engine.log.count),
          "clock": .text("\(engine.clock)"), "steps": .text(steps),
          "size": .text(Self.sizeText(size, in: style.language)),
        ]))
  }

  /// `9218 bytes`, `87 MB`
  static func sizeText(_ bytes: Int, in language: Language) -> String {
    if bytes < 10_000 { return language.text(HistoryPhrase.bytes, ["n": .number(bytes)]) }
    if bytes < 10_000_000 {
      return language.text(HistoryPhrase.kilobytes, ["n": .number(bytes / 1000)])
    }
    return language.text(HistoryPhrase.megabytes, ["n": .number(bytes / 1_000_000)])
  }
}
