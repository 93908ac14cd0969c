/// Running tokens through blocks, within one instant (SPEC §2): the running token goes on until it
/// waits or ends; then the tokens it made ready run, in order; then the waits that the changes
/// satisfied resume, in the order they began waiting; and so on until nothing more moves.
extension Engine {
  /// The most instant steps one branch may take at one instant before its task is failed; a
  /// branch a fork makes starts with the count of the branch that forked it.
  public static let instantStepLimit: Int32 = 10_000
  /// The deepest nesting of sub-processes; deeper means a process calls itself without waiting.
  public static let subprocessDepthLimit: Int16 = 32
  /// The most branches one task may have at once: a fork in a loop multiplies them.
  public static let liveBranchLimit: Int32 = 100
  /// The most steps the whole session may take at one instant: a hundred million, some seconds
  /// of work, ten times what starting a process on a million orders at once takes.
  public static let sessionStepLimit = 100_000_000
  /// The most sub-process tasks started at one instant: a process that runs itself twice
  /// doubles them at every level.
  public static let childStartLimit = 100_000

  /// The work done at the current instant, counted against the session's limits. Not saved: it
  /// starts again at every instant, and a session saved in the middle of a runaway instant is
  /// the one case where a loaded session's guard counts afresh.
  struct InstantWork: Sendable {
    var instant: Instant
    var steps = 0
    var childStarts = 0
  }

  /// Who makes a change: a command, or a token running a block.
  enum Cause {
    case command
    case token(TokenID)
    /// A launch or a timer, following the event given.
    case event(EventID?)
  }

  /// Appends an event at the current instant. A token's events carry its task and block and
  /// follow from its previous event; the token then follows from this one.
  @discardableResult
  mutating func record(_ change: Change, subject: Subject? = nil, cause: Cause = .command)
    -> EventID
  {
    switch cause {
    case .command:
      return log.append(Event(time: clock, subject: subject, change: change))
    case .event(let trigger):
      return log.append(Event(time: clock, trigger: trigger, subject: subject, change: change))
    case .token(let id):
      let token = tokens[id.index]
      let event = log.append(
        Event(
          time: clock, task: token.task, block: token.block, trigger: token.trigger,
          subject: subject ?? tasks[token.task.index].subject, change: change))
      tokens[id.index].trigger = event
      return event
    }
  }

  /// Records a step that explains how a token moved but changes no object (a decision, a timer, a
  /// counter, an empty exit); when only changes are logged, the token keeps following from its
  /// previous event.
  @discardableResult
  mutating func recordStep(_ change: Change, token id: TokenID) -> EventID? {
    guard logsSteps else { return tokens[id.index].trigger }
    return record(change, cause: .token(id))
  }

  /// Appends an event about a task as a whole (started, ended, deleted, reassigned).
  @discardableResult
  mutating func recordTaskEvent(
    _ change: Change, task: TaskID, block: BlockIndex? = nil, trigger: EventID?
  ) -> EventID {
    log.append(
      Event(
        time: clock, task: task, block: block, trigger: trigger, subject: tasks[task.index].subject,
        change: change))
  }

  // MARK: - Settling an instant

  /// Runs everything that happens at the current instant until nothing more moves.
  ///
  /// The started mailings look at the orders that changed last, when tokens and waits are still:
  /// a message they send is a change in turn, which waits and other mailings see.
  mutating func settle() {
    while true {
      drainReady()
      if !changed.isEmpty {
        resumeSatisfiedWaits()
        continue
      }
      guard !mailingCandidates.isEmpty else { return }
      sendDueMailings()
    }
  }

  /// Runs the ready tokens in order, including those made ready meanwhile.
  mutating func drainReady() {
    guard !ready.isEmpty else { return }
    var head = 0
    while head < ready.count {
      let id = ready[head]
      head += 1
      run(id)
    }
    ready.removeAll(keepingCapacity: true)
  }

