import ProcessEngine
import Testing

/// SPEC §11.2: a bad command is refused with a clear error, and the session stays as it was.
@Suite struct RefusedCommandTests {
  /// Everything a refused command could have touched.
  struct Snapshot: Equatable {
    var clock: Instant
    var events: Int
    var orders: ChunkedArray<Order>
    var users: ChunkedArray<User>
    var tasks: ChunkedArray<ProcessTask>
    var managers: [Manager]
    var acting: ManagerID
    var pending: [String]

    init(_ engine: Engine) {
      clock = engine.clock
      events = engine.log.count
      orders = engine.orders
      users = engine.users
      tasks = engine.tasks
      managers = engine.managers
      acting = engine.actingUser
      pending = engine.pending
    }
  }

  /// Order 1 (taken, calls running: step `call` open in its child task 4), order 2 cancelled,
  /// order 3 paid; manager anna.
  static func busySession() -> Engine {
    var engine = Engine()
    _ = engine.run(.addManager("anna"))
    for _ in 0..<3 { _ = engine.run(.createOrder(NewOrder())) }
    _ = engine.run(.advance(by: .minutes(1)))
    _ = engine.run(.answer(.task(TaskID(rawValue: 1)), option: "yes", argument: nil))
    _ = engine.run(.cancel(OrderID(rawValue: 2), reason: nil))
    _ = engine.run(.pay(OrderID(rawValue: 3), nil))
    return engine
  }

  static let order1 = OrderID(rawValue: 1)

