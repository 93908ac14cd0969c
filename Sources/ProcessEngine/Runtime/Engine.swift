/// The whole session: the virtual clock, the objects, the processes and their tasks, the agenda
/// and the event log.
///
/// A deterministic reducer: `apply(_:)` takes a command, either refuses it (changing nothing) or
/// performs it, and returns the events it caused, which are also appended to `log`. Nothing here
/// reads the wall clock, draws random numbers, does I/O, or lets hash order reach behaviour; the
/// same commands always give the same events and the same state.
///
///     var engine = Engine()
///     let events = try engine.apply(.createOrder(NewOrder()))
///     try engine.apply(.advance(by: .minutes(1)))
public struct Engine: Sendable {
  public internal(set) var clock: Instant
  public internal(set) var actingUser: ManagerID = .admin
  public internal(set) var managers: [Manager] = [Manager(id: .admin, name: Manager.adminName)]
  public internal(set) var users = ChunkedArray<User>()
  public internal(set) var orders = ChunkedArray<Order>()
  public internal(set) var tasks = ChunkedArray<ProcessTask>()
  public internal(set) var processes: [LoadedProcess] = []
  public internal(set) var log = EventLog()
  public internal(set) var texts = TextTable()
  /// The auto-mailings, in load order (SPEC §12.4).
  public internal(set) var mailings: [LoadedMailing] = []
  /// Every message sent, by a mailing or a block; a message's id is its position + 1.
  var messages = ChunkedArray<Message>()
  /// How many mailings are started: while none is, a change costs mailings nothing.
  var startedMailings = 0
  /// The earliest pending look at each time-check's subject (`Timer.timeCheck`): a second one
  /// asked for later is not scheduled, and an item due at another instant is stale. Not saved:
  /// a loaded session rebuilds it from its agenda.
  var timeChecks: [TimeCheck: Instant] = [:]
  /// Orders changed at this instant, with the event that changed each, for the started mailings
  /// to look at once the tokens and waits have settled.
  var mailingCandidates: [(order: OrderID, cause: EventID?)] = []
  var tokens = ChunkedArray<Token>()
  var agenda: Agenda<Timer>
  /// The next wait's place in the order waits began.
  var nextWaitSequence: Int64 = 0
  /// Whether the log keeps every step (decisions, timers, counters) or only changes. Off only
  /// while a large simulation runs: nobody reads each condition of a million orders.
  var logsSteps = true
  /// Where the exits tokens take are noted, when someone asks (`procsh test --coverage`); nil
  /// otherwise.
  public var exitTrace: ExitTrace? {
    didSet { tracesExits = exitTrace != nil }
  }
  /// Whether `exitTrace` is set: what a step checks. Reading the reference itself costs a retain
  /// and a release per step (callgrind: 660 instructions a simulated order, 1.1 %); a flag, one
  /// comparison.
  var tracesExits = false

  // Scratch state of the instant being processed; empty between commands.
  /// Tokens to run at this instant, in order.
  var ready: [TokenID] = []
  /// Objects changed since their waiters were last checked, with the latest event that changed
  /// each: a wait it satisfies follows from that event.
  var changed: [(subject: Subject, cause: EventID)] = []
  /// How many times an object was created or changed: a periodic check that launched nothing
  /// is idle until this moves.
  var objectChanges: UInt64 = 0
  /// Whether `advance` skips periodic checks that cannot launch anything (off only in tests
  /// that compare both ways).
  var skipsIdleChecks = true
  /// The work done at the current instant, against the session's limits.
  var instantWork = InstantWork(instant: .sessionStart)
  /// Reused by `resumeSatisfiedWaits`, so checking waits allocates nothing.
  var waitCandidates: [(token: TokenID, cause: EventID)] = []

  /// What the agenda holds.
  enum Timer: Sendable {
    /// A delay ends or a wait times out, unless the token moved on (its epoch changed).
    case token(TokenID, epoch: UInt32)
    /// A periodic process checks for new objects, unless it was stopped since.
    case periodicLaunch(DefinitionID, epoch: UInt32)
    /// A condition that asks how long ago something happened may turn now (SPEC §12.4: put on
    /// the agenda, never polled); live while `timeChecks` has it due now.
    case timeCheck(TimeCheck)
  }

  /// What looks at its conditions again when time alone may have turned them.
  enum TimeCheck: Hashable, Sendable {
    /// The started mailings the order has not received yet.
    case mailings(OrderID)
    /// A waiting token, unless it moved on (its epoch changed).
    case wait(TokenID, epoch: UInt32)
  }

