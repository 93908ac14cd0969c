import ProcessEngine

/// `save FILE`: the whole session as one JSON file.
struct SaveCommand: ShellCommand {
  static let file = Argument<String>("FILE", .file("a session file"))
  static let syntax = CommandSyntax(
    "save", [.value(file)], summary: "write the whole session to one JSON file",
    details:
      "The file is written whole or not at all: a failed save leaves the old file as it was.",
    examples: ["save demo.json"])

  let file: String

  init(_ arguments: Arguments) {
    file = arguments[Self.file]
  }

  func run(in context: CommandContext) throws(ShellError) {
    let path = context.resolve(file)
    let engine = context.engine
    let size = try engine.withSessionBytes { (bytes) throws(ShellError) -> Int in
      try FileSystem.writeAtomically(bytes, to: path)
      return bytes.count
    }
    context.say(
      "saved \(path): \(counted(engine.orders.count, "order")), \(counted(engine.tasks.count, "task")), \(counted(engine.log.count, "event")) at \(engine.clock) (\(Self.sizeText(size)))"
    )
  }

  /// `9218 bytes`, `87 MB`
  static func sizeText(_ bytes: Int) -> String {
    if bytes < 10_000 { return "\(bytes) bytes" }
    if bytes < 10_000_000 { return "\(bytes / 1000) KB" }
    return "\(bytes / 1_000_000) MB"
  }
}
