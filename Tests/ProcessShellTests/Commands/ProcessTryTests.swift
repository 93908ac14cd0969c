import ProcessEngine
import Testing

@testable import ProcessShell

/// Issue 12, `process try` (seed 004, «Тестировать на объекте»): a process run for one order in
/// a copy of the session; what would happen is printed and the session is untouched.
@Suite struct ProcessTryTests {
  /// A process that waits an hour and ends `greeted`, over orders, launched by hand only.
  static let greeting = """
    {"format": "procsh-process", "version": 1, "name": "greeting", "object": "order",
     "launch": "disabled", "blocks": [
       {"id": "s", "type": "start", "exits": {"next": "d"}},
       {"id": "d", "type": "delay", "title": "Wait an hour", "duration": "1h", "exits": {"next": "e"}},
       {"id": "e", "type": "end", "name": "greeted", "result": "positive"}]}
    """

  @Test func aTryOfADefinitionFileShowsItsEndAndLeavesTheSessionAlone() throws {
    let folder = try TemporaryDirectory()
    try folder.write(Self.greeting, to: "greeting.json")
    let session = Transcript()
    session.ok("order new")
    let before = (session.engine.log.count, session.engine.clock, session.engine.tasks.count)
    let lines = lines(session.ok("process try \(folder.path)/greeting.json order 1"))
    #expect(lines.contains { $0.hasSuffix("order 1 · task 2 · started greeting") })
    #expect(
      lines.contains {
        $0.hasPrefix("2026-01-05 10:00  order 1 · task 2 · [d] Wait an hour: delay")
      })
    #expect(lines.contains("task 2 has ended: greeted (positive) at 2026-01-05 10:00"))
    #expect(lines.last == "(a try, in a copy of the session: the session is as it was)")
    let after = (session.engine.log.count, session.engine.clock, session.engine.tasks.count)
    #expect(before == after)
    #expect(session.engine.currentProcess(named: "greeting") == nil)
  }

  /// The built-in on an order it already runs on: restarted in the copy, it stops where a
  /// manager must answer, and says so.
  @Test func aTryStopsWhereAManagerMustAnswer() {
    let session = Transcript()
    session.ok("order new")
    let lines = lines(session.ok("process try order-processing order 1 --for 1d"))
    #expect(
      lines.contains {
        $0.hasSuffix("[8] Take the order?: asks the manager: yes (+) | duplicate (-)")
      })
    #expect(lines.contains("task 2 has not ended; in the way:"))
    #expect(
      lines.contains { $0.hasPrefix("  [8] Take the order? asks a manager since 2026-01-05 09:01") }
    )
    #expect(session.engine.tasks.count == 1)
  }

  @Test func anUnknownProcessOrABrokenFileIsRefused() throws {
    let session = Transcript()
    session.ok("order new")
    let events = session.engine.log.count
    #expect(
      session.failing("process try order-procesing order 1")
        == "error: there is no process 'order-procesing'; did you mean 'order-processing'?\n")
    let folder = try TemporaryDirectory()
    try folder.write("{", to: "broken.json")
    #expect(
      session.failing("process try \(folder.path)/broken.json order 1").contains("broken.json"))
    #expect(session.engine.log.count == events)
  }
}
