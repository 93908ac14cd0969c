/// The funnel of a set of orders: where they ended up, why they were cancelled, how long payment
/// took, how much calling and writing it took, and what the managers answered. `simulate` prints it
/// for the orders it created; `stats` for the whole session.
public struct Statistics: Equatable, Sendable {
  /// All orders counted, false ones included.
  public var orders: Int
  /// Orders by status, in `OrderStatus.allCases` order; false orders are counted here but left out
  /// of the funnel, as GetCourse does.
  public var byStatus: [OrderStatus: Int]
  /// Cancellation reasons with their counts, most frequent first.
  public var cancelReasons: [(reason: String, count: Int)]
  /// Completed orders: the time from creation to the payment that completed them.
  public var timeToPayment: (median: TimeSpan, p90: TimeSpan)?
  public var calls: Int
  public var messages: Int
  /// Tasks by process and end, most frequent first.
  public var taskEnds: [(process: String, end: String, count: Int)]
  /// Manager steps answered, by question key.
  public var stepsByQuestion: [(question: String, count: Int)]
  /// Manager steps answered, by manager.
  public var stepsByManager: [(manager: String, count: Int)]
  /// Steps still open, and those open for more than a day.
  public var openSteps: Int
  public var overdueSteps: Int

  /// How many events ahead of its reads the pass over the log asks for the rows they name: far
  /// enough for a load from memory to arrive, near enough for the rows to stay in the cache.
  static var lookAhead: Int { 32 }

