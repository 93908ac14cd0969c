import ProcessEngine
import Testing

/// SPEC §3: payments add up; reaching the amount sets `completed`; a partial payment sets
/// `partially-paid`, whatever the status was; `cancelled` and `false` orders cannot be paid.
@Suite struct PaymentTests {
  let order1 = OrderID(rawValue: 1)

  /// Order 1 (amount 10000) taken by the manager at 09:01: `in-work`.
  func orderInWork() -> Engine {
    var engine = Engine()
    _ = engine.run(.createOrder(NewOrder()))
    _ = engine.run(.advance(by: .minutes(1)))
    _ = engine.run(.answer(.order(order1), option: "yes", argument: nil))
    return engine
  }

  @Test func aPartialPaymentOfAnOrderInWorkMakesItPartiallyPaid() {
    var engine = orderInWork()
    #expect(engine.orders[0].status == .inWork)
    #expect(
      engine.run(.pay(order1, .whole(3000))) == [
        "01-05 09:01 o1 paid 3000",
        "01-05 09:01 o1 status in-work -> partially-paid",
      ])
    #expect(engine.orders[0].status == .partiallyPaid)
  }

  @Test(arguments: [OrderStatus.awaitingPayment, .postponed, .notConfirmed, .pendingRefund])
  func aPartialPaymentMakesAnyActualOrderPartiallyPaid(status: OrderStatus) {
    var engine = orderInWork()
    _ = engine.run(.setOrderStatus(order1, status, reason: nil))
    _ = engine.run(.pay(order1, .whole(1)))
    #expect(engine.orders[0].status == .partiallyPaid)
  }

  @Test func paymentsAddUpUntilTheyReachTheAmount() {
    var engine = orderInWork()
    _ = engine.run(.pay(order1, .whole(3000)))
    _ = engine.run(.pay(order1, .whole(2500)))
    #expect(engine.orders[0].paid == .whole(5500))
    #expect(engine.orders[0].remaining == .whole(4500))
    #expect(engine.orders[0].status == .partiallyPaid)
    let events = engine.run(.pay(order1, .whole(4500)))
    #expect(
      events.prefix(2) == [
        "01-05 09:01 o1 paid 4500", "01-05 09:01 o1 status partially-paid -> completed",
      ])
    #expect(engine.orders[0].paid == .whole(10000))
    #expect(engine.orders[0].status == .completed)
    #expect(engine.tasks[0].state == .ended)
    // Nothing is left to pay.
    #expect(throws: EngineError.paymentRefused(order1, reason: .paidInFull)) {
      try engine.apply(.pay(order1, nil))
    }
  }

  @Test func aPaymentWithoutAnAmountPaysWhatIsLeft() {
    var engine = orderInWork()
    _ = engine.run(.pay(order1, .whole(3000)))
    _ = engine.run(.pay(order1, nil))
    #expect(engine.orders[0].paid == .whole(10000))
    #expect(engine.orders[0].status == .completed)
  }

  @Test(arguments: [OrderStatus.cancelled, .false])
  func cancelledAndFalseOrdersCannotBePaid(status: OrderStatus) {
    var engine = orderInWork()
    _ = engine.run(.setOrderStatus(order1, status, reason: nil))
    let before = engine.log.count
    #expect(throws: EngineError.paymentRefused(order1, reason: .status(status))) {
      try engine.apply(.pay(order1, .whole(100)))
    }
    #expect(
      EngineError.paymentRefused(order1, reason: .status(status)).message
        == "order 1 cannot be paid: it is \(status.slug)")
    #expect(engine.orders[0].paid == .zero)
    #expect(engine.orders[0].status == status)
    #expect(engine.log.count == before)
  }

  @Test func aCancelledOrderKeepsItsReason() {
    var engine = orderInWork()
    _ = engine.run(.cancel(order1, reason: "too expensive"))
    #expect(engine.orders[0].status == .cancelled)
    #expect(engine.orders[0].cancelReason.map(engine.text) == "too expensive")
  }
}
