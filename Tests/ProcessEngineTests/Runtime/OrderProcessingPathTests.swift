import ProcessEngine
import Testing

/// The paths SPEC §7.3 requires of the built-in `order-processing` and `call-3-days`, with exact
/// virtual times (the session starts Monday 2026-01-05 09:00), every event, and what is left on the
/// agenda after each step.
@Suite struct OrderProcessingPathTests {
  let order1 = OrderID(rawValue: 1)
  let task1 = TaskID(rawValue: 1)
  let task2 = TaskID(rawValue: 2)

  func answer(_ option: String, _ argument: String? = nil) -> Command {
    .answer(
      .order(OrderID(rawValue: 1)), option: option, argument: argument.map(AnswerArgument.text))
  }

  /// Creates order 1 and lets the manager take it at 09:01.
  func takenOrder(phone: String?? = nil) -> Engine {
    var engine = Engine()
    _ = engine.run(.createOrder(NewOrder(phone: phone)))
    _ = engine.run(.advance(by: .minutes(1)))
    _ = engine.run(answer("yes"))
    return engine
  }

  @Test func creatingAnOrderStartsTheProcessWithThreeBranches() {
    var engine = Engine()
    #expect(
      engine.run(.createOrder(NewOrder())) == [
        "01-05 09:00 u1 user created",
        "01-05 09:00 o1 order created",
        "01-05 09:00 t1 starts order-processing",
      ])
    #expect(engine.pending == ["01-05 09:01 t1 7 delay ends", "02-04 09:00 t1 3 times out"])
    let branches = engine.branches(of: task1).map {
      engine.definition(of: engine.tasks[0])[$0.block].id
    }
    #expect(branches == ["3", "5", "7"])
    #expect(engine.tasks[0].state == .active)
  }

  /// Path 1: paid at t+30s — the task ends positive at once; no manager step ever opens.
  @Test func paymentWithinTheFirstMinuteEndsTheTaskPositive() {
    var engine = Engine()
    _ = engine.run(.createOrder(NewOrder()))
    #expect(engine.run(.advance(by: .seconds(30))) == [])
    #expect(
      engine.run(.pay(order1, nil)) == [
        "01-05 09:00:30 o1 paid 10000",
        "01-05 09:00:30 o1 status new -> completed",
        "01-05 09:00:30 t1 3 wait met",
        "01-05 09:00:30 t1 4 ended positive paid",
      ])
    #expect(engine.pending == [])
    #expect(engine.run(.advance(by: .days(40))) == [])
    #expect(engine.tasks[0].state == .ended)
    #expect(
      engine.tasks[0].outcome
        == .ended(
          .positive, .block(BlockIndex(3)),
          at: Instant(year: 2026, month: 1, day: 5, hour: 9, second: 30)))
    #expect(engine.log.allSatisfy { $0.change != .stepOpened })
  }

  /// Path 2: `duplicate` at step 8 — the order becomes false, the task ends negative.
  @Test func duplicateAtTakeOrderMakesTheOrderFalse() {
    var engine = Engine()
    _ = engine.run(.createOrder(NewOrder()))
    #expect(
      engine.run(.advance(by: .minutes(1))) == [
        "01-05 09:01 t1 7 delay ended",
        "01-05 09:01 t1 8 opens take-order",
      ])
    #expect(engine.tasks[0].state == .waiting)
    #expect(
      engine.run(answer("duplicate")) == [
        "01-05 09:01 t1 8 answered duplicate by admin",
        "01-05 09:01 t1 9 status new -> false",
        "01-05 09:01 t1 6 ended negative closed",
      ])
    #expect(engine.orders[0].status == .false)
    #expect(engine.endName(of: engine.tasks[0]) == "closed")
    #expect(engine.pending == [])
  }

  /// Path 3: no phone, `send`, no phone ever — not-confirmed at t+1m, postponed 5 days after the
  /// answer to 15, cancelled (no contact details) 3 days later; one message.
  @Test func customerWithoutPhoneIsCancelledAfterEightDays() {
    var engine = Engine()
    _ = engine.run(.createOrder(NewOrder(phone: .some(nil))))
    _ = engine.run(.advance(by: .minutes(1)))
    #expect(
      engine.run(answer("yes")) == [
        "01-05 09:01 t1 8 answered yes by admin",
        "01-05 09:01 t1 10 order manager := admin",
        "01-05 09:01 t1 manager := admin",
        "01-05 09:01 t1 11 no",
        "01-05 09:01 t1 12 status new -> in-work",
        "01-05 09:01 t1 13 no",
        "01-05 09:01 t1 14 status in-work -> not-confirmed",
        "01-05 09:01 t1 15 opens send-message",
      ])
    _ = engine.run(.advance(by: .hours(2)))
    #expect(
      engine.run(answer("send")) == [
        "01-05 11:01 t1 15 answered send by admin",
        "01-05 11:01 t1 15e message email: Thank",
      ])
    #expect(
      engine.pending == ["02-04 09:00 t1 3 times out", "01-10 11:01 t1 16 times out"].sorted())
    #expect(
      engine.run(.advance(by: .days(5))) == [
        "01-10 11:01 t1 16 wait timed out",
        "01-10 11:01 t1 17 status not-confirmed -> postponed",
      ])
    #expect(
      engine.run(.advance(by: .days(3))) == [
        "01-13 11:01 t1 18 delay ended",
        "01-13 11:01 t1 18a no",
        "01-13 11:01 t1 18b status postponed -> cancelled (no contact details)",
        "01-13 11:01 t1 6 ended negative closed",
      ])
    #expect(engine.orders[0].messages == 1)
    #expect(engine.text(engine.orders[0].cancelReason!) == "no contact details")
    #expect(
      engine.tasks[0].outcome
        == .ended(
          .negative, .block(BlockIndex(5)),
          at: Instant(year: 2026, month: 1, day: 13, hour: 11, minute: 1)))
    #expect(engine.pending == [])
  }

  /// Path 4: a phone but never reached — 12 call attempts in four rounds (30 minutes apart within
  /// a round, a day between rounds), then a message, cancelled (unreachable), task negative.
  @Test func unreachableCustomerIsCalledTwelveTimesInFourRounds() {
    var engine = takenOrder()
    #expect(engine.orders[0].status == .inWork)
    #expect(engine.tasks.count == 2)
    #expect(engine.tasks[1].parent == task1)
    #expect(engine.tasks[0].state == .active)  // the parent waits for its child
    #expect(engine.tasks[1].state == .waiting)

    var callTimes: [String] = []
    for attempt in 1...12 {
      callTimes.append(Engine.shortTime(engine.clock))
      let events = engine.run(answer("no-answer"))
      #expect(events.first?.hasSuffix("t2 C answered no-answer by admin") == true)
      if attempt < 12 { _ = engine.run(.advanceToNext) }
    }
    #expect(
      callTimes == [
        "01-05 09:01", "01-05 09:31", "01-05 10:01",
        "01-06 10:01", "01-06 10:31", "01-06 11:01",
        "01-07 11:01", "01-07 11:31", "01-07 12:01",
        "01-08 12:01", "01-08 12:31", "01-08 13:01",
      ])
    let lastRound = engine.trace((engine.log.count - 8)..<engine.log.count)
    #expect(
      lastRound == [
        "01-08 13:01 t2 C answered no-answer by admin",
        "01-08 13:01 t2 G calls = 3",
        "01-08 13:01 t2 H no",
        "01-08 13:01 t2 J no",
        "01-08 13:01 t2 M ended neutral unreachable",
        "01-08 13:01 t1 22 message email: We co",
        "01-08 13:01 t1 22a status in-work -> cancelled (unreachable)",
        "01-08 13:01 t1 6 ended negative closed",
      ])
    #expect(engine.orders[0].calls == 12)
    #expect(engine.orders[0].messages == 1)
    #expect(engine.endName(of: engine.tasks[1]) == "unreachable")
    #expect(engine.tasks[0].state == .ended)
    #expect(engine.pending == [])
  }

  /// SPEC §7.2: every answer to `call` or `control-call`, whatever the option, is one call
  /// attempt in the order's `calls` — `reached` included; other questions count none.
  @Test(arguments: ["reached", "no-answer", "wrong-number", "duplicate"])
  func everyAnswerToACallIsOneCallAttempt(option: String) {
    var engine = takenOrder()
    #expect(engine.orders[0].calls == 0)
    _ = engine.run(answer(option))
    #expect(engine.orders[0].calls == 1)
  }

  @Test(arguments: ["reached", "no-answer", "refuse"])
  func everyAnswerToAControlCallIsOneCallAttempt(option: String) {
    // No phone, no answer to the email: postponed after 5 days, and a phone given during the 3
    // days of block 18 leads to the control call (19).
    var engine = Engine()
    _ = engine.run(.createOrder(NewOrder(phone: .some(nil))))
    _ = engine.run(.advance(by: .minutes(1)))
    _ = engine.run(answer("yes"))
    _ = engine.run(answer("skip"))
    _ = engine.run(.advance(by: .days(6)))
    #expect(engine.orders[0].status == .postponed)
    _ = engine.run(.setUserField(UserID(rawValue: 1), .phone, "+79000000001"))
    _ = engine.run(.advance(by: .days(3)))
    #expect(engine.openSteps.map(\.question.key) == ["control-call"])
    _ = engine.run(answer(option, option == "refuse" ? "no money" : nil))
    #expect(engine.orders[0].calls == 1)
    #expect(engine.orders[0].messages == 0)
  }

  /// Path 5: reached, `will-pay` at a date, unpaid then — awaiting-payment; at the date the call
  /// sub-process starts again; a payment then ends everything positive.
  @Test func promisedPaymentDateRestartsTheCallsAndAPaymentEndsEverything() {
    var engine = takenOrder()
    #expect(
      engine.run(answer("reached")) == [
        "01-05 09:01 t2 C answered reached by admin",
        "01-05 09:01 t2 D ended positive reached",
        "01-05 09:01 t1 21 opens call-outcome",
      ])
    #expect(
      engine.run(answer("will-pay", "+2d")) == [
        "01-05 09:01 t1 21 answered will-pay by admin",
        "01-05 09:01 t1 21 date := 2026-01-07 09:01",
        "01-05 09:01 t1 21a status in-work -> awaiting-payment",
        "01-05 09:01 t1 21a payment-date := 2026-01-07 09:01",
      ])
    #expect(engine.pending == ["01-07 09:01 t1 21d delay ends", "02-04 09:00 t1 3 times out"])
    #expect(
      engine.run(.advanceToNext) == [
        "01-07 09:01 t1 21d delay ended",
        "01-07 09:01 t1 21e no",
        "01-07 09:01 t3 starts call-3-days",
        "01-07 09:01 t3 A days = 0",
        "01-07 09:01 t3 B calls = 0",
        "01-07 09:01 t3 C opens call",
      ])
    _ = engine.run(.advance(by: .minutes(5)))
    #expect(
      engine.run(.pay(order1, nil)) == [
        "01-07 09:06 o1 paid 10000",
        "01-07 09:06 o1 status awaiting-payment -> completed",
        "01-07 09:06 t1 3 wait met",
        "01-07 09:06 t1 4 ended positive paid",
        "01-07 09:06 t3 ended none none",
        "01-07 09:06 t3 C withdrawn",
      ])
    #expect(engine.tasks.map(\.state) == [.ended, .ended, .ended])
    #expect(engine.openSteps.isEmpty)
    #expect(engine.pending == [])
  }

  /// Path 6: a cancellation at any moment ends the task at once, withdrawing every open step and
  /// dropping every timer, in child tasks too.
  @Test func cancellationEndsTheTaskAndItsChildAtOnce() {
    var engine = takenOrder()
    _ = engine.run(answer("no-answer"))
    #expect(engine.pending == ["01-05 09:31 t2 I delay ends", "02-04 09:00 t1 3 times out"])
    _ = engine.run(.advance(by: .minutes(10)))
    #expect(
      engine.run(.cancel(order1, reason: "changed their mind")) == [
        "01-05 09:11 o1 status in-work -> cancelled (changed their mind)",
        "01-05 09:11 t1 5 wait met",
        "01-05 09:11 t1 6 ended negative closed",
        "01-05 09:11 t2 ended none none",
      ])
    #expect(engine.pending == [])
    #expect(engine.run(.advance(by: .days(60))) == [])
    #expect(engine.orders[0].calls == 1)
  }

  /// SPEC §7.1 block 5 and §12.4: an order made `false` by a manager at any moment ends the task
  /// at once, as a cancellation does (a false order is not processed further).
  @Test func aFalseOrderEndsTheTaskAtOnce() {
    var engine = takenOrder()
    let events = engine.run(.setOrderStatus(order1, .false, reason: nil))
    #expect(events.first == "01-05 09:01 o1 status in-work -> false")
    #expect(events.contains("01-05 09:01 t1 5 wait met"))
    #expect(events.contains("01-05 09:01 t1 6 ended negative closed"))
    #expect(engine.tasks.allSatisfy { $0.state == .ended })
    #expect(engine.openSteps.isEmpty)
    #expect(engine.pending == [])
  }

  /// Path 6, the seed's quirk: after 30 days block 3 has given up, so a payment passes unnoticed
  /// until block 21e checks it at the promised date.
  @Test func paymentAfterThirtyDaysIsNoticedOnlyAtThePromisedDate() {
    var engine = takenOrder()
    _ = engine.run(answer("reached"))
    _ = engine.run(answer("will-pay", "2026-02-14"))
    #expect(
      engine.run(.advanceTo(.absolute(Instant(year: 2026, month: 2, day: 10)))) == [
        "02-04 09:00 t1 3 wait timed out",
        "02-04 09:00 t1 3 branch ended",
      ])
    #expect(
      engine.run(.pay(order1, nil)) == [
        "02-10 00:00 o1 paid 10000",
        "02-10 00:00 o1 status awaiting-payment -> completed",
      ])
    #expect(engine.tasks[0].state == .active)
    #expect(
      engine.run(.advanceToNext) == [
        "02-14 00:00 t1 21d delay ended",
        "02-14 00:00 t1 21e yes",
        "02-14 00:00 t1 4 ended positive paid",
      ])
  }

  /// Path 7: a partial payment before step 11 keeps the status partially-paid, not in-work.
  @Test func partialPaymentBeforeTakingTheOrderKeepsItsStatus() {
    var engine = Engine()
    _ = engine.run(.createOrder(NewOrder()))
    #expect(
      engine.run(.pay(order1, .whole(4000))) == [
        "01-05 09:00 o1 paid 4000",
        "01-05 09:00 o1 status new -> partially-paid",
      ])
    _ = engine.run(.advance(by: .minutes(1)))
    let events = engine.run(answer("yes"))
    #expect(events.contains("01-05 09:01 t1 11 yes"))
    #expect(!events.contains { $0.contains("status") })
    #expect(engine.orders[0].status == .partiallyPaid)
    #expect(engine.orders[0].remaining == .whole(6000))
  }

  /// Path 8: `wrong-number` clears the phone and goes back to 15; a phone given within 5 days
  /// restarts the calls at that same instant.
  @Test func wrongNumberAsksForAPhoneAndANewPhoneRestartsTheCalls() {
    var engine = takenOrder()
    #expect(
      engine.run(answer("wrong-number")) == [
        "01-05 09:01 t2 C answered wrong-number by admin",
        "01-05 09:01 t2 F ended neutral wrong-number",
        "01-05 09:01 t1 20w phone := none",
        "01-05 09:01 t1 14 status in-work -> not-confirmed",
        "01-05 09:01 t1 15 opens send-message",
      ])
    #expect(engine.users[0].phone == nil)
    _ = engine.run(answer("send"))
    _ = engine.run(.advance(by: .days(2)))
    #expect(
      engine.run(.setUserField(UserID(rawValue: 1), .phone, "+79990001122")) == [
        "01-07 09:01 u1 phone := +79990001122",
        "01-07 09:01 t1 16 wait met",
        "01-07 09:01 t3 starts call-3-days",
        "01-07 09:01 t3 A days = 0",
        "01-07 09:01 t3 B calls = 0",
        "01-07 09:01 t3 C opens call",
      ])
    #expect(engine.orders[0].calls == 1)
    #expect(engine.orders[0].status == .notConfirmed)
  }

  @Test func refusalWithAReasonCancelsWithThatReason() {
    var engine = takenOrder()
    _ = engine.run(answer("reached"))
    let events = engine.run(answer("refuse", "too expensive"))
    #expect(
      events == [
        "01-05 09:01 t1 21 answered refuse by admin",
        "01-05 09:01 t1 21 reason := too expensive",
        "01-05 09:01 t1 21c status in-work -> cancelled (too expensive)",
        "01-05 09:01 t1 6 ended negative closed",
      ])
  }

  @Test func refusalWithoutAReasonUsesTheDefault() {
    var engine = takenOrder()
    _ = engine.run(answer("reached"))
    let events = engine.run(answer("refuse"))
    #expect(events.contains("01-05 09:01 t1 21c status in-work -> cancelled (refused)"))
  }
}
