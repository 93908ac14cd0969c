import Testing

@testable import ProcessEngine

/// The rule of a `delay` until an order's date (docs/process-format.md, SPEC §12.3): the delay
/// follows the date while it sleeps. A date moved to after the clock moves the wake-up; a date
/// cleared, or moved to the clock's own time, lets the token through at once; whoever moves it, a
/// manager's command or an operation block. Small definitions of their own, so the rule is shown
/// apart from the built-ins.
@Suite struct DelayUntilAnOrderDateTests {
  let order1 = OrderID(rawValue: 1)

  static func at(_ day: Int, _ hour: Int = 9) -> Instant {
    Instant(year: 2026, month: 1, day: day, hour: hour)
  }

  /// Run by hand, once the order has a payment date: it sleeps until the date, then says so.
  static let sleeper = definitionJSON(
    name: "sleeper",
    blocks: [
      #"{"id": "s", "type": "start", "exits": {"next": "d"}}"#,
      #"{"id": "d", "type": "delay", "until": {"field": "order.payment-date"}, "exits": {"next": "m"}}"#,
      #"{"id": "m", "type": "operation", "do": "send-message", "text": "due", "exits": {"next": "e"}}"#,
      #"{"id": "e", "type": "end", "name": "done", "result": "positive"}"#,
    ])

