/// Launching tasks (SPEC §6): on creation of a matching object, periodically, once at start, or
/// by hand; never a second launched task of one process on one object.
extension Engine {
  /// The launched (not sub-process) task of the process called `name` on `subject`, unless deleted.
  /// (`mutating` only to avoid copying the engine; see `evaluate`.)
  mutating func launchedTask(of name: String, on subject: Subject) -> TaskID? {
    var next: TaskID?
    switch subject {
    case .order(let id): next = orders[id.index].lastTask
    case .user(let id): next = users[id.index].lastTask
    }
    while let id = next {
      let task = tasks[id.index]
      if task.parent == nil, processes[task.definition.index].name == name {
        if case .deleted = task.outcome {} else { return id }
      }
      next = task.previousTaskOfObject
    }
    return nil
  }

  /// Starts a launched task; its token runs when the instant settles.
  mutating func launch(_ id: DefinitionID, on subject: Subject, trigger: EventID? = nil) {
    startTask(id, on: subject, parent: nil, parentToken: nil, trigger: trigger, depth: 0)
  }

  /// Whether the process would launch on the object now: its type, its entry condition, and no
  /// launched task yet.
  mutating func admits(_ process: DefinitionID, _ subject: Subject) -> Bool {
    switch (processes[process.index].definition.object, subject) {
    case (.order, .order), (.user, .user): break
    case (.order, .user), (.user, .order): return false
    }
    guard evaluate(processes[process.index].definition.entry, subject: subject, task: nil) else {
      return false
    }
    return launchedTask(of: processes[process.index].name, on: subject) == nil
  }

  /// Launches the started `on-create` processes that admit a new object, in load order.
  mutating func launchOnCreate(of subject: Subject) {
    let trigger = EventID(index: log.count - 1)
    for index in processes.indices {
      guard processes[index].isCurrent, processes[index].isStarted,
        case .onCreate = processes[index].definition.launch
      else { continue }
      let id = DefinitionID(index: index)
      if admits(id, subject) { launch(id, on: subject, trigger: trigger) }
    }
  }

  /// Launches the process on every object that it admits now, by id.
  mutating func launchOnAllMatching(_ id: DefinitionID) {
    switch processes[id.index].definition.object {
    case .order:
      for index in orders.indices where admits(id, .order(OrderID(index: index))) {
        launch(id, on: .order(OrderID(index: index)))
      }
    case .user:
      for index in users.indices where admits(id, .user(UserID(index: index))) {
        launch(id, on: .user(UserID(index: index)))
      }
    }
  }

  /// Turns automatic launching on: `once` launches now, `periodic` schedules its first check.
  mutating func beginLaunching(_ id: DefinitionID) {
    processes[id.index].isStarted = true
    processes[id.index].quietSince = nil
    record(.processStarted(id))
    switch processes[id.index].definition.launch {
    case .once:
      launchOnAllMatching(id)
    case .periodic(let interval):
      schedule(.periodicLaunch(id, epoch: processes[id.index].launchEpoch), at: clock + interval)
    case .onCreate, .disabled:
      break
    }
  }

  /// Turns automatic launching off; a pending periodic check becomes stale.
  mutating func stopLaunching(_ id: DefinitionID) {
    processes[id.index].isStarted = false
    processes[id.index].launchEpoch &+= 1
    record(.processStopped(id))
  }

  /// GetCourse's restart: stop launching, and delete every task of the process (all versions).
  mutating func restartProcess(_ process: LoadedProcess) {
    if process.isStarted { stopLaunching(process.id) }
    for index in tasks.indices where processes[tasks[index].definition.index].name == process.name {
      switch tasks[index].outcome {
      case .deleted: continue
      case .running: finish(TaskID(index: index), outcome: .deleted(at: clock), cause: .command)
      case .ended:
        // An ended task holds nothing; it only stops counting as a launch.
        tasks[index].outcome = .deleted(at: clock)
        recordTaskEvent(.taskDeleted, task: TaskID(index: index), trigger: nil)
      }
    }
    settle()
  }
}
