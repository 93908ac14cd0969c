/// `process explore NAME`: runs the process on one abstract order along every path the people
/// around it can take, on the real engine, and sums up where the paths end (docs/explore.md).
///
/// The order starts twice, with a phone and without. Whenever the task waits, every way on is
/// tried: each option of each open step, time running to the next timer (nobody acts), and,
/// once per path, the customer paying in full, paying half, cancelling or giving a phone. States
/// are merged when everything that decides the future is equal: the clock, the order, the
/// customer's phone, the open tasks' branches, counters, variables and timers, and whether the
/// customer has acted; so each distinct state is explored once, depth first in a fixed order of
/// steps, which makes the output deterministic. Each outcome keeps the shortest path found to it.
public struct Explorer: Sendable {
  /// The most states one exploration visits; beyond it the result says it is incomplete.
  public static let stateLimit = 200_000
  /// The date given to a date option: two days from the moment of the answer.
  public static let answerDateOffset = TimeSpan.days(2)
  /// The text given to a text option.
  public static let answerText = "explored"
  /// The number a customer without one gives (and the other number of one who has one).
  public static let newPhone = "+79990000001"

  public let process: String
  /// The most steps on one path.
  public let maxSteps: Int

  public init(process: String, maxSteps: Int = 40) {
    self.process = process
    self.maxSteps = maxSteps
  }

  /// The session the paths start from, and the commands that made it from a new session (which
  /// has the built-ins), for the scripts `--scripts` writes: the current definitions of
  /// `session` that differ from the built-ins loaded, every process stopped (so that only the
  /// explored one runs), a new order with or without a phone, and the process run on it.
  public func setUp(from session: Engine, hasPhone: Bool, tracing trace: ExitTrace? = nil)
    throws(EngineError) -> (engine: Engine, commands: [Command])
  {
    var engine = Engine()
    engine.exitTrace = trace
    var commands: [Command] = []
    func apply(_ command: Command) throws(EngineError) {
      _ = try engine.apply(command)
      commands.append(command)
    }
    let builtIns = engine.processes
    for loaded in session.processes where loaded.isCurrent {
      if builtIns.first(where: { $0.name == loaded.name })?.definition != loaded.definition {
        try apply(.loadProcess(loaded.definition))
      }
    }
    for process in engine.processes where process.isCurrent && process.isStarted {
      try apply(.stopProcess(process.name))
    }
    try apply(.createOrder(hasPhone ? NewOrder() : NewOrder(phone: .some(nil))))
    try apply(.runProcess(process, order: order))
    return (engine, commands)
  }

  /// The explored order and its customer, the first of the new session.
  public let order = OrderID(rawValue: 1)
  public let user = UserID(rawValue: 1)

  private struct Node {
    var engine: Engine
    var path: Exploration.Path
    var customerActed: Bool
    var wasCompleted: Bool
  }

