import Foundation
import ProcessEngine
import Testing

@testable import ProcessShell

#if canImport(Glibc)
  import Glibc
#endif

/// Colour for a terminal, plain text everywhere else (SPEC §10: "colour only on a terminal, never
/// with NO_COLOR").
@Suite struct StyleTests {
  enum Colour: CaseIterable, Sendable {
    case dim, bold, red, green, yellow, cyan
  }

  static func apply(_ colour: Colour, in style: Style, to text: String) -> String {
    switch colour {
    case .dim: return style.dim(text)
    case .bold: return style.bold(text)
    case .red: return style.red(text)
    case .green: return style.green(text)
    case .yellow: return style.yellow(text)
    case .cyan: return style.cyan(text)
    }
  }

  @Test(arguments: Colour.allCases)
  func colourIsOnlyUsedWhenAsked(colour: Colour) {
    #expect(Self.apply(colour, in: .plain, to: "Анна Петрова") == "Анна Петрова")
  }

  /// The SGR escapes a terminal reads: ESC [ code m, the text, then ESC [ 0 m, which resets
  /// everything, so a colour never leaks into the rest of the line.
  @Test(arguments: [
    (Colour.dim, "\u{1B}[2mАнна\u{1B}[0m"),
    (.bold, "\u{1B}[1mАнна\u{1B}[0m"),
    (.red, "\u{1B}[31mАнна\u{1B}[0m"),
    (.green, "\u{1B}[32mАнна\u{1B}[0m"),
    (.yellow, "\u{1B}[33mАнна\u{1B}[0m"),
    (.cyan, "\u{1B}[36mАнна\u{1B}[0m"),
  ])
  func aColouredStyleWrapsTheTextInItsEscapeAndAReset(colour: Colour, text: String) {
    // What reaches the terminal: Style marks colours, EscapingOutput writes them out.
    #expect(EscapingOutput.escaped(Self.apply(colour, in: .colored, to: "Анна")) == text)
  }

  /// The slugs of SPEC §3 and the colour of where each leaves the order: paid green, lost red, a
  /// soft delete dimmed, every actual status yellow.
  static let statuses: [(OrderStatus, slug: String, colored: String)] = [
    (.new, "new", "\u{1B}[33mnew\u{1B}[0m"),
    (.inWork, "in-work", "\u{1B}[33min-work\u{1B}[0m"),
    (.notConfirmed, "not-confirmed", "\u{1B}[33mnot-confirmed\u{1B}[0m"),
    (.awaitingPayment, "awaiting-payment", "\u{1B}[33mawaiting-payment\u{1B}[0m"),
    (.postponed, "postponed", "\u{1B}[33mpostponed\u{1B}[0m"),
    (.partiallyPaid, "partially-paid", "\u{1B}[33mpartially-paid\u{1B}[0m"),
    (.pendingRefund, "pending-refund", "\u{1B}[33mpending-refund\u{1B}[0m"),
    (.completed, "completed", "\u{1B}[32mcompleted\u{1B}[0m"),
    (.cancelled, "cancelled", "\u{1B}[31mcancelled\u{1B}[0m"),
    (.false, "false", "\u{1B}[2mfalse\u{1B}[0m"),
  ]

  @Test func everyStatusHasAColour() {
    #expect(Self.statuses.map(\.0) == OrderStatus.allCases)
  }

  @Test(arguments: statuses)
  func aStatusIsColouredByWhereItLeavesTheOrder(status: OrderStatus, slug: String, colored: String)
  {
    #expect(EscapingOutput.escaped(Style.colored.status(status)) == colored)
    #expect(Style.plain.status(status) == slug)
  }

  @Test func aShellIsPlainUnlessToldOtherwise() {
    let shell = Shell(output: BufferedOutput(), errors: BufferedOutput())
    #expect(!shell.style.isColored)
  }

