import JSON
import ProcessEngine
import Testing

/// SPEC §11.3: a seeded population of customers and automated managers drives the built-in
/// process, deterministically, order by order independently of how many orders there are.
@Suite struct SimulationTests {
  func simulate(_ orders: Int, seed: UInt64 = 42, logsSteps: Bool? = nil, on engine: inout Engine)
    -> SimulationReport
  {
    Simulation(parameters: SimulationParameters(orders: orders, seed: seed, logsSteps: logsSteps))
      .run(on: &engine)
  }

  @Test func theSameSeedGivesTheSameSessionTwice() {
    var first = Engine()
    var second = Engine()
    let a = simulate(500, on: &first)
    let b = simulate(500, on: &second)
    #expect(a == b)
    #expect(identical(first.sessionBytes(), second.sessionBytes()))
    var other = Engine()
    #expect(simulate(500, seed: 7, on: &other) != a)
  }

  /// Golden figures: the exact summary of `simulate 1000 orders --seed 42`, computed once (by
  /// running it, `procsh -c "simulate 1000 orders --seed 42"`, after the block-5 fix of issue 15)
  /// and frozen here, so that any change to the population, the engine or the built-ins that moves
  /// one outcome shows. SPEC §11.3's population predicts about 51 % completed, 10 % false, 27 %
  /// refused and 12 % without contact details (SimPy's model of it, 100,000 orders); these 1,000
  /// orders give 48.9 %, 12.1 %, 27.6 % and 11.2 %. Change the figures only for a change that is
  /// meant to move them, and say so in the commit.
  @Test func theSummaryOfAThousandOrdersWithSeed42IsFrozen() {
    var engine = Engine()
    let report = simulate(1000, on: &engine)
    let statistics = report.statistics
    #expect(statistics.orders == 1000)
    #expect(statistics.byStatus == [.completed: 489, .cancelled: 390, .false: 121])
    #expect(
      statistics.cancelReasons.map { "\($0.reason) \($0.count)" } == [
        "refused 276", "no contact details 112", "unreachable 2",
      ])
    #expect(statistics.calls == 2355)
    #expect(statistics.messages == 183)
    #expect(
      statistics.taskEnds.map { "\($0.process): \($0.end) \($0.count)" } == [
        "call-3-days: reached 876", "order-processing: closed 511", "order-processing: paid 489",
        "call-3-days: wrong-number 25", "call-3-days: duplicate 20", "call-3-days: unreachable 2",
      ])
    #expect(
      statistics.stepsByQuestion.map { "\($0.question) \($0.count)" } == [
        "call 2355", "call-outcome 876", "take-order 796", "send-message 229",
      ])
    #expect(statistics.stepsByManager.map(\.count).reduce(0, +) == 4256)
    #expect(statistics.stepsByManager.first.map { "\($0.manager) \($0.count)" } == "m19 267")
    #expect(statistics.timeToPayment?.median.description == "1d23h31m")
    #expect(statistics.timeToPayment?.p90.description == "6d3h4m29s")
    #expect(statistics.openSteps == 0)
    #expect(!report.stoppedAtHorizon)
    #expect(report.ended == Instant(year: 2026, month: 2, day: 1, hour: 12, minute: 18, second: 6))
  }

  /// The summary counts what happened, read independently from the log: every `call` or
  /// `control-call` answer is one call (SPEC §7.2), every answer one manager step, every
  /// send-message one message; every launched task ended within the 40 days.
  @Test func theSummaryAgreesWithTheLog() {
    var engine = Engine()
    let report = simulate(2000, logsSteps: true, on: &engine)
    let statistics = report.statistics
    var answers = 0
    var callAnswers = 0
    var messages = 0
    for event in engine.log {
      switch event.change {
      case .stepAnswered:
        answers += 1
        guard let task = event.task, let block = event.block else { continue }
        let definition = engine.definition(of: engine.tasks[task.index])
        if case .question(let question) = definition[block].kind,
          question.key == "call" || question.key == "control-call"
        {
          callAnswers += 1
        }
      case .messageSent: messages += 1
      default: continue
      }
    }
    #expect(answers > 0 && callAnswers > 0 && messages > 0)
    #expect(statistics.stepsByQuestion.reduce(0) { $0 + $1.count } == answers)
    #expect(statistics.calls == callAnswers)
    #expect(statistics.messages == messages)
    #expect(statistics.byStatus.values.reduce(0, +) == 2000)
    #expect(!report.stoppedAtHorizon)
    #expect(engine.tasks.filter { $0.parent == nil }.allSatisfy { $0.state == .ended })
  }

  /// What one simulated customer's order came to, without the ids and names that depend on
  /// arrival rank (`Customer N`, the phone made from the user id).
  struct Outcome: Equatable, CustomStringConvertible {
    var createdAt: Instant
    var status: OrderStatus
    var amount: Money
    var paid: Money
    var paymentDate: Instant?
    var nextContactDate: Instant?
    var calls: Int32
    var messages: Int32
    var manager: ManagerID?
    var cancelReason: String?
    var hasPhone: Bool
    var tasks: [String]

    init(_ order: Order, in engine: Engine) {
      createdAt = order.createdAt
      status = order.status
      amount = order.amount
      paid = order.paid
      paymentDate = order.paymentDate
      nextContactDate = order.nextContactDate
      calls = order.calls
      messages = order.messages
      manager = order.manager
      cancelReason = order.cancelReason.map(engine.text)
      hasPhone = engine.users[order.user.index].phone != nil
      tasks = engine.tasks.filter { $0.order == order.id }.map {
        "\(engine.process($0.definition).name) \($0.state) \(engine.endName(of: $0) ?? "-")"
      }
    }

    var description: String {
      "\(createdAt) \(status.slug) paid \(paid) calls \(calls) messages \(messages) \(tasks)"
    }
  }

  @Test func anOrderBehavesTheSameWhateverTheNumberOfOrders() {
    // SPEC §11.3: order i draws from its own stream, so the 300 customers of a 300-order run are
    // the first 300 of a 900-order run and fare exactly alike. Orders are numbered by arrival, so
    // a customer is found in the larger run by the second their order was created.
    var small = Engine()
    var large = Engine()
    _ = simulate(300, on: &small)
    _ = simulate(900, on: &large)
    #expect(small.orders.count == 300 && large.orders.count == 900)
    var largeByArrival: [Instant: [Outcome]] = [:]
    for order in large.orders {
      largeByArrival[order.createdAt, default: []].append(Outcome(order, in: large))
    }
    // The first 20 customers to arrive, field by field.
    for order in small.orders.prefix(20) {
      let outcome = Outcome(order, in: small)
      let candidates = largeByArrival[order.createdAt] ?? []
      #expect(candidates.contains(outcome), "order \(order.id): \(outcome) not in \(candidates)")
    }
    // And every one of the 300 arrives in the larger run at the same second.
    #expect(small.orders.allSatisfy { largeByArrival[$0.createdAt] != nil })
    #expect(small.orders.filter { $0.status == .completed }.count > 100)
  }

  @Test func theOutcomesMatchThePopulationsShares() {
    var engine = Engine()
    let statistics = simulate(5000, on: &engine).statistics
    func share(_ status: OrderStatus) -> Double { Double(statistics.byStatus[status] ?? 0) / 5000 }
    // SimPy's model of the same population (../shared/peers) gives 51.1 % completed and 10.1 % false.
    #expect(abs(share(.completed) - 0.511) < 0.03)
    #expect(abs(share(.false) - 0.101) < 0.02)
    let reasons = Dictionary(
      uniqueKeysWithValues: statistics.cancelReasons.map { ($0.reason, $0.count) })
    #expect(abs(Double(reasons["refused"] ?? 0) / 5000 - 0.267) < 0.03)
    #expect(abs(Double(reasons["no contact details"] ?? 0) / 5000 - 0.118) < 0.02)
  }

  @Test func largeRunsLogChangesOnlyUnlessAskedForEverything() {
    var full = Engine()
    var changes = Engine()
    _ = simulate(300, logsSteps: true, on: &full)
    _ = simulate(300, logsSteps: false, on: &changes)
    #expect(full.log.count > changes.log.count)
    #expect(full.orders.map(\.status) == changes.orders.map(\.status))
    #expect(!changes.log.contains { $0.kind == .conditionDecided || $0.kind == .delayEnded })
    #expect(changes.log.contains { $0.kind == .statusChanged })
    // After the run, the session logs every step again.
    _ = changes.run(.createOrder(NewOrder()))
    let tail = changes.run(.advance(by: .minutes(1)))
    #expect(tail.contains { $0.hasSuffix("delay ended") })
  }

  /// How the `control-call` steps of a run with the given profile were answered, by option.
  func controlCallAnswers(_ profile: String, orders: Int) throws -> [String: Int] {
    let profile = try SimulationProfile(json: try JSONReader.parse(Array(profile.utf8)))
    var engine = Engine()
    _ = Simulation(
      parameters: SimulationParameters(orders: orders, logsSteps: true), profile: profile
    ).run(on: &engine)
    var answers: [String: Int] = [:]
    for event in engine.log {
      guard case .stepAnswered(let option, _) = event.change, let task = event.task,
        let block = event.block
      else { continue }
      let definition = engine.definition(of: engine.tasks[task.index])
      if case .question(let question) = definition[block].kind, question.key == "control-call" {
        answers[question.options[option].key, default: 0] += 1
      }
    }
    return answers
  }

  /// SPEC §11.3: every call attempt, `control-call` as well as `call`, is answered with
  /// probability 0.4. The specification's population never reaches `control-call` (block 19
  /// needs a phone given after the 5 days of block 16 and within the 3 days of block 18; its
  /// customers give one within 47 hours), so the frozen figures above have none. Here every
  /// customer has no phone and gives one 6 to 7 days after `send-message`: each order comes to
  /// block 19 once, 8 days after that answer.
  @Test func controlCallsAreAnsweredWithTheChanceOfACall() throws {
    let late = #""shares": {"no-phone-gives": 1}, "phone-after": ["6d", "7d"]"#
    let answers = try controlCallAnswers("{\(late)}", orders: 500)
    #expect(answers.values.reduce(0, +) == 500)
    let reached = Double(answers["reached", default: 0]) / 500
    #expect(abs(reached - 0.4) < 0.07, "\(answers)")
    #expect(answers["reached", default: 0] + answers["no-answer", default: 0] == 500)
    // A customer who always answers is always reached.
    let always = try controlCallAnswers("{\(late), \"call-answered\": 1}", orders: 100)
    #expect(always == ["reached": 100])
  }

  @Test func aBadProfileIsRefusedWithEveryProblemAndItsPath() throws {
    let json = try JSONReader.parse(
      Array(
        #"{"format": "procsh-profile", "version": 1, "shares": {"fast-pay": 0.5, "normal": 0.6}, "call-answered": 1.4, "answer-delay": "10 minutes", "outcme": {}}"#
          .utf8))
    let error = #expect(throws: EngineError.self) { try SimulationProfile(json: json) }
    guard case .profile(let problems)? = error else { return }
    #expect(
      problems.map(\.description) == [
        "outcme: unknown key; did you mean 'outcome'?",
        "shares: the shares add up to 1.1, not 1",
        "answer-delay: '10 minutes' is not a duration (' ' is not a unit (w d h m s)); write it like 30s, 5m, 2h, 1d, 1w or 1d2h30m",
        "call-answered: 1.4 is not a probability (0 to 1)",
      ])
  }

  @Test func aProfileChangesTheBehaviour() throws {
    let json = try JSONReader.parse(Array(#"{"shares": {"fast-pay": 1}}"#.utf8))
    let profile = try SimulationProfile(json: json)
    var engine = Engine()
    let report = Simulation(parameters: SimulationParameters(orders: 200), profile: profile).run(
      on: &engine)
    #expect(report.statistics.byStatus == [.completed: 200])
    #expect(report.statistics.stepsByQuestion.isEmpty)
  }

  /// SPEC §12.4 with issue 12: with a mailing loaded, simulated customers open some of its
  /// messages (`opens-message`, 0.6), from a random stream of their own, so the funnel, calls and
  /// payments are those of the same run without mailings.
  @Test func customersOpenSomeMailingsAndTheFunnelStaysTheSame() throws {
    var plain = Engine()
    _ = simulate(300, seed: 7, on: &plain)
    var mailed = Engine()
    let to = try Condition(parsing: "actual and not paid and created ago >= 1h", counters: [])
    _ = mailed.run(.loadMailing(MailingDefinition(name: "unpaid-1h", title: "", to: to, text: "t")))
    _ = simulate(300, seed: 7, on: &mailed)
    let without = Statistics(engine: plain)
    let with = Statistics(engine: mailed)
    #expect(with.byStatus == without.byStatus)
    #expect(with.calls == without.calls)
    let sent = mailed.mailings[0].sent
    let opened = mailed.mailings[0].opened
    #expect(sent > 100)
    #expect(with.messages == without.messages + sent)
    // About 60 % opened: far from none and from all.
    #expect(Double(opened) > 0.45 * Double(sent) && Double(opened) < 0.75 * Double(sent))
    #expect(mailed.allMessages.filter { $0.openedAt != nil }.count == opened)
  }
}
