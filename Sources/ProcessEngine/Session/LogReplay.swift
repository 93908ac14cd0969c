/// What the event log says about each order and task, replayed event by event as a session file
/// is read, and compared with the orders and tasks the file states: a log that no longer matches
/// the state (issue 9) is refused with the path of the first disagreement.
///
/// One pass over the log, a few bytes per order and task. Per order: its `orderCreated` event,
/// then every status change from the status the order had and every payment, under the rules the
/// engine keeps (SPEC §3, `Engine.receivePayment`): a payment only while the order takes payments
/// and never past its amount; `completed` only when the payments reach the amount and
/// `partially-paid` only while they are below it. Per task: its `taskStarted` event before any
/// other of its events, and the last of its `taskEnded`, `taskFailed` or `taskDeleted` events.
///
/// Neither direction of "paid in full ⇔ completed" holds beyond that: a manager (`set order N
/// status`) or a block may move a completed order on to another status (SPEC §12.5 lists it as an
/// anomaly `process explore` finds, so it is reachable), and a cancelled order keeps what it was
/// paid.
struct LogReplay {
  /// The status code of an order the log has not created yet.
  static let notCreated: UInt8 = 0xFF

  /// Per order: its status code as the log has it so far, what it was paid, and the text of its
  /// last cancellation's reason (-1: none).
  private var status: [UInt8]
  private var paid: [Int64]
  private var reason: [Int32]
  /// Per task: the position of its `taskStarted` event, and of its last ending event, plus one
  /// (0: none yet).
  private var started: [Int32]
  private var ended: [Int32]

  init(orders: Int, tasks: Int) {
    status = [UInt8](repeating: Self.notCreated, count: orders)
    paid = [Int64](repeating: 0, count: orders)
    reason = [Int32](repeating: -1, count: orders)
    started = [Int32](repeating: 0, count: tasks)
    ended = [Int32](repeating: 0, count: tasks)
  }

  /// Takes event `index` (its references already checked); throws when it breaks a rule or
  /// cannot follow from the events before it.
  @inline(__always)
  mutating func note(_ event: Event, at index: Int, orders: [Order]) throws(SessionError) {
    if event.taskRaw > 0 {
      let task = Int(event.taskRaw) - 1
      switch event.kind {
      case .taskStarted:
        guard started[task] == 0 else {
          throw fail(index, "task \(task + 1) starts a second time (events[\(started[task] - 1)])")
        }
        started[task] = Int32(index + 1)
      case .taskEnded, .taskFailed, .taskDeleted:
        ended[task] = Int32(index + 1)
        fallthrough
      default:
        guard started[task] != 0 else {
          throw fail(index, "an event of task \(task + 1) before its taskStarted event")
        }
      }
    }
    guard event.subjectRaw > 0 else { return }
    let order = Int(event.subjectRaw) - 1
    if event.kind == .orderCreated {
      guard status[order] == Self.notCreated else {
        throw fail(index, "order \(order + 1) is created a second time")
      }
      status[order] = OrderStatus.new.code
      return
    }
    guard status[order] != Self.notCreated else {
      throw fail(index, "an event of order \(order + 1) before its orderCreated event")
    }
    switch event.kind {
    case .statusChanged:
      let from = event.small >> 4
      let to = event.small & 15
      guard from == status[order] else {
        throw fail(
          index,
          "order \(order + 1) is \(OrderStatus(code: status[order]).slug) here, but this change is from \(OrderStatus(code: from).slug)"
        )
      }
      let amount = orders[order].amount.cents
      switch OrderStatus(code: to) {
      case .completed:
        guard paid[order] == amount else {
          throw fail(
            index,
            "order \(order + 1) becomes completed with \(paid[order]) of \(amount) cents paid")
        }
      case .partiallyPaid:
        guard paid[order] > 0, paid[order] < amount else {
          throw fail(
            index,
            "order \(order + 1) becomes partially-paid with \(paid[order]) of \(amount) cents paid"
          )
        }
      case .cancelled:
        reason[order] = Int32(truncatingIfNeeded: event.payload)
      case .new, .inWork, .notConfirmed, .awaitingPayment, .postponed, .pendingRefund, .false:
        break
      }
      status[order] = to
    case .paymentReceived:
      let current = OrderStatus(code: status[order])
      guard current.acceptsPayments else {
        throw fail(index, "order \(order + 1) is paid while it is \(current.slug)")
      }
      let amount = orders[order].amount.cents
      guard event.payload > 0, event.payload <= amount - paid[order] else {
        throw fail(
          index,
          "a payment of \(event.payload) cents to order \(order + 1), which has \(amount - paid[order]) cents left to pay"
        )
      }
      paid[order] += event.payload
    default:
      break
    }
  }

