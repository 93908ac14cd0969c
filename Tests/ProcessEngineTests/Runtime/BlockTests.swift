import ProcessEngine
import Testing

/// An empty session (no built-ins) with the given processes loaded, in order.
func session(_ definitions: String...) -> Engine {
  var engine = Engine(empty: .sessionStart)
  for text in definitions {
    do {
      let loaded = engine.processes.map(\.definition)
      let definition = try loadDefinition(text, catalog: loaded + BuiltInProcesses.definitions)
      try engine.apply(.loadProcess(definition))
    } catch {
      Issue.record("cannot load a test definition: \(error)")
    }
  }
  return engine
}

let onCreateStart = #"{"id": "s", "type": "start", "exits": {"next": "a"}}"#

/// Each block type and condition (SPEC §4), one small process at a time.
@Suite struct BlockTests {
  let order1 = OrderID(rawValue: 1)
  let task1 = TaskID(rawValue: 1)

  @Test func aForkStartsOneBranchPerWiredExitInExitOrder() {
    var engine = session(
      definitionJSON(
        launch: "on-create",
        blocks: [
          #"{"id": "s", "type": "start", "exits": {"next": "f"}}"#,
          #"{"id": "f", "type": "fork", "exits": ["x", null, "y", "z"]}"#,
          #"{"id": "x", "type": "operation", "do": "send-message", "text": "x", "exits": {"next": null}}"#,
          #"{"id": "y", "type": "operation", "do": "send-message", "text": "y", "exits": {"next": null}}"#,
          #"{"id": "z", "type": "operation", "do": "send-message", "text": "z", "exits": {"next": null}}"#,
        ]))
    let events = engine.run(.createOrder(NewOrder()))
    #expect(
      events.suffix(7) == [
        "01-05 09:00 t1 x message email: x",
        "01-05 09:00 t1 x branch ended",
        "01-05 09:00 t1 y message email: y",
        "01-05 09:00 t1 y branch ended",
        "01-05 09:00 t1 z message email: z",
        "01-05 09:00 t1 z branch ended",
        "01-05 09:00 t1 ended none none",
      ])
    #expect(engine.tasks[0].outcome == .ended(.none, .none, at: .sessionStart))
  }

  @Test func aWaitWhoseConditionHoldsOnEntryPassesAtOnce() {
    var engine = session(
      definitionJSON(
        launch: "on-create",
        blocks: [
          onCreateStart,
          #"{"id": "a", "type": "wait", "condition": "has-email", "timeout": "1h", "exits": {"met": "b", "timeout": null}}"#,
          #"{"id": "b", "type": "end", "name": "done", "result": "positive"}"#,
        ]))
    #expect(
      engine.run(.createOrder(NewOrder())).suffix(2) == [
        "01-05 09:00 t1 a wait met", "01-05 09:00 t1 b ended positive done",
      ])
    #expect(engine.pending == [])
  }

  @Test func aWaitIsCheckedWhenItsObjectChangesAndItsTimerIsDropped() {
    var engine = session(
      definitionJSON(
        launch: "on-create",
        blocks: [
          onCreateStart,
          #"{"id": "a", "type": "wait", "condition": "status in [postponed]", "timeout": "1d", "exits": {"met": "b", "timeout": null}}"#,
          #"{"id": "b", "type": "end", "name": "done", "result": "positive"}"#,
        ]))
    _ = engine.run(.createOrder(NewOrder()))
    #expect(engine.pending == ["01-06 09:00 t1 a times out"])
    #expect(
      engine.run(.setOrderStatus(order1, .inWork, reason: nil)) == [
        "01-05 09:00 o1 status new -> in-work"
      ])
    #expect(
      engine.run(.setOrderStatus(order1, .postponed, reason: nil)) == [
        "01-05 09:00 o1 status in-work -> postponed",
        "01-05 09:00 t1 a wait met",
        "01-05 09:00 t1 b ended positive done",
      ])
    #expect(engine.pending == [])
  }

  @Test func aChangeToTheCustomerIsAChangeToEachOfTheirOrders() {
    var engine = session(
      definitionJSON(
        launch: "on-create",
        blocks: [
          onCreateStart,
          #"{"id": "a", "type": "wait", "condition": "has-phone", "exits": {"met": "b", "timeout": null}}"#,
          #"{"id": "b", "type": "end", "name": "done", "result": "positive"}"#,
        ]))
    _ = engine.run(.createOrder(NewOrder(phone: .some(nil))))
    _ = engine.run(.createOrder(NewOrder(user: UserID(rawValue: 1))))
    let events = engine.run(.setUserField(UserID(rawValue: 1), .phone, "+7000"))
    #expect(
      events == [
        "01-05 09:00 u1 phone := +7000",
        "01-05 09:00 t1 a wait met",
        "01-05 09:00 t1 b ended positive done",
        "01-05 09:00 t2 a wait met",
        "01-05 09:00 t2 b ended positive done",
      ])
  }

  @Test func aWaitTimesOutByItsTimeoutExit() {
    var engine = session(
      definitionJSON(
        launch: "on-create",
        blocks: [
          onCreateStart,
          #"{"id": "a", "type": "wait", "condition": "paid", "timeout": "2h", "exits": {"met": null, "timeout": "b"}}"#,
          #"{"id": "b", "type": "end", "name": "late", "result": "negative"}"#,
        ]))
    _ = engine.run(.createOrder(NewOrder()))
    #expect(engine.run(.advance(by: .hours(1))) == [])
    #expect(
      engine.run(.advance(by: .hours(5))) == [
        "01-05 11:00 t1 a wait timed out", "01-05 11:00 t1 b ended negative late",
      ])
    #expect(engine.clock == Instant(year: 2026, month: 1, day: 5, hour: 15))
  }

  @Test func aDelayUntilAnOrderFieldInThePastContinuesAtOnce() {
    var engine = session(
      definitionJSON(
        launch: "on-create",
        blocks: [
          onCreateStart,
          #"{"id": "a", "type": "delay", "until": {"field": "order.payment-date"}, "exits": {"next": "b"}}"#,
          #"{"id": "b", "type": "end", "name": "done", "result": "neutral"}"#,
        ]))
    #expect(engine.run(.createOrder(NewOrder())).last == "01-05 09:00 t1 b ended neutral done")
  }

  @Test func aDelayUntilExactlyNowContinuesAtOnce() {
    // SPEC §4: only an instant in the future parks the token; "now" is not in the future, so a
    // delay until now goes on within the same command, with nothing left on the agenda.
    var engine = session(
      definitionJSON(
        launch: "on-create",
        blocks: [
          onCreateStart,
          #"{"id": "a", "type": "question", "key": "when", "text": "When?", "options": [{"key": "at", "kind": "positive", "argument": "date"}], "exits": {"at": "b"}}"#,
          #"{"id": "b", "type": "delay", "until": {"variable": "date"}, "exits": {"next": "c"}}"#,
          #"{"id": "c", "type": "end", "name": "done", "result": "positive"}"#,
        ]))
    _ = engine.run(.createOrder(NewOrder()))
    let events = engine.run(.answer(.task(task1), option: "at", argument: "2026-01-05 09:00"))
    #expect(events.last == "01-05 09:00 t1 c ended positive done")
    #expect(engine.tasks[0].state == .ended)
    #expect(engine.pending == [])
  }

  @Test func aQuestionStoresItsArgumentInAVariableThatADelayReads() {
    var engine = session(
      definitionJSON(
        launch: "on-create",
        blocks: [
          onCreateStart,
          #"{"id": "a", "type": "question", "key": "when", "text": "When?", "options": [{"key": "at", "kind": "positive", "argument": "date"}], "exits": {"at": "b"}}"#,
          #"{"id": "b", "type": "delay", "until": {"variable": "date"}, "exits": {"next": "c"}}"#,
          #"{"id": "c", "type": "end", "name": "done", "result": "positive"}"#,
        ]))
    _ = engine.run(.createOrder(NewOrder()))
    #expect(engine.tasks[0].state == .waiting)
    #expect(engine.openSteps.map(\.question.key) == ["when"])
    #expect(
      engine.run(.answer(.task(task1), option: "at", argument: "2026-01-06 10:30")) == [
        "01-05 09:00 t1 a answered at by admin",
        "01-05 09:00 t1 a date := 2026-01-06 10:30",
      ])
    #expect(
      engine.variable("date", of: engine.tasks[0])
        == .date(Instant(year: 2026, month: 1, day: 6, hour: 10, minute: 30)))
    #expect(engine.pending == ["01-06 10:30 t1 b delay ends"])
    #expect(
      engine.run(.advanceToNext) == [
        "01-06 10:30 t1 b delay ended", "01-06 10:30 t1 c ended positive done",
      ])
  }

  @Test func operationsSetAndClearFieldsAndCountersAndSendMessages() {
    var engine = session(
      definitionJSON(
        launch: "on-create", counters: ["n"],
        blocks: [
          onCreateStart,
          #"{"id": "a", "type": "operation", "actions": [{"do": "counter-set", "counter": "n", "value": 5}, {"do": "counter-add", "counter": "n", "value": -2}, {"do": "set-field", "field": "user.email", "value": "new@example.com"}, {"do": "clear-field", "field": "user.phone"}, {"do": "send-message", "channel": "sms", "text": "hello"}, {"do": "set-status", "status": "cancelled", "reason": "test"}], "exits": {"next": null}}"#,
        ]))
    let events = engine.run(.createOrder(NewOrder()))
    #expect(
      events.suffix(8) == [
        "01-05 09:00 t1 a n = 5",
        "01-05 09:00 t1 a n = 3",
        "01-05 09:00 t1 a email := new@example.com",
        "01-05 09:00 t1 a phone := none",
        "01-05 09:00 t1 a message sms: hello",
        "01-05 09:00 t1 a status new -> cancelled (test)",
        "01-05 09:00 t1 a branch ended",
        "01-05 09:00 t1 ended none none",
      ])
    #expect(engine.counter("n", of: engine.tasks[0]) == 3)
    #expect(engine.users[0].phone == nil)
    #expect(engine.orders[0].messages == 1)
  }

  @Test func aSubprocessLeavesByTheExitNamedAfterTheChildsEnd() {
    let child = definitionJSON(
      name: "child",
      blocks: [
        #"{"id": "s", "type": "start", "exits": {"next": "q"}}"#,
        #"{"id": "q", "type": "question", "key": "pick", "text": "?", "options": [{"key": "left", "kind": "neutral"}, {"key": "right", "kind": "neutral"}], "exits": {"left": "l", "right": "r"}}"#,
        #"{"id": "l", "type": "end", "name": "went-left", "result": "neutral"}"#,
        #"{"id": "r", "type": "end", "name": "went-right", "result": "positive"}"#,
      ])
    let parent = definitionJSON(
      name: "parent", launch: "on-create",
      blocks: [
        #"{"id": "s", "type": "start", "exits": {"next": "p"}}"#,
        #"{"id": "p", "type": "subprocess", "process": "child", "exits": {"went-left": "p", "went-right": "e"}}"#,
        #"{"id": "e", "type": "end", "name": "done", "result": "positive"}"#,
      ])
    var engine = session(child, parent)
    _ = engine.run(.createOrder(NewOrder()))
    #expect(engine.tasks.map(\.state) == [.active, .waiting])
    #expect(
      engine.run(.answer(.order(order1), option: "left", argument: nil)).suffix(2) == [
        "01-05 09:00 t3 starts child", "01-05 09:00 t3 q opens pick",
      ])
    #expect(
      engine.run(.answer(.order(order1), option: "right", argument: nil)) == [
        "01-05 09:00 t3 q answered right by admin",
        "01-05 09:00 t3 r ended positive went-right",
        "01-05 09:00 t1 e ended positive done",
      ])
    #expect(engine.children(of: task1) == [TaskID(rawValue: 2), TaskID(rawValue: 3)])
    #expect(engine.tasks[1].parent == task1)
  }

  @Test func anEndBlockEndsTheWholeTaskWithItsOpenStepsAndTimers() {
    var engine = session(
      definitionJSON(
        launch: "on-create",
        blocks: [
          #"{"id": "s", "type": "start", "exits": {"next": "f"}}"#,
          #"{"id": "f", "type": "fork", "exits": ["q", "d", "w"]}"#,
          #"{"id": "q", "type": "question", "key": "ask", "text": "?", "options": [{"key": "ok", "kind": "positive"}], "exits": {"ok": null}}"#,
          #"{"id": "d", "type": "delay", "duration": "1d", "exits": {"next": null}}"#,
          #"{"id": "w", "type": "wait", "condition": "paid", "exits": {"met": "e", "timeout": null}}"#,
          #"{"id": "e", "type": "end", "name": "paid", "result": "positive"}"#,
        ]))
    _ = engine.run(.createOrder(NewOrder()))
    #expect(engine.pending == ["01-06 09:00 t1 d delay ends"])
    #expect(
      engine.run(.pay(order1, nil)).suffix(3) == [
        "01-05 09:00 t1 w wait met",
        "01-05 09:00 t1 e ended positive paid",
        "01-05 09:00 t1 q withdrawn",
      ])
    #expect(engine.pending == [])
    #expect(engine.openSteps == [])
  }

  /// Ending a task withdraws its open steps in the order they were opened, whichever branch
  /// ends it: the log reads as what happened, oldest first.
  @Test func aTaskThatEndsWithdrawsItsOpenStepsOldestFirst() {
    var engine = session(
      definitionJSON(
        launch: "on-create",
        blocks: [
          #"{"id": "s", "type": "start", "exits": {"next": "f"}}"#,
          #"{"id": "f", "type": "fork", "exits": ["q1", "q2", "d", "q3"]}"#,
          #"{"id": "q1", "type": "question", "key": "first", "text": "?", "options": [{"key": "ok", "kind": "positive"}], "exits": {"ok": null}}"#,
          #"{"id": "q2", "type": "question", "key": "second", "text": "?", "options": [{"key": "ok", "kind": "positive"}], "exits": {"ok": null}}"#,
          #"{"id": "d", "type": "delay", "duration": "1h", "exits": {"next": "e"}}"#,
          #"{"id": "q3", "type": "question", "key": "third", "text": "?", "options": [{"key": "ok", "kind": "positive"}], "exits": {"ok": null}}"#,
          #"{"id": "e", "type": "end", "name": "late", "result": "negative"}"#,
        ]))
    _ = engine.run(.createOrder(NewOrder()))
    #expect(
      engine.run(.advance(by: TimeSpan(seconds: 3600))).suffix(4) == [
        "01-05 10:00 t1 e ended negative late",
        "01-05 10:00 t1 q1 withdrawn",
        "01-05 10:00 t1 q2 withdrawn",
        "01-05 10:00 t1 q3 withdrawn",
      ])
    #expect(engine.openSteps == [])
  }

  @Test(arguments: [
    ("paid", false), ("not paid", true), ("status in [new]", true), ("status == in-work", false),
    ("has-phone and has-email", true), ("has-phone and not has-email", false),
    ("partially-paid or paid", false),
    ("counter n == 0", true), ("counter n > 0", false), ("true", true),
    // Every comparison at its boundary (SPEC §4.1): the counter is 0.
    ("counter n <= 0", true), ("counter n < 0", false), ("counter n >= 0", true),
    ("counter n != 0", false), ("counter n <= 1", true), ("counter n >= 1", false),
    ("counter n < 1", true),
  ])
  func conditionsReadTheOrderTheCustomerAndTheCounters(condition: String, holds: Bool) {
    var engine = session(
      definitionJSON(
        launch: "on-create", counters: ["n"],
        blocks: [
          onCreateStart,
          #"{"id": "a", "type": "condition", "condition": "\#(condition)", "exits": {"yes": null, "no": null}}"#,
        ]))
    let events = engine.run(.createOrder(NewOrder()))
    #expect(events.contains("01-05 09:00 t1 a \(holds ? "yes" : "no")"))
  }
}
