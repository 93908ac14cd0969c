import ProcessEngine

/// Why the shell refused a line. A refused command changed nothing.
///
/// The shell prints `error: MESSAGE`, with `FILE:LINE: ` before it in scripts; a failed `expect`
/// prints `FILE:LINE: expected …, got …` without `error:`.
public enum ShellError: Error, Equatable, Sendable {
  /// The line cannot be split into words (an open quote).
  case syntax(String)
  case unknownCommand(String, suggestion: String?)
  /// The words do not fit the command; `usage` is its synopsis.
  case usage(String, usage: String)
  case engine(EngineError)
  /// A file could not be read or written.
  case file(path: String, reason: String)
  /// A process definition file is invalid: every problem, errors first.
  case definition(path: String, problems: [DefinitionProblem])
  /// A session file cannot be loaded.
  case session(path: String, reason: String)
  /// An `expect` did not hold.
  case expectation(String)
  /// Anything else, already worded for the user.
  case other(String)

  public var message: String {
    switch self {
    case .syntax(let message): return message
    case .unknownCommand(let word, let suggestion):
      return "unknown command '\(word)'"
        + (suggestion.map { "; did you mean '\($0)'?" } ?? "; type 'help' for the list")
    case .usage(let message, let usage): return "\(message)\nusage: \(usage)"
    case .engine(let error): return error.message
    case .file(let path, let reason): return "\(path): \(reason)"
    case .definition(let path, let problems):
      let errors = problems.filter { $0.severity == .error }
      return
        "\(path): \(errors.count) error\(errors.count == 1 ? "" : "s") in the process definition:\n"
        + problems.map { "  \($0.severity.rawValue): \($0)" }.joined(separator: "\n")
    case .session(let path, let reason): return "\(path): cannot load the session: \(reason)"
    case .expectation(let message): return message
    case .other(let message): return message
    }
  }

  /// Whether this is a failed expectation (exit code 1) rather than a failed command (exit code 2).
  public var isExpectation: Bool {
    if case .expectation = self { return true }
    return false
  }
}
