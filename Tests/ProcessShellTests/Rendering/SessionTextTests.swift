import ProcessEngine
import Testing
import Wording

@testable import ProcessShell

/// The short texts several views share: a timer line (`timers`, `status`), where a task is
/// (`tasks`, `task N`), the chain of events behind a state (`why`), and the funnel (`stats`).
@Suite struct SessionTextTests {
  /// A periodic process over users with a day's delay: a periodic timer and a task without order.
  static let greet = """
    {"format": "procsh-process", "version": 1, "name": "greet", "object": "user",
     "launch": "periodic", "interval": "1h",
     "blocks": [{"id": "s", "type": "start", "exits": {"next": "d"}},
                {"id": "d", "type": "delay", "title": "A day", "duration": "1d", "exits": {"next": "e"}},
                {"id": "e", "type": "end", "name": "greeted", "result": "positive"}]}
    """

  /// A process of `count` operation blocks in a row, each triggered by the one before: a chain
  /// of `count + 2` events from its start to its end.
  static func steps(_ count: Int) -> String {
    var blocks = [#"{"id": "s", "type": "start", "exits": {"next": "o1"}}"#]
    for number in 1...count {
      let next = number == count ? "e" : "o\(number + 1)"
      blocks.append(
        #"{"id": "o\#(number)", "type": "operation", "do": "counter-add", "counter": "steps", "exits": {"next": "\#(next)"}}"#
      )
    }
    blocks.append(#"{"id": "e", "type": "end", "name": "done", "result": "positive"}"#)
    return
      #"{"format": "procsh-process", "version": 1, "name": "steps", "object": "order", "launch": "disabled", "counters": ["steps"], "blocks": ["#
      + blocks.joined(separator: ",\n") + "]}"
  }

  @Test func aTimerLineSaysWhenWhoAndWhat() throws {
    let directory = try TemporaryDirectory()
    try directory.write(Self.greet, to: "greet.json")
    let session = Transcript()
    session.ok("process load \(directory.path)/greet.json; order new")
    let text = SessionText(engine: session.engine, style: .plain)
    #expect(
      session.engine.scheduledItems().map(text.timerLine) == [
        "2026-01-05 09:01  order 1 · task 1 · [7] 1 minute to pay: delay ends",
        "2026-01-05 10:00  process greet: periodic launch check",
        "2026-02-04 09:00  order 1 · task 1 · [3] Wait for payment: wait times out",
      ])
    // A task over a user has no order to name.
    session.ok("advance 1h")
    let later = SessionText(engine: session.engine, style: .plain)
    #expect(
      session.engine.scheduledItems().map(later.timerLine).contains(
        "2026-01-06 10:00  task 2 · [d] A day: delay ends"))
  }

