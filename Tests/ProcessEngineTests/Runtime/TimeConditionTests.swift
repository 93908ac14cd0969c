import ProcessEngine
import Testing

/// SPEC §12.4's conditions in `wait` blocks: a wait is checked on entry, on every change of its
/// object and, when its condition asks how long ago something happened, at the instant that
/// turns, which is put on the agenda (§4: no polling).
@Suite struct TimeConditionTests {
  let order1 = OrderID(rawValue: 1)

  /// A session whose only process waits on `condition` (a day at most) and then sets the order
  /// in work; and the mailing `hello` to every new order when `mailing` is true.
  func session(waitingFor condition: String, mailing: Bool = false) -> Engine {
    var engine = Engine(empty: .sessionStart)
    let text = definitionJSON(
      name: "follow-up", launch: "on-create",
      blocks: [
        #"{"id": "s", "type": "start", "exits": {"next": "w"}}"#,
        #"{"id": "w", "type": "wait", "condition": "\#(condition)", "timeout": "1d", "exits": {"met": "op", "timeout": "late"}}"#,
        #"{"id": "op", "type": "operation", "do": "set-status", "status": "in-work", "exits": {"next": "done"}}"#,
        #"{"id": "done", "type": "end", "name": "done", "result": "positive"}"#,
        #"{"id": "late", "type": "end", "name": "late", "result": "negative"}"#,
      ])
    do throws(EngineError) {
      _ = engine.run(.loadProcess(try loadDefinition(text)))
      if mailing {
        _ = engine.run(
          .loadMailing(
            MailingDefinition(
              name: "hello", title: "Hello",
              to: try Condition(parsing: "created ago >= 30m", counters: []),
              text: "Hello")))
      }
    } catch {
      Issue.record("\(error.message)")
    }
    return engine
  }

  @Test func aWaitOnAnOrdersAgeIsMetWhenItTurnsToTheSecond() {
    var engine = session(waitingFor: "created ago >= 2h or paid")
    _ = engine.run(.createOrder(NewOrder()))
    #expect(engine.pending == ["01-05 11:00 t1 w wait looks again", "01-06 09:00 t1 w times out"])
    #expect(engine.run(.advance(by: .seconds(2 * 3600 - 1))) == [])
    #expect(
      engine.run(.advance(by: .seconds(1))) == [
        "01-05 11:00 t1 w wait met", "01-05 11:00 t1 op status new -> in-work",
        "01-05 11:00 t1 done ended positive done",
      ])
    #expect(engine.pending == [])
  }

  @Test func aWaitMetOtherwiseLeavesNoLookBehind() {
    var engine = session(waitingFor: "created ago >= 2h or paid")
    _ = engine.run(.createOrder(NewOrder()))
    _ = engine.run(.advance(by: .minutes(10)))
    _ = engine.run(.pay(order1, nil))
    #expect(engine.tasks[0].state == .ended)
    #expect(engine.pending == [])
    #expect(engine.run(.advance(by: .days(2))) == [])
  }

  @Test func aWaitForAnAgeAlreadyReachedPassesAtOnce() {
    var engine = session(waitingFor: "created ago < 1h")
    #expect(engine.run(.createOrder(NewOrder())).contains("01-05 09:00 t1 w wait met"))
  }

  /// `received` and `opened` are changes of the order: a wait on them wakes when the mailing
  /// sends, and when the customer opens the message.
  @Test func aWaitOnAMailingWakesWhenItIsSentAndOpened() {
    var engine = session(waitingFor: "opened hello", mailing: true)
    _ = engine.run(.createOrder(NewOrder()))
    #expect(engine.run(.advance(by: .minutes(30))) == ["01-05 09:30 o1 mailing hello sent"])
    _ = engine.run(.advance(by: .minutes(5)))
    let opened = engine.run(.openMessage(MessageID(rawValue: 1)))
    #expect(opened.first == "01-05 09:35 o1 opened message 1")
    #expect(opened.contains("01-05 09:35 t1 w wait met"))
  }
}
