import ProcessEngine
import Testing

/// SPEC §12.4 (seed 001, «Создание автоматической рассылки»): a started mailing sends its text
/// once to each order, at the instant the order first matches `to`; on changes, and at the
/// instant a time condition turns, never by polling; `false` orders never get mailings.
///
/// The sessions here have no processes, so only the mailings act on the orders.
@Suite struct MailingTests {
  static let unpaid1h = mailing("unpaid-1h", to: "actual and not paid and created ago >= 1h")
  static let notOpened = mailing(
    "not-opened", to: "actual and received unpaid-1h ago >= 1d and not opened unpaid-1h")
  let order1 = OrderID(rawValue: 1)
  let order2 = OrderID(rawValue: 2)

  static func mailing(_ name: String, to condition: String) -> MailingDefinition {
    do throws(EngineError) {
      return MailingDefinition(
        name: name, title: name, to: try Condition(parsing: condition, counters: []),
        text: "about \(name)")
    } catch {
      preconditionFailure("\(condition): \(error.message)")
    }
  }

  func session(_ mailings: MailingDefinition...) -> Engine {
    var engine = Engine(empty: .sessionStart)
    for mailing in mailings { _ = engine.run(.loadMailing(mailing)) }
    return engine
  }

  @Test func anUnpaidOrderGetsTheMessageAtExactlyOneHour() {
    var engine = session(Self.unpaid1h)
    _ = engine.run(.createOrder(NewOrder()))
    // The look is on the agenda, due when the age turns: nothing is polled before.
    #expect(engine.pending == ["01-05 10:00 mailings look at order 1"])
    #expect(engine.run(.advance(by: .seconds(3599))) == [])
    #expect(engine.run(.advance(by: .seconds(1))) == ["01-05 10:00 o1 mailing unpaid-1h sent"])
    #expect(engine.pending == [])
    #expect(engine.message(MessageID(rawValue: 1))?.sender == .mailing(MailingID(rawValue: 1)))
    #expect(
      engine.message(MessageID(rawValue: 1))?.time
        == Instant(year: 2026, month: 1, day: 5, hour: 10))
    #expect(engine.mailings[0].sent == 1)
  }

  @Test func anOrderPaidWithinTheHourNeverGetsIt() {
    var engine = session(Self.unpaid1h)
    _ = engine.run(.createOrder(NewOrder()))
    _ = engine.run(.advance(by: .minutes(30)))
    _ = engine.run(.pay(order1, nil))
    #expect(engine.run(.advance(by: .days(3))) == [])
    #expect(engine.messageCount == 0)
  }

  @Test func theMessageIsSentOnceHoweverOftenTheOrderChanges() {
    var engine = session(Self.unpaid1h)
    _ = engine.run(.createOrder(NewOrder()))
    _ = engine.run(.advance(by: .hours(2)))
    _ = engine.run(.pay(order1, .whole(100)))
    _ = engine.run(.setOrderStatus(order1, .inWork, reason: nil))
    _ = engine.run(.advance(by: .days(2)))
    // A new version of the mailing keeps who received it.
    _ = engine.run(.loadMailing(Self.unpaid1h))
    #expect(engine.messageCount == 1)
  }

  @Test func falseOrdersNeverGetMailings() {
    var engine = session(Self.mailing("everyone", to: "true"))
    _ = engine.run(.createOrder(NewOrder()))
    _ = engine.run(.createOrder(NewOrder()))
    #expect(engine.messageCount == 2)
    _ = engine.run(.setOrderStatus(order2, .false, reason: nil))
    _ = engine.run(.loadMailing(Self.mailing("again", to: "status in [false, new]")))
    // Order 1 (new) gets `again`; order 2 (false) matches its `to` but gets nothing.
    #expect(engine.messages(of: order2).count == 1)
    #expect(
      engine.messages(of: order1).map(\.sender) == [
        .mailing(MailingID(rawValue: 1)), .mailing(MailingID(rawValue: 2)),
      ])
  }

  @Test func anOrderMatchingWhenTheMailingIsLoadedGetsItThen() {
    var engine = Engine(empty: .sessionStart)
    _ = engine.run(.createOrder(NewOrder()))
    _ = engine.run(.advance(by: .hours(5)))
    #expect(
      engine.run(.loadMailing(Self.unpaid1h)) == [
        "01-05 14:00 loaded mailing unpaid-1h", "01-05 14:00 o1 mailing unpaid-1h sent",
      ])
  }

  @Test func aStoppedMailingSendsNothingAndItsStartCatchesUp() {
    var engine = session(Self.unpaid1h)
    _ = engine.run(.stopMailing("unpaid-1h"))
    _ = engine.run(.createOrder(NewOrder()))
    #expect(engine.run(.advance(by: .hours(2))) == [])
    #expect(
      engine.run(.startMailing("unpaid-1h")) == [
        "01-05 11:00 started mailing unpaid-1h", "01-05 11:00 o1 mailing unpaid-1h sent",
      ])
  }

  /// Seed 001's chain: a reminder a day after the first message, to those who did not open it.
  @Test func theSecondMailingGoesOnlyToThoseWhoDidNotOpenTheFirst() {
    var engine = session(Self.unpaid1h, Self.notOpened)
    _ = engine.run(.createOrder(NewOrder()))
    _ = engine.run(.createOrder(NewOrder()))
    _ = engine.run(.advance(by: .hours(1)))
    #expect(engine.messageCount == 2)
    _ = engine.run(.advance(by: .hours(3)))
    #expect(engine.run(.openMessage(MessageID(rawValue: 2))) == ["01-05 13:00 o2 opened message 2"])
    // Message 1 went at 10:00: a day later, to the second.
    #expect(engine.run(.advance(by: .seconds(21 * 3600 - 1))) == [])
    #expect(engine.run(.advance(by: .seconds(1))) == ["01-06 10:00 o1 mailing not-opened sent"])
    #expect(engine.messages(of: order1).count == 2)
    #expect(engine.messages(of: order2).count == 1)
    #expect(engine.mailings.map(\.opened) == [1, 0])
  }

  @Test func openingIsRefusedForAnUnknownOrOpenedMessageAndChangesNothing() throws {
    var engine = session(Self.mailing("everyone", to: "true"))
    _ = engine.run(.createOrder(NewOrder()))
    _ = engine.run(.openMessage(MessageID(rawValue: 1)))
    let before = engine.sessionBytes()
    #expect(throws: EngineError.unknownMessage(MessageID(rawValue: 2), count: 1)) {
      try engine.apply(.openMessage(MessageID(rawValue: 2)))
    }
    #expect(throws: EngineError.messageAlreadyOpened(MessageID(rawValue: 1), at: .sessionStart)) {
      try engine.apply(.openMessage(MessageID(rawValue: 1)))
    }
    #expect(throws: EngineError.mailingAlreadyStarted("everyone")) {
      try engine.apply(.startMailing("everyone"))
    }
    #expect(throws: EngineError.unknownMailing("everyon", suggestion: "everyone")) {
      try engine.apply(.stopMailing("everyon"))
    }
    #expect(identical(engine.sessionBytes(), before))
  }

  /// Each comparison turns where it changes, and no look is left once it cannot change again.
  @Test(arguments: [
    ("created ago >= 1h", ["01-05 10:00"]), ("created ago > 1h", ["01-05 10:00:01"]),
    ("created ago == 1h", ["01-05 10:00"]),
  ])
  func aComparisonIsLookedAtWhereItTurns(condition: String, looks: [String]) {
    var engine = session(Self.mailing("m", to: "status == in-work and " + condition))
    _ = engine.run(.createOrder(NewOrder()))
    #expect(engine.pending.map { String($0.prefix(looks[0].count)) } == looks)
  }

  @Test func anOrderThatCanNoLongerMatchIsNotLookedAtAgain() {
    var engine = session(Self.unpaid1h)
    _ = engine.run(.createOrder(NewOrder()))
    _ = engine.run(.advance(by: .minutes(30)))
    _ = engine.run(.pay(order1, nil))
    _ = engine.run(.advance(by: .minutes(30)))
    // The look at 10:00 found it paid; `>= 1h` cannot turn again.
    #expect(engine.pending == [])
  }
}
