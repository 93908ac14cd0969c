/// Tasks: starting, ending (with everything they hold), answering their manager steps, and who is
/// responsible for them (SPEC §5).
extension Engine {
  /// Starts a task at its start block; its first token runs when the instant settles.
  @discardableResult
  mutating func startTask(
    _ definition: DefinitionID, on subject: Subject, parent: TaskID?, parentToken: TokenID?,
    trigger: EventID?,
    depth: Int16
  ) -> TaskID {
    let id = TaskID(index: tasks.count)
    let program = processes[definition.index].program
    // Tasks started for an order take the order's manager (SPEC §5).
    var manager: ManagerID? = nil
    if case .order(let order) = subject { manager = orders[order.index].manager }
    var task = ProcessTask(
      id: id, definition: definition, subject: subject, parent: parent, startedAt: clock,
      manager: manager,
      slotCount: program.slotCount, depth: depth)
    for slot in program.counterCount..<program.slotCount { task.slots[slot] = ProcessTask.unset }
    task.parentToken = parentToken
    switch subject {
    case .order(let order):
      task.previousTaskOfObject = orders[order.index].lastTask
      orders[order.index].lastTask = id
    case .user(let user):
      task.previousTaskOfObject = users[user.index].lastTask
      users[user.index].lastTask = id
    }
    tasks.append(task)
    let started = recordTaskEvent(.taskStarted, task: id, trigger: trigger)
    ready.append(newToken(task: id, at: BlockIndex(program.start), trigger: started))
    return id
  }

  /// Ends a task with everything it holds: its tokens stop, its open steps are withdrawn, its
  /// waits and timers are dropped, and its child tasks stop too (ended `none`, or deleted when it
  /// is deleted). A child that ends resumes its parent by the exit named after its end block.
  mutating func finish(_ id: TaskID, outcome: TaskOutcome, cause: Cause) {
    guard tasks[id.index].isOpen else { return }
    tasks[id.index].outcome = outcome
    // A sub-process hands its end to its parent's token and task at the end of this: their rows
    // are asked for now (`prefetch`), to arrive while the walks over this task's tokens run.
    if let parentToken = tasks[id.index].parentToken { tokens.prefetch(parentToken.index) }
    if let parent = tasks[id.index].parent { tasks.prefetch(parent.index) }
    let trigger: EventID?
    var block: BlockIndex? = nil
    switch cause {
    case .command: trigger = nil
    case .event(let event): trigger = event
    case .token(let token):
      trigger = tokens[token.index].trigger
      block = tokens[token.index].block
    }
    let change: Change
    switch outcome {
    case .running: preconditionFailure("internal inconsistency: finishing a task as running")
    case .ended(_, .failed(let reason), _): change = .taskFailed(reason)
    case .ended(let result, _, _): change = .taskEnded(result)
    case .deleted: change = .taskDeleted
    }
    let ended = recordTaskEvent(change, task: id, block: block, trigger: trigger)
    let deleting = if case .deleted = outcome { true } else { false }

    // Oldest first, so withdrawals and stopped children are listed in the order they began. The
    // task's list runs newest first (a new token goes to its head, and ids only grow), so it is
    // read once into a buffer on the stack and gone through backwards: walking it again for each
    // next-larger id read its rows n²/2 times, at random across the table at a million orders.
    var count = 0
    var next = tasks[id.index].lastToken
    while let token = next {
      count += 1
      next = tokens[token.index].previousInTask
    }
    withUnsafeTemporaryAllocation(of: TokenID.self, capacity: count) { newestFirst in
      var index = 0
      var next = tasks[id.index].lastToken
      while let token = next {
        newestFirst.initializeElement(at: index, to: token)
        index += 1
        next = tokens[token.index].previousInTask
      }
      for token in newestFirst.reversed() {
        let state = tokens[token.index].state
        tokens[token.index].end()
        switch state {
        case .ended, .ready, .sleeping:
          break
        case .waiting:
          unsubscribe(token)
        case .asking:
          tasks[id.index].openSteps -= 1
          recordTaskEvent(
            .stepWithdrawn, task: id, block: tokens[token.index].block, trigger: ended)
        case .awaitingChild:
          if let child = tokens[token.index].child {
            let childOutcome: TaskOutcome =
              deleting ? .deleted(at: clock) : .ended(.none, .none, at: clock)
            finish(child, outcome: childOutcome, cause: .event(ended))
          }
        }
      }
    }
    tasks[id.index].liveTokens = 0

    // A child hands its end to the parent's waiting token.
    guard let parentToken = tasks[id.index].parentToken,
      tokens[parentToken.index].state == .awaitingChild, tokens[parentToken.index].child == id
    else { return }
    tokens[parentToken.index].trigger = ended
    wake(parentToken)
    var port: Int? = nil
    if let name = endBlockName(of: id) {
      let parent = tasks[tokens[parentToken.index].task.index].definition.index
      port = processes[parent].definition.blocks[tokens[parentToken.index].block.index].exits
        .firstIndex(where: {
          $0.name == name
        })
    }
    guard let port else {
      // Deleted, failed or ended without an end block: the parent's branch has nowhere to go.
      endBranch(parentToken)
      return
    }
    if leave(parentToken, by: port) { ready.append(parentToken) }
  }

