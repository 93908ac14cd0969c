/// A seeded population of customers and automated managers driving the session's processes
/// (SPEC §11.3).
///
/// Each order draws from its own stream, seeded from a master stream in order of the population,
/// so order i behaves the same whatever the number of orders. The simulated people act on a
/// second agenda that interleaves with the engine's by due time (the engine's items first at the
/// same second); managers answer each step `answerDelay` after it opens. Deterministic: the same
/// parameters on the same session give the same events.
public struct Simulation: Sendable {
  public let parameters: SimulationParameters
  public let profile: SimulationProfile

  public init(parameters: SimulationParameters, profile: SimulationProfile = SimulationProfile()) {
    self.parameters = parameters
    self.profile = profile
  }

  /// How many simulated managers share the steps (`m1` … `m20`).
  public static let managerCount = 20

  /// Runs the simulation on the session and returns its summary. `progress` is called now and then
  /// with the share of the virtual horizon passed (for a progress bar; the engine reads no clock).
  ///
  /// The simulated people change the session only through `Engine.apply`, with the commands a
  /// person would type (`manager add`, `order new`, `pay order`, `set user … phone`, `answer task`
  /// by a named manager, `advance to`); `applied` is told of each after it was applied. Applying
  /// those commands one by one to the session as it was gives the session this leaves, byte for
  /// byte (when the run logs every step, `logsSteps`; otherwise its log holds the changes only).
  /// `Engine.apply(.simulate(parameters, profile))` does the same as one command.
  ///
  /// The parameters must pass `SimulationParameters.check()`.
  public func run(
    on engine: inout Engine, progress: ((Double) -> Void)? = nil,
    applied: ((Command) -> Void)? = nil
  ) -> SimulationReport {
    let monitor = progress.map { CommandMonitor(progress: $0, isCancelled: { false }) }
    do throws(EngineError) {
      let run = try self.run(on: &engine, monitor: monitor, applied: applied)
      return run.report()
    } catch {
      preconditionFailure("internal inconsistency: a simulation nobody stops was stopped")
    }
  }

  /// The same, watched by `monitor`: it is told the progress, and when it says stop the run
  /// throws `.interrupted` with the session left part-way (`Engine.apply` puts it back).
  ///
  /// Returns the finished run without its report: the `simulate` command's caller counts the
  /// statistics itself, and counting them here as well cost 4 % of a million-order run.
  func run(
    on engine: inout Engine, monitor: CommandMonitor?, applied: ((Command) -> Void)? = nil
  ) throws(EngineError) -> Run {
    var run = Run(simulation: self, engine: engine, applied: applied)
    engine = Engine(empty: .sessionStart)  // release the caller's copy: the run owns the only one
    let logsSteps = run.engine.logsSteps
    run.engine.logsSteps = parameters.logsSteps
    defer {
      run.engine.logsSteps = logsSteps
      engine = run.engine
    }
    try run.execute(monitor: monitor)
    return run
  }
}

/// What `simulate` prints.
public struct SimulationReport: Equatable, Sendable {
  public var parameters: SimulationParameters
  /// The orders the simulation created.
  public var orders: Range<OrderID>
  public var started: Instant
  public var ended: Instant
  /// Whether tasks were still running at the horizon.
  public var stoppedAtHorizon: Bool
  public var statistics: Statistics
}
