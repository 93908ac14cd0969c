import Testing

@testable import ProcessEngine

@Suite struct AgendaTests {
  let start = Instant.sessionStart

  /// Takes every item due by `limit`, in order.
  func drain(_ agenda: inout Agenda<Int>, by limit: Instant) -> [Int] {
    var fired: [Int] = []
    while agenda.first(dueBy: limit) != nil { fired.append(agenda.removeFirst().action) }
    return fired
  }

  @Test func itemsComeOutByDueTimeThenBySchedulingOrder() {
    var agenda = Agenda<Int>(now: start)
    agenda.schedule(1, at: start + .minutes(5))
    agenda.schedule(2, at: start + .minutes(1))
    agenda.schedule(3, at: start + .minutes(5))
    agenda.schedule(4, at: start + .minutes(1))
    #expect(drain(&agenda, by: start + .hours(1)) == [2, 4, 1, 3])
    #expect(agenda.isEmpty)
  }

  @Test func nothingComesOutBeforeItIsDue() {
    var agenda = Agenda<Int>(now: start)
    agenda.schedule(1, at: start + .days(3))
    #expect(drain(&agenda, by: start + .days(3) + .seconds(-1)) == [])
    #expect(drain(&agenda, by: start + .days(3)) == [1])
  }

  @Test func itemsScheduledWhileDrainingFireInTheSameDrainIfDue() {
    var agenda = Agenda<Int>(now: start)
    agenda.schedule(1, at: start + .minutes(1))
    var fired: [Int] = []
    while let item = agenda.first(dueBy: start + .hours(1)) {
      agenda.removeFirst()
      fired.append(item.action)
      if item.action < 5 { agenda.schedule(item.action + 1, at: item.due + .minutes(10)) }
      if item.action == 1 { agenda.schedule(100, at: item.due) }
    }
    #expect(fired == [1, 100, 2, 3, 4, 5])
  }

  @Test func farItemsCrossBlocksErasAndTheDistantHeapInOrder() {
    var agenda = Agenda<Int>(now: start)
    let offsets: [TimeSpan] = [
      .days(400), .seconds(1), .days(30), .hours(2), .days(400), .days(5000), .days(30),
      .seconds(4095), .seconds(4096),
    ]
    for (index, offset) in offsets.enumerated() { agenda.schedule(index, at: start + offset) }
    #expect(drain(&agenda, by: start + .days(10_000)) == [1, 7, 8, 3, 2, 6, 0, 4, 5])
  }

  /// A property test: any schedule, drained in steps, comes out exactly as a stable sort by due.
  @Test(arguments: [1, 2, 3, 42, 2026])
  func matchesASortedReferenceForRandomSchedules(seed: UInt64) {
    var random = SplitMix64(seed: seed)
    var agenda = Agenda<Int>(now: start)
    var reference: [(due: Instant, sequence: Int, action: Int)] = []
    var now = start
    var fired: [Int] = []
    var expected: [Int] = []
    var next = 0
    for _ in 0..<200 {
      // Sometimes look far ahead first, as the engine and the simulation do.
      if random.next() % 3 == 0 { _ = agenda.first(dueBy: now + .days(500)) }
      for _ in 0..<Int(random.next() % 20) {
        let spans: [Int64] = [0, 1, 59, 600, 3600, 4095, 4096, 86_400, 30 * 86_400, 400 * 86_400]
        let due =
          now
          + .seconds(spans[Int(random.next() % UInt64(spans.count))] + Int64(random.next() % 100))
        agenda.schedule(next, at: due)
        reference.append((due, next, next))
        next += 1
      }
      now = now + .seconds(Int64(random.next() % 200_000))
      fired += drain(&agenda, by: now)
      let due = reference.filter { $0.due <= now }.sorted {
        ($0.due, $0.sequence) < ($1.due, $1.sequence)
      }
      expected += due.map(\.action)
      reference.removeAll { $0.due <= now }
    }
    #expect(fired == expected)
    #expect(agenda.count == reference.count)
    // What is left comes out the same from a rebuilt agenda.
    var rebuilt = Agenda<Int>(now: now, items: agenda.items, nextSequence: agenda.nextSequence)
    #expect(drain(&rebuilt, by: now + .days(100_000)) == drain(&agenda, by: now + .days(100_000)))
  }

  @Test func aRebuiltAgendaKeepsSequenceNumbersAndOrder() {
    var agenda = Agenda<String>(now: start)
    agenda.schedule("a", at: start + .hours(1))
    agenda.schedule("b", at: start + .hours(1))
    var rebuilt = Agenda<String>(
      now: start, items: agenda.items.reversed(), nextSequence: agenda.nextSequence)
    rebuilt.schedule("c", at: start + .hours(1))
    var fired: [String] = []
    while rebuilt.first(dueBy: start + .days(1)) != nil {
      fired.append(rebuilt.removeFirst().action)
    }
    #expect(fired == ["a", "b", "c"])
  }
}