  /// Notes that an object changed (by the event just logged), so the waits on it are checked once
  /// the running tokens stop.
  mutating func noteChange(_ subject: Subject) {
    objectChanges &+= 1
    if startedMailings > 0 {
      let cause = EventID(index: log.count - 1)
      switch subject {
      case .order(let id): noteMailingCandidate(id, cause: cause)
      case .user(let id):
        for order in orders(of: id) { noteMailingCandidate(order, cause: cause) }
      }
    }
    // Nobody waiting on it: nothing to check (a wait that starts later checks on entry).
    switch subject {
    case .order(let id):
      guard let waiter = orders[id.index].firstWaiter else { return }
      // `resumeSatisfiedWaits` walks the waiters once this step settles: the first one's row is
      // asked for now (`prefetch`), to arrive meanwhile.
      tokens.prefetch(waiter.index)
    case .user(let id):
      if users[id.index].firstWaiter == nil {
        var order = users[id.index].lastOrder
        var anyWaiter = false
        while let current = order {
          if orders[current.index].firstWaiter != nil {
            anyWaiter = true
            break
          }
          order = orders[current.index].previousOrderOfUser
        }
        guard anyWaiter else { return }
      }
    }
    let cause = EventID(index: log.count - 1)
    if let index = changed.firstIndex(where: { $0.subject == subject }) {
      changed[index].cause = cause
    } else {
      changed.append((subject, cause))
    }
  }

  /// Resumes, in the order they began waiting, the waits on changed objects whose conditions now
  /// hold; each runs to its next stop before the next is checked.
  mutating func resumeSatisfiedWaits() {
    var candidates = waitCandidates
    waitCandidates = []
    candidates.removeAll(keepingCapacity: true)
    defer { waitCandidates = candidates }
    func collect(_ first: TokenID?, _ cause: EventID) {
      var next = first
      while let id = next {
        candidates.append((id, cause))
        next = tokens[id.index].nextWaiter
      }
    }
    for (subject, cause) in changed {
      switch subject {
      case .order(let id):
        collect(orders[id.index].firstWaiter, cause)
      case .user(let id):
        collect(users[id.index].firstWaiter, cause)
        var order = users[id.index].lastOrder
        while let current = order {
          collect(orders[current.index].firstWaiter, cause)
          order = orders[current.index].previousOrderOfUser
        }
      }
    }
    changed.removeAll(keepingCapacity: true)
    if candidates.count > 1 {
      candidates.sort { tokens[$0.token.index].waitSequence < tokens[$1.token.index].waitSequence }
    }
    var previous: TokenID? = nil
    for (id, cause) in candidates where id != previous {
      previous = id
      guard tokens[id.index].state == .waiting else { continue }
      if resumeIfMet(id, cause: cause) { drainReady() }
    }
  }

  /// Resumes a waiting token whose condition holds now, following from `cause` (nil: from its
  /// own last event, for a timer); true if it was made ready. One whose condition asks how long
  /// ago something happened and does not hold gets a look at the instant that can turn it.
  mutating func resumeIfMet(_ id: TokenID, cause: EventID?) -> Bool {
    let token = tokens[id.index]
    let (condition, readsTime) = withProgram(of: tasks[token.task.index].definition.index) {
      let condition = Int($0.steps[token.block.index].detail)
      return (condition, $0.conditionReadsTime[condition])
    }
    guard holds(conditionAt: condition, of: token.task) else {
      if readsTime { requestWaitCheck(id, condition: condition) }
      return false
    }
    unsubscribe(id)
    wake(id)
    if let cause { tokens[id.index].trigger = cause }
    recordStep(.waitMet, token: id)
    if leave(id, by: 0) { ready.append(id) }
    return true
  }

  /// Puts a look at a waiting token on the agenda at the next instant time alone may turn its
  /// condition, if there is one.
  mutating func requestWaitCheck(_ id: TokenID, condition: Int) {
    let task = tokens[id.index].task
    guard case .order(let order) = tasks[task.index].subject else { return }
    let program = processes[tasks[task.index].definition.index].program
    guard let due = nextTurn(of: program.conditions[condition], order: order) else { return }
    requestTimeCheck(.wait(id, epoch: tokens[id.index].epoch), at: due)
  }

  // MARK: - Running a token

