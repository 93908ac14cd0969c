import ProcessEngine
import Testing

/// SPEC §2: within one instant, the running token goes on until it waits or ends; then the waits
/// its changes satisfied resume, in the order they began waiting; then the next item due.
@Suite struct SameInstantTests {
  @Test func timersDueAtTheSameInstantFireInSchedulingOrder() {
    var engine = session(
      definitionJSON(
        launch: "on-create",
        blocks: [
          onCreateStart,
          #"{"id": "a", "type": "delay", "duration": "1h", "exits": {"next": "b"}}"#,
          #"{"id": "b", "type": "operation", "do": "send-message", "text": "hi", "exits": {"next": null}}"#,
        ]))
    _ = engine.run(.createOrder(NewOrder()))
    _ = engine.run(.createOrder(NewOrder()))
    _ = engine.run(.createOrder(NewOrder()))
    let events = engine.run(.advance(by: .hours(1))).filter { $0.contains("delay ended") }
    #expect(
      events == [
        "01-05 10:00 t1 a delay ended", "01-05 10:00 t2 a delay ended",
        "01-05 10:00 t3 a delay ended",
      ])
  }

  @Test func satisfiedWaitsResumeInTheOrderTheyBeganWaitingAfterTheRunningTokenStops() {
    // Branch x waits first, branch y second; branch z pays and then sends a message before
    // stopping: the waits resume only after z stops, x before y.
    var engine = session(
      definitionJSON(
        launch: "on-create",
        blocks: [
          #"{"id": "s", "type": "start", "exits": {"next": "f"}}"#,
          #"{"id": "f", "type": "fork", "exits": ["x", "y", "z"]}"#,
          #"{"id": "x", "type": "wait", "condition": "status in [postponed]", "exits": {"met": "x2", "timeout": null}}"#,
          #"{"id": "x2", "type": "operation", "do": "send-message", "text": "x", "exits": {"next": null}}"#,
          #"{"id": "y", "type": "wait", "condition": "status in [postponed]", "exits": {"met": "y2", "timeout": null}}"#,
          #"{"id": "y2", "type": "operation", "do": "send-message", "text": "y", "exits": {"next": null}}"#,
          #"{"id": "z", "type": "delay", "duration": "1m", "exits": {"next": "z2"}}"#,
          #"{"id": "z2", "type": "operation", "actions": [{"do": "set-status", "status": "postponed"}, {"do": "send-message", "text": "z"}], "exits": {"next": "z3"}}"#,
          #"{"id": "z3", "type": "delay", "duration": "1m", "exits": {"next": null}}"#,
        ]))
    _ = engine.run(.createOrder(NewOrder()))
    #expect(
      engine.run(.advance(by: .minutes(1))) == [
        "01-05 09:01 t1 z delay ended",
        "01-05 09:01 t1 z2 status new -> postponed",
        "01-05 09:01 t1 z2 message email: z",
        "01-05 09:01 t1 x wait met",
        "01-05 09:01 t1 x2 message email: x",
        "01-05 09:01 t1 x2 branch ended",
        "01-05 09:01 t1 y wait met",
        "01-05 09:01 t1 y2 message email: y",
        "01-05 09:01 t1 y2 branch ended",
      ])
  }

  @Test func itemsScheduledWhileAdvancingFireInTheSameAdvanceWithTheClockAtTheirTime() {
    var engine = session(
      definitionJSON(
        launch: "on-create",
        blocks: [
          onCreateStart,
          #"{"id": "a", "type": "delay", "duration": "1h", "exits": {"next": "b"}}"#,
          #"{"id": "b", "type": "delay", "duration": "2h", "exits": {"next": "c"}}"#,
          #"{"id": "c", "type": "end", "name": "done", "result": "neutral"}"#,
        ]))
    _ = engine.run(.createOrder(NewOrder()))
    #expect(
      engine.run(.advance(by: .days(1))) == [
        "01-05 10:00 t1 a delay ended",
        "01-05 12:00 t1 b delay ended",
        "01-05 12:00 t1 c ended neutral done",
      ])
    #expect(engine.clock == Instant(year: 2026, month: 1, day: 6, hour: 9))
  }

  @Test func advanceNextFiresEverythingDueAtThatInstant() {
    // SPEC §2 and §8.1: `advance next` jumps to the next item and fires everything due then, not
    // only the first item.
    var engine = session(
      definitionJSON(
        launch: "on-create",
        blocks: [
          onCreateStart,
          #"{"id": "a", "type": "delay", "duration": "1h", "exits": {"next": "b"}}"#,
          #"{"id": "b", "type": "end", "name": "done", "result": "neutral"}"#,
        ]))
    _ = engine.run(.createOrder(NewOrder()))
    _ = engine.run(.createOrder(NewOrder()))
    _ = engine.run(.createOrder(NewOrder()))
    #expect(
      engine.run(.advanceToNext) == [
        "01-05 10:00 t1 a delay ended", "01-05 10:00 t1 b ended neutral done",
        "01-05 10:00 t2 a delay ended", "01-05 10:00 t2 b ended neutral done",
        "01-05 10:00 t3 a delay ended", "01-05 10:00 t3 b ended neutral done",
      ])
    #expect(engine.clock == Instant(year: 2026, month: 1, day: 5, hour: 10))
    #expect(engine.pending == [])
    #expect(engine.tasks.allSatisfy { $0.state == .ended })
  }

  @Test func advanceNextJumpsToTheNextLiveItemSkippingStaleOnes() {
    var engine = Engine()
    _ = engine.run(.createOrder(NewOrder()))
    // Paying makes the 1-minute delay and the 30-day wait stale.
    _ = engine.run(.pay(OrderID(rawValue: 1), nil))
    #expect(throws: EngineError.agendaEmpty) { try engine.apply(.advanceToNext) }
    _ = engine.run(.createOrder(NewOrder()))
    #expect(
      engine.run(.advanceToNext) == [
        "01-05 09:01 t2 7 delay ended", "01-05 09:01 t2 8 opens take-order",
      ])
  }
}

