import JSON
import ProcessEngine

/// One line of a `--session` file's journal, `FILE.journal` (docs/session-format.md, "Journal"):
/// a JSON object on a line of its own, written whole and flushed to disk before the command that
/// made it counts as saved.
///
///     {"format":"procsh-journal","session":{"bytes":18437,"hash":"8c1f…","steps":2},"version":1}
///     {"after":2,"command":{"by":"1m","command":"advance"},"text":"advance 1m"}
///     {"rewind-to":2}
///     {"checkpoint":"before-calls","step":2}
///     {"replaced-by":{"bytes":19012,"hash":"03a4…","steps":3}}
enum JournalLine: Equatable {
  /// The first line: the session file whose steps the lines continue.
  case header(SnapshotIdentity)
  /// A command that changed the session, as typed and as the engine took it, after the first
  /// `after` steps. The command stays JSON until it is replayed: a `load-process` command is read
  /// with the processes the session has loaded by then.
  case step(after: Int, text: String, command: JSONValue)
  /// `undo` or `restore`: the session after its first `count` steps; later steps and
  /// checkpoints are forgotten.
  case rewind(to: Int)
  /// `checkpoint NAME`: the session after its first `step` steps is called `name`.
  case checkpoint(String, step: Int)
  /// Written just before the session file is replaced by one with this identity, which holds
  /// everything the journal did: found at the end of a journal beside that file, the journal is
  /// done with (procsh was stopped between replacing the file and removing the journal).
  case replacedBy(SnapshotIdentity)

  /// The format's name and version, in the first line.
  static let format = "procsh-journal"
  static let version: Int64 = 1

  /// The line for a journal entry that follows `after` others.
  static func step(after: Int, _ entry: Journal.Entry) -> JournalLine {
    .step(after: after, text: entry.text, command: entry.command.json)
  }

  /// The line's JSON: keys sorted, no spaces, ending with a newline.
  var bytes: [UInt8] {
    let value: JSONValue =
      switch self {
      case .header(let identity):
        [
          "format": .string(Self.format), "session": identity.json,
          "version": .integer(Self.version),
        ]
      case .step(let after, let text, let command):
        ["after": .integer(Int64(after)), "command": command, "text": .string(text)]
      case .rewind(let count): ["rewind-to": .integer(Int64(count))]
      case .checkpoint(let name, let step):
        ["checkpoint": .string(name), "step": .integer(Int64(step))]
      case .replacedBy(let identity): ["replaced-by": identity.json]
      }
    var writer = JSONWriter()
    writer.write(value)
    writer.bytes.append(0x0A)
    return writer.bytes
  }

  /// The line in `text` (without its newline), or what is wrong with it. Whether it fits the
  /// session (its step numbers, its command) is for the replay to check.
  init(parsing text: ArraySlice<UInt8>) throws(JournalProblem) {
    let value: JSONValue
    do throws(JSONSyntaxError) {
      value = try JSONReader.parse(Array(text))
    } catch {
      throw .syntax(error)
    }
    guard case .object(let object) = value else { throw .notAnObject }
    let keys = object.keys.sorted()
    func count(_ key: String) throws(JournalProblem) -> Int {
      guard case .integer(let number)? = object[key], (0...Int64(Int32.max)).contains(number)
      else { throw .badMember(key) }
      return Int(number)
    }
    func identity(_ key: String) throws(JournalProblem) -> SnapshotIdentity {
      guard let member = object[key], let identity = SnapshotIdentity(json: member) else {
        throw .badMember(key)
      }
      return identity
    }
    switch keys {
    case ["format", "session", "version"]:
      guard case .string(Self.format)? = object["format"] else { throw .notAJournal }
      guard case .integer(let version)? = object["version"] else { throw .badMember("version") }
      guard version <= Self.version else { throw .newerVersion(version) }
      guard version >= 1 else { throw .badMember("version") }
      self = .header(try identity("session"))
    case ["after", "command", "text"]:
      guard case .string(let text)? = object["text"] else { throw .badMember("text") }
      self = .step(after: try count("after"), text: text, command: object["command"]!)
    case ["rewind-to"]:
      self = .rewind(to: try count("rewind-to"))
    case ["checkpoint", "step"]:
      guard case .string(let name)? = object["checkpoint"] else { throw .badMember("checkpoint") }
      self = .checkpoint(name, step: try count("step"))
    case ["replaced-by"]:
      self = .replacedBy(try identity("replaced-by"))
    default:
      throw .unknownLine(keys: keys)
    }
  }
}
