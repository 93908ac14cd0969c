import Testing

@testable import ProcessShell

/// Running another program with input and collecting what it writes (for Graphviz).
@Suite struct ChildProcessTests {
  @Test func findsAProgramAlongThePath() {
    #expect(ChildProcess.find("sh", searchPath: "/nonexistent:/bin") == "/bin/sh")
    #expect(ChildProcess.find("sh", searchPath: "/nonexistent") == nil)
    // A folder of that name is not a program.
    #expect(ChildProcess.find("bin", searchPath: "/") == nil)
  }

  /// A megabyte in and out: through files, neither side waits for the other.
  @Test func inputGoesInAndOutputComesOut() throws {
    let input = (0..<1_000_000).map { UInt8(truncatingIfNeeded: $0 &* 7) }
    let outcome = try ChildProcess.run("/bin/cat", arguments: [], input: input)
    #expect(outcome.termination == .exited(0))
    #expect(identical(outcome.output, input))
    #expect(outcome.errors.isEmpty)
  }

  @Test func theExitCodeAndStandardErrorAreKept() throws {
    let outcome = try ChildProcess.run(
      "/bin/sh", arguments: ["-c", "echo out; echo err >&2; exit 3"], input: [])
    #expect(outcome.termination == .exited(3))
    #expect(outcome.output == Array("out\n".utf8))
    #expect(outcome.errors == Array("err\n".utf8))
  }

  /// A program that ends without reading its input does not take procsh with it (SIGPIPE).
  @Test func aProgramThatReadsNothingOrIsKilledIsReported() throws {
    let unread = try ChildProcess.run(
      "/bin/sh", arguments: ["-c", "exit 0"], input: Array(repeating: 65, count: 1 << 20))
    #expect(unread.termination == .exited(0))
    let killed = try ChildProcess.run("/bin/sh", arguments: ["-c", "kill -9 $$"], input: [])
    #expect(killed.termination == .signalled(9))
  }

  @Test func aProgramThatCannotRunIsAFailure() {
    #expect(throws: ChildProcess.Failure.self) {
      try ChildProcess.run("/nonexistent/dot", arguments: [], input: [])
    }
  }
}
