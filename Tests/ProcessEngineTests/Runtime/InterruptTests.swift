import ProcessEngine
import Testing

/// SPEC §12.3: Ctrl-C during a long command stops it and leaves the session exactly as it was
/// before the command. The engine sees no signal: its caller's monitor says stop.
@Suite struct InterruptTests {
  /// A monitor that says stop the `after`-th time it is asked, and counts the progress it is told.
  final class Stopper {
    var asked = 0
    var reported: [Double] = []
    let after: Int

    init(after: Int) {
      self.after = after
    }

    var monitor: CommandMonitor {
      CommandMonitor(
        progress: { self.reported.append($0) },
        isCancelled: {
          self.asked += 1
          return self.asked >= self.after
        })
    }
  }

  /// A session with thousands of timers: a thousand simulated orders stopped after a day.
  static func busySession() -> Engine {
    var engine = Engine()
    _ = engine.run(.simulate(SimulationParameters(orders: 1000, horizon: .days(1)), .init()))
    return engine
  }

  @Test func anInterruptedAdvanceLeavesTheSessionAsItWas() throws {
    var engine = Self.busySession()
    let before = engine.sessionBytes()
    let stopper = Stopper(after: 1)
    #expect(throws: EngineError.interrupted) {
      try engine.apply(.advance(by: .days(40)), monitor: stopper.monitor)
    }
    #expect(stopper.asked == 1)  // it ran a thousand timers, and stopped when asked
    // Compared apart: a failed == of two long arrays makes the test library diff them for ages.
    let unchanged = engine.sessionBytes() == before
    #expect(unchanged)
    // And the session goes on as if nothing had happened.
    var untouched = Self.busySession()
    #expect(try engine.apply(.advance(by: .days(40))) == untouched.apply(.advance(by: .days(40))))
  }

  @Test func anInterruptedSimulationLeavesTheSessionAsItWas() throws {
    var engine = Engine()
    _ = engine.run(.createOrder(NewOrder()))
    let before = engine.sessionBytes()
    let stopper = Stopper(after: 2)
    #expect(throws: EngineError.interrupted) {
      try engine.apply(
        .simulate(SimulationParameters(orders: 30_000), .init()), monitor: stopper.monitor)
    }
    #expect(stopper.asked == 2)
    #expect(stopper.reported.count == 1)
    let unchanged = engine.sessionBytes() == before
    #expect(unchanged)
  }

  @Test func aMonitorThatNeverStopsHearsTheProgressAndChangesNothing() throws {
    var watched = Self.busySession()
    var unwatched = Self.busySession()
    let stopper = Stopper(after: .max)
    try watched.apply(.advance(by: .days(40)), monitor: stopper.monitor)
    try unwatched.apply(.advance(by: .days(40)))
    let same = watched.sessionBytes() == unwatched.sessionBytes()
    #expect(same)
    #expect(!stopper.reported.isEmpty)
    #expect(stopper.reported == stopper.reported.sorted())
    #expect(stopper.reported.allSatisfy { (0...1).contains($0) })
  }
}
