import JSON
import ProcessEngine
import Testing

/// SPEC §11.3: a seeded population of customers and automated managers drives the built-in
/// process, deterministically, order by order independently of how many orders there are.
@Suite struct SimulationTests {
  func simulate(_ orders: Int, seed: UInt64 = 42, logsSteps: Bool? = nil, on engine: inout Engine)
    -> SimulationReport
  {
    Simulation(parameters: SimulationParameters(orders: orders, seed: seed, logsSteps: logsSteps))
      .run(on: &engine)
  }

  @Test func theSameSeedGivesTheSameSessionTwice() {
    var first = Engine()
    var second = Engine()
    let a = simulate(500, on: &first)
    let b = simulate(500, on: &second)
    #expect(a == b)
    #expect(identical(first.sessionBytes(), second.sessionBytes()))
    var other = Engine()
    #expect(simulate(500, seed: 7, on: &other) != a)
  }

  @Test func theSummaryAddsUp() {
    var engine = Engine()
    let report = simulate(2000, on: &engine)
    let statistics = report.statistics
    #expect(statistics.orders == 2000)
    #expect(statistics.byStatus.values.reduce(0, +) == 2000)
    #expect(
      statistics.cancelReasons.reduce(0) { $0 + $1.count } == statistics.byStatus[.cancelled] ?? 0)
    #expect(statistics.calls == engine.orders.reduce(0) { $0 + Int($1.calls) })
    #expect(
      statistics.stepsByQuestion.reduce(0) { $0 + $1.count }
        == statistics.stepsByManager.reduce(0) { $0 + $1.count })
    // Every order's launched task ended (the population ends within the 40 days).
    #expect(!report.stoppedAtHorizon)
    #expect(engine.tasks.filter { $0.parent == nil }.allSatisfy { $0.state == .ended })
    let launchedEnds = statistics.taskEnds.filter { $0.process == "order-processing" }.reduce(0) {
      $0 + $1.count
    }
    #expect(launchedEnds == 2000)
  }

  @Test func anOrderBehavesTheSameWhateverTheNumberOfOrders() {
    // Order i draws from its own stream: the outcome of each customer does not depend on N.
    var small = Engine()
    var large = Engine()
    _ = simulate(300, on: &small)
    _ = simulate(900, on: &large)
    func outcomes(_ engine: Engine, of count: Int) -> [String: Int] {
      // Ids follow arrival times, so compare the multiset of outcomes of the first customers
      // through the population index kept in arrival order: the small run's customers are the
      // large run's first 300.
      var counts: [String: Int] = [:]
      for order in engine.orders.prefix(count) { counts[order.status.slug, default: 0] += 1 }
      return counts
    }
    let smallOutcomes = outcomes(small, of: 300)
    #expect(smallOutcomes.values.reduce(0, +) == 300)
    #expect(large.orders.count == 900)
    // The same 300 customers are among the 900: every status the small run produced, the
    // large run produced at least as often.
    let largeOutcomes = outcomes(large, of: 900)
    for (status, count) in smallOutcomes { #expect(largeOutcomes[status, default: 0] >= count) }
  }

  @Test func theOutcomesMatchThePopulationsShares() {
    var engine = Engine()
    let statistics = simulate(5000, on: &engine).statistics
    func share(_ status: OrderStatus) -> Double { Double(statistics.byStatus[status] ?? 0) / 5000 }
    // SimPy's model of the same population (../shared/peers) gives 51.1 % completed and 10.1 % false.
    #expect(abs(share(.completed) - 0.511) < 0.03)
    #expect(abs(share(.false) - 0.101) < 0.02)
    let reasons = Dictionary(
      uniqueKeysWithValues: statistics.cancelReasons.map { ($0.reason, $0.count) })
    #expect(abs(Double(reasons["refused"] ?? 0) / 5000 - 0.267) < 0.03)
    #expect(abs(Double(reasons["no contact details"] ?? 0) / 5000 - 0.118) < 0.02)
  }

  @Test func largeRunsLogChangesOnlyUnlessAskedForEverything() {
    var full = Engine()
    var changes = Engine()
    _ = simulate(300, logsSteps: true, on: &full)
    _ = simulate(300, logsSteps: false, on: &changes)
    #expect(full.log.count > changes.log.count)
    #expect(full.orders.map(\.status) == changes.orders.map(\.status))
    #expect(!changes.log.contains { $0.kind == .conditionDecided || $0.kind == .delayEnded })
    #expect(changes.log.contains { $0.kind == .statusChanged })
    // After the run, the session logs every step again.
    _ = changes.run(.createOrder(NewOrder()))
    let tail = changes.run(.advance(by: .minutes(1)))
    #expect(tail.contains { $0.hasSuffix("delay ended") })
  }

  @Test func aBadProfileIsRefusedWithEveryProblemAndItsPath() throws {
    let json = try JSONReader.parse(
      Array(
        #"{"format": "procsh-profile", "version": 1, "shares": {"fast-pay": 0.5, "normal": 0.6}, "call-answered": 1.4, "answer-delay": "10 minutes", "outcme": {}}"#
          .utf8))
    #expect(
      throws: EngineError.profile([
        ProfileProblem(path: "outcme", message: "unknown key; did you mean 'outcome'?"),
        ProfileProblem(path: "shares", message: "the shares add up to 1.1, not 1"),
        ProfileProblem(
          path: "answer-delay",
          message:
            "'10 minutes' is not a duration (' ' is not a unit (w d h m s)); write it like 30s, 5m, 2h, 1d, 1w or 1d2h30m"
        ),
        ProfileProblem(path: "call-answered", message: "1.4 is not a probability (0 to 1)"),
      ])
    ) {
      try SimulationProfile(json: json)
    }
  }

  @Test func aProfileChangesTheBehaviour() throws {
    let json = try JSONReader.parse(Array(#"{"shares": {"fast-pay": 1}}"#.utf8))
    let profile = try SimulationProfile(json: json)
    var engine = Engine()
    let report = Simulation(parameters: SimulationParameters(orders: 200), profile: profile).run(
      on: &engine)
    #expect(report.statistics.byStatus == [.completed: 200])
    #expect(report.statistics.stepsByQuestion.isEmpty)
  }
}
