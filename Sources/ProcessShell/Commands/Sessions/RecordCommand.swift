import ProcessEngine

/// `record FILE`: the commands that change the session, written to a script as they succeed.
struct RecordCommand: ShellCommand {
  static let file = Argument<String>("FILE", .file("a script file"))
  static let syntax = CommandSyntax(
    "record", [.value(file)],
    summary: "write the commands that change the session to a script, as they succeed",
    details: "'record stop' ends it; 'record stop --expect' adds assertions of the final state.",
    examples: ["record case-1234.procsh"])

  let file: String

  init(_ arguments: Arguments) {
    file = arguments[Self.file]
  }

  func run(in context: CommandContext) throws(ShellError) {
    let shell = context.shell
    if let active = shell.recording { throw .alreadyRecording(path: active.path) }
    let path = context.resolve(file)
    shell.recording = try Recording(path: path, engine: context.engine)
    context.say(
      "recording to \(path): every command that changes the session is written there; 'record stop' ends"
    )
  }
}
