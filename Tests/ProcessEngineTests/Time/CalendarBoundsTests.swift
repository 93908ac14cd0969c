import ProcessEngine
import Testing

/// SPEC §12.3: the clock refuses to leave 0001–9999. A clock past 9999-12-31 saved a session
/// that no procsh could load again.
@Suite struct CalendarBoundsTests {
  static let lastDay = DateTimeExpression.absolute(
    Instant(year: 9999, month: 12, day: 31, hour: 23))

  static func nearTheEnd() throws -> Engine {
    var engine = Engine()
    try engine.apply(.setClock(lastDay))
    return engine
  }

  @Test func theClockStopsAtTheLastSecondOf9999() throws {
    var engine = try Self.nearTheEnd()
    #expect(throws: EngineError.beyondTheCalendar) { try engine.apply(.advance(by: .hours(1))) }
    #expect(throws: EngineError.beyondTheCalendar) {
      try engine.apply(.advanceTo(.relative(.days(2))))
    }
    try engine.apply(.advance(by: .minutes(59) + .seconds(59)))
    #expect(engine.clock == .latest)
    #expect(engine.clock.description == "9999-12-31 23:59:59")
  }

  @Test func theFirstDayIsTheFirstOfYearOne() throws {
    let error = #expect(throws: EngineError.self) { try Instant(parsing: "0000-12-31") }
    #expect(
      error?.message
        == "'0000-12-31' is not a date-time (there is no year 0); write it like 2026-01-07, 2026-01-07 14:30 or +2d"
    )
    #expect(try Instant(parsing: "0001-01-01") == .earliest)
    var engine = Engine()
    try engine.apply(.setClock(.absolute(.earliest)))
    #expect(engine.clock.description == "0001-01-01 00:00")
  }

  /// A 30-day wait begun on the last day would be due after the calendar ends: it is due at its
  /// last second instead, and the session saves and loads.
  @Test func aTimerPastTheEndIsDueAtTheLastSecond() throws {
    var engine = try Self.nearTheEnd()
    try engine.apply(.createOrder(NewOrder()))
    #expect(engine.scheduledItems().map(\.due).max() == .latest)
    let reloaded = try Engine(sessionBytes: engine.sessionBytes())
    #expect(identical(reloaded.sessionBytes(), engine.sessionBytes()))
  }

  @Test func anAnswersDatePastTheEndIsRefused() throws {
    var engine = try Self.nearTheEnd()
    try engine.apply(.createOrder(NewOrder()))
    try engine.apply(.advance(by: .minutes(1)))
    try engine.apply(.answer(.task(TaskID(rawValue: 1)), option: "yes", argument: nil))
    try engine.apply(.answer(.task(TaskID(rawValue: 2)), option: "reached", argument: nil))
    #expect(throws: EngineError.beyondTheCalendar) {
      try engine.apply(.answer(.order(OrderID(rawValue: 1)), option: "will-pay", argument: "+2d"))
    }
  }

  @Test func aSimulationThatWouldRunPastTheEndIsRefused() throws {
    var engine = try Self.nearTheEnd()
    #expect(throws: EngineError.beyondTheCalendar) {
      try engine.apply(.simulate(SimulationParameters(orders: 10), .init()))
    }
    #expect(engine.orders.isEmpty)
  }
}