  /// Fails a task whose branch would never let go (the runtime guard), leaving the rest of the
  /// session running.
  mutating func fail(_ id: TaskID, token: TokenID, reason: String) {
    finish(
      id, outcome: .ended(.none, .failed(texts.intern(reason)), at: clock), cause: .token(token))
  }

  /// Sets the task's manager and logs it.
  mutating func setManager(of id: TaskID, to manager: ManagerID?, trigger: EventID?) {
    guard tasks[id.index].manager != manager else { return }
    tasks[id.index].manager = manager
    recordTaskEvent(.taskManagerChanged(manager), task: id, trigger: trigger)
  }

  // MARK: - Answers

  /// The tokens of a task that are asking a manager, oldest first.
  func askingTokens(of task: TaskID) -> [TokenID] {
    var result: [TokenID] = []
    var next = tasks[task.index].lastToken
    while let id = next {
      if tokens[id.index].state == .asking { result.append(id) }
      next = tokens[id.index].previousInTask
    }
    return result.reversed()
  }

  /// The question a token in a `question` block asks.
  func question(at token: TokenID) -> Question {
    let task = tasks[tokens[token.index].task.index]
    guard case .question(let question) = definition(of: task)[tokens[token.index].block].kind else {
      preconditionFailure("internal inconsistency: an asking token outside a question block")
    }
    return question
  }

  /// `answer`: checks everything, then answers as `answerer` (nil: the acting user).
  ///
  /// The simulation answers hundreds of thousands of steps through here, so the usual case (one
  /// open step, named by task) finds its step without building a list; every check still runs.
  mutating func answer(
    _ target: AnswerTarget, option key: String, argument: AnswerArgument?,
    by answerer: ManagerID?
  ) throws(EngineError) {
    if let answerer, !(answerer.rawValue >= 1 && answerer.index < managers.count) {
      throw .unknownManagerID(answerer, count: managers.count)
    }
    let manager = answerer ?? actingUser
    let token = try askingToken(for: target, option: key)
    let taskID = tokens[token.index].task
    guard let (optionIndex, argumentKind) = option(key, askedBy: token) else {
      throw .unknownOption(taskID, option: key, valid: question(at: token).options.map(\.key))
    }
    if manager != .admin, let owner = tasks[taskID.index].manager, owner != manager {
      throw .assignedToOther(taskID, owner: managerName(owner))
    }
    var value: Int64? = nil
    switch argumentKind {
    case nil:
      guard argument == nil else { throw .unexpectedArgument(option: key) }
    case .date:
      let date: Instant
      switch argument {
      case nil: throw .missingArgument(option: key, kind: .date)
      case .text(let text): date = try DateTimeExpression(parsing: text).resolved(now: clock)
      case .date(let instant): date = instant
      }
      guard date >= clock else { throw .dateInPast(date, clock: clock) }
      guard date.isInCalendar else { throw .beyondTheCalendar }
      value = date.secondsSinceEpoch
    case .text:
      switch argument {
      case nil: break
      case .text(let text): value = Int64(texts.intern(text).rawValue)
      case .date: throw .dateForTextOption(option: key)
      }
    }

    // Checked; now perform.
    performAnswer(token: token, option: optionIndex, value: value, by: manager)
    settle()
  }

  /// `question(at:)` for callers in a mutating context, such as the simulation's run. Mutating
  /// only to borrow `self`: called from a mutating method, a non-mutating one receives a copy of
  /// the whole engine (see `evaluate`).
  mutating func askedQuestion(_ token: TokenID) -> Question {
    let definition = tasks[tokens[token.index].task.index].definition.index
    guard
      case .question(let question) = processes[definition].definition[tokens[token.index].block]
        .kind
    else {
      preconditionFailure("internal inconsistency: an asking token outside a question block")
    }
    return question
  }

