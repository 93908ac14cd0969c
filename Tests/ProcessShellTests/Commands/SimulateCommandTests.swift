import ProcessEngine
import ProcessShell
import Testing

/// `simulate` and `stats` in the shell: the summary, the orders left in the session, saving them.
@Suite struct SimulateCommandTests {
  @Test func simulatePrintsTheFunnelAndLeavesTheOrdersInTheSession() {
    let session = Transcript()
    let text = session.ok("simulate 300 orders")
    #expect(text.hasPrefix("simulated 300 orders (1–300), seed 42, over 1d: 2026-01-05 09:00 → "))
    #expect(text.contains("conversion to paid: "))
    #expect(text.contains("manager steps answered: "))
    #expect(session.engine.orders.count == 300)
    session.ok("order 17; task 1; status; stats")
    #expect(session.ok("stats").contains("300 orders"))
  }

  @Test func theSameSummaryInASavedAndLoadedSession() throws {
    let directory = try TemporaryDirectory()
    let first = Transcript()
    first.ok("simulate 300 orders --seed 5")
    let stats = first.ok("stats")
    first.ok("save \(directory.path)/sim.json")
    let second = Transcript()
    second.ok("load \(directory.path)/sim.json")
    #expect(second.ok("stats") == stats)
    // And a second simulation in either goes the same way.
    #expect(first.ok("simulate 50 orders --seed 6") == second.ok("simulate 50 orders --seed 6"))
    #expect(identical(first.engine.sessionBytes(), second.engine.sessionBytes()))
  }

  @Test func simulateAnswersInJSONAndCanBeUndone() {
    let session = Transcript()
    let json = session.ok("simulate 100 orders --json")
    #expect(json.contains(#""orders": 100"#))
    #expect(json.contains(#""first-order": 1"#))
    session.ok("undo")
    #expect(session.engine.orders.isEmpty)
  }

  @Test func badSimulationsAreRefused() throws {
    let directory = try TemporaryDirectory()
    try directory.write(#"{"shares": {"normal": 2}}"#, to: "bad.json")
    let session = Transcript()
    #expect(
      session.failing("simulate 10 orders --profile \(directory.path)/bad.json")
        == "error: \(directory.path)/bad.json: the profile has bad values:\n  shares.normal: 2.0 is not a probability (0 to 1)\n"
    )
    #expect(session.failing("simulate 0 orders").hasPrefix("error: '0' is not a number of orders"))
    #expect(
      session.failing("simulate 10 orders --log some").hasPrefix(
        "error: unknown log detail 'some'; expected one of full, changes"))
    #expect(session.engine.orders.isEmpty)
  }
}
