import Testing

@testable import ProcessEngine

/// The simulated people use the door a person uses: every change they make is a `Command` applied
/// through `Engine.apply`, and `simulate` is itself one command.
@Suite struct SimulationCommandTests {
  /// Runs the simulation on `engine` and returns the commands it applied, in order.
  func simulate(_ parameters: SimulationParameters, on engine: inout Engine) -> [Command] {
    var commands: [Command] = []
    _ = Simulation(parameters: parameters).run(on: &engine, applied: { commands.append($0) })
    return commands
  }

  /// Applies the commands one by one, logging in the detail the simulation logged in.
  func replay(_ commands: [Command], on engine: inout Engine, logsSteps: Bool) throws {
    engine.logsSteps = logsSteps
    for command in commands { try engine.apply(command) }
    engine.logsSteps = true
  }

  @Test(arguments: [
    SimulationParameters(orders: 300),
    SimulationParameters(orders: 300, horizon: .days(3)),
    SimulationParameters(orders: 300, seed: 5, logsSteps: false),
  ])
  func theSessionIsExactlyTheCommandsTheSimulationApplied(parameters: SimulationParameters)
    throws
  {
    let start = Engine()
    var simulated = start
    let commands = simulate(parameters, on: &simulated)
    var replayed = start
    try replay(commands, on: &replayed, logsSteps: parameters.logsSteps)
    #expect(replayed.log.count == simulated.log.count)
    #expect(identical(replayed.sessionBytes(), simulated.sessionBytes()))
  }

  @Test func aSimulationOnABusySessionIsItsCommandsToo() throws {
    // A person's session with a manager acting, then two simulations: the second finds the
    // simulated managers there already.
    var start = Engine()
    _ = start.run(.addManager("anna"))
    _ = start.run(.actAs("anna"))
    _ = start.run(.createOrder(NewOrder()))
    _ = start.run(.advance(by: .minutes(1)))
    _ = simulate(SimulationParameters(orders: 100, seed: 1), on: &start)
    var simulated = start
    let commands = simulate(SimulationParameters(orders: 40, seed: 5), on: &simulated)
    #expect(!commands.contains { if case .addManager = $0 { true } else { false } })
    var replayed = start
    try replay(commands, on: &replayed, logsSteps: true)
    #expect(identical(replayed.sessionBytes(), simulated.sessionBytes()))
    // The simulated managers answered as themselves: the acting user never changed.
    #expect(simulated.actingUser == simulated.manager(named: "anna")?.id)
    #expect(simulated.log.filter { $0.kind == .actingUserChanged }.count == 1)
  }

  @Test func theSimulatedPeopleIssueOnlyWhatAPersonCouldType() {
    var engine = Engine()
    let commands = simulate(SimulationParameters(orders: 500), on: &engine)
    var kinds: [String: Int] = [:]
    for command in commands {
      switch command {
      case .addManager: kinds["manager add", default: 0] += 1
      case .createOrder: kinds["order new", default: 0] += 1
      case .pay(_, nil): kinds["pay order", default: 0] += 1
      case .setUserField(_, .phone, _?): kinds["set user phone", default: 0] += 1
      case .answer(.task, _, _, let manager?):
        #expect(engine.managerName(manager).hasPrefix("m"))
        kinds["answer task", default: 0] += 1
      case .advanceTo(.absolute): kinds["advance to", default: 0] += 1
      default: Issue.record("unexpected command \(command)")
      }
    }
    #expect(kinds["manager add"] == Simulation.managerCount)
    #expect(kinds["order new"] == 500)
    #expect(kinds["pay order"] == engine.orders.filter { $0.paid > .zero }.count)
    #expect((kinds["set user phone"] ?? 0) > 0)
    #expect(
      kinds["answer task"]
        == engine.log.filter { if case .stepAnswered = $0.change { true } else { false } }.count)
  }

  @Test func simulateIsOneCommand() throws {
    let parameters = SimulationParameters(orders: 400, seed: 9)
    var run = Engine()
    _ = Simulation(parameters: parameters).run(on: &run)
    var applied = Engine()
    let before = applied.log.count
    let range = try applied.apply(.simulate(parameters, SimulationProfile()))
    #expect(range == before..<applied.log.count)
    #expect(identical(applied.sessionBytes(), run.sessionBytes()))
    #expect(
      Command.simulate(parameters, SimulationProfile())
        != .simulate(SimulationParameters(orders: 400, seed: 10), SimulationProfile()))
  }

  @Test(arguments: [
    (
      SimulationParameters(orders: -1), EngineError.simulationOrderCount(-1),
      "a simulation takes 0 to 10000000 orders, not -1"
    ),
    // A history step read from a file is checked the same way: `undo` would replay it.
    (
      SimulationParameters(orders: 10_000_001), .simulationOrderCount(10_000_001),
      "a simulation takes 0 to 10000000 orders, not 10000001"
    ),
    (
      SimulationParameters(orders: 10, window: .seconds(0)),
      .simulationWindowEmpty(.seconds(0)),
      "the orders of a simulation arrive over a window longer than 0s, not 0s"
    ),
    (
      SimulationParameters(orders: 10, window: .days(2), horizon: .days(1)),
      .simulationHorizonBeforeWindow(horizon: .days(1), window: .days(2)),
      "a simulation runs until its horizon (1d), which must be at least its window (2d)"
    ),
  ])
  func badParametersAreRefusedAndChangeNothing(
    parameters: SimulationParameters, error: EngineError, message: String
  ) {
    var engine = Engine()
    let before = engine.sessionBytes()
    #expect(throws: error) { try engine.apply(.simulate(parameters, SimulationProfile())) }
    #expect(error.message == message)
    #expect(identical(engine.sessionBytes(), before))
  }
}
