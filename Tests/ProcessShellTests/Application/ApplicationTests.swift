import Foundation
import Testing

/// SPEC §10 exit codes, as the built `procsh` gives them to the shell that ran it: 0 success, 1 an
/// `expect` failed, 2 a command failed.
@Suite struct ApplicationTests {
  /// The exit code of `procsh ARGUMENTS`, its output dropped.
  func exitCode(_ arguments: [String]) throws -> Int32? {
    let binary = ExampleTests.root.replacingOccurrences(
      of: "/examples", with: "/.build/debug/procsh")
    guard FileManager.default.isExecutableFile(atPath: binary) else {
      Issue.record("build procsh first: \(binary) is missing")
      return nil
    }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: binary)
    process.arguments = arguments
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.runEnded(within: 60) { process.waitUntilExit() }
    return process.terminationStatus
  }

  @Test func exitCodesSayWhetherAnExpectationOrACommandFailed() throws {
    #expect(try exitCode(["-c", "order new; expect order 1 status new"]) == 0)
    #expect(try exitCode(["-c", "order new; expect order 1 status completed"]) == 1)
    #expect(try exitCode(["-c", "pay order 9"]) == 2)
  }

  @Test func aScriptFileWithAFailedExpectationExitsOne() throws {
    let directory = try TemporaryDirectory()
    try directory.write("order new\nexpect order 1 status completed\n", to: "check.procsh")
    #expect(try exitCode([directory.path + "/check.procsh"]) == 1)
  }
}