  /// Compares the orders and tasks the file states with what the log said; then checks what a
  /// status says about the payments.
  func check(_ engine: Engine, log: EventLog) throws(SessionError) {
    for (index, order) in engine.orders.enumerated() {
      let row = index
      guard status[index] != Self.notCreated else {
        throw SessionError(
          path: OrderColumn.path(row: row), message: "order \(index + 1) has no orderCreated event")
      }
      guard order.status.code == status[index] else {
        throw SessionError(
          path: OrderColumn.status.path(row: row),
          message:
            "order \(index + 1) is \(order.status.slug), but its events leave it \(OrderStatus(code: status[index]).slug)"
        )
      }
      guard order.paid.cents == paid[index] else {
        throw SessionError(
          path: OrderColumn.paid.path(row: row),
          message:
            "order \(index + 1) is paid \(order.paid.cents) cents, but its payments add up to \(paid[index])"
        )
      }
      guard (order.cancelReason?.rawValue ?? -1) == reason[index] else {
        throw SessionError(
          path: OrderColumn.reason.path(row: row),
          message: "order \(index + 1)'s reason is not that of its last cancellation")
      }
      switch order.status {
      case .completed:
        guard order.isPaid else {
          throw SessionError(
            path: OrderColumn.status.path(row: row),
            message:
              "order \(index + 1) is completed, but \(order.remaining.cents) cents are unpaid")
        }
      case .partiallyPaid:
        guard order.isPartiallyPaid else {
          throw SessionError(
            path: OrderColumn.status.path(row: row),
            message:
              "order \(index + 1) is partially-paid, but \(order.paid.cents) of \(order.amount.cents) cents are paid"
          )
        }
      case .new, .inWork, .notConfirmed, .awaitingPayment, .postponed, .pendingRefund, .cancelled,
        .false:
        break
      }
    }
    for (index, task) in engine.tasks.enumerated() {
      guard started[index] != 0 else {
        throw SessionError(
          path: TaskColumn.path(row: index), message: "task \(index + 1) has no taskStarted event")
      }
      guard log[Int(started[index]) - 1].time == task.startedAt else {
        throw SessionError(
          path: TaskColumn.started.path(row: index),
          message:
            "task \(index + 1) started at \(task.startedAt), but its taskStarted event is at \(log[Int(started[index]) - 1].time)"
        )
      }
      let last = ended[index] == 0 ? nil : log[Int(ended[index]) - 1]
      if let problem = Self.problem(with: task, lastEnd: last) {
        throw SessionError(path: TaskColumn.state.path(row: index), message: problem)
      }
    }
  }

  /// What is wrong with a task's outcome given its last ending event, or nil.
  static func problem(with task: ProcessTask, lastEnd event: Event?) -> String? {
    let id = task.id
    switch (task.outcome, event?.change) {
    case (.running, nil):
      return nil
    case (.running, _?):
      return "task \(id) runs, but the log ended it at \(event!.time)"
    case (_, nil):
      return "task \(id) has ended, but the log has no event that ended it"
    case (.deleted(let at), .taskDeleted?):
      return at == event!.time
        ? nil : "task \(id) was deleted at \(at), but the log at \(event!.time)"
    case (.ended(_, .failed(let reason), let at), .taskFailed(let logged)?):
      guard reason == logged else {
        return "task \(id) failed for another reason than the log says"
      }
      return at == event!.time ? nil : "task \(id) ended at \(at), but the log at \(event!.time)"
    case (.ended(let result, let end, let at), .taskEnded(let logged)?):
      if case .failed = end { return "task \(id) failed, but the log ended it \(logged.rawValue)" }
      guard result == logged else {
        return "task \(id) ended \(result.rawValue), but the log ended it \(logged.rawValue)"
      }
      return at == event!.time ? nil : "task \(id) ended at \(at), but the log at \(event!.time)"
    case (.deleted, _?):
      return "task \(id) is deleted, but the last event that ended it did not delete it"
    case (.ended, _?):
      return "task \(id) has ended, but its last ending event is \(event!.kind.storedName)"
    }
  }

  private func fail(_ index: Int, _ message: String) -> SessionError {
    SessionError(path: EventColumn.path(row: index), message: message)
  }
}
