import Foundation
import Testing

/// SPEC §10 exit codes, as the built `procsh` gives them to the shell that ran it: 0 success, 1 an
/// `expect` failed, 2 a command failed.
@Suite struct ApplicationTests {
  /// The exit code of `procsh ARGUMENTS`, its output dropped.
  func exitCode(_ arguments: [String]) throws -> Int32? {
    try run(arguments)?.code
  }

  /// `procsh ARGUMENTS` with `environment` added to this process's: its exit code and standard
  /// output.
  func run(_ arguments: [String], environment: [String: String] = [:]) throws -> (
    code: Int32, output: String
  )? {
    let binary = ExampleTests.root.replacingOccurrences(
      of: "/examples", with: "/.build/debug/procsh")
    guard FileManager.default.isExecutableFile(atPath: binary) else {
      Issue.record("build procsh first: \(binary) is missing")
      return nil
    }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: binary)
    process.arguments = arguments
    var variables = ProcessInfo.processInfo.environment
    for name in ["PROCSH_LANG", "LC_ALL", "LC_MESSAGES", "LANG"] { variables[name] = nil }
    process.environment = variables.merging(environment) { $1 }
    let output = Pipe()
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    var data = Data()
    try process.runEnded(within: 60) {
      data = output.fileHandleForReading.readDataToEndOfFile()
      process.waitUntilExit()
    }
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
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

  /// SPEC §12.1: `--lang`, else `PROCSH_LANG`, else a locale starting with `ru` choose the
  /// language; an unknown `--lang` is a usage error (64).
  @Test func theCommandLineAndTheEnvironmentChooseTheLanguage() throws {
    #expect(try run(["-c", "clock"])?.output == "2026-01-05 09:00 (Mon)\n")
    #expect(try run(["--lang", "ru", "-c", "clock"])?.output == "2026-01-05 09:00 (пн)\n")
    #expect(
      try run(["-c", "clock"], environment: ["PROCSH_LANG": "ru"])?.output.hasSuffix("(пн)\n")
        == true)
    #expect(
      try run(["-c", "clock"], environment: ["LANG": "ru_RU.UTF-8"])?.output.hasSuffix("(пн)\n")
        == true)
    #expect(
      try run(["--lang", "en", "-c", "clock"], environment: ["PROCSH_LANG": "ru"])?.output
        .hasSuffix("(Mon)\n") == true)
    #expect(try exitCode(["--lang", "de", "-c", "clock"]) == 64)
  }

  /// The plain command line (read by hand) and argument-parser's forms of it (`--lang=ru`, read
  /// by argument-parser) do the same.
  @Test func aPlainLineAndArgumentParsersFormOfItDoTheSame() throws {
    let plain = try run(["--lang", "ru", "--echo", "-c", "order new; clock"])
    let parsed = try run(["--lang=ru", "--echo", "-c", "order new; clock"])
    #expect(plain?.code == 0)
    #expect(plain?.output.contains("(пн)") == true)
    #expect(plain?.output.contains("order new") == true)
    #expect(plain?.output == parsed?.output)
    #expect(try exitCode(["--no-such-option"]) == 64)
  }
}
