import ProcessEngine
import Testing

@testable import ProcessShell

/// The journal steps back by replaying the commands after the nearest session it kept, and keeps
/// few of them: one every 64 commands over the last 1,024, twice as far apart for each doubling of
/// the distance beyond, and every session after a costly command.
@Suite struct JournalTests {
  @Test func sessionsFurtherBackAreKeptFurtherApart() {
    #expect(Journal.spacing(at: 0) == 64)
    #expect(Journal.spacing(at: 1_023) == 64)
    #expect(Journal.spacing(at: 1_024) == 128)
    #expect(Journal.spacing(at: 2_047) == 128)
    #expect(Journal.spacing(at: 2_048) == 256)
    #expect(Journal.spacing(at: 5_000) == 512)
  }

  /// `count` commands of one minute each, the third a small simulation.
  static func journal(of count: Int) throws -> (Journal, Engine) {
    var engine = Engine()
    var journal = Journal(base: engine)
    for step in 1...count {
      let command =
        step == 3
        ? Command.simulate(SimulationParameters(orders: 5, seed: 1), SimulationProfile())
        : Command.advance(by: .minutes(1))
      try engine.apply(command)
      journal.append(command, text: "step \(step)", leaving: engine)
    }
    return (journal, engine)
  }

  @Test func aLongJournalKeepsFewSessionsAndAllAfterCostlyCommands() throws {
    let (journal, _) = try Self.journal(of: 5_000)
    let kept = journal.keptCounts
    #expect(kept.contains(3))  // after the simulation
    // One every 64 over the last 1,024 (3,968...4,992), then every 128, 256, 512 further back.
    #expect(kept.filter { $0 > 4_992 - 1_024 }.count == 16)
    #expect(kept.filter { $0 != 3 }.allSatisfy { $0 % 64 == 0 })
    #expect(kept.count < 40, "kept: \(kept)")
    #expect(kept == kept.sorted())
  }

  @Test(arguments: [4_999, 4_000, 2_500, 700, 3, 2, 0])
  func steppingBackGivesTheSessionAfterThatManyCommands(count: Int) throws {
    var (journal, _) = try Self.journal(of: 5_000)
    let engine = try journal.rewind(to: count)
    var expected = Engine()
    for step in 0..<count {
      try expected.apply(
        step == 2
          ? .simulate(SimulationParameters(orders: 5, seed: 1), SimulationProfile())
          : .advance(by: .minutes(1)))
    }
    #expect(engine.sessionBytes() == expected.sessionBytes())
    #expect(journal.count == count)
    #expect(journal.keptCounts.allSatisfy { $0 <= count })
    // The sessions replayed through are kept as appending kept them: the next step back starts
    // at most 64 commands before (2,496 and 640 were thinned out before the step back).
    #expect(count < 64 || journal.keptCounts.contains(count / 64 * 64))
  }

  /// A history read from a file may not fit its base; stepping back into it is refused and
  /// leaves the journal as it was, the sessions it kept included.
  @Test func aStepBackThatCannotBeReplayedChangesNothing() throws {
    let history = SessionHistory(
      base: Engine(),
      steps: [
        .init(.pay(OrderID(rawValue: 99), nil), text: "pay order 99"),
        .init(.advance(by: .minutes(1)), text: "advance 1m"),
        .init(.advance(by: .minutes(1)), text: "advance 1m"),
      ])
    var journal = Journal(current: Engine(), history: history, byLoad: false)
    #expect(throws: ShellError.self) { _ = try journal.rewind(to: 2) }
    #expect(journal.count == 3)
    #expect(journal.keptCounts == [3])
  }
}