  /// The position of the option called `key` in the question a token asks, and the argument it
  /// takes; nil if the question has no such option.
  ///
  /// Reads the question where it is: returning it, as `askedQuestion` does, copies it out, a
  /// retain and release of each of its texts per answer. (Mutating only to borrow `self`, as
  /// `askedQuestion`.)
  mutating func option(_ key: String, askedBy token: TokenID) -> (Int, ArgumentKind?)? {
    let definition = tasks[tokens[token.index].task.index].definition.index
    switch processes[definition].definition.blocks[tokens[token.index].block.index].kind {
    case .question(let question):
      guard let index = question.options.firstIndex(where: { $0.key == key }) else { return nil }
      return (index, question.options[index].argument)
    default:
      preconditionFailure("internal inconsistency: an asking token outside a question block")
    }
  }

  /// The asking token an answer to `target` with option `key` is for, or why there is none.
  /// (Mutating only to borrow `self`, as `askedQuestion`.)
  mutating func askingToken(for target: AnswerTarget, option key: String) throws(EngineError)
    -> TokenID
  {
    var candidates: [TokenID] = []
    switch target {
    case .task(let id):
      guard id.rawValue >= 1, id.index < tasks.count else {
        throw .unknownTask(id, count: tasks.count)
      }
      guard tasks[id.index].isOpen else { throw .taskNotOpen(id, tasks[id.index].state) }
      // One open step is the rule (`openSteps` counts the asking tokens): the first asking token
      // met is it, found without building a list.
      if tasks[id.index].openSteps == 1 {
        var next = tasks[id.index].lastToken
        while let token = next {
          if tokens[token.index].state == .asking { return token }
          next = tokens[token.index].previousInTask
        }
        preconditionFailure(
          "internal inconsistency: task \(id) has an open step but no asking token")
      }
      candidates = askingTokens(of: id)
      if candidates.isEmpty {
        // The step may be in a sub-process: point there.
        var hint: EngineError.AskingStep? = nil
        if let child = tasks.indices.first(where: {
          tasks[$0].parent == id && tasks[$0].openSteps > 0
        }) {
          let asking = askingTokens(of: TaskID(index: child))
          let key = asking.first.map { question(at: $0).key } ?? "?"
          hint = EngineError.AskingStep(task: TaskID(index: child), question: key)
        }
        throw .noOpenStep(target, hint: hint)
      }
    case .order(let id):
      _ = try existingOrder(id)
      for task in tasks(of: id) where task.isOpen { candidates += askingTokens(of: task.id) }
      guard !candidates.isEmpty else { throw .noOpenStep(target, hint: nil) }
    }

    // With several open steps, the option decides which one is meant.
    if candidates.count == 1 { return candidates[0] }
    let matching = candidates.filter { question(at: $0).option(key) != nil }
    guard matching.count == 1 else {
      throw .ambiguousStep(
        target,
        candidates: candidates.map {
          EngineError.AskingStep(task: tokens[$0.index].task, question: question(at: $0).key)
        })
    }
    return matching[0]
  }

  /// Answers the step a token is asking with the option at `optionIndex`; `value` is the raw
  /// argument (seconds of a date, or a text id), already checked. The caller settles.
  mutating func performAnswer(
    token: TokenID, option optionIndex: Int, value: Int64?, by manager: ManagerID
  ) {
    let taskID = tokens[token.index].task
    wake(token)
    tasks[taskID.index].closeStep(answeredBy: manager)
    record(.stepAnswered(option: optionIndex, by: manager), cause: .token(token))
    let block = tokens[token.index].block.index
    let (info, option) = withProgram(of: tasks[taskID.index].definition.index) { program in
      let info = program.questions[Int(program.steps[block].detail)]
      return (info, program.options[Int(info.firstOption) + optionIndex])
    }
    if info.countsAsCall, let order = tasks[taskID.index].order { orders[order.index].calls += 1 }
    if let value, option.slot >= 0 {
      tasks[taskID.index].slots[Int(option.slot)] = value
      let counters = withProgram(of: tasks[taskID.index].definition.index) { $0.counterCount }
      let variable = Int(option.slot) - counters
      let stored: VariableValue =
        option.argument == .date
        ? .date(Instant(secondsSinceEpoch: value)) : .text(TextID(rawValue: Int32(value)))
      record(.variableSet(variable: variable, stored), cause: .token(token))
    }
    if leave(token, by: optionIndex) { ready.append(token) }
  }
}