  /// Runs one token from its block until it waits or ends.
  mutating func run(_ id: TokenID) {
    guard tokens[id.index].state == .ready else { return }
    let taskID = tokens[id.index].task
    let definition = tasks[taskID.index].definition.index
    // The guard's count lives in a local while the token runs and is stored once when it stops:
    // counting in the row cost a copy-on-write check per step.
    var guardSteps = tokens[id.index].guardInstant == clock ? tokens[id.index].guardSteps : 0
    defer { tokens[id.index].setGuard(steps: guardSteps, at: clock) }
    if instantWork.instant != clock { instantWork = InstantWork(instant: clock) }
    while true {
      instantWork.steps += 1
      if instantWork.steps > Self.sessionStepLimit {
        fail(
          taskID, token: id,
          reason:
            "the session took more than \(Self.sessionStepLimit) steps at \(clock) without time passing; this task was stopped so that the session can go on"
        )
        return
      }
      guardSteps += 1
      if guardSteps > Self.instantStepLimit {
        let block = processes[definition].definition[tokens[id.index].block].id
        fail(
          taskID, token: id,
          reason:
            "a branch took more than \(Self.instantStepLimit) steps at \(clock) without waiting (last at block \(block)); the process loops"
        )
        return
      }
      let blockIndex = tokens[id.index].block.index
      let step = withProgram(of: definition) { $0.steps[blockIndex] }
      switch step.kind {
      case .start:
        guard leave(id, by: 0, definition: definition, block: blockIndex) else { return }

      case .fork:
        var wired = 0
        for port in 0..<Int(step.exitCount)
        where processes[definition].program.destination(of: blockIndex, port: port) != nil {
          wired += 1
        }
        guard tasks[taskID.index].liveTokens + Int32(max(0, wired - 1)) <= Self.liveBranchLimit
        else {
          let block = processes[definition].definition[tokens[id.index].block].id
          fail(
            taskID, token: id,
            reason:
              "the task would have more than \(Self.liveBranchLimit) branches at once at block \(block) (\(clock)); a fork in a loop multiplies them"
          )
          return
        }
        // Every wired exit gets a token of its own, in exit order: this token takes the first,
        // new ones queue behind the tokens already ready, counting on from this one's steps.
        var first: Int? = nil
        for port in 0..<Int(step.exitCount) {
          guard
            let destination = processes[definition].program.destination(of: blockIndex, port: port)
          else {
            continue
          }
          if tracesExits {
            exitTrace!.record(port: port, of: blockIndex, inProcessAt: definition, of: self)
          }
          if first == nil {
            first = destination
          } else {
            let branch = newToken(
              task: taskID, at: BlockIndex(destination), trigger: tokens[id.index].trigger)
            tokens[branch.index].guardSteps = guardSteps
            ready.append(branch)
          }
        }
        guard let first else {
          endBranch(id)
          return
        }
        tokens[id.index].block = BlockIndex(first)

      case .condition:
        let yes = holds(conditionAt: Int(step.detail), of: taskID)
        recordStep(.conditionDecided(yes), token: id)
        guard leave(id, by: yes ? 0 : 1, definition: definition, block: blockIndex) else {
          return
        }

      case .wait:
        if holds(conditionAt: Int(step.detail), of: taskID) {
          recordStep(.waitMet, token: id)
          guard leave(id, by: 0, definition: definition, block: blockIndex) else { return }
          continue
        }
        park(id, as: .waiting)
        tokens[id.index].waitSequence = nextWaitSequence
        nextWaitSequence += 1
        subscribe(id)
        if step.seconds >= 0 {
          schedule(.token(id, epoch: tokens[id.index].epoch), at: clock + .seconds(step.seconds))
        }
        if processes[definition].program.conditionReadsTime[Int(step.detail)] {
          requestWaitCheck(id, condition: Int(step.detail))
        }
        return

      case .delay:
        let due: Instant?
        if step.seconds >= 0 {
          due = clock + .seconds(step.seconds)
        } else if step.dateSource >= 0 {
          let raw = tasks[taskID.index].slots[Int(step.dateSource)]
          due = raw == ProcessTask.unset ? nil : Instant(secondsSinceEpoch: raw)
        } else {
          let field = OrderDateField(code: UInt8(-1 - step.dateSource))
          due = tasks[taskID.index].order.flatMap { orders[$0.index].date(field) }
        }
        // A date that is not set, or not in the future, lets the token through at once.
        guard let due, due > clock else {
          guard leave(id, by: 0, definition: definition, block: blockIndex) else { return }
          continue
        }
        park(id, as: .sleeping)
        schedule(.token(id, epoch: tokens[id.index].epoch), at: due)
        return

      case .question:
        park(id, as: .asking)
        tasks[taskID.index].openSteps += 1
        record(.stepOpened, cause: .token(id))
        return

      case .operation:
        for index in Int(step.detail)..<Int(step.detail + step.detailCount) {
          let operation = withProgram(of: definition) { $0.operations[index] }
          perform(operation, token: id, task: taskID)
        }
        guard leave(id, by: 0, definition: definition, block: blockIndex) else { return }

      case .subprocess:
        let name = texts[TextID(rawValue: step.detail)]
        guard let child = currentProcessID(named: name) else {
          fail(
            taskID, token: id,
            reason:
              "block \(processes[definition].definition.blocks[blockIndex].id) runs '\(name)', which is not loaded"
          )
          return
        }
        guard tasks[taskID.index].depth < Self.subprocessDepthLimit else {
          fail(
            taskID, token: id,
            reason:
              "sub-processes nest more than \(Self.subprocessDepthLimit) deep at block \(processes[definition].definition.blocks[blockIndex].id); the process calls itself without waiting"
          )
          return
        }
        instantWork.childStarts += 1
        guard instantWork.childStarts <= Self.childStartLimit else {
          fail(
            taskID, token: id,
            reason:
              "more than \(Self.childStartLimit) sub-processes at \(clock) without time passing, at block \(processes[definition].definition.blocks[blockIndex].id); a process that runs itself doubles them"
          )
          return
        }
        park(id, as: .awaitingChild)
        let childID = startTask(
          child, on: tasks[taskID.index].subject, parent: taskID, parentToken: id,
          trigger: tokens[id.index].trigger, depth: tasks[taskID.index].depth + 1)
        tokens[id.index].child = childID
        return

      case .end:
        let result = TaskResult(code: UInt8(step.detail))
        finish(
          taskID, outcome: .ended(result, .block(BlockIndex(blockIndex)), at: clock),
          cause: .token(id))
        return
      }
    }
  }

