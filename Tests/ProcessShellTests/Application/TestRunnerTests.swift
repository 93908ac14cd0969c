import Foundation
import ProcessEngine
import ProcessShell
import Testing

/// `procsh test`: one session per script, in parallel, results in the order given.
@Suite struct TestRunnerTests {
  @Test func reportsOkAndFailPerScriptWithTheFirstFailureAndTheTotals() throws {
    let directory = try TemporaryDirectory()
    try directory.write("order new\nexpect order 1 status new\n", to: "a.procsh")
    try directory.write(
      "order new\nexpect order 1 status completed\nexpect order 1 status new\n", to: "b.procsh")
    try directory.write("pay order 1\n", to: "c.procsh")
    try directory.write("not a script\n", to: "notes.txt")
    let scripts = try TestRunner.scripts(in: [directory.path])
    #expect(scripts.map { $0.split(separator: "/").last! } == ["a.procsh", "b.procsh", "c.procsh"])
    let results = TestRunner.run(scripts, jobs: 3)
    let report = TestRunner.report(results)
    #expect(
      lines(report) == [
        "ok    \(directory.path)/a.procsh",
        "FAIL  \(directory.path)/b.procsh",
        "      \(directory.path)/b.procsh:2: expected order 1 status == completed, got new",
        "FAIL  \(directory.path)/c.procsh",
        "      \(directory.path)/c.procsh:1: error: there is no order 1; there are no orders yet",
        "1 passed, 2 failed",
      ])
    let xml = TestRunner.junit(results)
    #expect(xml.contains("<testsuite name=\"procsh\" tests=\"3\" failures=\"2\""))
    #expect(
      xml.contains(
        "<failure type=\"expectation\" message=\"\(directory.path)/b.procsh:2: expected order 1 status == completed, got new\">"
      ))
  }

  /// `procsh test --lang ru`: each script's session speaks the language asked for, whatever the
  /// environment says (the variable was the only way before).
  @Test func scriptsRunInTheLanguageAskedFor() throws {
    let directory = try TemporaryDirectory()
    try directory.write("pay order 1\n", to: "c.procsh")
    let scripts = try TestRunner.scripts(in: [directory.path])
    let russian = TestRunner.run(scripts, jobs: 1, language: .russian)
    #expect(russian[0].failure.contains("ошибка: нет заказа 1"))
    let english = TestRunner.run(scripts, jobs: 1, language: .english)
    #expect(english[0].failure.contains("error: there is no order 1"))
  }

  @Test func scriptsRunInSessionsOfTheirOwn() throws {
    let directory = try TemporaryDirectory()
    for index in 0..<8 {
      try directory.write("order new\norder new\nexpect count orders 2\n", to: "s\(index).procsh")
    }
    let results = TestRunner.run(try TestRunner.scripts(in: [directory.path]), jobs: 4)
    #expect(results.allSatisfy { $0.outcome == .success })
  }

  /// Runs the built `procsh test` on a folder and returns its exit code and standard output.
  func procshTest(_ folder: String) throws -> (status: Int32, output: String)? {
    let binary = ExampleTests.root.replacingOccurrences(
      of: "/examples", with: "/.build/debug/procsh")
    guard FileManager.default.isExecutableFile(atPath: binary) else {
      Issue.record("build procsh first: \(binary) is missing")
      return nil
    }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: binary)
    process.arguments = ["test", "-j", "2", folder]
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = FileHandle.nullDevice
    let data = try process.runEnded {
      let data = pipe.fileHandleForReading.readDataToEndOfFile()
      process.waitUntilExit()
      return data
    }
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
  }

  /// SPEC §10: `procsh test` exits 1 when a test script failed, even if others passed, and 0
  /// only when every script passed; a script that ends with `quit` has passed.
  @Test func exitsOneWhenAnyScriptFailsAndZeroWhenAllPass() throws {
    let directory = try TemporaryDirectory()
    try directory.write("order new\nexpect order 1 status new\n", to: "a.procsh")
    try directory.write("order new\nexpect order 1 status completed\n", to: "b.procsh")
    let mixed = try #require(try procshTest(directory.path))
    #expect(mixed.status == 1)
    #expect(lines(mixed.output).last == "1 passed, 1 failed")

    try directory.write("order new\nquit\nexpect order 1 status completed\n", to: "b.procsh")
    let passing = try #require(try procshTest(directory.path))
    #expect(passing.status == 0)
    #expect(lines(passing.output).last == "2 passed, 0 failed")
  }

  @Test func aMissingPathIsAnError() {
    #expect(throws: ShellError.file(path: "/no/such/dir", .missing)) {
      try TestRunner.scripts(in: ["/no/such/dir"])
    }
  }
}
