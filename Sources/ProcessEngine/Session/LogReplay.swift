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
          throw fail(index, .taskStartsTwice(task + 1))
        }
        started[task] = true
        startedAt[task] = event.time.secondsSinceEpoch
        // Its later events follow it, so they follow the order's creation too.
        if event.subjectRaw > 0, status[Int(event.subjectRaw) - 1] == Self.notCreated {
          throw fail(index, .orderEventBeforeCreation(Int(event.subjectRaw)))
        }
        return
      }
      guard started[task] else {
        throw fail(index, .taskEventBeforeStart(task + 1))
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
        throw fail(index, .orderCreatedTwice(order + 1))
      }
      self.status[order] = OrderStatus.new.code
      return
    }
    guard status != Self.notCreated else {
      throw fail(index, .orderEventBeforeCreation(order + 1))
    }
    switch kind {
    case .statusChanged: try changeStatus(of: order, event, at: index)
    case .paymentReceived:
      let current = OrderStatus(code: status)
      guard current.acceptsPayments else {
        throw fail(index, .paidWhile(order: order + 1, current))
      }
      let left = money[order].amount - money[order].paid
      guard event.payload > 0, event.payload <= left else {
        throw fail(index, .paymentTooLarge(cents: event.payload, order: order + 1, left: left))
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
        .changeFromOther(
          order: order + 1, OrderStatus(code: status[order]), from: OrderStatus(code: from)))
    }
    switch OrderStatus(code: to) {
    case .completed:
      let (paid, amount) = money[order]
      guard paid == amount else {
        throw fail(
          index, .becomesWith(order: order + 1, .completed, paid: paid, amount: amount))
      }
    case .partiallyPaid:
      let (paid, amount) = money[order]
      guard paid > 0, paid < amount else {
        throw fail(
          index, .becomesWith(order: order + 1, .partiallyPaid, paid: paid, amount: amount))
      }
    case .cancelled:
      reason[order] = Int32(truncatingIfNeeded: event.payload)
    case .new, .inWork, .notConfirmed, .awaitingPayment, .postponed, .pendingRefund, .false:
      break
    }
    status[order] = to
  }

  /// What is wrong with a task's outcome given its last ending event (`ending` 0: none), or nil.
  func problem(with id: TaskID, _ outcome: TaskOutcome) -> SessionProblem.Reason? {
    let task = id.index
    let kind = Event.Kind(rawValue: ending[task] >> 2)
    let small = ending[task] & 3
    let loggedAt = Instant(secondsSinceEpoch: endedAt[task])
    switch (outcome, ending[task] == Self.notEnded ? nil : kind) {
    case (.running, nil):
      return nil
    case (.running, _?):
      return .runsButEnded(id, at: loggedAt)
    case (_, nil):
      return .endedWithoutEvent(id)
    case (.deleted(let at), .taskDeleted?):
      return at == loggedAt ? nil : .deletedAtOther(id, at: at, logged: loggedAt)
    case (.deleted, _?):
      return .deletedNotLast(id)
    case (.ended, .taskDeleted?):
      return .endedButDeleted(id)
    case (.ended(_, .failed(let reason), let at), .taskFailed?):
      guard Int64(reason.rawValue) == endPayload[task] else {
        return .failedOtherReason(id)
      }
      return at == loggedAt ? nil : .endedAtOther(id, at: at, logged: loggedAt)
    case (.ended(let result, let end, let at), .taskEnded?):
      let logged = TaskResult(code: small)
      if case .failed = end { return .failedButEnded(id, logged: logged) }
      guard result == logged else {
        return .resultMismatch(id, result, logged: logged)
      }
      return at == loggedAt ? nil : .endedAtOther(id, at: at, logged: loggedAt)
    case (.ended, _?):
      return .endedButFailed(id)
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
        throw SessionReadError(path: TaskColumn.path(row: index), .noTaskStarted(index + 1))
      }
      let started = engine.tasks[index].startedAt
      guard startedAt[index] == started.secondsSinceEpoch else {
        throw SessionReadError(
          path: TaskColumn.started.path(row: index),
          .startedAtOther(
            task: index + 1, at: started, logged: Instant(secondsSinceEpoch: startedAt[index])))
      }
      if let reason = problem(with: TaskID(index: index), engine.tasks[index].outcome) {
        throw SessionReadError(path: TaskColumn.state.path(row: index), reason)
      }
    }
  }

  /// An order's status, paid amount and reason against what its events said.
  private func check(order index: Int, _ status: OrderStatus, paid: Int64, reason: TextID?)
    throws(SessionReadError)
  {
    let logged = self.status[index]
    guard logged != Self.notCreated else {
      throw SessionReadError(path: OrderColumn.path(row: index), .noOrderCreated(index + 1))
    }
    guard status.code == logged else {
      throw SessionReadError(
        path: OrderColumn.status.path(row: index),
        .statusMismatch(order: index + 1, status, logged: OrderStatus(code: logged)))
    }
    let amount = money[index].amount
    guard paid == money[index].paid else {
      throw SessionReadError(
        path: OrderColumn.paid.path(row: index),
        .paidMismatch(order: index + 1, paid: paid, logged: money[index].paid))
    }
    guard (reason?.rawValue ?? -1) == self.reason[index] else {
      throw SessionReadError(path: OrderColumn.reason.path(row: index), .reasonMismatch(index + 1))
    }
    switch status {
    case .completed:
      guard paid == amount else {
        throw SessionReadError(
          path: OrderColumn.status.path(row: index),
          .completedButUnpaid(order: index + 1, unpaid: amount - paid))
      }
    case .partiallyPaid:
      guard paid > 0, paid < amount else {
        throw SessionReadError(
          path: OrderColumn.status.path(row: index),
          .partiallyPaidBut(order: index + 1, paid: paid, amount: amount))
      }
    case .new, .inWork, .notConfirmed, .awaitingPayment, .postponed, .pendingRefund, .cancelled,
      .false:
      break
    }
  }

  private func fail(_ index: Int, _ reason: SessionProblem.Reason) -> SessionReadError {
    SessionReadError(path: EventColumn.path(row: index), reason)
  }
}
