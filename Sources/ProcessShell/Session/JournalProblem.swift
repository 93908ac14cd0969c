import JSON
import ProcessEngine
import Wording

/// Why a `--session` file's journal cannot be replayed: what `ShellError.journal` says, after
/// `FILE.journal:LINE:`. procsh then refuses to open the session and changes nothing on disk.
public enum JournalProblem: Error, Equatable, Sendable {
  // A line that cannot be read.
  case syntax(JSONSyntaxError)
  case notAnObject
  /// A member missing or of the wrong type.
  case badMember(String)
  case unknownLine(keys: [String])
  /// The first line is not a `procsh-journal` header.
  case notAJournal
  case newerVersion(Int64)
  /// A header anywhere but on the first line.
  case headerNotFirst
  /// A line after a `replaced-by` line, which only ever ends a journal.
  case lineAfterReplacement

  // A line that does not fit the session it is replayed on.
  case stepOutOfPlace(after: Int, count: Int)
  case rewindPastEnd(to: Int, count: Int)
  case checkpointPastEnd(step: Int, count: Int)
  /// The step's command cannot be read (its JSON path starts with `command`).
  case command(SessionProblem)
  case doesNotReplay(text: String, EngineError)
  /// Going back replays an earlier step, which the engine refuses.
  case rewindBroken(step: Int, text: String, EngineError)

  // The journal as a whole.
  /// There is no session file beside the journal.
  case withoutSession(session: String)
  /// The journal continues another session file than the one beside it.
  case ofAnotherSession(session: String, named: SnapshotIdentity, found: SnapshotIdentity)

  /// The problem in `language`.
  func message(in language: Language) -> String {
    func say(_ phrase: JournalPhrase, _ values: PhraseValues = [:]) -> String {
      language.text(phrase, values)
    }
    switch self {
    case .syntax(let error):
      return say(
        .notJSON,
        ["column": .number(error.column), "problem": .text(error.message(in: language))])
    case .notAnObject: return say(.notAnObject)
    case .badMember(let key): return say(.badMember, ["key": .text(key)])
    case .unknownLine(let keys):
      return say(.unknownLine, ["keys": .text(keys.map { "'\($0)'" }.joined(separator: ", "))])
    case .notAJournal: return say(.notAJournal)
    case .newerVersion(let version):
      return say(.newerVersion, ["found": .number(Int(version)), "known": .number(1)])
    case .headerNotFirst: return say(.headerNotFirst)
    case .lineAfterReplacement: return say(.lineAfterReplacement)
    case .stepOutOfPlace(let after, let count):
      return say(.stepOutOfPlace, ["after": .number(after), "count": .number(count)])
    case .rewindPastEnd(let target, let count):
      return say(.rewindPastEnd, ["to": .number(target), "count": .number(count)])
    case .checkpointPastEnd(let step, let count):
      return say(.checkpointPastEnd, ["step": .number(step), "count": .number(count)])
    case .command(let problem):
      return say(.badCommand, ["problem": .text(problem.description(in: language))])
    case .doesNotReplay(let text, let error):
      return say(
        .doesNotReplay, ["text": .text(text), "problem": .text(error.message(in: language))])
    case .rewindBroken(let step, let text, let error):
      return say(
        .rewindBroken,
        [
          "step": .number(step), "text": .text(text),
          "problem": .text(error.message(in: language)),
        ])
    case .withoutSession(let session):
      return say(.withoutSession, ["session": .text(session)])
    case .ofAnotherSession(let session, let named, let found):
      return say(
        .ofAnotherSession,
        [
          "session": .text(session), "bytes": .number(named.bytes), "steps": .number(named.steps),
          "hash": .text(named.hashText), "found-bytes": .number(found.bytes),
          "found-steps": .number(found.steps), "found-hash": .text(found.hashText),
        ])
    }
  }
}
