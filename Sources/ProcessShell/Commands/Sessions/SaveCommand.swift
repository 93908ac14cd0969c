import ProcessEngine

/// `save FILE`: the whole session as one JSON file.
struct SaveCommand: ShellCommand {
  static let file = Argument<String>("FILE", .file("a session file"))
  static let force = Switch("--force")
  static let syntax = CommandSyntax(
    "save", [.value(file)], flags: [.switch(force)],
    summary: "write the whole session to one JSON file",
    details: """
      The file is written whole or not at all: a failed or killed save leaves the old file as it
      was. A file that is not a procsh session is replaced only with --force.
      """,
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
    let size = try engine.withSessionBytes(history: history) { (bytes) throws(ShellError) -> Int in
      try FileSystem.writeAtomically(bytes, to: path)
      return bytes.count
    }
    let replaced: String =
      switch existing {
      case .nothing: ""
      case .session: ", replacing the session that was there"
      case .recording, .other: ", replacing the file that was there"
      }
    let steps =
      history.map { ", with the \(counted($0.steps.count, "command")) that made it" } ?? ""
    context.say(
      "saved \(path)\(replaced): \(counted(engine.orders.count, "order")), \(counted(engine.tasks.count, "task")), \(counted(engine.log.count, "event")) at \(engine.clock)\(steps) (\(Self.sizeText(size)))"
    )
  }

  /// `9218 bytes`, `87 MB`
  static func sizeText(_ bytes: Int) -> String {
    if bytes < 10_000 { return "\(bytes) bytes" }
    if bytes < 10_000_000 { return "\(bytes / 1000) KB" }
    return "\(bytes / 1_000_000) MB"
  }
}
