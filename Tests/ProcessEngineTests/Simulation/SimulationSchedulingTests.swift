import Testing

@testable import ProcessEngine

/// The simulation's own bookkeeping keeps the orders the engine's `Agenda` and a plain sort would:
/// the same seed must give the same session whatever structure holds the simulated people's plans.
@Suite struct SimulationSchedulingTests {
  typealias Action = Simulation.Action

  /// A scripted mix like a run's: answers due a fixed delay after a clock that never goes back,
  /// promised payments a fixed time on, payments and phones at random, ties included; taken out
  /// now and then.
  @Test(arguments: [1, 2, 3, 4, 5] as [UInt64])
  func theActionQueueKeepsTheAgendasOrder(seed: UInt64) {
    var random = SplitMix64(seed: seed)
    let start = Instant(year: 2026, month: 1, day: 5, hour: 9)
    var now = start
    var queue = Simulation.ActionQueue()
    var agenda = Agenda<Action>(now: start)
    var fromQueue: [String] = []
    var fromAgenda: [String] = []
    func describe(_ due: Instant, _ action: Action) -> String { "\(due) \(action)" }
    for step in 0..<5_000 {
      now = now + .seconds(Int64(random.next() % 4))
      let order = OrderID(rawValue: Int32(step + 1))
      let plans: [(Action, Instant)] = [
        (.answer(TaskID(rawValue: Int32(step + 1)), BlockIndex(3)), now + .minutes(10)),
        (.pay(order), now + .days(2)),
        (.pay(order), now + .seconds(Int64(random.next() % 60))),
        (.givePhone(order), now + .seconds(Int64(random.next() % 7_200))),
      ]
      for (action, due) in plans where random.next() % 3 != 0 {
        queue.schedule(action, at: due)
        agenda.schedule(action, at: due)
      }
      // Take out what is due by now, as the run does.
      while let item = queue.first(dueBy: now) {
        let agendaFirst = agenda.first(dueBy: now)
        #expect(agendaFirst?.sequence == item.sequence)
        _ = agenda.removeFirst()
        fromAgenda.append(describe(item.due, item.action))
        let taken = queue.removeFirst()
        fromQueue.append(describe(taken.due, taken.action))
      }
      let agendaFirst = agenda.first(dueBy: now)
      #expect(agendaFirst == nil)
    }
    let end = now + .days(3)
    while let item = agenda.first(dueBy: end) {
      _ = agenda.removeFirst()
      fromAgenda.append(describe(item.due, item.action))
    }
    while queue.first(dueBy: end) != nil {
      let taken = queue.removeFirst()
      fromQueue.append(describe(taken.due, taken.action))
    }
    #expect(fromQueue.count > 10_000)
    #expect(fromQueue == fromAgenda)
  }

  /// What the run prefetches by: the answers waiting in line, counted from the first, whatever
  /// other actions come between and however many answers were taken out before.
  @Test func queuedAnswersAreCountedFromTheFirstAnswerInLine() {
    let start = Instant(year: 2026, month: 1, day: 5, hour: 9)
    var queue = Simulation.ActionQueue()
    for task in 1...6 {
      queue.schedule(
        .answer(TaskID(rawValue: Int32(task)), BlockIndex(3)), at: start + .minutes(Int64(task)))
      queue.schedule(.pay(OrderID(rawValue: Int32(task))), at: start + .minutes(Int64(task)))
    }
    func queuedTask(_ offset: Int) -> Int32? {
      guard case .answer(let task, _) = queue.queuedAnswer(offset)?.action else { return nil }
      return task.rawValue
    }
    #expect((0..<6).map(queuedTask) == [1, 2, 3, 4, 5, 6])
    // The answer to task 1, the payment of order 1, the answer to task 2: four answers wait.
    for _ in 0..<3 { _ = queue.removeFirst() }
    #expect((0..<5).map(queuedTask) == [3, 4, 5, 6, nil])
  }

  @Test(arguments: [
    (orders: 3_000, window: Int64(86_400)),
    (orders: 3_000, window: Int64(600)),
    (orders: 300, window: Int64(10_000_000)),
  ])
  func arrivalsAreOrderedByTimeThenPopulationIndex(orders: Int, window: Int64) {
    var random = SplitMix64(seed: 11)
    let customers = (0..<orders).map { _ in
      Simulation.Customer(
        random: SplitMix64(seed: 0), kind: .normal, givesPhone: false, specialCallPending: false,
        arrival: Int64(random.nextUnit() * Double(window)))
    }
    let expected = (0..<Int32(orders)).sorted {
      (customers[Int($0)].arrival, $0) < (customers[Int($1)].arrival, $1)
    }
    #expect(Simulation.Run.arrivalOrder(customers, window: window) == expected)
  }
}
