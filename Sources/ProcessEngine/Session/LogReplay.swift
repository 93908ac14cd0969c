/// What the event log says about each order and task, replayed event by event as a session file
/// is read, and compared with the orders and tasks the file states: a log that no longer matches
/// the state (issue 9) is refused with the path of the first disagreement.
///
/// One pass over the log. Per order: its `orderCreated` event, then every status change from the
/// status the order had and every payment, under the rules the engine keeps (SPEC §3,
/// `Engine.receivePayment`): a payment only while the order takes payments and never past its
/// amount; `completed` only when the payments reach the amount and `partially-paid` only while
/// they are below it. Per task: its `taskStarted` event, after its order's creation and before
/// any other of its events, and its last `taskEnded`, `taskFailed` or `taskDeleted` event, which
/// must be the one that left it as the file says (`process restart` deletes a task that had
/// ended, so a deleted task may have ended first).
///
/// Neither direction of "paid in full ⇔ completed" holds beyond that: a manager (`set order N
/// status`) or a block may move a completed order on to another status (SPEC §12.5 lists it as an
/// anomaly `process explore` finds, so it is reachable), and a cancelled order keeps what it was
/// paid.
///
/// Cost: the events of a large session visit their orders and tasks all over, and a load from a
/// row that is not in the cache stalls the pass. So what every event reads is a byte per order or
/// per task; the money is read only for payments and changes to `completed` or `partially-paid`;
/// a task's start and end are stored as they come and compared with the tasks, in order, at the
/// end; and a task's events other than changes of its order's status do not look at the order.
struct LogReplay {
  /// The status code of an order the log has not created yet.
  static let notCreated: UInt8 = 0xFF
  /// `ending` of a task the log has not ended.
  static let notEnded: UInt8 = 0

  /// Per order: its status code as the log has it so far.
  private var status: [UInt8]
  /// Per order: what it was paid and its amount.
  private var money: [(paid: Int64, amount: Int64)]
  /// Per order: the text of its last cancellation's reason, -1 for none.
  private var reason: [Int32]
  /// Per task: whether the log started it (read for every event of a task), and when.
  private var started: [Bool]
  private var startedAt: [Int64]
  /// Per task: its last ending event, as its kind × 4 + its `small` (`notEnded`: none), its
  /// time and its payload. Written as the events come and compared in order at the end: a
  /// store to a task's row costs little, a load from it waits for the memory.
  private var ending: [UInt8]
  private var endedAt: [Int64]
  private var endPayload: [Int64]

  init(orders: ChunkedArray<Order>, tasks: Int) {
    status = [UInt8](repeating: Self.notCreated, count: orders.count)
    money = orders.map { (0, $0.amount.cents) }
    reason = [Int32](repeating: -1, count: orders.count)
    started = [Bool](repeating: false, count: tasks)
    startedAt = [Int64](repeating: 0, count: tasks)
    ending = [UInt8](repeating: Self.notEnded, count: tasks)
    endedAt = [Int64](repeating: 0, count: tasks)
    endPayload = [Int64](repeating: 0, count: tasks)
  }

  /// Takes event `index` (its references already checked); throws when it breaks a rule or
  /// cannot follow from the events before it.
  @inline(__always)
  mutating func note(_ event: Event, at index: Int) throws(SessionReadError) {
    let kind = event.kind
    if event.taskRaw > 0 {
      let task = Int(event.taskRaw) - 1
      if kind == .taskStarted {
        guard !started[task] else {
          throw fail(index, "task \(task + 1) starts a second time")
        }
        started[task] = true
        startedAt[task] = event.time.secondsSinceEpoch
        // Its later events follow it, so they follow the order's creation too.
        if event.subjectRaw > 0, status[Int(event.subjectRaw) - 1] == Self.notCreated {
          throw fail(index, "an event of order \(event.subjectRaw) before its orderCreated event")
        }
        return
      }
      guard started[task] else {
        throw fail(index, "an event of task \(task + 1) before its taskStarted event")
      }
      switch kind {
      case .taskEnded, .taskFailed, .taskDeleted:
        ending[task] = kind.rawValue << 2 | event.small & 3
        endedAt[task] = event.time.secondsSinceEpoch
        endPayload[task] = event.payload
        return
      case .statusChanged, .paymentReceived:
        // A block's change of its order: checked with the order's below.
        break
      default:
        // Follows its task's start, which follows its order's creation: nothing to read.
        return
      }
    }
    guard event.subjectRaw > 0 else { return }
    let order = Int(event.subjectRaw) - 1
    let status = status[order]
    if kind == .orderCreated {
      guard status == Self.notCreated else {
        throw fail(index, "order \(order + 1) is created a second time")
      }
      self.status[order] = OrderStatus.new.code
      return
    }
    guard status != Self.notCreated else {
      throw fail(index, "an event of order \(order + 1) before its orderCreated event")
    }
    switch kind {
    case .statusChanged: try changeStatus(of: order, event, at: index)
    case .paymentReceived:
      let current = OrderStatus(code: status)
      guard current.acceptsPayments else {
        throw fail(index, "order \(order + 1) is paid while it is \(current.slug)")
      }
      let left = money[order].amount - money[order].paid
      guard event.payload > 0, event.payload <= left else {
        throw fail(
          index,
          "a payment of \(event.payload) cents to order \(order + 1), which has \(left) cents left to pay"
        )
      }
      money[order].paid += event.payload
    default:
      break
    }
  }

