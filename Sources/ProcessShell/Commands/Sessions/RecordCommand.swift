import ProcessEngine
import Wording

/// `record FILE`: the commands that change the session, written to a script as they succeed.
struct RecordCommand: ShellCommand {
  static let file = Argument<String>(
    "FILE", .file(Phrase(en: "a script file", ru: "файл сценария")))
  static let force = Switch("--force")
  static let syntax = CommandSyntax(
    "record", [.value(file)], flags: [.switch(force)],
    summary: Phrase(
      en: "write the commands that change the session to a script, as they succeed",
      ru: "записывать в сценарий команды, меняющие сессию, по мере их успешного выполнения"),
    details: Phrase(
      en: """
        'record stop' ends it; 'record stop --expect' adds assertions of the final state. Started in
        a session that already has something in it, the session is saved beside the script as
        FILE.start.json and the script begins by loading it, so it runs on its own. A file that is
        not a recording is replaced only with --force.
        """,
      ru: """
        'record stop' заканчивает запись; 'record stop --expect' добавляет проверки итогового
        состояния. Если в сессии уже что-то есть, она сохраняется рядом со сценарием как
        FILE.start.json, а сценарий начинается с её загрузки и поэтому работает сам по себе. Файл,
        который не является записью, заменяется только с --force.
        """),
    examples: ["record case-1234.procsh", "record --force notes.procsh"])

  let file: String
  let force: Bool

  init(_ arguments: Arguments) {
    file = arguments[Self.file]
    force = arguments[Self.force]
  }

  func run(in context: CommandContext) throws(ShellError) {
    let shell = context.shell
    if let active = shell.recording { throw .alreadyRecording(path: active.path) }
    let path = context.resolve(file)
    let existing = ExistingFile.at(path)
    try ExistingFile.check(path, mayBecome: .recording, force: force)
    let recording = try Recording(path: path, engine: context.engine, force: force)
    shell.recording = recording
    if let load = recording.start.first {
      context.say(context.style.text(HistoryPhrase.recordStartsWithLoad, ["load": .text(load)]))
    }
    context.say(
      context.style.text(
        existing == .nothing ? HistoryPhrase.recording : .recordingReplacing, ["path": .text(path)])
    )
  }
}
