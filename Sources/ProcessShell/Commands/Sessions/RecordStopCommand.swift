import ProcessEngine
import Wording

/// `record stop [--expect]`
struct RecordStopCommand: ShellCommand {
  static let expect = Switch("--expect")
  static let syntax = CommandSyntax(
    "record stop", flags: [.switch(expect)],
    summary: Phrase(
      en: "end the recording; --expect adds assertions of the state it reached",
      ru: "закончить запись; --expect добавляет проверки достигнутого состояния"),
    examples: ["record stop", "record stop --expect"])

  let addsExpectations: Bool

  init(_ arguments: Arguments) {
    addsExpectations = arguments[Self.expect]
  }

  func run(in context: CommandContext) throws(ShellError) {
    let shell = context.shell
    guard var active = shell.recording else { throw .notRecording }
    if addsExpectations {
      active.lines += ["", "# The state at the end of the recording:"]
      active.lines += active.expectations(in: context.engine)
    }
    try active.write()  // on failure the recording goes on, and `record stop` can be tried again
    shell.recording = nil
    let lines = active.lines.filter { !$0.isEmpty && !$0.hasPrefix("#") }.count
    context.say(
      context.style.text(
        HistoryPhrase.recorded, ["n": .number(lines), "path": .text(active.path)]))
  }
}