  /// Order 1, its payment date on the 7th at 09:00, and the sleeper running on it (task 1).
  func sleepingUntilThe7th() -> Engine {
    var engine = session(Self.sleeper)
    _ = engine.run(.createOrder(NewOrder()))
    _ = engine.run(.setOrderDate(order1, .paymentDate, Self.at(7)))
    #expect(
      engine.run(.runProcess("sleeper", order: order1)) == ["01-05 09:00 t1 starts sleeper"])
    #expect(engine.pending == ["01-07 09:00 t1 d delay ends"])
    return engine
  }

  @Test func aLaterDateMovesTheWakeUpLater() {
    var engine = sleepingUntilThe7th()
    #expect(
      engine.run(.setOrderDate(order1, .paymentDate, Self.at(9))) == [
        "01-05 09:00 o1 payment-date := 2026-01-09 09:00"
      ])
    #expect(engine.pending == ["01-09 09:00 t1 d delay ends"])
    #expect(engine.run(.advanceTo(.absolute(Self.at(8)))) == [])
    #expect(
      engine.run(.advanceToNext) == [
        "01-09 09:00 t1 d delay ended",
        "01-09 09:00 t1 m message email: due",
        "01-09 09:00 t1 e ended positive done",
      ])
    #expect(engine.pending == [])
  }

  @Test func anEarlierDateMovesTheWakeUpEarlier() {
    var engine = sleepingUntilThe7th()
    _ = engine.run(.advance(by: .hours(1)))
    _ = engine.run(.setOrderDate(order1, .paymentDate, Self.at(6, 12)))
    #expect(engine.pending == ["01-06 12:00 t1 d delay ends"])
    #expect(engine.run(.advanceToNext).first == "01-06 12:00 t1 d delay ended")
    // The old timer is gone with it: nothing wakes at the 7th.
    #expect(engine.run(.advanceTo(.absolute(Self.at(8)))) == [])
    #expect(engine.tasks[0].state == .ended)
  }

  /// The branch has been waiting since it arrived; a moved date changes when it wakes, not that.
  @Test func aMovedDelayStillWaitsSinceItArrived() {
    var engine = sleepingUntilThe7th()
    _ = engine.run(.advance(by: .hours(2)))
    _ = engine.run(.setOrderDate(order1, .paymentDate, Self.at(9)))
    #expect(engine.branches(of: TaskID(rawValue: 1)).map(\.since) == [.sessionStart])
  }

  @Test func aClearedDateLetsTheTokenThroughAtOnce() {
    var engine = sleepingUntilThe7th()
    _ = engine.run(.advance(by: .minutes(5)))
    #expect(
      engine.run(.setOrderDate(order1, .paymentDate, nil)) == [
        "01-05 09:05 o1 payment-date := none",
        "01-05 09:05 t1 d delay ended",
        "01-05 09:05 t1 m message email: due",
        "01-05 09:05 t1 e ended positive done",
      ])
    #expect(engine.pending == [])
  }

  @Test func aDateAtTheClockLetsTheTokenThroughAtOnce() {
    var engine = sleepingUntilThe7th()
    _ = engine.run(.advance(by: .minutes(5)))
    let events = engine.run(.setOrderDate(order1, .paymentDate, engine.clock))
    #expect(
      events == [
        "01-05 09:05 o1 payment-date := 2026-01-05 09:05",
        "01-05 09:05 t1 d delay ended",
        "01-05 09:05 t1 m message email: due",
        "01-05 09:05 t1 e ended positive done",
      ])
  }

  /// `why` follows the delay's end to the change that caused it.
  @Test func aDelayLetThroughFollowsFromTheChange() throws {
    var engine = sleepingUntilThe7th()
    let range = try engine.apply(.setOrderDate(order1, .paymentDate, nil))
    let change = engine.log[range.lowerBound]
    let ended = engine.log[range.lowerBound + 1]
    #expect(ended.change == .delayEnded)
    #expect(ended.trigger == EventID(index: range.lowerBound))
    #expect(change.trigger == nil)
  }

  @Test func aDateBeforeTheClockIsRefusedAndNothingChanges() throws {
    var engine = sleepingUntilThe7th()
    _ = engine.run(.advance(by: .days(1)))
    let before = engine.sessionBytes()
    #expect(throws: EngineError.dateInPast(Self.at(5), clock: Self.at(6))) {
      try engine.apply(.setOrderDate(order1, .paymentDate, Self.at(5)))
    }
    #expect(identical(engine.sessionBytes(), before))
    #expect(engine.pending == ["01-07 09:00 t1 d delay ends"])
  }

  @Test func anUnknownOrderIsRefused() {
    var engine = sleepingUntilThe7th()
    #expect(throws: EngineError.unknownOrder(OrderID(rawValue: 2), count: 1)) {
      try engine.apply(.setOrderDate(OrderID(rawValue: 2), .paymentDate, nil))
    }
  }

  @Test func theSameDateAgainChangesNothing() {
    var engine = sleepingUntilThe7th()
    let before = engine.sessionBytes()
    #expect(engine.run(.setOrderDate(order1, .paymentDate, Self.at(7))) == [])
    #expect(identical(engine.sessionBytes(), before))
  }

  /// Only the date the delay waits for moves it.
  @Test func theOtherDateLeavesTheDelayAlone() {
    var engine = sleepingUntilThe7th()
    #expect(
      engine.run(.setOrderDate(order1, .nextContactDate, nil)) == [])
    #expect(
      engine.run(.setOrderDate(order1, .nextContactDate, Self.at(6))) == [
        "01-05 09:00 o1 next-contact-date := 2026-01-06 09:00"
      ])
    #expect(engine.pending == ["01-07 09:00 t1 d delay ends"])
  }

  /// A block that sets the date re-times a delay waiting for it, as a manager's command does:
  /// one branch sleeps until the payment date, the other asks for a new one.
  static let mover = definitionJSON(
    name: "mover", launch: "on-create",
    blocks: [
      #"{"id": "s", "type": "start", "exits": {"next": "q1"}}"#,
      #"{"id": "q1", "type": "question", "key": "promise", "text": "When?", "options": [{"key": "on", "kind": "positive", "argument": "date", "variable": "first"}], "exits": {"on": "a1"}}"#,
      #"{"id": "a1", "type": "operation", "do": "set-field", "field": "order.payment-date", "value": {"variable": "first"}, "exits": {"next": "f"}}"#,
      #"{"id": "f", "type": "fork", "exits": ["d", "q2"]}"#,
      #"{"id": "d", "type": "delay", "until": {"field": "order.payment-date"}, "exits": {"next": "m"}}"#,
      #"{"id": "m", "type": "operation", "do": "send-message", "text": "due", "exits": {"next": null}}"#,
      #"{"id": "q2", "type": "question", "key": "move", "text": "Moved?", "options": [{"key": "to", "kind": "neutral", "argument": "date", "variable": "moved"}, {"key": "clear", "kind": "neutral"}], "exits": {"to": "a2", "clear": "a3"}}"#,
      #"{"id": "a2", "type": "operation", "do": "set-field", "field": "order.payment-date", "value": {"variable": "moved"}, "exits": {"next": null}}"#,
      #"{"id": "a3", "type": "operation", "do": "clear-field", "field": "order.payment-date", "exits": {"next": null}}"#,
    ])

  func answer(_ option: String, _ argument: String? = nil) -> Command {
    .answer(
      .order(OrderID(rawValue: 1)), option: option, argument: argument.map(AnswerArgument.text))
  }

  /// Order 1 with branch `d` sleeping until the 7th and `q2` asking.
  func moverSleeping() -> Engine {
    var engine = session(Self.mover)
    _ = engine.run(.createOrder(NewOrder()))
    _ = engine.run(answer("on", "2026-01-07 09:00"))
    #expect(engine.pending == ["01-07 09:00 t1 d delay ends"])
    #expect(engine.openSteps.map(\.question.key) == ["move"])
    return engine
  }

  @Test func aBlockThatMovesTheDateMovesTheWakeUp() {
    var engine = moverSleeping()
    #expect(
      engine.run(answer("to", "2026-01-06 10:00")) == [
        "01-05 09:00 t1 q2 answered to by admin",
        "01-05 09:00 t1 q2 moved := 2026-01-06 10:00",
        "01-05 09:00 t1 a2 payment-date := 2026-01-06 10:00",
        "01-05 09:00 t1 a2 branch ended",
      ])
    #expect(engine.pending == ["01-06 10:00 t1 d delay ends"])
    #expect(
      engine.run(.advanceToNext) == [
        "01-06 10:00 t1 d delay ended",
        "01-06 10:00 t1 m message email: due",
        "01-06 10:00 t1 m branch ended",
        "01-06 10:00 t1 ended none none",
      ])
  }

  @Test func aBlockThatClearsTheDateLetsTheTokenThrough() {
    var engine = moverSleeping()
    #expect(
      engine.run(answer("clear")) == [
        "01-05 09:00 t1 q2 answered clear by admin",
        "01-05 09:00 t1 a3 payment-date := none",
        "01-05 09:00 t1 d delay ended",
        "01-05 09:00 t1 a3 branch ended",
        "01-05 09:00 t1 m message email: due",
        "01-05 09:00 t1 m branch ended",
        "01-05 09:00 t1 ended none none",
      ])
    #expect(engine.pending == [])
  }

  /// The stale timer of a moved delay is not saved; the file reads back to the same session,
  /// which wakes at the new date.
  @Test func aMovedDelaySavesAndLoads() throws {
    var engine = sleepingUntilThe7th()
    _ = engine.run(.setOrderDate(order1, .paymentDate, Self.at(9)))
    var loaded = try Engine(sessionBytes: engine.sessionBytes())
    #expect(identical(loaded.sessionBytes(), engine.sessionBytes()))
    #expect(loaded.pending == ["01-09 09:00 t1 d delay ends"])
    #expect(loaded.run(.advanceToNext).first == "01-09 09:00 t1 d delay ended")
  }

  /// A cleared date is logged as `Int64.min` (docs/session-format.md), which reads back.
  @Test func aClearedDateSavesAndLoads() throws {
    var engine = sleepingUntilThe7th()
    _ = engine.run(.setOrderDate(order1, .paymentDate, nil))
    let loaded = try Engine(sessionBytes: engine.sessionBytes())
    #expect(identical(loaded.sessionBytes(), engine.sessionBytes()))
    #expect(loaded.log.contains { $0.change == .orderDateChanged(.paymentDate, nil) })
  }

  /// A history with the command in it replays to the session it made.
  @Test func theCommandReplaysFromAHistory() throws {
    let base = session(Self.sleeper)
    var engine = base
    var history = SessionHistory(base: base)
    let steps: [(String, Command)] = [
      ("order new", .createOrder(NewOrder())),
      (
        "set order 1 payment-date 2026-01-07 09:00",
        .setOrderDate(order1, .paymentDate, Self.at(7))
      ),
      ("process run sleeper order 1", .runProcess("sleeper", order: order1)),
      ("advance 1h", .advance(by: .hours(1))),
      ("set order 1 payment-date +1d", .setOrderDate(order1, .paymentDate, Self.at(6, 10))),
      ("set order 1 next-contact-date none", .setOrderDate(order1, .nextContactDate, nil)),
    ]
    for (text, command) in steps {
      try engine.apply(command)
      history.steps.append(SessionHistory.Step(command, text: text))
    }
    let bytes = engine.sessionBytes(history: history)
    let (_, read) = try Engine.readSession(bytes)
    let loaded = try #require(read)
    #expect(loaded.steps == history.steps)
    var replayed = loaded.base
    for step in loaded.steps { try replayed.apply(step.command) }
    #expect(identical(replayed.sessionBytes(), engine.sessionBytes()))
    #expect(replayed.pending == ["01-06 10:00 t1 d delay ends"])
  }
}