  /// Explores every path from the two starts; refused when the process is not loaded or not
  /// over orders. `monitor` is asked every 1,024 states whether to stop (Ctrl-C): then nothing is
  /// returned but `.interrupted`.
  public func explore(_ session: Engine, monitor: CommandMonitor? = nil) throws(EngineError)
    -> Exploration
  {
    guard let loaded = session.processes.last(where: { $0.name == process && $0.isCurrent }) else {
      throw .unknownProcess(
        process, suggestion: Suggestion.closest(to: process, among: session.processes.map(\.name)))
    }
    guard loaded.definition.object == .order else {
      throw .processObjectMismatch(process, loaded.definition.object)
    }
    let trace = ExitTrace()
    var starts: [Node] = []
    for hasPhone in [true, false] {
      let engine = try setUp(from: session, hasPhone: hasPhone, tracing: trace).engine
      starts.append(
        Node(
          engine: engine, path: Exploration.Path(hasPhone: hasPhone, steps: []),
          customerActed: false, wasCompleted: false))
    }
    let root = TaskID(rawValue: Int32(starts[0].engine.tasks.count))
    let startedAt = starts[0].engine.clock
    // Each state, with the fewest steps it was reached in: reached again in fewer, it is
    // explored again, so that every outcome's example is a shortest path.
    var seen: [String: Int] = [:]
    var outcomes: [Exploration.Outcome: Exploration.OutcomeSummary] = [:]
    var outcomeOrder: [Exploration.Outcome] = []
    var anomalies: [Exploration.Anomaly: Exploration.AnomalySummary] = [:]
    var anomalyOrder: [Exploration.Anomaly] = []
    var cutOff = 0
    var isIncomplete = false
    var isCancelled = false

    func note(_ outcome: Exploration.Outcome, of node: Node) {
      let elapsed = node.engine.clock - startedAt
      let order = node.engine.orders[order.index]
      let calls = Int(order.calls)
      let messages = Int(order.messages)
      if var summary = outcomes[outcome] {
        summary.shortest = min(summary.shortest, elapsed)
        summary.longest = max(summary.longest, elapsed)
        summary.calls = min(summary.calls.lowerBound, calls)...max(summary.calls.upperBound, calls)
        summary.messages =
          min(summary.messages.lowerBound, messages)...max(summary.messages.upperBound, messages)
        summary.states += 1
        if node.path.steps.count < summary.example.steps.count {
          summary.example = node.path
          summary.exampleEnd = (calls, messages)
        }
        outcomes[outcome] = summary
      } else {
        outcomes[outcome] = Exploration.OutcomeSummary(
          outcome: outcome, shortest: elapsed, longest: elapsed, calls: calls...calls,
          messages: messages...messages, states: 1, example: node.path,
          exampleEnd: (calls, messages))
        outcomeOrder.append(outcome)
      }
    }
    func note(_ anomaly: Exploration.Anomaly, of path: Exploration.Path) {
      if let known = anomalies[anomaly] {
        if path.steps.count < known.example.steps.count { anomalies[anomaly]!.example = path }
        return
      }
      anomalies[anomaly] = Exploration.AnomalySummary(anomaly: anomaly, example: path)
      anomalyOrder.append(anomaly)
    }

    // Depth first, one engine per level alive at a time: a copy of an engine that then runs
    // copies the chunks it writes (some hundred kilobytes), so a breadth-first frontier of tens
    // of thousands of states would not fit in memory.
    func visit(_ node: Node) {
      guard !isIncomplete, !isCancelled else { return }
      if seen.count % 1024 == 1023, monitor?.isCancelled() == true {
        isCancelled = true
        return
      }
      let key = key(of: node, root: root)
      if let steps = seen[key], steps <= node.path.steps.count { return }
      seen[key] = node.path.steps.count
      guard seen.count <= Self.stateLimit else {
        isIncomplete = true
        return
      }
      let engine = node.engine
      let orderNow = engine.orders[order.index]
      func outcome(_ ending: Exploration.Outcome.Ending) -> Exploration.Outcome {
        Exploration.Outcome(ending: ending, status: orderNow.status)
      }
      switch engine.tasks[root.index].outcome {
      case .ended(let result, .block(let block), _):
        if case .end(let name, _) = engine.definition(of: engine.tasks[root.index])[block].kind {
          note(outcome(.ended(name: name, result: result)), of: node)
        }
        return
      case .ended(let result, .none, _):
        note(outcome(.ended(name: "none", result: result)), of: node)
        return
      case .ended(_, .failed, _), .deleted:
        note(outcome(.failed), of: node)
        return
      case .running:
        break
      }
      var steps = managerSteps(in: engine)
      if steps.isEmpty {
        note(outcome(.waitsForever), of: node)
        for task in engine.tasks where task.isOpen && task.order == order {
          let definition = engine.definition(of: task)
          let blocks = engine.branches(of: task.id).map { definition[$0.block].id }
          if !blocks.isEmpty {
            note(.waitsForever(process: definition.name, blocks: blocks), of: node.path)
          }
        }
      }
      if !node.customerActed { steps += customerSteps(in: engine) }
      guard node.path.steps.count < maxSteps else {
        if !steps.isEmpty {
          cutOff += 1
          note(outcome(.cutOff), of: node)
        }
        return
      }
      for step in steps {
        var child = node.engine
        let events: Range<Int>
        do throws(EngineError) {
          events = try child.apply(step.command(order: order, user: user))
        } catch {
          continue
        }
        var path = node.path
        path.steps.append(step)
        var wasCompleted = node.wasCompleted
        for index in events {
          let event = child.log[index]
          guard event.order == order, case .statusChanged(let from, let to, _) = event.change else {
            continue
          }
          let place = event.task.flatMap { task in
            event.block.map { block in
              let definition = child.definition(of: child.tasks[task.index])
              return (process: definition.name, block: definition[block].id)
            }
          }
          if let place, from == .completed || wasCompleted {
            note(
              .completedOrderChanged(process: place.process, block: place.block, to: to), of: path)
          }
          if to == .cancelled, child.orders[order.index].isPaid {
            note(.paidOrderCancelled(process: place?.process, block: place?.block), of: path)
          }
          if to == .completed { wasCompleted = true }
        }
        visit(
          Node(
            engine: child, path: path, customerActed: node.customerActed || step.isCustomerStep,
            wasCompleted: wasCompleted))
      }
    }
    for start in starts { visit(start) }
    if isCancelled { throw .interrupted }

    // Each start compiled the definitions anew: the same definition counts once.
    var taken: [(definition: ProcessDefinition, taken: Set<ExitTrace.ExitPlace>)] = []
    for version in trace.versions {
      if let index = taken.firstIndex(where: { $0.definition == version.definition }) {
        taken[index].taken.formUnion(version.taken)
      } else {
        taken.append((version.definition, version.taken))
      }
    }
    var neverReached: [(process: String, blocks: [String])] = []
    for (definition, taken) in taken where definition.name == process || !taken.isEmpty {
      let entered = definition.blocksEntered(taking: taken)
      let blocks = definition.blocks.indices.filter { !entered.contains($0) }
      if !blocks.isEmpty {
        neverReached.append((definition.name, blocks.map { definition.blocks[$0].id }))
      }
    }
    return Exploration(
      process: process, task: root,
      outcomes: outcomeOrder.enumerated().sorted {
        ($0.element.ending.rank, $0.offset) < ($1.element.ending.rank, $1.offset)
      }
      .map { outcomes[$0.element]! },
      anomalies: anomalyOrder.map { anomalies[$0]! }, blocksNeverReached: neverReached,
      states: min(seen.count, Self.stateLimit), cutOff: cutOff, isIncomplete: isIncomplete)
  }

