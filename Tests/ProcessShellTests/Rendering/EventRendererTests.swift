import ProcessEngine
import Testing

@testable import ProcessShell

/// Events as lines a trainer reads aloud: the time, who the event is about
/// (`order 1 · task 2 · [C] Call the customer: `), then what happened.
@Suite struct EventRendererTests {
  /// A process whose wait always holds, so its loop never lets go and the guard fails the task
  /// (the golden session `loop.json` runs the same).
  static let spin = """
    {"format": "procsh-process", "version": 1, "name": "spin", "object": "order",
     "launch": "disabled", "counters": ["turns"],
     "blocks": [
       {"id": "s", "type": "start", "exits": {"next": "w"}},
       {"id": "w", "type": "wait", "title": "Always true", "condition": "true", "exits": {"met": "o"}},
       {"id": "o", "type": "operation", "do": "counter-add", "counter": "turns", "exits": {"next": "w"}}
     ]}
    """

  /// A mailing to every paid order (SPEC §12.4).
  static let paidMailing = """
    {"format": "procsh-mailing", "version": 1, "name": "thanks", "title": "Thank you",
     "object": "order", "to": "paid", "text": "Thank you for your payment"}
    """

  /// A session that makes every kind of event at least once.
  static func everyKindOfEvent() throws -> Transcript {
    let directory = try TemporaryDirectory()
    try directory.write(spin, to: "spin.json")
    try directory.write(paidMailing, to: "thanks.json")
    let session = Transcript()
    for line in [
      "clock set 2026-01-05 08:00", "manager add anna", "as anna",
      "process load \(directory.path)/spin.json",
      "process stop order-processing", "process start order-processing",
      // Order 1: left alone until its wait for payment times out into its empty exit.
      "order new --name \"Анна Петрова\"",
      // Order 2: taken, a phone asked for by email, given, the customer reached, a promise, paid.
      "order new --no-phone", "advance 1m", "answer task 2 yes", "answer task 2 send",
      "set user 2 phone +79001234567", "answer task 3 reached",
      "answer task 2 will-pay 2026-01-10", "pay order 2 500", "pay order 2",
      // Order 3: paid while its first step is open, which withdraws the step.
      "order new", "advance 1m", "pay order 3",
      "advance 31d", "process run spin order 1", "process restart order-processing",
      // Orders 2 and 3 are paid: a mailing to paid orders sends to both when it is loaded.
      "mailing load \(directory.path)/thanks.json", "mailing stop thanks", "mailing start thanks",
      "open message 2",
    ] {
      session.ok(line)
    }
    return session
  }

  /// The first line of each kind in `everyKindOfEvent`, as `log` prints it. A new session loads
  /// and starts the built-in processes before anything else.
  static let firstLines: [(Event.Kind, String)] = [
    (.processLoaded, "2026-01-05 09:00  process call-3-days loaded: 15 blocks, launch disabled"),
    (.processStarted, "2026-01-05 09:00  process order-processing started"),
    (.clockSet, "2026-01-05 08:00  clock set to 2026-01-05 08:00"),
    (.managerAdded, "2026-01-05 08:00  manager anna added"),
    (.actingUserChanged, "2026-01-05 08:00  acting as anna"),
    (.processStopped, "2026-01-05 08:00  process order-processing stopped"),
    (
      .userCreated,
      "2026-01-05 08:00  user 1 · created: Анна Петрова (customer1@example.com, +79000000001)"
    ),
    (.orderCreated, "2026-01-05 08:00  order 1 · created for user 1: Course, 10000"),
    (.taskStarted, "2026-01-05 08:00  order 1 · task 1 · started order-processing"),
    (.delayEnded, "2026-01-05 08:01  order 1 · task 1 · [7] 1 minute to pay: delay over"),
    (
      .stepOpened,
      "2026-01-05 08:01  order 1 · task 1 · [8] Take the order?: asks the manager: yes (+) | duplicate (-)"
    ),
    (
      .stepAnswered,
      "2026-01-05 08:01  order 2 · task 2 · [8] Take the order?: answered yes by anna"
    ),
    (
      .orderManagerChanged,
      "2026-01-05 08:01  order 2 · task 2 · [10] Assign to self: order manager is now anna"
    ),
    (.taskManagerChanged, "2026-01-05 08:01  order 2 · task 2 · assigned to anna"),
    (.conditionDecided, "2026-01-05 08:01  order 2 · task 2 · [11] Partially paid?: no"),
    (.statusChanged, "2026-01-05 08:01  order 2 · task 2 · [12] In work: status new → in-work"),
    (
      .messageSent,
      "2026-01-05 08:01  order 2 · task 2 · [15e] Email asking for a phone: email sent to the customer, message 1: \"Thank you for your order! Please reply with a phone number so that we can confi…\""
    ),
    (.userFieldChanged, "2026-01-05 08:01  user 2 · phone set to +79001234567"),
    (.waitMet, "2026-01-05 08:01  order 2 · task 2 · [16] Wait 5 days for a phone: condition met"),
    (
      .counterChanged,
      "2026-01-05 08:01  order 2 · task 3 · [A] Reset the day counter: counter days = 0"
    ),
    (
      .taskEnded, "2026-01-05 08:01  order 2 · task 3 · [D] Reached: task ended: reached (positive)"
    ),
    (
      .variableSet,
      "2026-01-05 08:01  order 2 · task 2 · [21] Outcome of the call: variable date = 2026-01-10 00:00"
    ),
    (
      .orderDateChanged,
      "2026-01-05 08:01  order 2 · task 2 · [21a] Awaiting payment by the date: payment date set to 2026-01-10 00:00"
    ),
    (.paymentReceived, "2026-01-05 08:01  order 2 · payment of 500 received"),
    (.stepWithdrawn, "2026-01-05 08:02  order 3 · task 4 · [8] Take the order?: step withdrawn"),
    (.waitTimedOut, "2026-02-04 08:00  order 1 · task 1 · [3] Wait for payment: timed out"),
    (
      .branchEnded,
      "2026-02-04 08:00  order 1 · task 1 · [3] Wait for payment: the branch ends here (empty exit)"
    ),
    (
      .taskFailed,
      "2026-02-05 08:02  order 1 · task 5 · [o] operation: task FAILED: a branch took more than 10000 steps at 2026-02-05 08:02 without waiting (last at block o); the process loops"
    ),
    (.taskDeleted, "2026-02-05 08:02  order 1 · task 1 · task deleted (process restart)"),
    (.mailingLoaded, "2026-02-05 08:02  mailing thanks loaded and started"),
    (
      .mailingSent,
      "2026-02-05 08:02  order 2 · mailing thanks sent message 2: \"Thank you for your payment\""
    ),
    (.mailingStopped, "2026-02-05 08:02  mailing thanks stopped"),
    (.mailingStarted, "2026-02-05 08:02  mailing thanks started"),
    (.messageOpened, "2026-02-05 08:02  order 2 · the customer opened message 2"),
  ]

