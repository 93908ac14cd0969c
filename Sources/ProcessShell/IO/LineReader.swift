#if canImport(Glibc)
  import Glibc
#endif

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
  /// A line that cannot be read as a command: it is refused and the next one is read.
  case unreadable(ShellError.LineProblem)
}

/// Reads a file descriptor (standard input) without prompts or history, when it is not a
/// terminal: lines as they come, a line that is not UTF-8 or longer than procsh reads refused
/// with its number rather than repaired or grown without bound (`yes | procsh`, `< /dev/zero`).
public final class PlainLineReader: LineReader {
  private let descriptor: Int32
  private var buffer: [UInt8] = []
  private var start = 0
  /// Where the search for the next newline goes on: the bytes before it have none.
  private var scanned = 0
  private var ended = false
  /// The longest line read; beyond it the line is refused and skipped.
  let longestLine: Int

  public init(descriptor: Int32 = 0, longestLine: Int = FileSystem.largestText) {
    self.descriptor = descriptor
    self.longestLine = longestLine
  }

  public func readLine(prompt: String) -> LineInput {
    var tooLong = false
    while true {
      if let newline = Self.newline(in: buffer, from: max(start, scanned)) {
        let line = buffer[start..<newline]
        start = newline + 1
        scanned = start
        if tooLong { return .unreadable(.lineTooLong(limit: longestLine)) }
        return Self.decode(line)
      }
      if buffer.count - start > longestLine {
        // Drop what is read of the line and keep reading to its end.
        tooLong = true
        buffer.removeAll(keepingCapacity: true)
        start = 0
      }
      scanned = buffer.count
      if ended {
        guard start < buffer.count else { return .end }
        let line = buffer[start...]
        start = buffer.count
        if tooLong { return .unreadable(.lineTooLong(limit: longestLine)) }
        return Self.decode(line)
      }
      if start > 0 {
        buffer.removeFirst(start)
        scanned -= start
        start = 0
      }
      var chunk = [UInt8](repeating: 0, count: 1 << 16)
      let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
      if count < 0 {
        if errno == EINTR { return .interrupted }
        ended = true
      } else if count == 0 {
        ended = true
      } else {
        buffer.append(contentsOf: chunk[..<count])
      }
    }
  }

  /// The position of the first line feed at or after `from`.
  static func newline(in buffer: [UInt8], from: Int) -> Int? {
    guard from < buffer.count else { return nil }
    return buffer.withUnsafeBufferPointer { bytes in
      guard let found = memchr(bytes.baseAddress! + from, 0x0A, bytes.count - from) else {
        return nil
      }
      return bytes.baseAddress!.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }
  }

  /// A line's text without its carriage return, or why it cannot be read.
  static func decode(_ bytes: ArraySlice<UInt8>) -> LineInput {
    var bytes = bytes
    if bytes.last == 0x0D { bytes.removeLast() }
    guard let text = String(validating: bytes, as: UTF8.self) else { return .unreadable(.notUTF8) }
    return .line(text)
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
