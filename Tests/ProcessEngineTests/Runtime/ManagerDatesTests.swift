import ProcessEngine
import Testing

/// SPEC §7.1 (blocks 21d, 21f) and §12.3: in the built-in `order-processing`, the wait after a
/// call's outcome is until the order's own date, and a manager may move that date. A delay until
/// an order's date is re-scheduled when the date moves before it fires; a cleared or past date
/// lets the token through at once, to block 21e, which checks the payment.
@Suite struct ManagerDatesTests {
  let order1 = OrderID(rawValue: 1)

  static func at(_ day: Int, _ hour: Int = 9, _ minute: Int = 1) -> Instant {
    Instant(year: 2026, month: 1, day: day, hour: hour, minute: minute)
  }

  func answer(_ option: String, _ argument: String? = nil) -> Command {
    .answer(
      .order(OrderID(rawValue: 1)), option: option, argument: argument.map(AnswerArgument.text))
  }

  /// Order 1 taken at 09:01, the customer reached and promising `option` (`will-pay` or
  /// `postpone`) for the 7th at 09:01; task 1 waits in 21d or 21f.
  func promised(_ option: String) -> Engine {
    var engine = Engine()
    _ = engine.run(.createOrder(NewOrder()))
    _ = engine.run(.advance(by: .minutes(1)))
    _ = engine.run(answer("yes"))
    _ = engine.run(answer("reached"))
    _ = engine.run(answer(option, "2026-01-07 09:01"))
    return engine
  }

  /// What the calls starting again at `time` look like (block 21e finds the order unpaid).
  func callsStartAgain(at time: String, from block: String) -> [String] {
    [
      "\(time) t1 \(block) delay ended",
      "\(time) t1 21e no",
      "\(time) t3 starts call-3-days",
      "\(time) t3 A days = 0",
      "\(time) t3 B calls = 0",
      "\(time) t3 C opens call",
    ]
  }

  @Test func aPromisedPaymentWaitsForTheOrdersPaymentDate() {
    let engine = promised("will-pay")
    #expect(engine.orders[0].paymentDate == Self.at(7))
    #expect(engine.pending == ["01-07 09:01 t1 21d delay ends", "02-04 09:00 t1 3 times out"])
  }

  /// Path 5 with a manager in it: the customer calls back and asks for two more days.
  @Test func aLaterPaymentDateMovesTheCallAgainLater() {
    var engine = promised("will-pay")
    _ = engine.run(.advance(by: .hours(3)))
    #expect(
      engine.run(.setOrderDate(order1, .paymentDate, Self.at(9))) == [
        "01-05 12:01 o1 payment-date := 2026-01-09 09:01"
      ])
    #expect(engine.pending == ["01-09 09:01 t1 21d delay ends", "02-04 09:00 t1 3 times out"])
    // Nothing at the old date.
    #expect(engine.run(.advanceTo(.absolute(Self.at(8)))) == [])
    #expect(engine.openSteps.isEmpty)
    #expect(engine.run(.advanceToNext) == callsStartAgain(at: "01-09 09:01", from: "21d"))
  }

  @Test func anEarlierPaymentDateMovesTheCallAgainEarlier() {
    var engine = promised("will-pay")
    _ = engine.run(.setOrderDate(order1, .paymentDate, Self.at(6, 15, 0)))
    #expect(engine.pending == ["01-06 15:00 t1 21d delay ends", "02-04 09:00 t1 3 times out"])
    #expect(engine.run(.advanceToNext) == callsStartAgain(at: "01-06 15:00", from: "21d"))
    // The old date wakes nothing: the calls go on at their own pace.
    #expect(engine.pending == ["02-04 09:00 t1 3 times out"])
  }

  @Test(arguments: [false, true])
  func aClearedOrPresentPaymentDateCallsAgainAtOnce(clears: Bool) {
    var engine = promised("will-pay")
    _ = engine.run(.advance(by: .hours(1)))
    let date: Instant? = clears ? nil : engine.clock
    let events = engine.run(.setOrderDate(order1, .paymentDate, date))
    #expect(
      events == [
        "01-05 10:01 o1 payment-date := \(clears ? "none" : "2026-01-05 10:01")"
      ] + callsStartAgain(at: "01-05 10:01", from: "21d"))
  }

  /// Paid meanwhile, after block 3 gave up (SPEC §7.3 path 6): the manager, told of the payment,
  /// clears the date, and block 21e finds the order paid at once instead of at the promised date.
  @Test func aClearedDateLetsBlock21eSeeAPaymentAtOnce() {
    var engine = Engine()
    _ = engine.run(.createOrder(NewOrder()))
    _ = engine.run(.advance(by: .minutes(1)))
    _ = engine.run(answer("yes"))
    _ = engine.run(answer("reached"))
    _ = engine.run(answer("will-pay", "2026-02-14"))
    _ = engine.run(.advanceTo(.absolute(Instant(year: 2026, month: 2, day: 10))))
    _ = engine.run(.pay(order1, nil))
    #expect(engine.tasks[0].state == .active)
    #expect(
      engine.run(.setOrderDate(order1, .paymentDate, nil)) == [
        "02-10 00:00 o1 payment-date := none",
        "02-10 00:00 t1 21d delay ended",
        "02-10 00:00 t1 21e yes",
        "02-10 00:00 t1 4 ended positive paid",
      ])
    #expect(engine.pending == [])
  }

  @Test func aPaymentDateBeforeTheClockIsRefusedAndNothingChanges() {
    var engine = promised("will-pay")
    _ = engine.run(.advance(by: .days(1)))
    let before = engine.sessionBytes()
    #expect(throws: EngineError.dateInPast(Self.at(5, 12, 0), clock: Self.at(6))) {
      try engine.apply(.setOrderDate(order1, .paymentDate, Self.at(5, 12, 0)))
    }
    #expect(identical(engine.sessionBytes(), before))
    #expect(engine.pending == ["01-07 09:01 t1 21d delay ends", "02-04 09:00 t1 3 times out"])
  }

  /// `postpone` waits in 21f for the next contact date, which moves it; the payment date does not.
  @Test func aPostponedOrderWaitsForItsNextContactDate() {
    var engine = promised("postpone")
    #expect(engine.orders[0].nextContactDate == Self.at(7))
    #expect(engine.pending == ["01-07 09:01 t1 21f delay ends", "02-04 09:00 t1 3 times out"])
    _ = engine.run(.setOrderDate(order1, .paymentDate, Self.at(6)))
    #expect(engine.pending == ["01-07 09:01 t1 21f delay ends", "02-04 09:00 t1 3 times out"])
    #expect(
      engine.run(.setOrderDate(order1, .nextContactDate, Self.at(12, 11, 0))) == [
        "01-05 09:01 o1 next-contact-date := 2026-01-12 11:00"
      ])
    #expect(engine.pending == ["01-12 11:00 t1 21f delay ends", "02-04 09:00 t1 3 times out"])
    #expect(engine.run(.advanceToNext) == callsStartAgain(at: "01-12 11:00", from: "21f"))
  }

  @Test func aClearedNextContactDateCallsAgainAtOnce() {
    var engine = promised("postpone")
    #expect(
      engine.run(.setOrderDate(order1, .nextContactDate, nil))
        == ["01-05 09:01 o1 next-contact-date := none"]
        + callsStartAgain(at: "01-05 09:01", from: "21f"))
  }
}