  /// Sends the token out of its block by exit `port`; false when the exit is empty and the token
  /// ended there.
  mutating func leave(_ id: TokenID, by port: Int) -> Bool {
    let task = tokens[id.index].task
    return leave(
      id, by: port, definition: tasks[task.index].definition.index,
      block: tokens[id.index].block.index)
  }

  /// The same, for the run loop, which has read the token's process and block already: reading
  /// them again from the two rows cost a fifth of each `leave`.
  @inline(__always)
  mutating func leave(_ id: TokenID, by port: Int, definition: Int, block: Int) -> Bool {
    if tracesExits {
      exitTrace!.record(port: port, of: block, inProcessAt: definition, of: self)
    }
    let target = withProgram(of: definition) { $0.destination(of: block, port: port) }
    guard let destination = target else {
      endBranch(id)
      return false
    }
    tokens[id.index].block = BlockIndex(destination)
    return true
  }

  /// Stops the token where it is, waiting in `state`.
  mutating func park(_ id: TokenID, as state: TokenState) {
    tokens[id.index].park(as: state, at: clock)
  }

  /// Makes a parked token ready to run again; its pending timer becomes stale.
  mutating func wake(_ id: TokenID) {
    tokens[id.index].wake()
  }

  /// Ends a token that took an empty exit; a task whose last token ends this way ends with result
  /// `none`.
  mutating func endBranch(_ id: TokenID) {
    let task = tokens[id.index].task
    let event = recordStep(.branchEnded, token: id)
    tokens[id.index].end()
    tasks[task.index].liveTokens -= 1
    if tasks[task.index].liveTokens == 0 {
      finish(task, outcome: .ended(.none, .none, at: clock), cause: .event(event))
    }
  }

  mutating func newToken(task: TaskID, at block: BlockIndex, trigger: EventID?) -> TokenID {
    let id = TokenID(index: tokens.count)
    tokens.append(
      Token(
        task: task, block: block, state: .ready, since: clock,
        previousInTask: tasks[task.index].lastToken,
        trigger: trigger, guardInstant: clock))
    tasks[task.index].add(token: id)
    return id
  }

  // MARK: - Waiting on objects

  mutating func subscribe(_ id: TokenID) {
    switch tasks[tokens[id.index].task.index].subject {
    case .order(let order):
      tokens[id.index].nextWaiter = orders[order.index].firstWaiter
      orders[order.index].firstWaiter = id
    case .user(let user):
      tokens[id.index].nextWaiter = users[user.index].firstWaiter
      users[user.index].firstWaiter = id
    }
  }

  mutating func unsubscribe(_ id: TokenID) {
    // The object's list is read and written by value: an `inout` argument into `orders` while a
    // nested function reads `tokens` counts as overlapping access to the engine.
    let subject = tasks[tokens[id.index].task.index].subject
    let first: TokenID? =
      switch subject {
      case .order(let order): orders[order.index].firstWaiter
      case .user(let user): users[user.index].firstWaiter
      }
    let after = tokens[id.index].nextWaiter
    if first == id {
      switch subject {
      case .order(let order): orders[order.index].firstWaiter = after
      case .user(let user): users[user.index].firstWaiter = after
      }
    } else {
      var current = first
      while let node = current {
        let next = tokens[node.index].nextWaiter
        if next == id {
          tokens[node.index].nextWaiter = after
          break
        }
        current = next
      }
    }
    tokens[id.index].nextWaiter = nil
  }

