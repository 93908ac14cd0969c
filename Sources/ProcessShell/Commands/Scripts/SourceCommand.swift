import ProcessEngine
import Wording

/// `source FILE`: a script run inside this session, its errors located in that file.
struct SourceCommand: ShellCommand {
  static let file = Argument<String>(
    "FILE", .file(Phrase(en: "a script file", ru: "файл сценария")))
  static let syntax = CommandSyntax(
    "source", [.value(file)],
    summary: Phrase(
      en: "run a script inside this session", ru: "выполнить сценарий внутри этой сессии"),
    examples: ["source examples/regression/path2-duplicate.procsh"])

  let file: String

  init(_ arguments: Arguments) {
    file = arguments[Self.file]
  }

  func run(in context: CommandContext) throws(ShellError) {
    let shell = context.shell
    let path = context.resolve(file)
    guard !shell.sourceStack.contains(path) else { throw .sourceLoop(path: path) }
    let text = try FileSystem.readText(path)
    shell.sourceStack.append(path)
    defer { shell.sourceStack.removeLast() }
    switch shell.runScript(text, path: path, folder: FileSystem.folder(of: path)) {
    case .success: return
    case .quit: shell.quitRequested = false
    case .expectationFailed: throw .scriptStopped(path: path, atExpectation: true)
    case .commandFailed: throw .scriptStopped(path: path, atExpectation: false)
    case .interrupted: throw .interrupted(command: nil)
    }
  }
}
