/// Read-only views for listings: what is waiting on whom, and what happens next.
extension Engine {
  /// One pending agenda item.
  public struct ScheduledItem: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
      /// A `delay` block ends.
      case delayEnds
      /// A `wait` block times out.
      case waitTimesOut
      /// A periodic process checks for new objects.
      case periodicLaunch(DefinitionID)
      /// The started mailings look at an order again: a `created ago` or `received … ago` in
      /// their conditions may turn.
      case mailingCheck(OrderID)
      /// A `wait` block looks at its condition again: time alone may turn it.
      case waitCheck
    }
    public var due: Instant
    public var kind: Kind
    /// The task and block, for delays, timeouts and waits' looks.
    public var task: TaskID?
    public var block: BlockIndex?
  }

  /// The live agenda items in the order they will fire; at most `limit` of them.
  public func scheduledItems(limit: Int = .max) -> [ScheduledItem] {
    var result: [ScheduledItem] = []
    for item in agenda.items where isLive(item) {
      switch item.action {
      case .token(let id, _):
        let token = tokens[id.index]
        result.append(
          ScheduledItem(
            due: item.due, kind: token.state == .waiting ? .waitTimesOut : .delayEnds,
            task: token.task,
            block: token.block))
      case .periodicLaunch(let id, _):
        result.append(
          ScheduledItem(due: item.due, kind: .periodicLaunch(id), task: nil, block: nil))
      case .timeCheck(.mailings(let order)):
        result.append(
          ScheduledItem(due: item.due, kind: .mailingCheck(order), task: nil, block: nil))
      case .timeCheck(.wait(let id, _)):
        let token = tokens[id.index]
        result.append(
          ScheduledItem(due: item.due, kind: .waitCheck, task: token.task, block: token.block))
      }
      if result.count >= limit { break }
    }
    return result
  }

  /// An open manager step.
  public struct OpenStep: Equatable, Sendable {
    public var task: TaskID
    public var block: BlockIndex
    public var question: Question
    /// When it opened.
    public var since: Instant
    /// Who may answer: the task's manager, or nil for anyone.
    public var manager: ManagerID?
    public var order: OrderID?
  }

  /// Every open manager step, by task then by when it opened.
  public var openSteps: [OpenStep] {
    var result: [OpenStep] = []
    for task in tasks where task.isOpen && task.openSteps > 0 {
      result += openSteps(of: task.id)
    }
    return result
  }

  /// The open steps of one task.
  public func openSteps(of task: TaskID) -> [OpenStep] {
    askingTokens(of: task).map { token in
      OpenStep(
        task: task, block: tokens[token.index].block, question: question(at: token),
        since: tokens[token.index].since,
        manager: tasks[task.index].manager, order: tasks[task.index].order)
    }
  }

  /// Where one branch of a task is.
  public struct Branch: Equatable, Sendable {
    public enum State: Equatable, Sendable {
      /// In a `delay` block.
      case sleeping
      /// In a `wait` block.
      case waiting
      /// In a `question` block, waiting for a manager.
      case asking
      /// In a `subprocess` block, waiting for the child task.
      case awaitingChild(TaskID)
    }
    public var block: BlockIndex
    public var state: State
    /// Since when it has been there.
    public var since: Instant
  }

  /// The live branches of a task, oldest first.
  public func branches(of task: TaskID) -> [Branch] {
    var result: [Branch] = []
    var next = tasks[task.index].lastToken
    while let id = next {
      let token = tokens[id.index]
      next = token.previousInTask
      let state: Branch.State
      switch token.state {
      case .ended, .ready: continue
      case .sleeping: state = .sleeping
      case .waiting: state = .waiting
      case .asking: state = .asking
      case .awaitingChild: state = .awaitingChild(token.child!)
      }
      result.append(Branch(block: token.block, state: state, since: token.since))
    }
    return result.reversed()
  }

  /// The child tasks a task started, oldest first.
  public func children(of task: TaskID) -> [TaskID] {
    guard let subject = self.task(task)?.subject else { return [] }
    var result: [TaskID] = []
    var next: TaskID?
    switch subject {
    case .order(let id): next = orders[id.index].lastTask
    case .user(let id): next = users[id.index].lastTask
    }
    while let id = next {
      if tasks[id.index].parent == task { result.append(id) }
      next = tasks[id.index].previousTaskOfObject
    }
    return result.reversed()
  }
}
