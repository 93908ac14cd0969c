import ProcessEngine
import Testing

/// SPEC §4.2 and issue 9: a process that would grow without bound fails its own task with a
/// clear reason, and the session goes on. The 10,000-step guard counted per branch, and every
/// fork made new branches with a fresh count, so these grew until memory ran out.
@Suite struct RunawayTests {
  /// The reason the first failed task of the session gives, if any.
  func failure(in engine: Engine) -> String? {
    for event in engine.log {
      if case .taskFailed(let reason) = event.change { return engine.text(reason) }
    }
    return nil
  }

  /// A fork inside a loop that passes at once (a wait whose condition always holds): the
  /// branches double on every turn, all at one instant.
  @Test func aForkInALoopAtOneInstantFailsItsTask() throws {
    var engine = session(
      definitionJSON(
        name: "bomb", launch: "disabled",
        blocks: [
          #"{"id": "s", "type": "start", "exits": {"next": "w"}}"#,
          #"{"id": "w", "type": "wait", "condition": "true", "exits": {"met": "f"}}"#,
          #"{"id": "f", "type": "fork", "exits": ["w", "w"]}"#,
        ]))
    try engine.apply(.createOrder(NewOrder()))
    try engine.apply(.runProcess("bomb", order: OrderID(rawValue: 1)))
    #expect(engine.tasks[0].state == .ended)
    #expect(failure(in: engine)?.contains("more than 100 branches at once") == true)
    #expect(engine.tokens(of: TaskID(rawValue: 1)) == 0)
    // The session goes on.
    try engine.apply(.createOrder(NewOrder()))
    #expect(engine.orders.count == 2)
  }

  /// A fork before a one-second delay doubles the branches every second.
  @Test func aForkBeforeADelayFailsItsTaskWithinSeconds() throws {
    var engine = session(
      definitionJSON(
        name: "ticker", launch: "disabled",
        blocks: [
          #"{"id": "s", "type": "start", "exits": {"next": "f"}}"#,
          #"{"id": "f", "type": "fork", "exits": ["d", "d"]}"#,
          #"{"id": "d", "type": "delay", "duration": "1s", "exits": {"next": "f"}}"#,
        ]))
    try engine.apply(.createOrder(NewOrder()))
    try engine.apply(.runProcess("ticker", order: OrderID(rawValue: 1)))
    try engine.apply(.advance(by: .minutes(1)))
    #expect(engine.tasks[0].state == .ended)
    #expect(failure(in: engine)?.contains("more than 100 branches at once") == true)
    #expect(engine.scheduledItems().isEmpty)
  }

  /// A process that runs itself twice as a sub-process: the tasks double at every level, all at
  /// one instant, far before the 32 levels of the depth guard.
  @Test func aSelfRecursiveSubProcessWithAForkFailsWithinTheSessionsBudget() throws {
    let recursive = definitionJSON(
      name: "rec",
      blocks: [
        #"{"id": "s", "type": "start", "exits": {"next": "f"}}"#,
        #"{"id": "f", "type": "fork", "exits": ["a", "b", "w"]}"#,
        #"{"id": "a", "type": "subprocess", "process": "rec", "exits": {"done": null}}"#,
        #"{"id": "b", "type": "subprocess", "process": "rec", "exits": {"done": null}}"#,
        #"{"id": "w", "type": "wait", "condition": "paid", "exits": {"met": "e"}}"#,
        #"{"id": "e", "type": "end", "name": "done", "result": "neutral"}"#,
      ])
    var engine = session(recursive)
    try engine.apply(.createOrder(NewOrder()))
    try engine.apply(.runProcess("rec", order: OrderID(rawValue: 1)))
    // Stopped at the limit, not at two billion tasks; the tasks past it failed, and the first
    // still waits for its payment like any other.
    #expect(engine.tasks.count == Engine.childStartLimit + 1)
    #expect(failure(in: engine)?.contains("more than 100000 sub-processes at") == true)
    #expect(engine.tasks[0].state == .active)
    try engine.apply(.createOrder(NewOrder()))
  }
}

extension Engine {
  /// The live branches of a task.
  func tokens(of task: TaskID) -> Int { branches(of: task).count }
}
