import ProcessEngine
import ProcessShell
import Testing

/// SPEC §9: scripts stop at the first failing command or expectation, name FILE:LINE, and say how
/// they went; `--keep-going` goes on.
@Suite struct ScriptTests {
  @Test func aScriptRunsLineByLineAndStopsAtTheFirstFailure() {
    let session = Transcript()
    let script = """
      #!/usr/bin/env procsh
      order new   # the customer orders
      pay order 2
      order new
      """
    #expect(session.shell.runScript(script, path: "s.procsh") == .commandFailed)
    #expect(session.errors.text == "s.procsh:3: error: there is no order 2; orders are 1–1\n")
    #expect(session.engine.orders.count == 1)
  }

  @Test func keepGoingRunsEveryLineAndReportsTheWorstOutcome() {
    let session = Transcript()
    let script = "expect clock 2030-01-01\norder new\npay order 7\norder new\n"
    #expect(session.shell.runScript(script, path: "s.procsh", keepGoing: true) == .commandFailed)
    #expect(session.engine.orders.count == 2)
    #expect(lines(session.errors.text).count == 2)
  }

  /// `-c "a; b"` is one line: with `--keep-going`, a command that fails does not take the rest
  /// of its line with it, and the line still reports the worst outcome.
  @Test func keepGoingGoesOnWithTheRestOfALine() {
    let session = Transcript()
    let script = "expect clock 2030-01-01; order new; pay order 7; order new\norder new\n"
    #expect(session.shell.runScript(script, path: "-c", keepGoing: true) == .commandFailed)
    #expect(session.engine.orders.count == 3)
    #expect(lines(session.errors.text).count == 2)
    #expect(session.errors.text.contains("-c:1: error: there is no order 7"))
    // An expectation that fails alone is only that; without --keep-going the line stops there.
    let alone = Transcript()
    #expect(
      alone.shell.runScript("expect clock 2030-01-01; order new", path: "-c", keepGoing: true)
        == .expectationFailed)
    #expect(alone.engine.orders.count == 1)
    let stopping = Transcript()
    #expect(
      stopping.shell.runScript("pay order 7; order new", path: "-c") == .commandFailed)
    #expect(stopping.engine.orders.isEmpty)
  }

  @Test func aFailedExpectationAloneGivesExpectationFailed() {
    let session = Transcript()
    #expect(
      session.shell.runScript("order new\nexpect order 1 status completed\n", path: "x")
        == .expectationFailed)
  }

  @Test func echoModePrintsEachCommandBeforeItsOutput() {
    let session = Transcript()
    session.shell.echoCommands = true
    session.ok("clock; echo Day one; as written")
    #expect(
      session.output.text
        == "> clock\n2026-01-05 09:00 (Mon)\n> echo Day one; as written\nDay one; as written\n")
  }

  @Test func sourceRunsAScriptInThisSessionWithItsOwnLineNumbers() throws {
    let directory = try TemporaryDirectory()
    let inner = directory.path + "/inner.procsh"
    try directory.write("order new\norder new\npay order 5\n", to: "inner.procsh")
    let session = Transcript()
    #expect(session.failing("source \(inner)").hasPrefix("\(inner):3: error: there is no order 5"))
    #expect(session.engine.orders.count == 2)
    try directory.write("source \(directory.path)/loop.procsh\n", to: "loop.procsh")
    #expect(
      session.failing("source \(directory.path)/loop.procsh").contains("is already being run"))
  }

  @Test func quitEndsAScriptSuccessfully() {
    let session = Transcript()
    #expect(session.shell.runScript("order new\nquit\npay order 9\n", path: "q") == .success)
  }
}

/// SPEC §11.2: every bad input gets a clear message, and the session stays exactly as it was.
@Suite struct BadInputTests {
  @Test(arguments: [
    ("frobnicate", "error: unknown command 'frobnicate'; type 'help' for the list"),
    ("ordr new", "error: unknown command 'ordr'; did you mean 'order'?"),
    ("order new --colour red", "error: unknown option '--colour'"),
    ("answer task 99 yes", "error: there is no task 99; tasks are 1–2"),
    (
      "answer task 2 perhaps",
      "error: task 2 has no option 'perhaps'; expected 'reached', 'duplicate', 'wrong-number' or 'no-answer'"
    ),
    ("advance 3 days", "error: '3' is not a duration"),
    ("advance -1d", "error: '-1d' is not a duration"),
    (
      "advance to 2025-12-31",
      "error: 2025-12-31 00:00 is before the clock (2026-01-05 09:01); virtual time only moves forward"
    ),
    ("pay order 1 0", "error: the amount must be more than 0"),
    ("pay order 1 12,50", "error: '12,50' is not an amount; write it like 10000 or 99.50"),
    ("cancel order 1; pay order 1", "error: order 1 cannot be paid: it is cancelled"),
    (
      "set order 1 status completed",
      "error: 'completed' is set by payments; use 'pay order N [AMOUNT]'"
    ),
    ("as boris", "error: there is no manager 'boris'; add one with 'manager add boris'"),
    (
      "process start order-procesing",
      "error: there is no process 'order-procesing'; did you mean 'order-processing'?"
    ),
    ("set user 1 name \"unclosed", "error: the quote \" is not closed"),
    ("load /nonexistent/session.json", "error: /nonexistent/session.json: no such file or folder"),
    ("process load /nonexistent.json", "error: /nonexistent.json: no such file or folder"),
    ("source /nonexistent.procsh", "error: /nonexistent.procsh: no such file or folder"),
    ("undo 5", "error: only 3 commands can be undone"),
    ("restore monday", "error: there is no checkpoint 'monday'; make one with 'checkpoint NAME'"),
  ])
  func badInputIsRefusedAndChangesNothing(line: String, message: String) {
    let session = Transcript()
    session.ok("order new; advance 1m; answer task 1 yes")
    let before = session.engine.sessionBytes()
    let errors = session.failing(line)
    #expect(errors.hasPrefix(message), "got: \(errors)")
    if !line.contains(";") {
      #expect(identical(session.engine.sessionBytes(), before))
    }
  }

  /// Swift reads "\r\n" as one character, so a script saved on Windows once ran as a single
  /// line: every command after the first was silently swallowed, and `procsh test` passed it.
  @Test func windowsLineEndingsSeparateLinesAsUnixOnesDo() {
    let session = Transcript()
    let script = "order new\r\norder new # two\r\nexpect count orders 3\r\n"
    #expect(session.shell.runScript(script, path: "crlf.procsh") == .expectationFailed)
    #expect(session.errors.text == "crlf.procsh:3: expected count orders == 3, got 2\n")
    #expect(session.engine.orders.count == 2)
  }
}
