import JSON
import ProcessEngine
import Wording

/// Why the shell refused a line. A refused command changed nothing.
///
/// The shell prints `error: MESSAGE`, with `FILE:LINE: ` before it in scripts; a failed `expect`
/// prints `FILE:LINE: expected …, got …` without `error:`. Every refusal is a case with the values
/// it names, so that its wording lives in `message` alone.
public enum ShellError: Error, Equatable, Sendable {
  /// A quote is opened and never closed.
  case unclosedQuote(Character)
  case unknownCommand(String, suggestion: String?)
  /// The words do not fit the command: what is wrong, and how the command is written.
  case usage(UsageProblem, usage: String)
  /// A word that cannot be read as the value it stands for; the parser adds the usage.
  case value(ValueProblem)
  case engine(EngineError)
  /// A file could not be read or written.
  case file(path: String, FileProblem)
  /// A process definition file is invalid: every problem, errors first.
  case definition(path: String, problems: [DefinitionProblem])
  /// A session file cannot be loaded: where in it, and why.
  case session(path: String, SessionProblem)
  /// A file that should be JSON is not.
  case notJSON(path: String, JSONSyntaxError)
  /// A simulation profile has values out of range.
  case profile(path: String, problems: [ProfileProblem])
  /// An `expect` did not hold.
  case expectation(expected: String, got: String)
  /// `source` of a script that is already running (it would never end).
  case sourceLoop(path: String)
  /// A sourced script stopped at a failure, already reported.
  case scriptStopped(path: String, atExpectation: Bool)
  case nothingToUndo
  case undoTooFar(available: Int)
  case noCheckpoint(String, existing: [String])
  case alreadyRecording(path: String)
  case notRecording
  /// `process show NAME --task N` for a task that runs another process.
  case taskRunsOtherProcess(TaskID, runs: String, asked: String)
  case noCounter(TaskID, process: String, counter: String, counters: [String])
  case noHelp(String, suggestion: String?)
  /// A simulation's window or horizon does not make sense.
  case simulationSpan(SimulationSpanProblem)
  /// A line of input that cannot be read.
  case line(LineProblem)
  /// `save` or `record` would write over a file that is not theirs, without `--force`.
  case wouldReplace(path: String, ReplaceProblem)

  /// What `save` or `record` would have written over.
  public enum ReplaceProblem: Equatable, Sendable {
    case notASession
    case notARecording
  }
  /// Ctrl-C stopped the command; the session is as it was before it.
  case interrupted(command: String?)
  /// `--session FILE` could not be saved after a change.
  case autosaveFailed(path: String, String)
  /// A step of the journal could not be replayed to step back.
  case historyBroken(step: Int, text: String, EngineError)

  /// Why a line of standard input was refused.
  public enum LineProblem: Equatable, Sendable {
    case notUTF8
    case lineTooLong(limit: Int)
  }

  /// What is wrong with the words of a command.
  public enum UsageProblem: Equatable, Sendable {
    /// `'pay order' needs an order id`
    case missing(noun: String, after: String)
    /// `unexpected 'x' after 'pay order 1'`
    case unexpected(String, after: String)
    /// A fixed word was expected: `expected 'order' after 'pay', found 'ordr'`.
    case expectedWord([String], found: String?, after: String)
    /// The first argument of a command that has sub-commands was neither.
    case expectedSubcommandOrValue([String], noun: String, found: String, after: String)
    case unknownFlag(String, command: String, valid: [String])
    case flagNeedsValue(String, noun: String)
    case flagGivenTwice(String)
    case invalid(ValueProblem)
    /// `<`, `<=`, `>`, `>=` on a field without an order: `order 1 status compares only with == or !=`.
    case unordered(String)
    /// A `FIELD VALUE` filter without its value.
    case unpaired(String)
  }

  /// Why a word is not the value it stands for.
  public enum ValueProblem: Equatable, Sendable {
    /// `'x' is not an order id; write it like 12 or #12`
    case notAnID(String, noun: String)
    /// `unknown status 'x'; did you mean 'y'?`
    case unknown(String, String, valid: [String])
    /// `'0' is not a number of orders (1–10000000)`
    case outOfRange(String, noun: String, range: ClosedRange<Int>)
    case notACount(String)
    case notASeed(String)
    /// A duration, date-time or amount, as the engine reads them.
    case malformed(EngineError)
    /// Two flags that cannot go together.
    case contradiction(String, String)
  }

