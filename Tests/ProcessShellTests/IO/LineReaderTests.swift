import Foundation
import Testing

@testable import ProcessShell

/// Where the REPL gets its lines. The shell's tests use a scripted reader; standard input is read
/// by `PlainLineReader` when it is not a terminal.
@Suite struct LineReaderTests {
  @Test func aScriptedReaderGivesItsLinesThenTheEndForever() {
    let reader = ScriptedLineReader([.line("order new"), .interrupted, .line("Анна")])
    #expect(reader.readLine(prompt: "a> ") == .line("order new"))
    #expect(reader.readLine(prompt: "b> ") == .interrupted)
    #expect(reader.readLine(prompt: "c> ") == .line("Анна"))
    #expect(reader.readLine(prompt: "d> ") == .end)
    #expect(reader.readLine(prompt: "e> ") == .end)
    // Every prompt shown, including those answered by the end of input.
    #expect(reader.prompts == ["a> ", "b> ", "c> ", "d> ", "e> "])
  }

  @Test func aScriptedReaderRemembersWhatItIsToldInOrder() {
    let reader = ScriptedLineReader([])
    #expect(reader.remembered == [])
    reader.remember("order new")
    reader.remember("advance 1m")
    reader.remember("order new")
    #expect(reader.remembered == ["order new", "advance 1m", "order new"])
  }

  /// The lines a plain reader reads from a pipe holding `bytes`.
  static func readLines(_ bytes: [UInt8], longestLine: Int = 1 << 20) -> [LineInput] {
    var ends: [Int32] = [0, 0]
    guard pipe(&ends) == 0 else { return [] }
    let input = ends[1]
    let writer = Thread {
      _ = bytes.withUnsafeBytes { write(input, $0.baseAddress, $0.count) }
      close(input)
    }
    writer.start()
    let reader = PlainLineReader(descriptor: ends[0], longestLine: longestLine)
    var lines: [LineInput] = []
    while true {
      let input = reader.readLine(prompt: "")
      if input == .end { break }
      lines.append(input)
    }
    close(ends[0])
    return lines
  }

  /// Bytes that are not UTF-8 were repaired silently on standard input but refused in files;
  /// now a line that is not text is refused and the next is read.
  @Test(.timeLimit(.minutes(1)))
  func aLineThatIsNotUTF8IsRefusedAndTheNextRead() {
    let bytes: [UInt8] = Array("order new\r\n".utf8) + [0xFF, 0xFE, 0x0A] + Array("Анна".utf8)
    #expect(
      Self.readLines(bytes) == [.line("order new"), .unreadable(.notUTF8), .line("Анна")])
  }

  /// `procsh < /dev/zero`: a line that never ends is refused at the limit instead of growing
  /// until memory runs out, and reading goes on after it.
  @Test(.timeLimit(.minutes(1)))
  func aLineLongerThanTheLimitIsRefused() {
    let bytes = [UInt8](repeating: 0, count: 300_000) + Array("\necho after\n".utf8)
    #expect(
      Self.readLines(bytes, longestLine: 100_000) == [
        .unreadable(.lineTooLong(limit: 100_000)), .line("echo after"),
      ])
  }

  /// `PlainLineReader` reads the process's standard input. Pointing this test process's stdin
  /// elsewhere would be shared with every test running alongside (and stdin's buffer and end of
  /// file flag outlive the swap), so procsh itself is run with its input piped, which is where
  /// the shell uses this reader (SPEC §10: "reads commands from stdin, no prompt, no history").
  @Test(.timeLimit(.minutes(1)))
  func pipedLinesAreReadOneByOneWithoutAPrompt() throws {
    let binary = ExampleTests.root.replacingOccurrences(
      of: "/examples", with: "/.build/debug/procsh")
    guard FileManager.default.isExecutableFile(atPath: binary) else {
      Issue.record("build procsh first: \(binary) is missing")
      return
    }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: binary)
    var environment = ProcessInfo.processInfo.environment
    environment["NO_COLOR"] = "1"
    process.environment = environment
    let input = Pipe()
    let output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    process.standardError = output
    let text = try process.runEnded(within: 50) {
      // A line ending in CR LF (a script saved on Windows), an empty line, and a last line with
      // no newline at all.
      input.fileHandleForWriting.write(Data("clock\r\nclock set 2026-02-01\n\nclock".utf8))
      try input.fileHandleForWriting.close()
      let data = output.fileHandleForReading.readDataToEndOfFile()
      process.waitUntilExit()
      return String(decoding: data, as: UTF8.self)
    }
    #expect(
      text == """
        2026-01-05 09:00 (Mon)
        2026-02-01 00:00  clock set to 2026-02-01 00:00
        2026-02-01 00:00 (Sun)

        """)
    #expect(process.terminationStatus == 0)
  }
}