/// SPEC §4.2: a token that never waits is stopped; its task fails with a clear error, and the rest of
/// the session goes on.
@Suite struct LoopGuardTests {
  @Test func aLoopThroughAWaitThatHoldsFailsOnlyItsTask() {
    // Not an instant cycle for validation (a wait is on it), but the wait always holds.
    var engine = session(
      definitionJSON(
        launch: "on-create",
        blocks: [
          onCreateStart,
          #"{"id": "a", "type": "wait", "condition": "has-email", "exits": {"met": "b", "timeout": null}}"#,
          #"{"id": "b", "type": "condition", "condition": "paid", "exits": {"yes": null, "no": "a"}}"#,
        ]))
    let events = engine.run(.createOrder(NewOrder()))
    #expect(
      events.last
        == "01-05 09:00 t1 b failed: a branch took more than 10000 steps at 2026-01-05 09:00 without waiting (last at block b); the process loops"
    )
    #expect(engine.tasks[0].state == .ended)
    #expect(engine.endName(of: engine.tasks[0]) == "failed")
    // The session goes on.
    #expect(engine.run(.createOrder(NewOrder())).count > 3)
    #expect(engine.orders.count == 2)
  }

  @Test func aLongLivedLoopThroughADelayIsNeverStopped() {
    // SPEC §4.2 counts steps *at one instant*: a loop that waits one minute per round takes a few
    // steps at each instant, however many rounds it makes (12,000 rounds here, 36,000 steps).
    var engine = session(
      definitionJSON(
        launch: "on-create", counters: ["n"],
        blocks: [
          onCreateStart,
          #"{"id": "a", "type": "delay", "duration": "1m", "exits": {"next": "b"}}"#,
          #"{"id": "b", "type": "operation", "do": "counter-add", "counter": "n", "value": 1, "exits": {"next": "c"}}"#,
          #"{"id": "c", "type": "condition", "condition": "counter n < 12000", "exits": {"yes": "a", "no": "d"}}"#,
          #"{"id": "d", "type": "end", "name": "done", "result": "positive"}"#,
        ]))
    _ = engine.run(.createOrder(NewOrder()))
    let events = engine.run(.advance(by: .minutes(12000)))
    #expect(!events.contains { $0.contains("failed") })
    #expect(events.last == "01-13 17:00 t1 d ended positive done")
    #expect(engine.counter("n", of: engine.tasks[0]) == 12000)
    #expect(engine.endName(of: engine.tasks[0]) == "done")
  }

  @Test func aProcessCallingItselfWithoutWaitingIsStoppedAtADepthLimit() {
    var engine = session(
      definitionJSON(
        name: "again", launch: "on-create",
        blocks: [
          #"{"id": "s", "type": "start", "exits": {"next": "p"}}"#,
          #"{"id": "p", "type": "subprocess", "process": "again", "exits": {}}"#,
        ]))
    let events = engine.run(.createOrder(NewOrder()))
    #expect(engine.tasks.count == 33)
    #expect(events.contains { $0.contains("failed: sub-processes nest more than 32 deep") })
    #expect(engine.tasks.allSatisfy { $0.state == .ended })
  }
}