  /// Why a file could not be used.
  public enum FileProblem: Equatable, Sendable {
    /// What the system said (`no such file or folder`).
    case system(String)
    case isFolder
    /// A device or something else that is not a file.
    case notAFile
    /// A link to a file that does not exist.
    case danglingLink
    case tooLarge(limit: Int)
    case notUTF8
    case noScripts
    case missing
  }

  /// What is wrong with `simulate`'s `--over` and `--until`.
  public enum SimulationSpanProblem: Equatable, Sendable {
    case emptyWindow
    case horizonBeforeWindow(horizon: TimeSpan, window: TimeSpan)
  }

  public var message: String {
    switch self {
    case .unclosedQuote(let quote): return "the quote \(quote) is not closed"
    case .unknownCommand(let word, let suggestion):
      return "unknown command '\(word.shortened)'"
        + (suggestion.map { "; did you mean '\($0)'?" } ?? "; type 'help' for the list")
    case .usage(let problem, let usage): return "\(problem.message)\nusage: \(usage)"
    case .value(let problem): return problem.message
    case .engine(let error): return error.message
    case .file(let path, let problem): return "\(path): \(problem.message)"
    case .definition(let path, let problems):
      let errors = problems.filter { $0.severity == .error }
      return
        "\(path): \(counted(errors.count, "error")) in the process definition:\n"
        + problems.map { "  \($0.severity.rawValue): \($0)" }.joined(separator: "\n")
    case .session(let path, let problem): return "\(path): cannot load the session: \(problem)"
    case .notJSON(let path, let error): return "\(path): not valid JSON: \(error.description)"
    case .profile(let path, let problems):
      return "\(path): the profile has bad values:\n"
        + problems.map { "  \($0)" }.joined(separator: "\n")
    case .expectation: return message(in: .english)
    case .sourceLoop(let path):
      return "\(path) is already being run: a script that sources itself would never end"
    case .scriptStopped(let path, let atExpectation):
      return "\(path) stopped at a failed \(atExpectation ? "expectation" : "command")"
    case .nothingToUndo: return "nothing to undo: no command has changed the session"
    case .undoTooFar(let available):
      return "only \(counted(available, "command")) can be undone"
    case .noCheckpoint(let name, let existing):
      return "there is no checkpoint '\(name)'"
        + (Suggestion.closest(to: name, among: existing).map { "; did you mean '\($0)'?" }
          ?? (existing.isEmpty
            ? "; make one with 'checkpoint NAME'"
            : "; the checkpoints are \(Suggestion.list(existing, conjunction: "and"))"))
    case .alreadyRecording(let path): return "already recording to \(path); 'record stop' first"
    case .notRecording: return "not recording; 'record FILE' starts"
    case .taskRunsOtherProcess(let task, let runs, let asked):
      return "task \(task) runs \(runs), not \(asked)"
    case .noCounter(let task, let process, let counter, let counters):
      return "task \(task) (\(process)) has no counter '\(counter)'"
        + (counters.isEmpty
          ? "" : "; its counters are \(Suggestion.list(counters, conjunction: "and"))")
    case .noHelp(let topic, let suggestion):
      return "no help for '\(topic)'"
        + (suggestion.map { "; did you mean '\($0)'?" } ?? "; type 'help' for the list")
    case .wouldReplace(let path, .notASession):
      return "\(path) is there and is not a procsh session; --force replaces it"
    case .wouldReplace(let path, .notARecording):
      return "\(path) is there and is not a script procsh recorded; --force replaces it"
    case .interrupted(nil): return "interrupted"
    case .interrupted(let command?):
      return "interrupted: the session is as it was before '\(command)'"
    case .autosaveFailed(let path, let reason):
      return "the change is made but could not be saved to \(path): \(reason)"
    case .historyBroken(let step, let text, let error):
      return
        "the session's steps cannot be replayed: step \(step), '\(text)', is refused: \(error.message)"
    case .line(.notUTF8): return "the line is not UTF-8 text"
    case .line(.lineTooLong(let limit)):
      return "the line is longer than procsh reads (\(limit >> 20) MiB)"
    case .simulationSpan(.emptyWindow): return "--over must be longer than 0s"
    case .simulationSpan(.horizonBeforeWindow(let horizon, let window)):
      return "--until (\(horizon)) must be at least --over (\(window))"
    }
  }

