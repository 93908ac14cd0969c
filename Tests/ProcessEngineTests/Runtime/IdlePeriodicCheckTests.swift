import Testing

@testable import ProcessEngine

/// Issue 9: a process checked every second over a century made three billion checks, each
/// looking at every object. A check that can change nothing (it launched nothing last time and
/// no object changed since) is skipped, and the session is exactly what checking would leave.
@Suite struct IdlePeriodicCheckTests {
  static let everySecond = definitionJSON(
    name: "tick", launch: "periodic", extra: #", "interval": "1s", "entry": "paid""#,
    blocks: [
      #"{"id": "s", "type": "start", "exits": {"next": "e"}}"#,
      #"{"id": "e", "type": "end", "name": "seen", "result": "positive"}"#,
    ])

  @Test func aCenturyOfIdleChecksEndsAtOnceAndLaunchesWhenSomethingChanges() throws {
    var engine = session(Self.everySecond)
    try engine.apply(.createOrder(NewOrder()))
    try engine.apply(.advance(by: .days(36_500)))
    #expect(engine.tasks.isEmpty)
    try engine.apply(.pay(OrderID(rawValue: 1), nil))
    #expect(engine.tasks.isEmpty)  // launched at the next check, not at once
    try engine.apply(.advance(by: .seconds(1)))
    #expect(engine.tasks.count == 1)
    #expect(engine.tasks[0].startedAt == engine.clock)
  }

  /// Skipping is invisible: the same commands with and without skipping give the same session.
  /// Checked against a second process that keeps every check busy (its entry always holds for a
  /// new order), interleaved with the idle one at the same seconds.
  @Test func skippedChecksLeaveTheSessionAsCheckingWould() throws {
    let commands: [Command] = [
      .createOrder(NewOrder()), .advance(by: .minutes(3)), .createOrder(NewOrder()),
      .advance(by: .seconds(90)), .pay(OrderID(rawValue: 2), nil), .advance(by: .hours(2)),
    ]
    var skipping = session(Self.everySecond)
    var checking = session(Self.everySecond)
    checking.skipsIdleChecks = false
    for command in commands {
      #expect(try skipping.apply(command) == checking.apply(command))
    }
    #expect(identical(skipping.sessionBytes(), checking.sessionBytes()))
  }
}
