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
    try process.run()
    // A line ending in CR LF (a script saved on Windows), an empty line, and a last line with
    // no newline at all.
    input.fileHandleForWriting.write(Data("clock\r\nclock set 2026-02-01\n\nclock".utf8))
    try input.fileHandleForWriting.close()
    let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(
      text == """
        2026-01-05 09:00 (Mon)
        2026-02-01 00:00  clock set to 2026-02-01 00:00
        2026-02-01 00:00 (Sun)

        """)
    #expect(process.terminationStatus == 0)
  }
}
