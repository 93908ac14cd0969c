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

  /// Statistics over `orders` (all orders when nil), reading the engine's state and log.
  public init(engine: Engine, orders range: Range<OrderID>? = nil) {
    let first = range?.lowerBound.index ?? 0
    let last = range?.upperBound.index ?? engine.orders.count
    func counted(_ order: OrderID?) -> Bool {
      guard let order else { return false }
      return order.index >= first && order.index < last
    }
    orders = last - first
    var byStatus: [OrderStatus: Int] = [:]
    var reasons: [String: Int] = [:]
    var calls = 0
    var messages = 0
    for index in first..<last {
      let order = engine.orders[index]
      byStatus[order.status, default: 0] += 1
      if order.status == .cancelled {
        reasons[order.cancelReason.map(engine.text) ?? "none", default: 0] += 1
      }
      calls += Int(order.calls)
      messages += Int(order.messages)
    }
    self.byStatus = byStatus
    self.calls = calls
    self.messages = messages
    // Sorted by count, then by name: never by hash order.
    cancelReasons = reasons.map { ($0.key, $0.value) }.sorted { ($1.1, $0.0) < ($0.1, $1.0) }

    var durations: [Int64] = []
    var byQuestion: [String: Int] = [:]
    var byManager: [ManagerID: Int] = [:]
    for event in engine.log where counted(event.order) {
      switch event.change {
      case .statusChanged(_, .completed, _):
        if let order = event.order {
          durations.append((event.time - engine.orders[order.index].createdAt).seconds)
        }
      case .stepAnswered(_, let manager):
        guard let task = event.task, let block = event.block,
          case .question(let question) = engine.definition(of: engine.tasks[task.index])[block].kind
        else { continue }
        byQuestion[question.key, default: 0] += 1
        byManager[manager, default: 0] += 1
      default:
        continue
      }
    }
    if durations.isEmpty {
      timeToPayment = nil
    } else {
      durations.sort()
      let median = durations[(durations.count - 1) / 2]
      let p90 = durations[min(durations.count - 1, Int((Double(durations.count) * 0.9).rounded(.up)) - 1)]
      timeToPayment = (TimeSpan(seconds: median), TimeSpan(seconds: p90))
    }
    stepsByQuestion = byQuestion.map { ($0.key, $0.value) }.sorted { ($1.1, $0.0) < ($0.1, $1.0) }
    stepsByManager = byManager.map { (engine.managerName($0.key), $0.value) }.sorted { ($1.1, $0.0) < ($0.1, $1.0) }

    var ends: [String: Int] = [:]
    var open = 0
    var overdue = 0
    for task in engine.tasks where counted(task.order) {
      if task.isOpen {
        for step in engine.openSteps(of: task.id) {
          open += 1
          if engine.clock - step.since > .days(1) { overdue += 1 }
        }
      }
      guard case .ended = task.outcome else { continue }
      ends[engine.definition(of: task).name + "\u{0}" + (engine.endName(of: task) ?? "none"), default: 0] += 1
    }
    taskEnds = ends.map { key, count in
      let parts = key.split(separator: "\u{0}", maxSplits: 1, omittingEmptySubsequences: false)
      return (String(parts[0]), String(parts[1]), count)
    }.sorted { ($1.count, $0.process, $0.end) < ($0.count, $1.process, $1.end) }
    openSteps = open
    overdueSteps = overdue
  }

  /// The orders in the funnel: all but false ones.
  public var funnelOrders: Int { orders - (byStatus[.false] ?? 0) }

  public static func == (lhs: Statistics, rhs: Statistics) -> Bool {
    lhs.orders == rhs.orders && lhs.byStatus == rhs.byStatus
      && lhs.cancelReasons.elementsEqual(rhs.cancelReasons, by: { $0 == $1 })
      && lhs.timeToPayment?.median == rhs.timeToPayment?.median && lhs.timeToPayment?.p90 == rhs.timeToPayment?.p90
      && lhs.calls == rhs.calls && lhs.messages == rhs.messages
      && lhs.taskEnds.elementsEqual(rhs.taskEnds, by: { $0 == $1 })
      && lhs.stepsByQuestion.elementsEqual(rhs.stepsByQuestion, by: { $0 == $1 })
      && lhs.stepsByManager.elementsEqual(rhs.stepsByManager, by: { $0 == $1 })
      && lhs.openSteps == rhs.openSteps && lhs.overdueSteps == rhs.overdueSteps
  }
}
