/// What `simulate` runs: how many orders, over what window, with which seed, until when.
public struct SimulationParameters: Equatable, Sendable {
  public var orders: Int
  /// Orders arrive uniformly over this window from the clock.
  public var window: TimeSpan
  public var seed: UInt64
  /// The run stops this long after it started, or earlier when every task has ended.
  public var horizon: TimeSpan
  /// Whether the log keeps every step of the simulated tasks, or only the changes (statuses,
  /// payments, manager steps, tasks started and ended).
  public var logsSteps: Bool

  /// Above this many orders a simulation logs changes only, unless asked otherwise.
  public static let fullLogLimit = 10_000

  /// The most orders one simulation takes: ten times SPEC §11.1's million, some 15 GB of tables.
  /// A history read from a file is held to it too, or `undo` would replay a hand-edited
  /// `"orders": 2147483647` into an allocation that ends procsh.
  public static let mostOrders = 10_000_000

  public init(
    orders: Int, window: TimeSpan = .hours(24), seed: UInt64 = 42, horizon: TimeSpan = .days(40),
    logsSteps: Bool? = nil
  ) {
    self.orders = orders
    self.window = window
    self.seed = seed
    self.horizon = horizon
    self.logsSteps = logsSteps ?? (orders <= Self.fullLogLimit)
  }
}

extension SimulationParameters {
  /// Refuses parameters no simulation can run with: fewer than 0 orders or more than
  /// `mostOrders`, an empty window, or a horizon that ends before the last order arrives.
  /// `Engine.apply(.simulate(…))` checks them first; `Simulation.run(on:)` expects them checked.
  public func check() throws(EngineError) {
    guard (0...Self.mostOrders).contains(orders) else { throw .simulationOrderCount(orders) }
    guard window.seconds > 0 else { throw .simulationWindowEmpty(window) }
    guard horizon >= window else {
      throw .simulationHorizonBeforeWindow(horizon: horizon, window: window)
    }
  }
}