  /// What managers and time can do now: each option of each open step of the order's tasks, in
  /// task and step order, then running to the next timer, if one is set.
  func managerSteps(in engine: Engine) -> [ExplorationStep] {
    var steps: [ExplorationStep] = []
    for step in engine.openSteps where step.order == order {
      let block = engine.definition(of: engine.tasks[step.task.index])[step.block].id
      for option in step.question.options {
        let argument: AnswerArgument?
        switch option.argument {
        case .date?: argument = .date(engine.clock + Self.answerDateOffset)
        case .text?: argument = .text(Self.answerText)
        case nil: argument = nil
        }
        steps.append(
          .answer(task: step.task, block: block, option: option.key, argument: argument))
      }
    }
    if !engine.scheduledItems(limit: 1).isEmpty { steps.append(.advanceToNextTimer) }
    return steps
  }

  /// What the customer can still do: pay (all, or half when nothing is paid), cancel, and give
  /// a phone.
  func customerSteps(in engine: Engine) -> [ExplorationStep] {
    let order = engine.orders[order.index]
    var steps: [ExplorationStep] = []
    if !order.isPaid { steps.append(.pay) }
    if order.paid == .zero { steps.append(.payPart(Money(cents: order.amount.cents / 2))) }
    if order.status != .cancelled && order.status != .completed { steps.append(.cancel) }
    let phone = engine.users[user.index].phone
    steps.append(.changePhone(phone == Self.newPhone ? "+79990000002" : Self.newPhone))
    return steps
  }

  /// Everything that decides what can happen next (see the type's comment). Times are kept
  /// relative to the clock, and a date already past (or not set) as `-`: no condition reads the
  /// clock itself, so two states that differ only in when they happen have the same future. The
  /// order's calls and messages are left out too (no condition reads them): they are what an
  /// outcome reports, as ranges.
  private func key(of node: Node, root: TaskID) -> String {
    let engine = node.engine
    let now = engine.clock.secondsSinceEpoch
    func relative(_ instant: Instant?) -> String {
      guard let instant, instant.secondsSinceEpoch > now else { return "-" }
      return String(instant.secondsSinceEpoch - now)
    }
    let order = engine.orders[order.index]
    // How the task ended, if it did: two ends with the same order are two outcomes.
    var key = "\(node.customerActed) \(node.wasCompleted)"
    if case .ended(let result, let end, _) = engine.tasks[root.index].outcome {
      key += " e\(result.rawValue) \(end)"
    }
    key += " o\(order.status.rawValue) \(order.paid.cents)"
    key += " \(relative(order.paymentDate)) \(relative(order.nextContactDate))"
    key += " p\(engine.users[user.index].phone ?? "-")"
    // Open tasks by their place among the open ones, not by id: a path that started more
    // sub-processes before is no different now.
    let open = engine.tasks.filter { $0.isOpen && $0.order == self.order }.map(\.id)
    func place(_ task: TaskID?) -> Int { task.flatMap { open.firstIndex(of: $0) } ?? -1 }
    for taskID in open {
      let task = engine.tasks[taskID.index]
      key += " t\(task.definition.rawValue)"
      for slot in 0..<task.slots.count { key += ",\(task.slots[slot])" }
      for branch in engine.branches(of: task.id) {
        key += " b\(branch.block.index)"
        switch branch.state {
        case .sleeping: key += "s"
        case .waiting: key += "w"
        case .asking: key += "a"
        case .awaitingChild(let child): key += "c\(place(child))"
        }
      }
    }
    for item in engine.scheduledItems() {
      key += " d\(item.due.secondsSinceEpoch - now):\(place(item.task)):\(item.block?.index ?? -1)"
    }
    return key
  }
}
