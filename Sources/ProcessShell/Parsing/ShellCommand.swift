import ProcessEngine

/// A parsed command line: an engine command, a query, or something the shell itself does.
public enum ShellCommand: Equatable, Sendable {
  /// Changes the session through the engine.
  case engine(Command)
  case processLoad(path: String)
  case processValidate(path: String)
  case processShow(name: String, task: TaskID?, json: Bool)
  case processes(json: Bool)
  case clock(json: Bool)
  case status(json: Bool)
  case orders(json: Bool, status: OrderStatus?)
  case order(OrderID, json: Bool)
  case users(json: Bool)
  case user(UserID, json: Bool)
  case tasks(json: Bool, filter: TaskFilter)
  case task(TaskID, json: Bool)
  case managers(json: Bool)
  case timers(json: Bool, limit: Int?)
  case log(LogFilter, json: Bool)
  case why(WhySubject)
  case expect(Expectation)
  case source(path: String)
  case save(path: String)
  case load(path: String)
  case echo(String)
  case help(topic: String?)
  case record(path: String)
  case recordStop(withExpectations: Bool)
  case undo(steps: Int)
  case checkpoint(name: String)
  case restore(name: String)
  case simulate(SimulationRequest)
  case stats(json: Bool)
  case quit

  /// Whether the command may change the session (and so is journaled, recorded and autosaved).
  public var changesSession: Bool {
    switch self {
    case .engine, .processLoad, .load, .simulate: return true
    case .processValidate, .processShow, .processes, .clock, .status, .orders, .order, .users,
      .user, .tasks,
      .task, .managers, .timers, .log, .why, .expect, .source, .save, .echo, .help, .record,
      .recordStop, .undo,
      .checkpoint, .restore, .stats, .quit:
      return false
    }
  }
}

/// Which tasks `tasks` lists.
public struct TaskFilter: Equatable, Sendable {
  public var state: TaskState?
  public var order: OrderID?
  public var process: String?

  public init(state: TaskState? = nil, order: OrderID? = nil, process: String? = nil) {
    self.state = state
    self.order = order
    self.process = process
  }
}

/// Which events `log` shows.
public struct LogFilter: Equatable, Sendable {
  public var order: OrderID?
  public var task: TaskID?
  /// Only the last N matching events.
  public var last: Int?

  public init(order: OrderID? = nil, task: TaskID? = nil, last: Int? = nil) {
    self.order = order
    self.task = task
    self.last = last
  }
}

/// What `why` explains.
public enum WhySubject: Equatable, Sendable {
  /// An order's field (its status when nil).
  case order(OrderID, field: String?)
  /// How a task came to its state.
  case task(TaskID)
}

/// What `simulate` runs: N orders over a window with the population of SPEC §11.3.
public struct SimulationRequest: Equatable, Sendable {
  public var orders: Int
  public var window: TimeSpan
  public var seed: UInt64
  public var profilePath: String?
  public var horizon: TimeSpan
  public var json: Bool
  /// `--log full|changes`; nil: full up to `SimulationParameters.fullLogLimit` orders.
  public var logsSteps: Bool?

  public init(
    orders: Int, window: TimeSpan = .hours(24), seed: UInt64 = 42, profilePath: String? = nil,
    horizon: TimeSpan = .days(40), json: Bool = false, logsSteps: Bool? = nil
  ) {
    self.logsSteps = logsSteps
    self.orders = orders
    self.window = window
    self.seed = seed
    self.profilePath = profilePath
    self.horizon = horizon
    self.json = json
  }
}
