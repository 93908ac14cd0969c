@testable import ProcessEngine

extension EngineError {
  /// The problem of a refused session, or nil for any other error: what a test of the reader
  /// looks at, part by part.
  var sessionProblem: SessionProblem? {
    guard case .session(let problem) = self else { return nil }
    return problem
  }
}
