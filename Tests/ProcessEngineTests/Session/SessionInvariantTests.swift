import Foundation
import Testing

@testable import ProcessEngine

/// Issue 9: a session whose agenda lost a timer, an order completed with nothing paid, a clock
/// earlier than its own events, or a log that no longer matches the state is refused with the JSON
/// path, as a syntax error is. Each test corrupts a copy of a real session by hand, the way a file
/// edited or damaged outside procsh would be; every one of these loaded before the reader checked
/// the invariants (PROCSH_DUMP_CORRUPT=DIR writes them out, to try on an older procsh).
@Suite struct SessionInvariantTests {
  let order1 = OrderID(rawValue: 1)
  let order2 = OrderID(rawValue: 2)
  let order3 = OrderID(rawValue: 3)

  /// Four orders: 1 partially paid, 2 paid in two parts, 3 cancelled with a reason, 4 postponed.
  func payments() -> Engine {
    var engine = Engine()
    for _ in 0..<4 { _ = engine.run(.createOrder(NewOrder())) }
    _ = engine.run(.pay(order1, .whole(2500)))
    _ = engine.run(.pay(order2, .whole(2500)))
    _ = engine.run(.pay(order2, nil))
    _ = engine.run(.cancel(order3, reason: "too expensive"))
    _ = engine.run(.setOrderStatus(OrderID(rawValue: 4), .postponed, reason: nil))
    _ = engine.run(.advance(by: .minutes(1)))
    return engine
  }

  /// Tasks in every kind of wait: order 1 sleeps until its payment date (block 28) and its
  /// siblings wait for a payment with a timeout (block 2) and for a phone without one (block 4).
  func busy() -> SessionDocument {
    var engine = Engine()
    _ = engine.run(.addManager("anna"))
    for _ in 0..<4 { _ = engine.run(.createOrder(NewOrder())) }
    _ = engine.run(.createOrder(NewOrder(name: "Anna", phone: .some(nil))))
    _ = engine.run(.advance(by: .minutes(1)))
    _ = engine.run(.actAs("anna"))
    _ = engine.run(.answer(.task(TaskID(rawValue: 1)), option: "yes", argument: nil))
    _ = engine.run(.answer(.task(TaskID(rawValue: 2)), option: "duplicate", argument: nil))
    _ = engine.run(.answer(.task(TaskID(rawValue: 5)), option: "yes", argument: nil))
    _ = engine.run(.answer(.task(TaskID(rawValue: 6)), option: "reached", argument: nil))
    _ = engine.run(.answer(.order(order1), option: "will-pay", argument: "+2d"))
    _ = engine.run(.pay(order3, .whole(2500)))
    _ = engine.run(.advance(by: .hours(3)))
    return SessionDocument(engine)
  }

