import JSON
import ProcessEngine
import Wording

/// A command of the shell's language. Each is one type in one file under Commands/, listed once
/// in `CommandRegistry.commands`: its syntax (words, arguments, flags, help and examples), how it
/// is built from what the parser read, and what it does. Adding a command is adding a file and a
/// registry line.
protocol ShellCommand: Sendable {
  static var syntax: CommandSyntax { get }
  /// The command from the arguments its syntax read; refuses combinations the syntax cannot
  /// express (two flags that contradict each other).
  init(_ arguments: Arguments) throws(ShellError)
  func run(in context: CommandContext) throws(ShellError)
}

/// A command that reports on the session without changing it: as text, or as JSON with `--json`
/// (docs/json-output.md).
protocol QueryCommand: ShellCommand {
  func writeText(in context: CommandContext) throws(ShellError)
  func json(in context: CommandContext) throws(ShellError) -> JSONValue
}

extension QueryCommand {
  func run(in context: CommandContext) throws(ShellError) {
    if context.wantsJSON {
      context.sayJSON(try json(in: context))
    } else {
      try writeText(in: context)
    }
  }
}

/// A command that changes the session through the engine: it prints every event it caused, in
/// order, and is journaled (for `undo`), recorded and autosaved.
protocol EngineCommand: ShellCommand {
  /// The engine command to apply (reading a file first, for `process load`).
  func command(in context: CommandContext) throws(ShellError) -> Command
  /// What to say after the events; by default `done` when there were none.
  func conclusion(after events: Range<Int>, in context: CommandContext) -> String?
}

extension EngineCommand {
  func conclusion(after events: Range<Int>, in context: CommandContext) -> String? {
    events.isEmpty ? context.style.text(ShellPhrase.done) : nil
  }

  func run(in context: CommandContext) throws(ShellError) {
    let events = try context.shell.apply(try command(in: context), text: context.text)
    if let line = conclusion(after: events, in: context) { context.say(line) }
  }
}

/// One run of a command: the session it runs in and how it was invoked.
struct CommandContext {
  let shell: Shell
  /// The command as typed (its words quoted again where they need it): what the journal,
  /// recordings and `--echo` show.
  let text: String
  /// The script and line it comes from; nil when typed in the shell or given with `-c`.
  let location: Shell.Location?
  /// Whether `--json` was given.
  let wantsJSON: Bool

  var engine: Engine { shell.engine }
  var style: Style { shell.style }

  /// Writes a line of output.
  func say(_ text: String) { shell.say(text) }

  /// Writes text as it is (a rendered table ends with its own newline).
  func write(_ text: String) { shell.output.write(text) }

  func sayJSON(_ value: JSONValue) { shell.output.write(PrettyJSON.text(value)) }

  /// A path the command was given, as the file system should read it: in a script file,
  /// relative to the script's folder; typed in the shell or given with `-c`, relative to the
  /// current folder (SPEC §12.3).
  func resolve(_ path: String) -> String {
    guard let folder = location?.folder, !path.hasPrefix("/") else { return path }
    return folder + "/" + path
  }
}