  /// Whether this is a failed expectation (exit code 1) rather than a failed command (exit code 2).
  public var isExpectation: Bool {
    if case .expectation = self { return true }
    return false
  }

  /// The message in `language`. The catalogue has the failed expectations so far (issue 11);
  /// every other refusal is still in English.
  func message(in language: Language) -> String {
    switch self {
    case .expectation(let expected, let got):
      return language.text(
        ShellPhrase.expectationFailed, ["expected": .text(expected), "got": .text(got)])
    default:
      return message
    }
  }
}

extension ShellError.UsageProblem {
  public var message: String {
    switch self {
    case .missing(let noun, let after): return "'\(after)' needs \(noun)"
    case .unexpected(let word, let after):
      return "unexpected '\(word.shortened)' after '\(after.shortened)'"
    case .expectedWord(let expected, nil, let after):
      return "'\(after)' needs \(Suggestion.list(expected)) next"
    case .expectedWord(let expected, let found?, let after):
      return "expected \(Suggestion.list(expected)) after '\(after)', found '\(found)'"
        + (Suggestion.closest(to: found, among: expected).map { "; did you mean '\($0)'?" } ?? "")
    case .expectedSubcommandOrValue(let words, let noun, let found, let after):
      return "expected \(Suggestion.list(words)) or \(noun) after '\(after)', found '\(found)'"
        + (Suggestion.closest(to: found, among: words).map { "; did you mean '\($0)'?" } ?? "")
    case .unknownFlag(let flag, let command, let valid):
      var message = "unknown option '\(flag)'"
      if let suggestion = Suggestion.closest(to: flag, among: valid) {
        message += "; did you mean '\(suggestion)'?"
      } else if !valid.isEmpty {
        message += "; '\(command)' takes \(Suggestion.list(valid))"
      } else {
        message += "; '\(command)' takes none"
      }
      return message
    case .flagNeedsValue(let flag, let noun): return "\(flag) needs \(noun)"
    case .flagGivenTwice(let flag): return "\(flag) is given twice"
    case .invalid(let problem): return problem.message
    case .unordered(let described): return "\(described) compares only with == or !="
    case .unpaired(let field):
      return "filters come in pairs, FIELD VALUE; '\(field)' has no value"
    }
  }
}

extension ShellError.ValueProblem {
  public var message: String {
    switch self {
    case .notAnID(let text, let noun):
      return "'\(text.shortened)' is not \(noun); write it like 12 or #12"
    case .unknown(let kind, let text, let valid):
      var message = "unknown \(kind) '\(text.shortened)'"
      if let suggestion = Suggestion.closest(to: text, among: valid) {
        message += "; did you mean '\(suggestion)'?"
      } else {
        message += "; expected one of \(valid.joined(separator: ", "))"
      }
      return message
    case .outOfRange(let text, let noun, let range):
      return "'\(text)' is not \(noun) (\(range.lowerBound)–\(range.upperBound))"
    case .notACount(let text): return "'\(text)' is not a count; write a whole number"
    case .notASeed(let text): return "'\(text)' is not a seed; write a whole number"
    case .malformed(let error): return error.message
    case .contradiction(let first, let second):
      return "\(first) and \(second) contradict each other"
    }
  }
}

extension ShellError.FileProblem {
  public var message: String {
    switch self {
    case .system(let text): return text
    case .isFolder: return "is a folder, not a file"
    case .notAFile: return "is a device or something else that is not a file"
    case .danglingLink: return "is a link to a file that does not exist"
    case .tooLarge(let limit): return "is larger than procsh reads (\(limit >> 20) MiB)"
    case .notUTF8: return "is not UTF-8 text"
    case .noScripts: return "has no *.procsh scripts"
    case .missing: return "no such file or folder"
    }
  }
}

extension String {
  /// The text as a message quotes what a user typed: at most 60 characters, so a pasted
  /// megabyte does not come back as a megabyte of error.
  var shortened: String {
    count <= 60 ? self : String(prefix(59)) + "…"
  }
}

/// `1 order`, `2 orders`.
func counted(_ count: Int, _ noun: String) -> String {
  "\(count) \(noun)\(count == 1 ? "" : "s")"
}
