import JSON
import ProcessEngine
import Testing

@testable import ProcessShell

/// The shapes `--json` gives the session's objects, as docs/json-output.md lists them: ORDER,
/// USER, TASK, STEP, TIMER, EVENT and STATISTICS, printed as a user would see them.
@Suite struct SessionJSONTests {
  static func text(_ value: JSONValue) -> String { PrettyJSON.text(value) }

  /// A periodic process over users, for the periodic-launch timer and a task over a user.
  static let greet = """
    {"format": "procsh-process", "version": 1, "name": "greet", "object": "user",
     "launch": "periodic", "interval": "1h",
     "blocks": [{"id": "s", "type": "start", "exits": {"next": "d"}},
                {"id": "d", "type": "delay", "title": "A day", "duration": "1d", "exits": {"next": "e"}},
                {"id": "e", "type": "end", "name": "greeted", "result": "positive"}]}
    """

  @Test func anOrderHasEveryFieldTheDocsList() throws {
    let session = Transcript()
    session.ok(
      "order new --amount 2500; pay order 1 99.50; cancel order 1 --reason \"too expensive\"")
    let order = try #require(session.engine.order(OrderID(rawValue: 1)))
    // Amounts are numbers, hundredths as decimals; times have seconds; nothing missing is left
    // out: it is null.
    #expect(
      Self.text(SessionJSON(engine: session.engine).order(order)) == """
        {
          "amount": 2500,
          "calls": 0,
          "created": "2026-01-05T09:00:00",
          "id": 1,
          "manager": null,
          "messages": 0,
          "next-contact-date": null,
          "paid": 99.5,
          "payment-date": null,
          "product": "Course",
          "reason": "too expensive",
          "status": "cancelled",
          "status-label": "cancelled",
          "user": 1
        }

        """)
  }

  /// The order keeps its old reason after leaving `cancelled`; JSON must not show it as if it
  /// still applied.
  @Test func aReasonIsShownOnlyWhileTheOrderIsCancelled() throws {
    let session = Transcript()
    session.ok("order new; cancel order 1 --reason \"too expensive\"; set order 1 status in-work")
    let order = try #require(session.engine.order(OrderID(rawValue: 1)))
    guard case .object(let object) = SessionJSON(engine: session.engine).order(order) else {
      Issue.record("an order is not a JSON object")
      return
    }
    #expect(object["status"] == "in-work")
    #expect(object["reason"] == .null)
  }

  @Test func aPromisedOrderShowsItsManagerCallsMessagesAndPaymentDate() throws {
    let session = Transcript()
    session.ok(
      "manager add anna; as anna; order new --no-phone; advance 1m; answer task 1 yes; answer task 1 send"
    )
    session.ok(
      "set user 1 phone +79001234567; answer task 2 reached; answer task 1 will-pay \"2026-01-10 12:00\""
    )
    let order = try #require(session.engine.order(OrderID(rawValue: 1)))
    #expect(
      Self.text(SessionJSON(engine: session.engine).order(order)) == """
        {
          "amount": 10000,
          "calls": 1,
          "created": "2026-01-05T09:00:00",
          "id": 1,
          "manager": "anna",
          "messages": 1,
          "next-contact-date": null,
          "paid": 0,
          "payment-date": "2026-01-10T12:00:00",
          "product": "Course",
          "reason": null,
          "status": "awaiting-payment",
          "status-label": "awaiting-payment",
          "user": 1
        }

        """)
  }

  @Test func aUserListsTheirOrders() throws {
    let session = Transcript()
    session.ok("order new --name \"Анна Петрова\" --no-phone; order new --user 1")
    let user = try #require(session.engine.user(UserID(rawValue: 1)))
    #expect(
      Self.text(SessionJSON(engine: session.engine).user(user)) == """
        {
          "email": "customer1@example.com",
          "id": 1,
          "name": "Анна Петрова",
          "orders": [
            1,
            2
          ],
          "phone": null
        }

        """)
  }

  /// A running task: its own open question (none while its child asks) and where each branch
  /// is, with the child a branch waits for.
  @Test func aRunningTaskShowsItsQuestionAndBranches() throws {
    let session = Transcript()
    session.ok("order new; advance 1m; answer task 1 yes")
    let views = SessionJSON(engine: session.engine)
    let parent = try #require(session.engine.task(TaskID(rawValue: 1)))
    #expect(
      Self.text(views.task(parent)) == """
        {
          "branches": [
            {
              "block": "3",
              "since": "2026-01-05T09:00:00",
              "state": "waiting"
            },
            {
              "block": "5",
              "since": "2026-01-05T09:00:00",
              "state": "waiting"
            },
            {
              "block": "20",
              "child": 2,
              "since": "2026-01-05T09:01:00",
              "state": "awaiting-child"
            }
          ],
          "counters": {},
          "id": 1,
          "manager": "admin",
          "order": 1,
          "parent": null,
          "process": "order-processing",
          "question": null,
          "started": "2026-01-05T09:00:00",
          "state": "active",
          "state-label": "active",
          "variables": {
            "date": null,
            "reason": null
          }
        }

        """)
    let child = try #require(session.engine.task(TaskID(rawValue: 2)))
    #expect(
      Self.text(views.task(child)) == """
        {
          "branches": [
            {
              "block": "C",
              "since": "2026-01-05T09:01:00",
              "state": "asking"
            }
          ],
          "counters": {
            "calls": 0,
            "days": 0
          },
          "id": 2,
          "manager": "admin",
          "order": 1,
          "parent": 1,
          "process": "call-3-days",
          "question": "call",
          "started": "2026-01-05T09:01:00",
          "state": "waiting",
          "state-label": "waiting",
          "variables": {}
        }

        """)
  }

  /// An ended task has its result, end and time instead of a question and branches; a child
  /// stopped by its parent ends with result and end `none` (SPEC §5).
  @Test func anEndedTaskShowsItsResultEndAndWhen() throws {
    let session = Transcript()
    session.ok("order new; advance 1m; answer task 1 yes; answer task 2 reached")
    session.ok("answer task 1 refuse \"too expensive\"")
    let views = SessionJSON(engine: session.engine)
    let task = try #require(session.engine.task(TaskID(rawValue: 1)))
    #expect(
      Self.text(views.task(task)) == """
        {
          "counters": {},
          "end": "closed",
          "ended": "2026-01-05T09:01:00",
          "id": 1,
          "manager": "admin",
          "order": 1,
          "parent": null,
          "process": "order-processing",
          "result": "negative",
          "result-label": "negative",
          "started": "2026-01-05T09:00:00",
          "state": "ended",
          "state-label": "ended",
          "variables": {
            "date": null,
            "reason": "too expensive"
          }
        }

        """)
    let other = Transcript()
    other.ok("order new; advance 1m; answer task 1 yes; pay order 1")
    let child = try #require(other.engine.task(TaskID(rawValue: 2)))
    guard case .object(let object) = SessionJSON(engine: other.engine).task(child) else {
      Issue.record("a task is not a JSON object")
      return
    }
    #expect(object["result"] == "none")
    #expect(object["end"] == "none")
    #expect(object["question"] == nil)
    #expect(object["branches"] == nil)
  }

  @Test func aDeletedTaskShowsWhenItWasDeleted() throws {
    let session = Transcript()
    session.ok("order new; advance 1h; process restart order-processing")
    let task = try #require(session.engine.task(TaskID(rawValue: 1)))
    #expect(
      Self.text(SessionJSON(engine: session.engine).task(task)) == """
        {
          "counters": {},
          "deleted": "2026-01-05T10:00:00",
          "id": 1,
          "manager": null,
          "order": 1,
          "parent": null,
          "process": "order-processing",
          "started": "2026-01-05T09:00:00",
          "state": "deleted",
          "state-label": "deleted",
          "variables": {
            "date": null,
            "reason": null
          }
        }

        """)
  }

  /// docs: `"user"?` — only a task over a user has it, and its `order` is null.
  @Test func aTaskOverAUserNamesTheUser() throws {
    let directory = try TemporaryDirectory()
    try directory.write(Self.greet, to: "greet.json")
    let session = Transcript()
    session.ok("process load \(directory.path)/greet.json; order new; advance 1h")
    let task = try #require(session.engine.task(TaskID(rawValue: 2)))
    #expect(
      Self.text(SessionJSON(engine: session.engine).task(task)) == """
        {
          "branches": [
            {
              "block": "d",
              "since": "2026-01-05T10:00:00",
              "state": "sleeping"
            }
          ],
          "counters": {},
          "id": 2,
          "manager": null,
          "order": null,
          "parent": null,
          "process": "greet",
          "question": null,
          "started": "2026-01-05T10:00:00",
          "state": "active",
          "state-label": "active",
          "user": 1,
          "variables": {}
        }

        """)
  }

  @Test func anOpenStepShowsItsQuestionAndOptions() throws {
    let session = Transcript()
    session.ok("order new; advance 1m")
    let step = try #require(session.engine.openSteps.first)
    #expect(
      Self.text(SessionJSON(engine: session.engine).step(step)) == """
        {
          "block": "8",
          "manager": null,
          "options": [
            "yes",
            "duplicate"
          ],
          "order": 1,
          "question": "take-order",
          "since": "2026-01-05T09:01:00",
          "task": 1,
          "text": "Take the order?"
        }

        """)
  }

  /// Each kind of timer: a task's timers name the task, order, block and process; a periodic
  /// launch only its process.
  @Test func everyKindOfTimerHasItsShape() throws {
    let directory = try TemporaryDirectory()
    try directory.write(Self.greet, to: "greet.json")
    let session = Transcript()
    session.ok("process load \(directory.path)/greet.json; order new")
    let views = SessionJSON(engine: session.engine)
    #expect(
      Self.text(.array(session.engine.scheduledItems().map(views.timer))) == """
        [
          {
            "block": "7",
            "due": "2026-01-05T09:01:00",
            "kind": "delay-ends",
            "order": 1,
            "process": "order-processing",
            "task": 1
          },
          {
            "due": "2026-01-05T10:00:00",
            "kind": "periodic-launch",
            "process": "greet"
          },
          {
            "block": "3",
            "due": "2026-02-04T09:00:00",
            "kind": "wait-times-out",
            "order": 1,
            "process": "order-processing",
            "task": 1
          }
        ]

        """)
  }

  /// An event names its order or its user, never both; the block and the task only when a task
  /// made it; its text is the line `log` prints, without the time and subject.
  @Test func anEventHasItsChangeTextAndCause() throws {
    let session = Transcript()
    session.ok("clock set 2026-01-05 08:00; order new; advance 1m; answer task 1 yes")
    let log = session.engine.log
    let views = SessionJSON(engine: session.engine)
    // Events 1–3 load and start the built-in processes, 4 sets the clock, 5 creates the user,
    // 6 the order; 13 is [11] Partially paid? deciding no, which leads to 14, [12] In work.
    let clock = try #require(log.firstIndex { $0.kind == .clockSet })
    let user = try #require(log.firstIndex { $0.kind == .userCreated })
    let status = try #require(log.firstIndex { $0.kind == .statusChanged })
    #expect(
      Self.text(.array([views.event(at: clock), views.event(at: user), views.event(at: status)]))
        == """
        [
          {
            "change": "clock-set",
            "id": 4,
            "task": null,
            "text": "clock set to 2026-01-05 08:00",
            "time": "2026-01-05T08:00:00",
            "trigger": null
          },
          {
            "change": "user-created",
            "id": 5,
            "task": null,
            "text": "created: Customer 1 (customer1@example.com, +79000000001)",
            "time": "2026-01-05T08:00:00",
            "trigger": null,
            "user": 1
          },
          {
            "block": "12",
            "change": "status-changed",
            "id": 14,
            "order": 1,
            "task": 1,
            "text": "status new → in-work",
            "time": "2026-01-05T08:01:00",
            "trigger": 13
          }
        ]

        """)
  }

  /// docs/json-output.md: "`change` names the kind of change (`status-changed`,
  /// `step-answered`, …)". Scripts filter on these names, so each is written out here.
  static let changeNames: [(Event.Kind, String)] = [
    (.userCreated, "user-created"),
    (.orderCreated, "order-created"),
    (.userFieldChanged, "user-field-changed"),
    (.statusChanged, "status-changed"),
    (.paymentReceived, "payment-received"),
    (.orderDateChanged, "order-date-changed"),
    (.orderManagerChanged, "order-manager-changed"),
    (.messageSent, "message-sent"),
    (.taskStarted, "task-started"),
    (.stepOpened, "step-opened"),
    (.stepAnswered, "step-answered"),
    (.stepWithdrawn, "step-withdrawn"),
    (.delayEnded, "delay-ended"),
    (.waitMet, "wait-met"),
    (.waitTimedOut, "wait-timed-out"),
    (.conditionDecided, "condition-decided"),
    (.branchEnded, "branch-ended"),
    (.counterChanged, "counter-changed"),
    (.variableSet, "variable-set"),
    (.taskManagerChanged, "task-manager-changed"),
    (.taskEnded, "task-ended"),
    (.taskFailed, "task-failed"),
    (.taskDeleted, "task-deleted"),
    (.clockSet, "clock-set"),
    (.managerAdded, "manager-added"),
    (.actingUserChanged, "acting-user-changed"),
    (.processLoaded, "process-loaded"),
    (.processStarted, "process-started"),
    (.processStopped, "process-stopped"),
    (.mailingLoaded, "mailing-loaded"),
    (.mailingStarted, "mailing-started"),
    (.mailingStopped, "mailing-stopped"),
    (.mailingSent, "mailing-sent"),
    (.messageOpened, "message-opened"),
  ]

  @Test func everyKindOfChangeHasAName() {
    #expect(Self.changeNames.map(\.0) == Event.Kind.allCases)
  }

  @Test(arguments: changeNames)
  func aChangeIsNamedInLowerCaseWithHyphens(kind: Event.Kind, name: String) {
    #expect(SessionJSON.changeName(kind) == name)
  }

  /// STATISTICS from known counts: the funnel by status (false orders counted here too), the
  /// reasons, time to payment in seconds, ends, and steps by question and by manager.
  @Test func statisticsHaveTheShapeTheDocsList() {
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
      Self.text(SessionJSON(engine: Engine()).statistics(statistics)) == """
        {
          "by-status": {
            "cancelled": 1,
            "completed": 5,
            "false": 1,
            "in-work": 1
          },
          "calls": 6,
          "cancel-reasons": {
            "too expensive": 1
          },
          "messages": 3,
          "open-steps": 2,
          "orders": 8,
          "overdue-steps": 1,
          "steps-by-manager": {
            "admin": 6,
            "anna": 5
          },
          "steps-by-question": {
            "call": 4,
            "take-order": 7
          },
          "task-ends": [
            {
              "count": 5,
              "end": "paid",
              "process": "order-processing"
            },
            {
              "count": 2,
              "end": "reached",
              "process": "call-3-days"
            }
          ],
          "time-to-payment": {
            "median-seconds": 7200,
            "p90-seconds": 97200
          }
        }

        """)
  }

  /// Without a completed order there is no time to payment: the key is left out (`?` in the
  /// docs), not written as zeros.
  @Test func statisticsWithoutPaymentsLeaveOutTheTimeToPayment() {
    guard
      case .object(let object) = SessionJSON(engine: Engine()).statistics(
        Statistics(engine: Engine()))
    else {
      Issue.record("statistics are not a JSON object")
      return
    }
    #expect(object["time-to-payment"] == nil)
    #expect(object["orders"] == 0)
  }
}