  /// A new session at 2026-01-05 09:00 with the built-in processes loaded and started.
  public init() {
    self.init(empty: .sessionStart)
    for definition in BuiltInProcesses.definitions {
      do throws(EngineError) {
        _ = try apply(.loadProcess(definition))
      } catch {
        preconditionFailure(
          "internal inconsistency: built-in process '\(definition.name)' is invalid: \(error.message)"
        )
      }
    }
  }

  /// A session with nothing loaded: no processes, no objects.
  public init(empty clock: Instant) {
    self.clock = clock
    agenda = Agenda(now: clock)
  }

  // MARK: - Lookups

  public func order(_ id: OrderID) -> Order? {
    id.rawValue >= 1 && id.index < orders.count ? orders[id.index] : nil
  }

  public func user(_ id: UserID) -> User? {
    id.rawValue >= 1 && id.index < users.count ? users[id.index] : nil
  }

  public func task(_ id: TaskID) -> ProcessTask? {
    id.rawValue >= 1 && id.index < tasks.count ? tasks[id.index] : nil
  }

  public func process(_ id: DefinitionID) -> LoadedProcess { processes[id.index] }

  /// The definition a task runs.
  public func definition(of task: ProcessTask) -> ProcessDefinition {
    processes[task.definition.index].definition
  }

  /// The newest loaded version of the process called `name`.
  public func currentProcess(named name: String) -> LoadedProcess? {
    processes.last(where: { $0.name == name })
  }

  /// The names of the loaded processes, in load order, each once.
  public var processNames: [String] {
    var names: [String] = []
    for process in processes where process.isCurrent { names.append(process.name) }
    return names
  }

  public func manager(named name: String) -> Manager? { managers.first(where: { $0.name == name }) }

  public func managerName(_ id: ManagerID) -> String { managers[id.index].name }

  /// A text the session keeps (a reason, a message).
  public func text(_ id: TextID) -> String { texts[id] }

  /// The name of the end block a task ended in, `none`, or `failed`.
  public func endName(of task: ProcessTask) -> String? {
    guard case .ended(_, let end, _) = task.outcome else { return nil }
    switch end {
    case .block(let block):
      if case .end(let name, _) = definition(of: task)[block].kind { return name }
      preconditionFailure(
        "internal inconsistency: task \(task.id) ended in a block that is not an end")
    case .none: return "none"
    case .failed: return "failed"
    }
  }

  /// The task's counter called `name`, or nil if its process has no such counter.
  public func counter(_ name: String, of task: ProcessTask) -> Int64? {
    guard let index = definition(of: task).counters.firstIndex(of: name) else { return nil }
    return task.slots[index]
  }

  /// The task's variable called `name`, or nil if it was never set.
  public func variable(_ name: String, of task: ProcessTask) -> VariableValue? {
    let process = processes[task.definition.index]
    guard let index = process.variables.firstIndex(of: name) else { return nil }
    let raw = task.slots[process.program.counterCount + index]
    guard raw != ProcessTask.unset else { return nil }
    let question = process.definition.blocks.lazy.compactMap { block -> QuestionOption? in
      guard case .question(let question) = block.kind else { return nil }
      return question.options.first(where: { $0.variable == name })
    }.first
    return question?.argument == .text
      ? .text(TextID(rawValue: Int32(raw))) : .date(Instant(secondsSinceEpoch: raw))
  }

  /// The tasks on an order, oldest first.
  public func tasks(of order: OrderID) -> [ProcessTask] { tasks(on: .order(order)) }

  /// The tasks on an order or, for processes over users, on a customer, oldest first.
  public func tasks(on subject: Subject) -> [ProcessTask] {
    var result: [ProcessTask] = []
    var next: TaskID?
    switch subject {
    case .order(let order): next = orders[order.index].lastTask
    case .user(let user): next = users[user.index].lastTask
    }
    while let id = next {
      result.append(tasks[id.index])
      next = tasks[id.index].previousTaskOfObject
    }
    return result.reversed()
  }

  /// The orders of a user, oldest first.
  public func orders(of user: UserID) -> [OrderID] {
    var result: [OrderID] = []
    var next = users[user.index].lastOrder
    while let id = next {
      result.append(id)
      next = orders[id.index].previousOrderOfUser
    }
    return result.reversed()
  }
}