@Suite struct AgendaLookAheadTests {
  @Test func anItemScheduledBeforeALookAheadStillComesOutFirst() {
    let start = Instant.sessionStart
    var agenda = Agenda<Int>(now: start)
    agenda.schedule(1, at: start + .days(40))
    // Looking for the next item moves the cursor 40 days ahead…
    #expect(agenda.first(dueBy: start + .days(100))?.action == 1)
    // …and then the owner acts earlier and schedules before it.
    agenda.schedule(2, at: start + .minutes(1))
    agenda.schedule(3, at: start + .minutes(1))
    agenda.schedule(4, at: start + .days(41))
    var fired: [Int] = []
    while agenda.first(dueBy: start + .days(100)) != nil {
      fired.append(agenda.removeFirst().action)
    }
    #expect(fired == [2, 3, 1, 4])
  }
}

/// `upcoming()`, the hint the engine prefetches by: what it names must be what comes out next.
@Suite struct AgendaUpcomingTests {
  let start = Instant.sessionStart

  @Test func namesTheNextTwoItemsOfTheSameSecondInSchedulingOrder() {
    var agenda = Agenda<Int>(now: start)
    agenda.schedule(1, at: start + .seconds(30))
    agenda.schedule(2, at: start + .seconds(30))
    agenda.schedule(3, at: start + .seconds(30))
    let (first, second) = agenda.upcoming()
    #expect(first?.action == 1)
    #expect(second?.action == 2)
  }

  @Test func namesTheNextItemOfALaterSecondWhenTheFirstIsAlone() {
    var agenda = Agenda<Int>(now: start)
    agenda.schedule(1, at: start + .seconds(90))
    agenda.schedule(2, at: start + .seconds(20))
    agenda.schedule(3, at: start + .seconds(60))
    #expect(agenda.upcoming().first?.action == 2)
    #expect(agenda.upcoming().second?.action == 3)
    _ = agenda.first(dueBy: start + .hours(1))
    agenda.removeFirst()
    #expect(agenda.upcoming().first?.action == 3)
    #expect(agenda.upcoming().second?.action == 1)
    _ = agenda.first(dueBy: start + .hours(1))
    agenda.removeFirst()
    #expect(agenda.upcoming().first?.action == 1)
    #expect(agenda.upcoming().second == nil)
  }

  @Test func namesNothingItWouldHaveToMoveItemsToFind() {
    var agenda = Agenda<Int>(now: start)
    // Two days ahead is beyond the cursor's block of 4,096 seconds: in a coarser level.
    agenda.schedule(1, at: start + .days(2))
    #expect(agenda.upcoming().first == nil)
    // Once the look for the first item has moved the cursor there, it is at hand.
    #expect(agenda.first(dueBy: start + .days(3))?.action == 1)
    #expect(agenda.upcoming().first?.action == 1)
  }

  @Test func namesNothingWhileAnItemDueBeforeTheCursorWaits() {
    var agenda = Agenda<Int>(now: start)
    agenda.schedule(1, at: start + .days(2))
    _ = agenda.first(dueBy: start + .days(3))
    // Scheduled after the cursor moved ahead, and due before it: it comes out first.
    agenda.schedule(2, at: start + .minutes(1))
    #expect(agenda.upcoming().first == nil)
    #expect(agenda.upcoming().second == nil)
    #expect(agenda.first(dueBy: start + .days(3))?.action == 2)
  }

  /// A property test: at every step of random schedules, whatever `upcoming()` names is what
  /// `first(dueBy:)` and `removeFirst()` hand out next, in that order.
  @Test(arguments: [5, 77, 2026])
  func neverNamesAnItemOutOfTurn(seed: UInt64) {
    var random = SplitMix64(seed: seed)
    var agenda = Agenda<Int>(now: start)
    var now = start
    var next = 0
    var named = 0
    for _ in 0..<300 {
      for _ in 0..<Int(random.next() % 6) {
        let spans: [Int64] = [0, 1, 7, 600, 4095, 4096, 86_400]
        let due = now + .seconds(spans[Int(random.next() % UInt64(spans.count))])
        agenda.schedule(next, at: due)
        next += 1
      }
      let (first, second) = agenda.upcoming()
      guard let item = agenda.first(dueBy: .latest) else { continue }
      if let first {
        #expect(first.action == item.action)
        named += 1
      }
      agenda.removeFirst()
      now = item.due
      if let second {
        #expect(agenda.first(dueBy: .latest)?.action == second.action)
        named += 1
      }
    }
    // The hint is there most of the time, or it would be no use.
    #expect(named > 300)
  }
}
