/// Where the REPL gets its lines: a terminal with line editing, or plain standard input. The
/// shell's tests use a scripted reader and never need a terminal.
public protocol LineReader: AnyObject {
  /// The next line without its newline, `.interrupted` when the user pressed Ctrl-C, or `.end` at
  /// the end of input (Ctrl-D).
  func readLine(prompt: String) -> LineInput
  /// Remembers a line the user entered (history).
  func remember(_ line: String)
}

public enum LineInput: Equatable, Sendable {
  case line(String)
  case interrupted
  case end
}

/// Reads standard input without prompts or history: when stdin is not a terminal.
public final class PlainLineReader: LineReader {
  public init() {}

  public func readLine(prompt: String) -> LineInput {
    guard let line = Swift.readLine(strippingNewline: true) else { return .end }
    return .line(line)
  }

  public func remember(_ line: String) {}
}

/// Lines given in advance, for tests.
public final class ScriptedLineReader: LineReader {
  private var lines: [LineInput]
  public private(set) var prompts: [String] = []
  public private(set) var remembered: [String] = []

  public init(_ lines: [LineInput]) {
    self.lines = lines
  }

  public func readLine(prompt: String) -> LineInput {
    prompts.append(prompt)
    return lines.isEmpty ? .end : lines.removeFirst()
  }

  public func remember(_ line: String) { remembered.append(line) }
}