  /// A new kind of event fails here until the walk makes one and its line is written down.
  @Test func everyEventKindHasAReadableLine() throws {
    let session = try Self.everyKindOfEvent()
    let engine = session.engine
    #expect(Set(engine.log.map(\.kind)) == Set(Event.Kind.allCases))
    #expect(Set(Self.firstLines.map(\.0)) == Set(Event.Kind.allCases))
    let renderer = EventRenderer(engine: engine, style: .plain)
    for (kind, line) in Self.firstLines {
      let first = try #require(engine.log.first { $0.kind == kind }, "no \(kind) event")
      #expect(renderer.line(for: first) == line)
    }
    #expect(engine.log.allSatisfy { !renderer.text(for: $0).isEmpty })
  }

  @Test func aQuestionWithAScriptShowsItOnASecondLineUnderTheText() {
    let session = Transcript()
    session.ok("order new; advance 1m")
    let output = session.ok("answer task 1 yes")
    // 18 spaces: the width of the time column and the two spaces after it.
    #expect(
      output.contains(
        """
        2026-01-05 09:01  order 1 · task 2 · [C] Call the customer: asks the manager: reached (+) | duplicate (-) | wrong-number (0) | no-answer (0)
                          script: Introduce yourself, remind them of the order they left, ask when they plan to pay and whether they have questions about the course.

        """))
  }

  @Test func aLongMessageIsShortenedToEightyCharactersWithAnEllipsis() throws {
    let session = Transcript()
    session.ok("order new --no-phone; advance 1m; answer task 1 yes; answer task 1 send")
    let event = try #require(session.engine.log.first { $0.kind == .messageSent })
    let text = EventRenderer(engine: session.engine, style: .plain).text(for: event)
    let quoted = "Thank you for your order! Please reply with a phone number so that we can confi…"
    #expect(quoted.count == 80)
    #expect(text == "email sent to the customer, message 1: \"\(quoted)\"")
  }

  /// A task on an order changing the order's customer is still about that order: its line names
  /// the order like every other line of the task, and the text names the customer.
  @Test func aCustomerFieldAProcessChangesIsShownWithTheOrderAndTheCustomer() {
    let session = Transcript()
    session.ok("order new; advance 1m; answer task 1 yes")
    #expect(
      lines(session.ok("answer task 2 wrong-number")).contains(
        "2026-01-05 09:01  order 1 · task 1 · [20w] Clear the wrong phone: user 1 phone cleared"))
  }

  @Test func aTextVariableIsQuotedAndAReasonFollowsTheStatus() {
    let session = Transcript()
    session.ok("order new; advance 1m; answer task 1 yes; answer task 2 reached")
    let output = lines(session.ok("answer task 1 refuse \"too expensive\""))
    #expect(
      output.contains(
        "2026-01-05 09:01  order 1 · task 1 · [21] Outcome of the call: variable reason = \"too expensive\""
      ))
    #expect(
      output.contains(
        "2026-01-05 09:01  order 1 · task 1 · [21c] Cancel: refused: status in-work → cancelled (too expensive)"
      ))
  }

  @Test func aChildStoppedByItsParentSaysWhichTaskEnded() {
    let session = Transcript()
    session.ok("order new; advance 1m; answer task 1 yes")
    #expect(
      lines(session.ok("pay order 1")).suffix(3) == [
        "2026-01-05 09:01  order 1 · task 1 · [4] Paid: task ended: paid (positive)",
        "2026-01-05 09:01  order 1 · task 2 · task stopped: task 1 ended (result none)",
        "2026-01-05 09:01  order 1 · task 2 · [C] Call the customer: step withdrawn",
      ])
  }

  @Test func aTaskWhoseLastBranchEndsSaysSo() throws {
    let directory = try TemporaryDirectory()
    try directory.write(
      """
      {"format": "procsh-process", "version": 1, "name": "brief", "object": "order",
       "launch": "disabled",
       "blocks": [{"id": "s", "type": "start", "exits": {"next": "d"}},
                  {"id": "d", "type": "delay", "title": "A minute", "duration": "1m",
                   "exits": {"next": null}}]}
      """, to: "brief.json")
    let session = Transcript()
    session.ok("process load \(directory.path)/brief.json; order new; process run brief order 1")
    #expect(
      lines(session.ok("advance 1m")).filter { $0.contains("task 2") } == [
        "2026-01-05 09:01  order 1 · task 2 · [d] A minute: delay over",
        "2026-01-05 09:01  order 1 · task 2 · [d] A minute: the branch ends here (empty exit)",
        "2026-01-05 09:01  order 1 · task 2 · task ended: no branch left (result none)",
      ])
  }

  /// On a terminal: the time dimmed, statuses in their colours, the answer and the end in bold;
  /// the rest plain.
  @Test func colourMarksTheTimeStatusesAnswersAndEnds() throws {
    let session = Transcript()
    session.ok("order new; advance 1m; answer task 1 yes; pay order 1")
    let engine = session.engine
    let renderer = EventRenderer(engine: engine, style: .colored)
    func line(_ kind: Event.Kind) throws -> String {
      EscapingOutput.escaped(renderer.line(for: try #require(engine.log.first { $0.kind == kind })))
    }
    let time = "\u{1B}[2m2026-01-05 09:01\u{1B}[0m"
    #expect(
      try line(.stepAnswered)
        == "\(time)  order 1 · task 1 · [8] Take the order?: answered \u{1B}[1myes\u{1B}[0m by admin"
    )
    #expect(
      try line(.statusChanged)
        == "\(time)  order 1 · task 1 · [12] In work: status \u{1B}[33mnew\u{1B}[0m → \u{1B}[33min-work\u{1B}[0m"
    )
    #expect(
      try line(.taskEnded)
        == "\(time)  order 1 · task 1 · [4] Paid: \u{1B}[1mtask ended: paid (positive)\u{1B}[0m")
  }

  @Test func aFailedTaskIsRed() throws {
    let directory = try TemporaryDirectory()
    try directory.write(Self.spin, to: "spin.json")
    let session = Transcript()
    session.ok("process load \(directory.path)/spin.json; order new; process run spin order 1")
    let failed = try #require(session.engine.log.first { $0.kind == .taskFailed })
    #expect(
      EscapingOutput.escaped(
        EventRenderer(engine: session.engine, style: .colored).text(for: failed))
        == "\u{1B}[31mtask FAILED: a branch took more than 10000 steps at 2026-01-05 09:00 without waiting (last at block o); the process loops\u{1B}[0m"
    )
  }

  /// `log` and `why` tell what happened then: a customer created without a phone was created
  /// without one, whatever was set later.
  @Test func aCreationLineShowsTheCustomerAsTheyWereThen() throws {
    let session = Transcript()
    #expect(
      lines(session.ok("order new --no-phone")).first
        == "2026-01-05 09:00  user 1 · created: Customer 1 (customer1@example.com)")
    session.ok("set user 1 phone +79001234567")
    let created = try #require(session.engine.log.first { $0.kind == .userCreated })
    withKnownIssue(
      "the line is made from the customer's current contacts: the event does not keep those it was created with"
    ) {
      #expect(
        EventRenderer(engine: session.engine, style: .plain).line(for: created)
          == "2026-01-05 09:00  user 1 · created: Customer 1 (customer1@example.com)")
    }
  }

  @Test func paddingFillsWithSpacesToACountOfCharacters() {
    #expect("ab".padding(toLength: 4) == "ab  ")
    #expect("Анна".padding(toLength: 6) == "Анна  ")  // 8 bytes: counting bytes adds nothing
    // A time with seconds is longer than the column: kept whole, never cut.
    #expect("2026-01-05 09:00:30".padding(toLength: 16) == "2026-01-05 09:00:30")
  }
}
