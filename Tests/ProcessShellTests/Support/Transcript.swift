import ProcessEngine
import ProcessShell
import Testing

/// A shell with its output captured, for tests that read like a session.
final class Transcript {
  let output = BufferedOutput()
  let errors = BufferedOutput()
  let shell: Shell

  init(engine: Engine = Engine()) {
    shell = Shell(engine: engine, output: output, errors: errors)
  }

  /// Runs a line and returns what it printed (standard output, then standard error).
  @discardableResult
  func run(_ line: String) -> String {
    output.clear()
    errors.clear()
    shell.run(line: line)
    return output.text + errors.text
  }

  /// Runs a line that must succeed and returns its standard output.
  @discardableResult
  func ok(_ line: String, sourceLocation: SourceLocation = #_sourceLocation) -> String {
    output.clear()
    errors.clear()
    let outcome = shell.run(line: line)
    #expect(outcome == .success, "\(line) → \(errors.text)", sourceLocation: sourceLocation)
    return output.text
  }

  /// Runs a line that must fail and returns its error output.
  @discardableResult
  func failing(_ line: String, sourceLocation: SourceLocation = #_sourceLocation) -> String {
    output.clear()
    errors.clear()
    let outcome = shell.run(line: line)
    #expect(outcome != .success, "\(line) should have failed", sourceLocation: sourceLocation)
    return errors.text
  }

  var engine: Engine { shell.engine }
}

/// Lines of text, for comparing output line by line with a readable diff on failure.
func lines(_ text: String) -> [String] {
  text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init).filter {
    !$0.isEmpty
  }
}

/// Whether two documents are the same bytes, as one Bool: a failed `==` of two long arrays
/// inside `#expect` makes the test library compute their difference, which takes minutes.
func identical(_ a: [UInt8], _ b: [UInt8]) -> Bool { a == b }
