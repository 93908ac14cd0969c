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

  @Test func scriptsRunInSessionsOfTheirOwn() throws {
    let directory = try TemporaryDirectory()
    for index in 0..<8 {
      try directory.write("order new\norder new\nexpect count orders 2\n", to: "s\(index).procsh")
    }
    let results = TestRunner.run(try TestRunner.scripts(in: [directory.path]), jobs: 4)
    #expect(results.allSatisfy { $0.outcome == .success })
  }

  @Test func aMissingPathIsAnError() {
    #expect(throws: ShellError.file(path: "/no/such/dir", .missing)) {
      try TestRunner.scripts(in: ["/no/such/dir"])
    }
  }
}
