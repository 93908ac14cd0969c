/// One run of one process for one object (GetCourse: "a task is created for each object included in
/// the process"). It holds the branches (tokens) running through the graph, its counters and
/// variables, and how it ended.
public struct ProcessTask: Equatable, Sendable {
  // The 8-byte fields first and the links packed (`PackedID`): a million simulated orders start
  // two million tasks.
  public let startedAt: Instant
  public internal(set) var outcome: TaskOutcome = .running
  /// Counters first, then variables (see `CompiledProcess`); a variable never set is `unset`.
  var slots: TaskSlots
  public let id: TaskID
  public let definition: DefinitionID
  /// The task whose `subprocess` block started this one.
  @PackedID public private(set) var parent: TaskID?
  /// The manager responsible; nil while nobody took it.
  @PackedID public internal(set) var manager: ManagerID?
  /// The newest token; older ones follow `Token.previousInTask`.
  @PackedID var lastToken: TokenID? = nil
  var liveTokens: Int32 = 0
  /// Manager steps of this task's own that are open.
  public internal(set) var openSteps: Int32 = 0
  /// The next older task on the same object.
  @PackedID var previousTaskOfObject: TaskID? = nil
  /// The parent's token waiting for this task to end.
  @PackedID var parentToken: TokenID? = nil
  /// Who answered this task's latest step: "assign to self" assigns them.
  @PackedID var lastAnsweredBy: ManagerID? = nil
  public let subject: Subject
  /// How many sub-process levels deep the task runs (0 for a launched task).
  var depth: Int16

  /// The value of a variable slot that was never set.
  static let unset = Int64.min

  init(
    id: TaskID, definition: DefinitionID, subject: Subject, parent: TaskID?, startedAt: Instant,
    manager: ManagerID?, slotCount: Int, depth: Int16
  ) {
    self.id = id
    self.definition = definition
    self.subject = subject
    self.parent = parent
    self.startedAt = startedAt
    self.manager = manager
    self.depth = depth
    slots = TaskSlots(count: slotCount)
  }

  /// The state users see (SPEC §5).
  public var state: TaskState {
    switch outcome {
    case .running: return openSteps > 0 ? .waiting : .active
    case .ended: return .ended
    case .deleted: return .deleted
    }
  }

  /// Whether the task still runs (active or waiting).
  public var isOpen: Bool {
    if case .running = outcome { return true }
    return false
  }

  /// The order the task runs over, if it runs over an order.
  public var order: OrderID? {
    if case .order(let id) = subject { return id }
    return nil
  }
}

/// The state of a task as SPEC §5 names it.
public enum TaskState: String, CaseIterable, Sendable {
  /// Running, sleeping, or waiting on conditions or on a child task.
  case active
  /// At least one manager step of its own is open.
  case waiting
  case ended
  /// Deleted by `process restart`.
  case deleted
}

/// Where a task's life stands.
public enum TaskOutcome: Equatable, Sendable {
  case running
  case ended(TaskResult, TaskEnd, at: Instant)
  case deleted(at: Instant)
}

/// How a task ended.
public enum TaskEnd: Equatable, Sendable {
  /// It reached the `end` block at this position.
  case block(BlockIndex)
  /// Its last branch took an empty exit, or its parent ended and stopped it.
  case none
  /// The runtime guard stopped it; the reason is in the log.
  case failed(TextID)
}

// Changes that write several fields, each in one access to the task (see the same on `Token`).
extension ProcessTask {
  /// Makes `token` the newest of the task's live tokens.
  mutating func add(token: TokenID) {
    lastToken = token
    liveTokens += 1
  }

  /// Closes one of the task's open steps, answered by `manager`.
  mutating func closeStep(answeredBy manager: ManagerID) {
    openSteps -= 1
    lastAnsweredBy = manager
  }
}
