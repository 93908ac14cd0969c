import Testing

@testable import ProcessEngine

/// `process explore`: every path of a process on one abstract order. Checked against a small
/// definition whose outcomes are known by construction, and against the hand-written paths of
/// SPEC §7.3, every one of which must be a path the explorer walks.
@Suite struct ExplorerTests {
  /// start → question "go" (yes → condition "paid": yes ends `paid`, no waits for payment with
  /// no timeout, then ends `paid`; no → ends `refused`).
  static let choice = """
    {"format": "procsh-process", "version": 1, "name": "choice", "object": "order",
     "launch": "disabled", "blocks": [
       {"id": "s", "type": "start", "exits": {"next": "q"}},
       {"id": "q", "type": "question", "key": "go", "text": "Go?",
        "options": [{"key": "yes", "label": "Yes", "kind": "positive"},
                    {"key": "no", "label": "No", "kind": "negative"}],
        "exits": {"yes": "c", "no": "refused"}},
       {"id": "c", "type": "condition", "condition": "paid", "exits": {"yes": "paid", "no": "w"}},
       {"id": "w", "type": "wait", "condition": "paid", "exits": {"met": "paid", "timeout": null}},
       {"id": "paid", "type": "end", "name": "paid", "result": "positive"},
       {"id": "refused", "type": "end", "name": "refused", "result": "negative"}]}
    """

  func sessionWithChoice() throws -> Engine {
    var engine = Engine()
    let definition = try ProcessDefinition.load(bytes: Array(Self.choice.utf8)) { _ in nil }
    _ = try engine.apply(.loadProcess(definition.definition))
    return engine
  }

  func describe(_ outcome: Exploration.Outcome) -> String {
    switch outcome.ending {
    case .ended(let name, let result): "\(name) \(result.rawValue) \(outcome.status.rawValue)"
    case .waitsForever: "waits \(outcome.status.rawValue)"
    case .failed: "failed \(outcome.status.rawValue)"
    case .cutOff: "cut \(outcome.status.rawValue)"
    }
  }