  /// Statistics over `orders` (all orders when nil), reading the engine's state and log.
  ///
  /// One pass over the orders, one over the tasks and one over the log, counting in arrays
  /// indexed by code: a million-order simulation ends with this.
  public init(engine: Engine, orders range: Range<OrderID>? = nil) {
    let first = range?.lowerBound.index ?? 0
    let last = range?.upperBound.index ?? engine.orders.count
    orders = last - first
    var statusCounts = [Int](repeating: 0, count: OrderStatus.table.count)
    var reasonCounts: [Int32: Int] = [:]
    var calls = 0
    var messages = 0
    for index in first..<last {
      let order = engine.orders[index]
      statusCounts[Int(order.status.code)] += 1
      if order.status == .cancelled {
        reasonCounts[order.cancelReason?.rawValue ?? -1, default: 0] += 1
      }
      calls += Int(order.calls)
      messages += Int(order.messages)
    }
    var byStatus: [OrderStatus: Int] = [:]
    for (code, count) in statusCounts.enumerated() where count > 0 {
      byStatus[OrderStatus.table[code]] = count
    }
    self.byStatus = byStatus
    self.calls = calls
    self.messages = messages
    // Sorted by count, then by name: never by hash order.
    cancelReasons = reasonCounts.map { (id, count) in
      (id < 0 ? "none" : engine.text(TextID(rawValue: id)), count)
    }
    .sorted { ($1.1, $0.0) < ($0.1, $1.0) }

    // Answers counted per (definition, block), named by question key afterwards.
    var answersAt: [[Int]] = engine.processes.map {
      [Int](repeating: 0, count: $0.definition.blocks.count)
    }
    var durations: [Int64] = []
    var byManager = [Int](repeating: 0, count: engine.managers.count + 1)
    // The rows these events name lie at random over the tables (at a million orders, 4 million
    // answers name tasks across 240 MB): each is asked for (`prefetch`) a few dozen events before
    // it is read, by a second iterator running ahead.
    var ahead = engine.log.makeIterator()
    for _ in 0..<Self.lookAhead { _ = ahead.next() }
    for event in engine.log {
      if let coming = ahead.next() {
        switch coming.kind {
        case .stepAnswered: engine.tasks.prefetch(Int(coming.taskRaw) - 1)
        case .statusChanged: engine.orders.prefetch(Int(coming.subjectRaw) - 1)
        default: break
        }
      }
      guard event.subjectRaw > 0, Int(event.subjectRaw) - 1 >= first,
        Int(event.subjectRaw) - 1 < last
      else { continue }
      switch event.kind {
      case .statusChanged where event.small & 15 == OrderStatus.completed.code:
        durations.append((event.time - engine.orders[Int(event.subjectRaw) - 1].createdAt).seconds)
      case .stepAnswered:
        answersAt[engine.tasks[Int(event.taskRaw) - 1].definition.index][Int(event.blockRaw)] += 1
        byManager[Int(event.payload)] += 1
      default:
        continue
      }
    }
    var byQuestion: [String: Int] = [:]
    for (definition, counts) in answersAt.enumerated() {
      for (block, count) in counts.enumerated() where count > 0 {
        if case .question(let question) = engine.processes[definition].definition.blocks[block].kind
        {
          byQuestion[question.key, default: 0] += count
        }
      }
    }
    if durations.isEmpty {
      timeToPayment = nil
    } else {
      durations.sort()
      let median = durations[(durations.count - 1) / 2]
      let p90 = durations[
        min(durations.count - 1, Int((Double(durations.count) * 0.9).rounded(.up)) - 1)]
      timeToPayment = (TimeSpan(seconds: median), TimeSpan(seconds: p90))
    }
    stepsByQuestion = byQuestion.map { ($0.key, $0.value) }.sorted { ($1.1, $0.0) < ($0.1, $1.0) }
    stepsByManager = byManager.enumerated().filter { $0.element > 0 }
      .map { (engine.managerName(ManagerID(rawValue: Int32($0.offset))), $0.element) }
      .sorted { ($1.1, $0.0) < ($0.1, $1.0) }

    // Task ends by (definition, end block) in arrays; open and overdue steps from the tokens.
    var endCounts: [[Int]] = engine.processes.map {
      [Int](repeating: 0, count: $0.definition.blocks.count + 2)
    }
    var open = 0
    var overdue = 0
    for task in engine.tasks {
      guard case .order(let order) = task.subject, order.index >= first, order.index < last else {
        continue
      }
      switch task.outcome {
      case .running:
        guard task.openSteps > 0 else { continue }
        for step in engine.openSteps(of: task.id) {
          open += 1
          if engine.clock - step.since > .days(1) { overdue += 1 }
        }
      case .ended(_, let end, _):
        let blocks = endCounts[task.definition.index].count - 2
        switch end {
        case .block(let block): endCounts[task.definition.index][block.index] += 1
        case .none: endCounts[task.definition.index][blocks] += 1
        case .failed: endCounts[task.definition.index][blocks + 1] += 1
        }
      case .deleted:
        continue
      }
    }
    var ends: [(process: String, end: String, count: Int)] = []
    var seen: [String: Int] = [:]
    for (definition, counts) in endCounts.enumerated() {
      let process = engine.processes[definition].definition
      for (index, count) in counts.enumerated() where count > 0 {
        let end: String
        if index < process.blocks.count, case .end(let name, _) = process.blocks[index].kind {
          end = name
        } else {
          end = index == process.blocks.count ? "none" : "failed"
        }
        // Versions of a process and end blocks of one name add up.
        let key = process.name + "\u{0}" + end
        if let position = seen[key] {
          ends[position].count += count
        } else {
          seen[key] = ends.count
          ends.append((process.name, end, count))
        }
      }
    }
    taskEnds = ends.sorted { ($1.count, $0.process, $0.end) < ($0.count, $1.process, $1.end) }
    openSteps = open
    overdueSteps = overdue
  }

  /// The orders in the funnel: all but false ones.
  public var funnelOrders: Int { orders - (byStatus[.false] ?? 0) }

  public static func == (lhs: Statistics, rhs: Statistics) -> Bool {
    lhs.orders == rhs.orders && lhs.byStatus == rhs.byStatus
      && lhs.cancelReasons.elementsEqual(rhs.cancelReasons, by: { $0 == $1 })
      && lhs.timeToPayment?.median == rhs.timeToPayment?.median
      && lhs.timeToPayment?.p90 == rhs.timeToPayment?.p90
      && lhs.calls == rhs.calls && lhs.messages == rhs.messages
      && lhs.taskEnds.elementsEqual(rhs.taskEnds, by: { $0 == $1 })
      && lhs.stepsByQuestion.elementsEqual(rhs.stepsByQuestion, by: { $0 == $1 })
      && lhs.stepsByManager.elementsEqual(rhs.stepsByManager, by: { $0 == $1 })
      && lhs.openSteps == rhs.openSteps && lhs.overdueSteps == rhs.overdueSteps
  }
}