  @Test(arguments: [
    (Command.pay(OrderID(rawValue: 9), nil), "there is no order 9; orders are 1–3"),
    (.pay(OrderID(rawValue: 2), nil), "order 2 cannot be paid: it is cancelled"),
    (.pay(OrderID(rawValue: 3), nil), "order 3 cannot be paid: it is paid in full already"),
    (.pay(order1, .whole(20_000)), "20000 is more than the 10000 left to pay"),
    (.pay(order1, .zero), "the amount must be more than 0"),
    (.cancel(OrderID(rawValue: 2), reason: nil), "order 2 is cancelled already"),
    (
      .cancel(OrderID(rawValue: 3), reason: nil),
      "order 3 is completed (paid in full); to refund it, set its status to pending-refund"
    ),
    (
      .answer(.task(TaskID(rawValue: 4)), option: "maybe", argument: nil),
      "task 4 has no option 'maybe'; expected 'reached', 'duplicate', 'wrong-number' or 'no-answer'"
    ),
    (
      .answer(.task(TaskID(rawValue: 4)), option: "reachd", argument: nil),
      "task 4 has no option 'reachd'; expected 'reached', 'duplicate', 'wrong-number' or 'no-answer' (did you mean 'reached'?)"
    ),
    (
      .answer(.task(TaskID(rawValue: 1)), option: "reached", argument: nil),
      "task 1 has no open step; its sub-process task 4 asks 'call': answer task 4 …"
    ),
    (
      .answer(.task(TaskID(rawValue: 77)), option: "yes", argument: nil),
      "there is no task 77; tasks are 1–4"
    ),
    (
      .answer(.task(TaskID(rawValue: 4)), option: "reached", argument: "soon"),
      "option 'reached' takes no argument"
    ),
    (
      .answer(.order(OrderID(rawValue: 2)), option: "yes", argument: nil),
      "order 2 has no open step"
    ),
    (
      .advanceTo(.absolute(Instant(year: 2026, month: 1, day: 4))),
      "2026-01-04 00:00 is before the clock (2026-01-05 09:01); virtual time only moves forward"
    ),
    (
      .setClock(.absolute(Instant(year: 2027, month: 1, day: 1))),
      "the clock can be set only before the first order or customer exists"
    ),
    (
      .setOrderStatus(order1, .completed, reason: nil),
      "'completed' is set by payments; use 'pay order N [AMOUNT]'"
    ),
    (.setOrderStatus(order1, .inWork, reason: nil), "order 1 is in-work already"),
    (.setOrderStatus(order1, .postponed, reason: "why"), "--reason goes with status cancelled"),
    (
      .setOrderDate(order1, .paymentDate, Instant(year: 2026, month: 1, day: 5, hour: 9)),
      "2026-01-05 09:00 is in the past (the clock is at 2026-01-05 09:01)"
    ),
    (
      .setOrderDate(OrderID(rawValue: 9), .nextContactDate, nil),
      "there is no order 9; orders are 1–3"
    ),
    (
      .setOrderDate(order1, .paymentDate, Instant(secondsSinceEpoch: 400_000_000_000)),
      "that is past 9999-12-31 23:59:59 (or before 0001-01-01): the clock keeps to years 1 to 9999"
    ),
    (.setUserField(UserID(rawValue: 1), .name, nil), "user 1 needs a name; it cannot be cleared"),
    (.setUserField(UserID(rawValue: 4), .phone, "1"), "there is no user 4; users are 1–3"),
    (
      .actAs("nobody-known"),
      "there is no manager 'nobody-known'; add one with 'manager add nobody-known'"
    ),
    (
      .transferTasks(from: "anna", to: "ghost"),
      "there is no manager 'ghost'; add one with 'manager add ghost'"
    ),
    (
      .startProcess("order-procesing"),
      "there is no process 'order-procesing'; did you mean 'order-processing'?"
    ),
    (
      .startProcess("call-3-days"),
      "process 'call-3-days' has launch 'disabled': it runs only by hand (process run) or as a sub-process"
    ),
    (
      .runProcess("order-processing", order: order1),
      "order 1 has a task of 'order-processing' already (task 1); restart the process to run it again"
    ),
    (
      .createOrder(NewOrder(user: UserID(rawValue: 1), name: "X")),
      "--name, --email and --phone describe a new customer; with --user the order goes to that customer as they are"
    ),
    (.createOrder(NewOrder(amount: .zero)), "the amount must be more than 0"),
    // A blank phone would count as a phone ("Has phone?" says yes, the calls start).
    (
      .createOrder(NewOrder(phone: .some(""))),
      "a blank phone is not a phone number; for none, write none (order new: --no-phone)"
    ),
    (
      .setUserField(UserID(rawValue: 1), .phone, "   "),
      "a blank phone is not a phone number; for none, write none (order new: --no-phone)"
    ),
    (.createOrder(NewOrder(email: " ")), "a blank e-mail is not an address; for none, write none"),
    // White space beyond ASCII is white space too (a no-break space pasted from a document).
    (
      .createOrder(NewOrder(phone: .some("\u{00A0}\t"))),
      "a blank phone is not a phone number; for none, write none (order new: --no-phone)"
    ),
    (
      .setUserField(UserID(rawValue: 1), .email, ""),
      "a blank e-mail is not an address; for none, write none"
    ),
    (.setUserField(UserID(rawValue: 1), .name, " "), "a customer's name cannot be blank"),
    (.createOrder(NewOrder(name: "")), "a customer's name cannot be blank"),
    (.createOrder(NewOrder(product: " ")), "a product's name cannot be blank"),
  ])
  func badCommandsAreRefusedAndChangeNothing(command: Command, message: String) {
    var engine = Self.busySession()
    let before = Snapshot(engine)
    #expect {
      try engine.apply(command)
    } throws: { error in
      (error as? EngineError)?.message == message
    }
    #expect(Snapshot(engine) == before)
  }

  @Test func aDateInThePastIsRefusedForADateOption() {
    var engine = Self.busySession()
    _ = engine.run(.answer(.task(TaskID(rawValue: 4)), option: "reached", argument: nil))
    let before = Snapshot(engine)
    #expect(
      throws: EngineError.dateInPast(Instant(year: 2026, month: 1, day: 1), clock: engine.clock)
    ) {
      try engine.apply(.answer(.order(Self.order1), option: "will-pay", argument: "2026-01-01"))
    }
    #expect(throws: EngineError.missingArgument(option: "will-pay", kind: .date)) {
      try engine.apply(.answer(.order(Self.order1), option: "will-pay", argument: nil))
    }
    let error = #expect(throws: EngineError.self) {
      try engine.apply(.answer(.order(Self.order1), option: "will-pay", argument: "next friday"))
    }
    #expect(
      error?.message
        == "'next friday' is not a date-time (expected YYYY-MM-DD, YYYY-MM-DD HH:MM[:SS] or +DURATION); write it like 2026-01-07, 2026-01-07 14:30 or +2d"
    )
    #expect(Snapshot(engine) == before)
  }

  @Test func theClockCanBeSetInAnEmptySession() {
    var engine = Engine()
    #expect(
      engine.run(.setClock(.absolute(Instant(year: 2026, month: 3, day: 2, hour: 8)))) == [
        "03-02 08:00 clock := 2026-03-02 08:00"
      ])
    _ = engine.run(.createOrder(NewOrder()))
    #expect(engine.pending.first == "03-02 08:01 t1 7 delay ends")
  }
}