  // MARK: - Conditions

  /// Whether the condition at `index` in the task's program holds now.
  ///
  /// Mutating only to borrow `self`: a non-mutating call from the run loop copied the whole engine.
  @inline(__always)
  mutating func holds(conditionAt index: Int, of task: TaskID) -> Bool {
    let condition = withProgram(of: tasks[task.index].definition.index) { $0.conditions[index] }
    return evaluate(condition, subject: tasks[task.index].subject, task: task)
  }

  /// Reads the compiled program of the process at `definition` without counting a reference to
  /// it (see `LoadedProcess.unretainedProgram`); `body` must not keep it.
  @inline(__always)
  func withProgram<Result>(of definition: Int, _ body: (CompiledProcess) -> Result) -> Result {
    processes[definition].unretainedProgram._withUnsafeGuaranteedRef(body)
  }

  /// Evaluates a condition on an object; `task` has the counters (none for an entry condition,
  /// which validation keeps from reading counters).
  ///
  /// `mutating` although it changes nothing: called from the run loop (which mutates), a
  /// non-mutating method receives a copy of the whole engine, a retain of every array in it. The
  /// hot helpers in this module are mutating for that reason alone.
  mutating func evaluate(_ condition: Condition, subject: Subject, task: TaskID?) -> Bool {
    switch condition {
    case .always: return true
    case .paid:
      guard case .order(let id) = subject else { return false }
      return orders[id.index].isPaid
    case .partiallyPaid:
      guard case .order(let id) = subject else { return false }
      return orders[id.index].isPartiallyPaid
    case .statusIn(let statuses):
      guard case .order(let id) = subject else { return false }
      return statuses.contains(orders[id.index].status)
    case .hasPhone: return users[customerIndex(of: subject)].phone != nil
    case .hasEmail: return users[customerIndex(of: subject)].hasEmail
    case .counter(let counter, let op, let value):
      guard let task else { return false }
      return op.holds(tasks[task.index].slots[counter], value)
    case .actual:
      guard case .order(let id) = subject else { return false }
      return orders[id.index].status.isActual
    case .createdAgo(let op, let span):
      guard case .order(let id) = subject else { return false }
      return op.holds(clock - orders[id.index].createdAt, span)
    case .received(let name, let age):
      guard case .order(let id) = subject else { return false }
      return hasReceived(name, ago: age, order: id)
    case .opened(let name):
      guard case .order(let id) = subject else { return false }
      return hasOpened(name, order: id)
    case .not(let inner): return !evaluate(inner, subject: subject, task: task)
    case .and(let a, let b):
      return evaluate(a, subject: subject, task: task) && evaluate(b, subject: subject, task: task)
    case .or(let a, let b):
      return evaluate(a, subject: subject, task: task) || evaluate(b, subject: subject, task: task)
    }
  }

  /// The position in `users` of the customer an object belongs to.
  @inline(__always) func customerIndex(of subject: Subject) -> Int {
    switch subject {
    case .order(let id): return orders[id.index].user.index
    case .user(let id): return id.index
    }
  }
}

extension Order {
  /// The value of a date field.
  public func date(_ field: OrderDateField) -> Instant? {
    switch field {
    case .paymentDate: return paymentDate
    case .nextContactDate: return nextContactDate
    }
  }
}

extension Engine {
  /// The newest version of the process called `name`; the run loop's lookup.
  /// (`mutating` only to avoid copying the engine; see `evaluate`.)
  mutating func currentProcessID(named name: String) -> DefinitionID? {
    var index = processes.count - 1
    while index >= 0 {
      if processes[index].definition.name == name { return DefinitionID(index: index) }
      index -= 1
    }
    return nil
  }

  /// The name of the end block an ended task reached, if it reached one.
  /// (`mutating` only to avoid copying the engine; see `evaluate`.)
  mutating func endBlockName(of task: TaskID) -> String? {
    guard case .ended(_, .block(let block), _) = tasks[task.index].outcome,
      case .end(let name, _) = processes[tasks[task.index].definition.index].definition.blocks[
        block.index
      ].kind
    else { return nil }
    return name
  }
}