  @Test func aRunningTaskIsWhereItsBranchesAre() throws {
    let session = Transcript()
    session.ok("order new")
    let text = SessionText(engine: session.engine, style: .plain)
    let task = try #require(session.engine.task(TaskID(rawValue: 1)))
    // Waiting and sleeping branches by block id, in the order the fork made them.
    #expect(text.whereabouts(task) == "[3], [5], [7]")
    session.ok("advance 1m; answer task 1 yes")
    let later = SessionText(engine: session.engine, style: .plain)
    let parent = try #require(session.engine.task(TaskID(rawValue: 1)))
    let child = try #require(session.engine.task(TaskID(rawValue: 2)))
    #expect(
      later.taskSummary(parent) == "task 1  order-processing  active  [3], [5], [20] → task 2")
    #expect(later.taskSummary(child) == "task 2  call-3-days  waiting  asks [C] call")
  }

  @Test func anEndedTaskSaysHowAndWhenItEnded() throws {
    let session = Transcript()
    session.ok("order new; advance 1m; answer task 1 yes; advance 1m; pay order 1")
    let text = SessionText(engine: session.engine, style: .plain)
    let task = try #require(session.engine.task(TaskID(rawValue: 1)))
    #expect(text.whereabouts(task) == "ended paid (positive) at 2026-01-05 09:02")
    // Stopped with its parent: no end block of its own.
    let child = try #require(session.engine.task(TaskID(rawValue: 2)))
    #expect(text.whereabouts(child) == "ended none (none) at 2026-01-05 09:02")
  }

  @Test func aDeletedTaskSaysWhen() throws {
    let session = Transcript()
    session.ok("order new; advance 2h; process restart order-processing")
    let task = try #require(session.engine.task(TaskID(rawValue: 1)))
    #expect(
      SessionText(engine: session.engine, style: .plain).whereabouts(task)
        == "deleted at 2026-01-05 11:00")
  }

  @Test func aSubjectIsNamedByItsKindAndId() {
    let text = SessionText(engine: Engine(), style: .plain)
    #expect(text.subjectName(.order(OrderID(rawValue: 3))) == "order 3")
    #expect(text.subjectName(.user(UserID(rawValue: 2))) == "user 2")
  }

  /// `why`: the event first, then each event it follows from, back to what started it.
  @Test func aChainGoesBackToWhatStartedIt() throws {
    let session = Transcript()
    session.ok("manager add anna; order new; advance 1m; as anna; answer task 1 yes")
    let status = try #require(session.engine.log.lastIndex { $0.kind == .statusChanged })
    #expect(
      SessionText(engine: session.engine, style: .plain).chain(from: status) == [
        "    2026-01-05 09:01  order 1 · task 1 · [12] In work: status new → in-work",
        "  ← 2026-01-05 09:01  order 1 · task 1 · [11] Partially paid?: no",
        "  ← 2026-01-05 09:01  order 1 · task 1 · [10] Assign to self: order manager is now anna",
        "  ← 2026-01-05 09:01  order 1 · task 1 · [8] Take the order?: answered yes by anna",
        "  ← 2026-01-05 09:01  order 1 · task 1 · [8] Take the order?: asks the manager: yes (+) | duplicate (-)",
        "  ← 2026-01-05 09:01  order 1 · task 1 · [7] 1 minute to pay: delay over",
        "  ← 2026-01-05 09:00  order 1 · task 1 · started order-processing",
        "  ← 2026-01-05 09:00  order 1 · created for user 1: Course, 10000",
        "    (started when the order was created)",
      ])
  }

  /// A mailing sent at a time the agenda held (SPEC §12.4) started its chain itself: the chain
  /// says which comparisons time made true. Opening the message is the customer's own act, like
  /// a payment: its chain starts at the command.
  @Test func aChainFromAMailingSentByTimeSaysSo() throws {
    let session = try MailingFiles().session()
    session.ok("order new; advance 1h; advance 5m; open message 1")
    let sent = try #require(session.engine.log.firstIndex { $0.kind == .mailingSent })
    let opened = try #require(session.engine.log.firstIndex { $0.kind == .messageOpened })
    let text = SessionText(engine: session.engine, style: .plain)
    let root =
      "    (started when time made the rule of mailing unpaid-1h true: created ago >= 1h)"
    #expect(
      text.chain(from: sent) == [
        "    2026-01-05 10:00  order 1 · mailing unpaid-1h sent message 1: \"Your order is waiting: pay it in one click\"",
        root,
      ])
    #expect(
      text.chain(from: opened) == [
        "    2026-01-05 10:05  order 1 · the customer opened message 1",
        "    (started by a command)",
      ])
    #expect(text.sender(of: try #require(session.engine.allMessages.first)) == "mailing unpaid-1h")
  }

  /// Fourteen events fit: a chain that long is shown whole.
  @Test func aChainOfFourteenEventsIsShownWhole() throws {
    let directory = try TemporaryDirectory()
    try directory.write(Self.steps(12), to: "steps.json")
    let session = Transcript()
    session.ok("process load \(directory.path)/steps.json; order new; process run steps order 1")
    let end = try #require(session.engine.log.lastIndex { $0.kind == .taskEnded })
    let chain = SessionText(engine: session.engine, style: .plain).chain(from: end)
    #expect(chain.count == 15)  // 14 events and how the chain started
    #expect(
      chain.first == "    2026-01-05 09:00  order 1 · task 2 · [e] end: task ended: done (positive)"
    )
    #expect(chain.dropLast().last == "  ← 2026-01-05 09:00  order 1 · task 2 · started steps")
    #expect(chain.last == "    (started by a command)")
    #expect(!chain.contains { $0.contains("earlier steps") })
  }

  /// Longer chains keep their ends, the latest eight events and the first five, and count what
  /// they leave out.
  @Test func aLongChainKeepsItsEndsAndCountsTheStepsBetween() throws {
    let directory = try TemporaryDirectory()
    try directory.write(Self.steps(13), to: "steps.json")
    let session = Transcript()
    session.ok("process load \(directory.path)/steps.json; order new; process run steps order 1")
    let end = try #require(session.engine.log.lastIndex { $0.kind == .taskEnded })
    #expect(
      SessionText(engine: session.engine, style: .plain).chain(from: end) == [
        "    2026-01-05 09:00  order 1 · task 2 · [e] end: task ended: done (positive)",
        "  ← 2026-01-05 09:00  order 1 · task 2 · [o13] operation: counter steps = 13",
        "  ← 2026-01-05 09:00  order 1 · task 2 · [o12] operation: counter steps = 12",
        "  ← 2026-01-05 09:00  order 1 · task 2 · [o11] operation: counter steps = 11",
        "  ← 2026-01-05 09:00  order 1 · task 2 · [o10] operation: counter steps = 10",
        "  ← 2026-01-05 09:00  order 1 · task 2 · [o9] operation: counter steps = 9",
        "  ← 2026-01-05 09:00  order 1 · task 2 · [o8] operation: counter steps = 8",
        "  ← 2026-01-05 09:00  order 1 · task 2 · [o7] operation: counter steps = 7",
        "    … 2 earlier steps (log --task 2 shows them all)",
        "  ← 2026-01-05 09:00  order 1 · task 2 · [o4] operation: counter steps = 4",
        "  ← 2026-01-05 09:00  order 1 · task 2 · [o3] operation: counter steps = 3",
        "  ← 2026-01-05 09:00  order 1 · task 2 · [o2] operation: counter steps = 2",
        "  ← 2026-01-05 09:00  order 1 · task 2 · [o1] operation: counter steps = 1",
        "  ← 2026-01-05 09:00  order 1 · task 2 · started steps",
        "    (started by a command)",
      ])
  }

  /// The funnel from known counts: shares of the orders that are not false, the false ones apart,
  /// averages per order with two decimals, every count right-aligned in its column.
  @Test func statisticsAreTheFunnelThenReasonsCallsEndsAndSteps() {
    var statistics = Statistics(engine: Engine())
    statistics.orders = 8
    statistics.byStatus = [.inWork: 1, .completed: 5, .cancelled: 1, .false: 1]
    statistics.cancelReasons = [(reason: "too expensive", count: 1)]
    statistics.timeToPayment = (median: .hours(2), p90: .days(1) + .hours(3))
    statistics.calls = 6
    statistics.messages = 3
    statistics.taskEnds = [
      (process: "order-processing", end: "paid", count: 5),
      (process: "call-3-days", end: "reached", count: 2),
    ]
    statistics.stepsByQuestion = [(question: "take-order", count: 7), (question: "call", count: 4)]
    statistics.stepsByManager = [(manager: "admin", count: 6), (manager: "anna", count: 5)]
    statistics.openSteps = 2
    statistics.overdueSteps = 1
    #expect(
      SessionText(engine: Engine(), style: .plain).statistics(statistics) == [
        "orders by status (false ones left out of the funnel, as GetCourse does):",
        "  in-work                    1  14.3%",
        "  completed                  5  71.4%",
        "  cancelled                  1  14.3%",
        "  false (hidden)             1",
        "conversion to paid: 71.4% of 7 orders",
        "time to payment: median 2h, p90 1d3h",
        "cancellation reasons:",
        "  too expensive                    1",
        "calls: 6 (0.75 per order)   messages: 3 (0.38 per order)",
        "tasks by end:",
        "  order-processing: paid                   5",
        "  call-3-days: reached                     2",
        "manager steps answered: 11",
        "  take-order                 7",
        "  call                       4",
        "  by manager: admin 6, anna 5",
        "open manager steps: 2 (1 open for more than a day)",
      ])
  }

  /// Nothing to count: no percentages, no sections without lines, and no blank where a share
  /// would be.
  @Test func statisticsOfAnEmptySessionSayThereIsNothingToConvert() {
    #expect(
      SessionText(engine: Engine(), style: .plain).statistics(Statistics(engine: Engine())) == [
        "orders by status (false ones left out of the funnel, as GetCourse does):",
        "conversion to paid: no orders in the funnel",
        "calls: 0 (0 per order)   messages: 0 (0 per order)",
        "manager steps answered: 0",
        "open manager steps: 0 (0 open for more than a day)",
      ])
  }

  @Test func oneManagerIsNotListedByManager() {
    var statistics = Statistics(engine: Engine())
    statistics.stepsByQuestion = [(question: "take-order", count: 2)]
    statistics.stepsByManager = [(manager: "admin", count: 2)]
    let lines = SessionText(engine: Engine(), style: .plain).statistics(statistics)
    #expect(lines.contains("  take-order                 2"))
    #expect(!lines.contains { $0.contains("by manager") })
  }

  @Test func anInstantIsShownWithItsWeekday() {
    #expect(Language.english.withWeekday(.sessionStart) == "2026-01-05 09:00 (Mon)")
    #expect(
      Language.english.withWeekday(Instant(year: 2026, month: 1, day: 11))
        == "2026-01-11 00:00 (Sun)")
    #expect(Language.russian.withWeekday(.sessionStart) == "2026-01-05 09:00 (пн)")
  }
}