  /// A status change, from the status the order has, to a status its payments allow.
  private mutating func changeStatus(of order: Int, _ event: Event, at index: Int)
    throws(SessionReadError)
  {
    let from = event.small >> 4
    let to = event.small & 15
    guard from == status[order] else {
      throw fail(
        index,
        "order \(order + 1) is \(OrderStatus(code: status[order]).slug) here, but this change is from \(OrderStatus(code: from).slug)"
      )
    }
    switch OrderStatus(code: to) {
    case .completed:
      let (paid, amount) = money[order]
      guard paid == amount else {
        throw fail(
          index, "order \(order + 1) becomes completed with \(paid) of \(amount) cents paid")
      }
    case .partiallyPaid:
      let (paid, amount) = money[order]
      guard paid > 0, paid < amount else {
        throw fail(
          index, "order \(order + 1) becomes partially-paid with \(paid) of \(amount) cents paid")
      }
    case .cancelled:
      reason[order] = Int32(truncatingIfNeeded: event.payload)
    case .new, .inWork, .notConfirmed, .awaitingPayment, .postponed, .pendingRefund, .false:
      break
    }
    status[order] = to
  }

  /// What is wrong with a task's outcome given its last ending event (`ending` 0: none), or nil.
  func problem(with id: TaskID, _ outcome: TaskOutcome) -> String? {
    let task = id.index
    let kind = Event.Kind(rawValue: ending[task] >> 2)
    let small = ending[task] & 3
    let loggedAt = Instant(secondsSinceEpoch: endedAt[task])
    switch (outcome, ending[task] == Self.notEnded ? nil : kind) {
    case (.running, nil):
      return nil
    case (.running, _?):
      return "task \(id) runs, but the log ended it at \(loggedAt)"
    case (_, nil):
      return "task \(id) has ended, but the log has no event that ended it"
    case (.deleted(let at), .taskDeleted?):
      return at == loggedAt ? nil : "task \(id) was deleted at \(at), but the log at \(loggedAt)"
    case (.deleted, _?):
      return "task \(id) is deleted, but the log did not delete it last"
    case (.ended, .taskDeleted?):
      return "task \(id) has ended, but the log deleted it"
    case (.ended(_, .failed(let reason), let at), .taskFailed?):
      guard Int64(reason.rawValue) == endPayload[task] else {
        return "task \(id) failed for another reason than the log says"
      }
      return at == loggedAt ? nil : "task \(id) ended at \(at), but the log at \(loggedAt)"
    case (.ended(let result, let end, let at), .taskEnded?):
      let logged = TaskResult(code: small)
      if case .failed = end { return "task \(id) failed, but the log ended it \(logged.rawValue)" }
      guard result == logged else {
        return "task \(id) ended \(result.rawValue), but the log ended it \(logged.rawValue)"
      }
      return at == loggedAt ? nil : "task \(id) ended at \(at), but the log at \(loggedAt)"
    case (.ended, _?):
      return "task \(id) has ended, but the log says it failed"
    }
  }

  /// Compares the orders and tasks the file states with where the log left them; then checks
  /// what a status says about the payments.
  func check(_ engine: Engine) throws(SessionReadError) {
    for index in engine.orders.indices {
      try check(
        order: index, engine.orders[index].status, paid: engine.orders[index].paid.cents,
        reason: engine.orders[index].cancelReason)
    }
    for index in engine.tasks.indices {
      guard started[index] else {
        throw SessionReadError(
          path: TaskColumn.path(row: index), message: "task \(index + 1) has no taskStarted event")
      }
      let started = engine.tasks[index].startedAt
      guard startedAt[index] == started.secondsSinceEpoch else {
        throw SessionReadError(
          path: TaskColumn.started.path(row: index),
          message:
            "task \(index + 1) started at \(started), but its taskStarted event is at \(Instant(secondsSinceEpoch: startedAt[index]))"
        )
      }
      if let message = problem(with: TaskID(index: index), engine.tasks[index].outcome) {
        throw SessionReadError(path: TaskColumn.state.path(row: index), message: message)
      }
    }
  }

  /// An order's status, paid amount and reason against what its events said.
  private func check(order index: Int, _ status: OrderStatus, paid: Int64, reason: TextID?)
    throws(SessionReadError)
  {
    let logged = self.status[index]
    guard logged != Self.notCreated else {
      throw SessionReadError(
        path: OrderColumn.path(row: index), message: "order \(index + 1) has no orderCreated event")
    }
    guard status.code == logged else {
      throw SessionReadError(
        path: OrderColumn.status.path(row: index),
        message:
          "order \(index + 1) is \(status.slug), but its events leave it \(OrderStatus(code: logged).slug)"
      )
    }
    let amount = money[index].amount
    guard paid == money[index].paid else {
      throw SessionReadError(
        path: OrderColumn.paid.path(row: index),
        message:
          "order \(index + 1) is paid \(paid) cents, but its payments add up to \(money[index].paid)"
      )
    }
    guard (reason?.rawValue ?? -1) == self.reason[index] else {
      throw SessionReadError(
        path: OrderColumn.reason.path(row: index),
        message: "order \(index + 1)'s reason is not that of its last cancellation")
    }
    switch status {
    case .completed:
      guard paid == amount else {
        throw SessionReadError(
          path: OrderColumn.status.path(row: index),
          message: "order \(index + 1) is completed, but \(amount - paid) cents are unpaid")
      }
    case .partiallyPaid:
      guard paid > 0, paid < amount else {
        throw SessionReadError(
          path: OrderColumn.status.path(row: index),
          message:
            "order \(index + 1) is partially-paid, but \(paid) of \(amount) cents are paid")
      }
    case .new, .inWork, .notConfirmed, .awaitingPayment, .postponed, .pendingRefund, .cancelled,
      .false:
      break
    }
  }

  private func fail(_ index: Int, _ message: String) -> SessionReadError {
    SessionReadError(path: EventColumn.path(row: index), message: message)
  }
}