  /// `procsh` itself decides (Application.run): colour when standard output is a terminal and
  /// NO_COLOR is not set. Run under a pseudo-terminal, as a user would see it.
  @Test func theShellIsColouredOnATerminalUnlessNoColorIsSet() throws {
    let plainLine = "2026-01-05 09:00  order 1 · created for user 1: Course, 10000"
    let colouredLine =
      "\u{1B}[2m2026-01-05 09:00\u{1B}[0m  order 1 · created for user 1: Course, 10000"
    guard let terminal = try Self.onATerminal("order new", noColor: nil) else { return }
    #expect(terminal.contains(colouredLine))
    let noColor = try #require(try Self.onATerminal("order new", noColor: "1"))
    #expect(noColor.contains(plainLine))
    #expect(!noColor.contains("\u{1B}["))
    // no-color.org: an empty NO_COLOR is as good as none.
    let empty = try #require(try Self.onATerminal("order new", noColor: ""))
    #expect(empty.contains(colouredLine))
    // A pipe is not a terminal: scripts and tests get plain text.
    let piped = try #require(try Self.piped("order new"))
    #expect(piped.contains(plainLine))
    #expect(!piped.contains("\u{1B}["))
  }

  static var binary: String? {
    let path = ExampleTests.root.replacingOccurrences(of: "/examples", with: "/.build/debug/procsh")
    guard FileManager.default.isExecutableFile(atPath: path) else {
      Issue.record("build procsh first: \(path) is missing")
      return nil
    }
    return path
  }

  static func procsh(_ commands: String, noColor: String?) -> Process? {
    guard let binary else { return nil }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: binary)
    process.arguments = ["-c", commands]
    var environment = ProcessInfo.processInfo.environment
    environment["NO_COLOR"] = noColor
    process.environment = environment
    process.standardInput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    return process
  }

  /// A C function by name: the pseudo-terminal functions are not in the Glibc module, which
  /// leaves out what needs `_XOPEN_SOURCE`.
  static func function<T>(_ name: String, as type: T.Type) throws -> T {
    let symbol = try #require(dlsym(nil, name), "no \(name) in the C library")  // nil: RTLD_DEFAULT
    return unsafeBitCast(symbol, to: type)
  }

  /// What `procsh -c COMMANDS` prints with its standard output on a pseudo-terminal.
  static func onATerminal(_ commands: String, noColor: String?) throws -> String? {
    typealias Call = @convention(c) (Int32) -> Int32
    typealias Name = @convention(c) (Int32, UnsafeMutablePointer<CChar>?, Int) -> Int32
    let master = try function("posix_openpt", as: Call.self)(O_RDWR | O_NOCTTY | O_CLOEXEC)
    try #require(master >= 0, "no pseudo-terminal")
    defer { close(master) }
    try #require(try function("grantpt", as: Call.self)(master) == 0)
    try #require(try function("unlockpt", as: Call.self)(master) == 0)
    var name = [CChar](repeating: 0, count: 128)
    try #require(try function("ptsname_r", as: Name.self)(master, &name, name.count) == 0)
    let path = String(
      decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    // Close-on-exec, so that only this procsh has the terminal: a process another test starts
    // meanwhile would hold it open and keep the reading below from seeing its end.
    let slave = open(path, O_RDWR | O_NOCTTY | O_CLOEXEC)
    try #require(slave >= 0)
    guard let process = procsh(commands, noColor: noColor) else {
      close(slave)
      return nil
    }
    process.standardOutput = FileHandle(fileDescriptor: slave, closeOnDealloc: false)
    let bytes = try process.runEnded {
      close(slave)
      // Read until the child's end of the terminal closes (EIO), then wait for it.
      var bytes: [UInt8] = []
      var buffer = [UInt8](repeating: 0, count: 4096)
      while true {
        let count = read(master, &buffer, buffer.count)
        if count < 0 && errno == EINTR { continue }
        if count <= 0 { break }
        bytes += buffer[..<count]
      }
      process.waitUntilExit()
      return bytes
    }
    // The terminal turns each "\n" into "\r\n".
    return String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "\r\n", with: "\n")
  }

  /// What `procsh -c COMMANDS` prints into a pipe.
  static func piped(_ commands: String) throws -> String? {
    guard let process = procsh(commands, noColor: nil) else { return nil }
    let pipe = Pipe()
    process.standardOutput = pipe
    let data = try process.runEnded {
      let data = pipe.fileHandleForReading.readDataToEndOfFile()
      process.waitUntilExit()
      return data
    }
    return String(decoding: data, as: UTF8.self)
  }
}