  @Test func aSmallDefinitionHasTheOutcomesItWasBuiltFor() throws {
    // The manager answers no (refused) or yes (the condition, then the wait, which only a full
    // payment lets through). The customer acts at most once, at any point: pays (the order is
    // completed), pays half, cancels (the question stays open: nothing here watches the
    // status), or gives a phone (which changes nothing here).
    let exploration = try Explorer(process: "choice").explore(try sessionWithChoice())
    #expect(
      Set(exploration.outcomes.map { describe($0.outcome) }) == [
        "refused negative new", "refused negative completed", "refused negative partially-paid",
        "refused negative cancelled", "paid positive completed",
        "waits new", "waits partially-paid", "waits cancelled",
      ])
    #expect(exploration.outcomes.allSatisfy { $0.shortest == .zero && $0.longest == .zero })
    #expect(
      exploration.anomalies.map(\.anomaly) == [.waitsForever(process: "choice", blocks: ["w"])])
    #expect(exploration.blocksNeverReached.isEmpty)
    #expect(exploration.cutOff == 0 && !exploration.isIncomplete)
    let refused = try #require(
      exploration.outcomes.first { describe($0.outcome) == "refused negative new" })
    #expect(refused.example.steps.count == 1)
  }

  @Test func theSameSessionGivesTheSameExploration() throws {
    let session = try sessionWithChoice()
    let first = try Explorer(process: "choice").explore(session)
    let second = try Explorer(process: "choice").explore(session)
    #expect(
      first.outcomes.map { describe($0.outcome) } == second.outcomes.map { describe($0.outcome) })
    #expect(first.states == second.states)
    #expect(first.outcomes.map(\.example) == second.outcomes.map(\.example))
  }

  @Test func maxStepsBoundsEveryPath() throws {
    let exploration = try Explorer(process: "call-3-days", maxSteps: 3).explore(Engine())
    #expect(exploration.cutOff > 0)
    #expect(exploration.outcomes.allSatisfy { $0.example.steps.count <= 3 })
  }

  @Test func aCancelledExplorationStopsWithNothingButInterrupted() {
    let monitor = CommandMonitor(isCancelled: { true })
    #expect(throws: EngineError.interrupted) {
      try Explorer(process: "order-processing").explore(Engine(), monitor: monitor)
    }
  }

  @Test func aProcessThatIsNotLoadedIsRefusedWithASuggestion() {
    #expect(throws: EngineError.unknownProcess("order-procesing", suggestion: "order-processing")) {
      try Explorer(process: "order-procesing").explore(Engine())
    }
  }

  // MARK: - The built-ins

  /// Walks `steps` from the explorer's start, checking that each is one the explorer offers
  /// there (a customer step at most once); returns the engine at the end.
  func walk(_ steps: [ExplorationStep], hasPhone: Bool = true) throws -> Engine {
    let explorer = Explorer(process: "order-processing")
    var engine = try explorer.setUp(from: Engine(), hasPhone: hasPhone).engine
    var customerActed = false
    for step in steps {
      var offered = explorer.managerSteps(in: engine)
      if !customerActed { offered += explorer.customerSteps(in: engine) }
      #expect(offered.contains(step), "not offered: \(step); offered: \(offered)")
      customerActed = customerActed || step.isCustomerStep
      _ = try engine.apply(step.command(order: explorer.order, user: explorer.user))
    }
    return engine
  }

  func answer(_ task: Int32, _ block: String, _ option: String, _ argument: AnswerArgument? = nil)
    -> ExplorationStep
  {
    .answer(task: TaskID(rawValue: task), block: block, option: option, argument: argument)
  }

  let order = OrderID(rawValue: 1)
  let task = TaskID(rawValue: 1)

  func ending(of engine: Engine) -> String {
    guard case .ended(let result, .block(let block), _) = engine.tasks[task.index].outcome,
      case .end(let name, _) = engine.definition(of: engine.tasks[task.index])[block].kind
    else { return "open" }
    return "\(name) \(result.rawValue) \(engine.orders[order.index].status.rawValue)"
  }

  @Test func everyPathOfSpecSevenThreeIsAPathTheExplorerWalks() throws {
    // Path 1: paid at once; no step opened.
    var engine = try walk([.pay])
    #expect(ending(of: engine) == "paid positive completed")
    // Path 2: duplicate at step 8.
    engine = try walk([.advanceToNextTimer, answer(1, "8", "duplicate")])
    #expect(ending(of: engine) == "closed negative false")
    // Path 3: no phone, the email sent, no phone ever: cancelled 5 days after the answer to 15
    // and 3 days more, one message.
    engine = try walk(
      [
        .advanceToNextTimer, answer(1, "8", "yes"), answer(1, "15", "send"),
        .advanceToNextTimer, .advanceToNextTimer,
      ], hasPhone: false)
    #expect(ending(of: engine) == "closed negative cancelled")
    #expect(engine.orders[order.index].messages == 1)
    #expect(engine.clock - engine.orders[order.index].createdAt == .days(8) + .minutes(1))
    // Path 4: never reached: 12 calls, 30 minutes apart in a round, a day between rounds; one
    // message; cancelled.
    var steps: [ExplorationStep] = [.advanceToNextTimer, answer(1, "8", "yes")]
    for call in 1...12 {
      steps.append(answer(2, "C", "no-answer"))
      if call < 12 { steps.append(.advanceToNextTimer) }
    }
    engine = try walk(steps)
    #expect(ending(of: engine) == "closed negative cancelled")
    #expect(engine.orders[order.index].calls == 12)
    #expect(engine.orders[order.index].messages == 1)
    // Path 5: will pay by a date, unpaid then: the calls start again, and a payment ends it.
    let promised = Instant.sessionStart + .minutes(1) + Explorer.answerDateOffset
    engine = try walk([
      .advanceToNextTimer, answer(1, "8", "yes"), answer(2, "C", "reached"),
      answer(1, "21", "will-pay", .date(promised)), .advanceToNextTimer, .pay,
    ])
    #expect(ending(of: engine) == "paid positive completed")
    #expect(engine.tasks.count == 3)
    // Path 7: a partial payment before step 11 keeps the status partially-paid.
    engine = try walk([
      .advanceToNextTimer, .payPart(Money.whole(5_000)), answer(1, "8", "yes"),
    ])
    #expect(engine.orders[order.index].status == .partiallyPaid)
    // Path 8: wrong number: the phone is cleared, not-confirmed, and a phone given within the
    // 5 days restarts the calls at once.
    engine = try walk([
      .advanceToNextTimer, answer(1, "8", "yes"), answer(2, "C", "wrong-number"),
      answer(1, "15", "skip"), .changePhone(Explorer.newPhone),
    ])
    #expect(engine.tasks.count == 3)
    #expect(engine.openSteps.map(\.question.key) == ["call"])
  }

  @Test func itFindsTheThirtyDayQuirk() throws {
    // SPEC §7.3 path 6: after block 3's 30 days a payment passes unnoticed, and blocks such as
    // 12, 17 and 18b then change the status of the completed order.
    let exploration = try Explorer(process: "order-processing", maxSteps: 12).explore(Engine())
    let changed = Set(
      exploration.anomalies.compactMap { summary -> String? in
        guard case .completedOrderChanged("order-processing", let block, _) = summary.anomaly
        else { return nil }
        return block
      })
    #expect(changed.isSuperset(of: ["12", "17", "18b"]))
    // After the 30 days the manager's answer at 21 still sets the status (21a awaiting-payment,
    // 21b postponed), and at the date 21e finds the order paid: the task ends `paid` with the
    // status the block left.
    let outcomes = Set(exploration.outcomes.map { describe($0.outcome) })
    #expect(
      outcomes.isSuperset(of: [
        "paid positive completed", "closed negative false", "closed negative cancelled",
        "paid positive awaiting-payment", "paid positive postponed",
      ]))
  }
}