  /// The document must load as it is, and be refused once `corrupt` has edited it.
  func expectRefused(
    _ name: String, _ document: SessionDocument, corrupt: (inout SessionDocument) -> Void,
    path: String, message: String,
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    #expect(
      throws: Never.self, "\(name): the session loads before it is corrupted",
      sourceLocation: sourceLocation
    ) { try Engine(sessionBytes: document.bytes) }
    var corrupted = document
    corrupt(&corrupted)
    if let folder = ProcessInfo.processInfo.environment["PROCSH_DUMP_CORRUPT"] {
      _ = FileManager.default.createFile(
        atPath: "\(folder)/\(name).json", contents: Data(corrupted.bytes))
    }
    let error = #expect(throws: EngineError.self, "\(name)", sourceLocation: sourceLocation) {
      try Engine(sessionBytes: corrupted.bytes)
    }
    #expect(error?.sessionProblem?.path == path, "\(name)", sourceLocation: sourceLocation)
    #expect(error?.sessionProblem?.message == message, "\(name)", sourceLocation: sourceLocation)
  }

  // MARK: - The agenda

  @Test func aSleepingTokenWithoutItsTimerIsRefused() {
    let document = busy()
    let token = document.firstRow("tokens") { $0[TokenColumn.state.position] == 1 }
    let timer = document.firstRow("agenda") { $0[2] == 0 && $0[3] == Int64(token + 1) }
    expectRefused(
      "sleeping-without-timer", document, corrupt: { $0.remove("agenda", row: timer) },
      path: "tokens[\(token)]",
      message:
        "token \(token + 1) sleeps in block 21d, but the agenda has no timer to wake it")
  }

  @Test func aWaitWithATimeoutWithoutItsTimerIsRefused() {
    let document = busy()
    // Block 2 waits for the payment for 30 days.
    let token = document.firstRow("tokens") { $0[1] == 2 && $0[2] == 2 }
    let timer = document.firstRow("agenda") { $0[2] == 0 && $0[3] == Int64(token + 1) }
    expectRefused(
      "wait-without-timer", document, corrupt: { $0.remove("agenda", row: timer) },
      path: "tokens[\(token)]",
      message:
        "token \(token + 1) waits in block 3 with a timeout, but the agenda has no timer for it")
  }

  /// The busy document with one more agenda row (taking the next sequence number).
  func addingTimer(_ document: inout SessionDocument, _ values: (_ sequence: String) -> [String]) {
    let line = document.lines.firstIndex { $0.hasPrefix("],\"next-sequence\":") }!
    let next = Int(document.lines[line].dropFirst(18).dropLast(2))!
    document.append("agenda", values(String(next)))
    document.lines[line + 1] = "],\"next-sequence\":\(next + 1)},"
  }

  @Test func aSecondTimerForOneTokenIsRefused() {
    let document = busy()
    let token = document.firstRow("tokens") { $0[2] == 1 }
    let timer = document.firstRow("agenda") { $0[2] == 0 && $0[3] == Int64(token + 1) }
    let row = document.rows("agenda")[timer]
    let count = document.rows("agenda").count
    expectRefused(
      "second-timer", document,
      corrupt: { document in addingTimer(&document) { [row[0], $0, row[2], row[3], row[4]] } },
      path: "agenda.items[\(count)][3]",
      message: "token \(token + 1) already has a timer (agenda.items[\(timer)])")
  }

  @Test func aTimerForAWaitWithoutATimeoutIsRefused() {
    let document = busy()
    // Block 4 waits for a phone, with no timeout.
    let token = document.firstRow("tokens") { $0[1] == 4 && $0[2] == 2 }
    let epoch = document.rows("tokens")[token][TokenColumn.epoch.position]
    let count = document.rows("agenda").count
    expectRefused(
      "timer-for-wait-without-timeout", document,
      corrupt: { document in
        addingTimer(&document) { ["1767700000", $0, "0", String(token + 1), epoch] }
      },
      path: "agenda.items[\(count)][3]",
      message: "token \(token + 1) waits in block 5, which has no timeout")
  }

  @Test func aStaleTimerIsRefused() {
    let document = busy()
    let token = document.firstRow("tokens") { $0[2] == 1 }
    let timer = document.firstRow("agenda") { $0[2] == 0 && $0[3] == Int64(token + 1) }
    let epoch = document.rows("tokens")[token][TokenColumn.epoch.position]
    expectRefused(
      "stale-timer", document,
      corrupt: { $0.edit("agenda", row: timer) { $0[4] = String(Int(epoch)! + 1) } },
      path: "agenda.items[\(timer)][4]",
      message:
        "token \(token + 1) is at epoch \(epoch): a timer for epoch \(Int(epoch)! + 1) would never fire"
    )
  }

  @Test func aTimeoutDueAtAnotherTimeIsRefused() {
    let document = busy()
    let token = document.firstRow("tokens") { $0[1] == 2 && $0[2] == 2 }
    let timer = document.firstRow("agenda") { $0[2] == 0 && $0[3] == Int64(token + 1) }
    expectRefused(
      "timeout-moved", document,
      corrupt: { $0.edit("agenda", row: timer) { $0[0] = String(Int64($0[0])! + 60) } },
      path: "agenda.items[\(timer)][0]",
      message:
        "token \(token + 1) began waiting at 2026-01-05 09:00 in block 3, so its timer is due at 2026-02-04 09:00"
    )
  }

  /// Firing it would stop the shell: a periodic check for a process that is not periodic.
  @Test func aPeriodicCheckOfAProcessThatIsNotPeriodicIsRefused() {
    let document = busy()
    let count = document.rows("agenda").count
    expectRefused(
      "periodic-check-of-on-create", document,
      corrupt: { document in addingTimer(&document) { ["1767700000", $0, "1", "2", "0"] } },
      path: "agenda.items[\(count)][3]", message: "process 2 (order-processing) is not periodic")
  }

  @Test func aStartedPeriodicProcessWithoutItsCheckIsRefused() {
    var engine = session(LaunchTests().process(launch: "periodic"))
    _ = engine.run(.createOrder(NewOrder()))
    let document = SessionDocument(engine)
    expectRefused(
      "periodic-without-check", document, corrupt: { $0.remove("agenda", row: 0) },
      path: "processes[0]",
      message: "the periodic process p is started, but the agenda has no check for it")
  }

  // MARK: - Orders and their payments

  @Test func anOrderCompletedWithNothingPaidIsRefused() {
    let document = SessionDocument(payments())
    expectRefused(
      "completed-unpaid", document,
      corrupt: { $0.edit("orders", row: 3) { $0[OrderColumn.status.position] = "7" } },
      path: "orders[3][4]", message: "order 4 is completed, but its events leave it postponed")
  }

  @Test func aPaidAmountTheLogDoesNotAddUpToIsRefused() {
    let document = SessionDocument(payments())
    expectRefused(
      "paid-differs", document,
      corrupt: { $0.edit("orders", row: 0) { $0[OrderColumn.paid.position] = "500000" } },
      path: "orders[0][3]",
      message: "order 1 is paid 500000 cents, but its payments add up to 250000")
  }

  @Test func aCancellationReasonTheLogDoesNotGiveIsRefused() {
    let document = SessionDocument(payments())
    expectRefused(
      "reason-differs", document,
      corrupt: { $0.edit("orders", row: 2) { $0[OrderColumn.reason.position] = "-1" } },
      path: "orders[2][5]", message: "order 3's reason is not that of its last cancellation")
  }

  /// The status and its event agree, but nothing was paid.
  @Test func aLogThatCompletesAnUnpaidOrderIsRefused() {
    let document = SessionDocument(payments())
    // Order 4's change to postponed made a change to completed.
    let event = document.events.lastIndex { $0[3] == 4 && $0[5] == 3 }!
    let old = document.events[event][6]
    expectRefused(
      "log-completes-unpaid", document,
      corrupt: { document in
        document.edit("events", row: event) { $0[6] = String(old & 0xF0 | 7) }
        document.edit("orders", row: 3) { $0[OrderColumn.status.position] = "7" }
      },
      path: "events[\(event)]", message: "order 4 becomes completed with 0 of 1000000 cents paid")
  }

  /// The log lost the change to completed that the last payment made.
  @Test func aPartiallyPaidOrderPaidInFullIsRefused() {
    let document = SessionDocument(payments())
    let event = document.events.firstIndex { $0[3] == 2 && $0[5] == 3 && $0[6] & 15 == 7 }!
    expectRefused(
      "partially-paid-in-full", document,
      corrupt: { document in
        // Made an orderManagerChanged event (kind 6) to nobody, which changes no status.
        document.edit("events", row: event) { row in
          row[5] = "6"
          row[6] = "0"
          row[7] = "0"
        }
        document.edit("orders", row: 1) { $0[OrderColumn.status.position] = "5" }
      },
      path: "orders[1][4]",
      message: "order 2 is partially-paid, but 1000000 of 1000000 cents are paid")
  }

  @Test func aPaymentPastTheAmountIsRefused() {
    let document = SessionDocument(payments())
    let event = document.events.firstIndex { $0[3] == 1 && $0[5] == 4 }!
    expectRefused(
      "payment-past-amount", document,
      corrupt: { $0.edit("events", row: event) { $0[7] = "1000001" } },
      path: "events[\(event)]",
      message: "a payment of 1000001 cents to order 1, which has 1000000 cents left to pay")
  }

  @Test func aStatusChangeFromAnotherStatusIsRefused() {
    let document = SessionDocument(payments())
    // Order 3's cancellation, made to start from postponed (4).
    let event = document.events.firstIndex { $0[3] == 3 && $0[5] == 3 && $0[6] & 15 == 8 }!
    expectRefused(
      "status-chain-broken", document,
      corrupt: { $0.edit("events", row: event) { $0[6] = String(4 << 4 | 8) } },
      path: "events[\(event)]",
      message: "order 3 is new here, but this change is from postponed")
  }

  // MARK: - Time

  @Test func aClockBeforeItsEventsIsRefused() {
    let document = SessionDocument(payments())
    expectRefused(
      "clock-before-events", document,
      corrupt: {
        $0.replaceLine(startingWith: "\"clock\":", with: "\"clock\":\"2026-01-05T08:00:00\",")
      },
      path: "clock",
      message:
        "the clock is at 2026-01-05 08:00, before the last event (2026-01-05 09:01, events[\(document.events.count - 1)])"
    )
  }

  @Test func eventsOutOfTimeOrderAreRefused() {
    let document = busy()
    let event = document.rows("events").firstIndex { Int($0[0])! > 0 }! + 1
    expectRefused(
      "events-out-of-order", document,
      corrupt: { $0.edit("events", row: event) { $0[0] = "-30" } },
      path: "events[\(event)][0]", message: "the event is before the one above it")
  }

  // MARK: - Tasks and their events

  @Test func aRunningTaskTheLogEndedIsRefused() {
    let document = SessionDocument(payments())
    // Order 4's task asks whether to take the order: its stepOpened event made a taskEnded one.
    let task = document.firstRow("tasks") { $0[1] == 4 }
    let event = document.events.lastIndex { $0[1] == Int64(task + 1) && $0[5] == 9 }!
    expectRefused(
      "running-but-ended", document,
      corrupt: { $0.edit("events", row: event) { $0[5] = "20" } },
      path: "tasks[\(task)][5]",
      message: "task \(task + 1) runs, but the log ended it at 2026-01-05 09:01")
  }

  /// After `process restart` the log deleted task 2, which had ended before.
  @Test func aDeletedTaskMadeEndedIsRefused() {
    let document = SessionDocument(SessionFormatTests.busyEngine())
    expectRefused(
      "deleted-made-ended", document,
      corrupt: { document in
        document.edit("tasks", row: 1) { row in
          row[TaskColumn.state.position] = "1"
          row[TaskColumn.result.position] = "2"
          row[TaskColumn.end.position] = "5"
        }
      },
      path: "tasks[1][5]", message: "task 2 has ended, but the log deleted it")
  }

  /// Task 2 ended, then `process restart` deleted it; the log lost the deletion.
  @Test func aDeletedTaskTheLogOnlyEndedIsRefused() {
    let document = SessionDocument(SessionFormatTests.busyEngine())
    let event = document.events.lastIndex { $0[1] == 2 && $0[5] == 22 }!
    expectRefused(
      "deleted-but-only-ended", document,
      // Made a branchEnded event (kind 16).
      corrupt: { $0.edit("events", row: event) { $0[5] = "16" } },
      path: "tasks[1][5]", message: "task 2 is deleted, but the log did not delete it last")
  }

  @Test func anEndedTaskTheLogNeverEndedIsRefused() {
    let document = SessionDocument(payments())
    let task = document.firstRow("tasks") { $0[1] == 2 && $0[TaskColumn.state.position] == 1 }
    let event = document.events.lastIndex { $0[1] == Int64(task + 1) && $0[5] == 20 }!
    expectRefused(
      "ended-without-event", document,
      // Made a branchEnded event (kind 16).
      corrupt: { document in
        document.edit("events", row: event) { row in
          row[5] = "16"
          row[6] = "0"
        }
      },
      path: "tasks[\(task)][5]",
      message: "task \(task + 1) has ended, but the log has no event that ended it")
  }

  @Test func anEndedTaskWithAnotherResultIsRefused() {
    let document = SessionDocument(payments())
    let task = document.firstRow("tasks") { $0[1] == 2 && $0[TaskColumn.state.position] == 1 }
    expectRefused(
      "ended-otherwise", document,
      corrupt: { $0.edit("tasks", row: task) { $0[TaskColumn.result.position] = "2" } },
      path: "tasks[\(task)][5]",
      message: "task \(task + 1) ended negative, but the log ended it positive")
  }

  @Test func aTaskStartedAtAnotherTimeIsRefused() {
    let document = SessionDocument(payments())
    expectRefused(
      "started-otherwise", document,
      corrupt: { $0.edit("tasks", row: 0) { $0[TaskColumn.started.position] = "1767603000" } },
      path: "tasks[0][3]",
      message:
        "task 1 started at 2026-01-05 08:50, but its taskStarted event is at 2026-01-05 09:00"
    )
  }

  @Test func anOrderCreatedTwiceIsRefused() {
    let document = SessionDocument(payments())
    let second = document.events.firstIndex { $0[3] == 2 && $0[5] == 1 }!
    expectRefused(
      "created-twice", document,
      corrupt: { $0.edit("events", row: second) { $0[3] = "1" } },
      path: "events[\(second)]", message: "order 1 is created a second time")
  }
}
