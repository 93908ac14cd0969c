import ProcessEngine
import Testing

/// `answer` as a program gives it: by a named manager instead of the acting user, and with a date
/// argument as an instant instead of typed text. The rules are a person's (SPEC §5, §8.1).
@Suite struct AnswerCommandTests {
  let task1 = TaskID(rawValue: 1)
  let task2 = TaskID(rawValue: 2)
  let anna = ManagerID(rawValue: 2)
  let boris = ManagerID(rawValue: 3)

  /// Order 1 with its take-order step open (task 1), managers anna and boris added.
  func sessionWithManagers() -> Engine {
    var engine = Engine()
    _ = engine.run(.addManager("anna"))
    _ = engine.run(.addManager("boris"))
    _ = engine.run(.createOrder(NewOrder()))
    _ = engine.run(.advance(by: .minutes(1)))
    return engine
  }

  /// The same session with order 1 taken and reached: `call-outcome` open in task 1.
  func sessionAtCallOutcome() -> Engine {
    var engine = sessionWithManagers()
    _ = engine.run(.answer(.task(task1), option: "yes", argument: nil, by: anna))
    _ = engine.run(.answer(.task(task2), option: "reached", argument: nil, by: anna))
    return engine
  }

  @Test func anAnswerByAManagerIsTheirAnswerWithoutChangingTheActingUser() {
    var acting = sessionWithManagers()
    _ = acting.run(.actAs("anna"))
    let typed = acting.run(.answer(.task(task1), option: "yes", argument: nil))

    var named = sessionWithManagers()
    let before = named.log.count
    let answered = named.run(.answer(.task(task1), option: "yes", argument: nil, by: anna))
    #expect(answered == typed)
    #expect(answered.first == "01-05 09:01 t1 8 answered yes by anna")
    #expect(named.actingUser == .admin)
    #expect(!named.log[before...].contains { $0.kind == .actingUserChanged })
    #expect(named.orders[0].manager == anna)
  }

  @Test func anAnswerByAManagerFollowsTheRulesOfActingAsThem() {
    var engine = sessionWithManagers()
    _ = engine.run(.answer(.task(task1), option: "yes", argument: nil, by: anna))
    #expect(throws: EngineError.assignedToOther(task2, owner: "anna")) {
      try engine.apply(.answer(.task(task2), option: "reached", argument: nil, by: boris))
    }
    let unknown = ManagerID(rawValue: 9)
    #expect(throws: EngineError.unknownManagerID(unknown, count: 3)) {
      try engine.apply(.answer(.task(task2), option: "reached", argument: nil, by: unknown))
    }
    #expect(
      EngineError.unknownManagerID(unknown, count: 3).message
        == "there is no manager 9; managers are 1–3")
    // Admin may answer any step, as when acting as admin.
    #expect(
      engine.run(.answer(.task(task2), option: "reached", argument: nil, by: .admin)).first
        == "01-05 09:01 t2 C answered reached by admin")
  }

  @Test func aDateArgumentMayBeAnInstantOrTypedText() {
    var typed = sessionAtCallOutcome()
    var given = sessionAtCallOutcome()
    let promised = given.clock + .days(2)
    let typedEvents = typed.run(
      .answer(.task(task1), option: "will-pay", argument: "+2d", by: anna))
    let givenEvents = given.run(
      .answer(.task(task1), option: "will-pay", argument: .date(promised), by: anna))
    #expect(givenEvents == typedEvents)
    #expect(givenEvents.first == "01-05 09:01 t1 21 answered will-pay by anna")
    #expect(givenEvents.contains("01-05 09:01 t1 21a payment-date := 2026-01-07 09:01"))
  }

  @Test func aDateArgumentIsCheckedLikeTypedText() {
    var engine = sessionAtCallOutcome()
    let yesterday = engine.clock + .days(-1)
    let before = engine.log.count
    #expect(throws: EngineError.dateInPast(yesterday, clock: engine.clock)) {
      try engine.apply(.answer(.task(task1), option: "will-pay", argument: .date(yesterday)))
    }
    #expect(throws: EngineError.dateForTextOption(option: "refuse")) {
      try engine.apply(.answer(.task(task1), option: "refuse", argument: .date(engine.clock)))
    }
    #expect(
      EngineError.dateForTextOption(option: "refuse").message
        == "option 'refuse' takes a text, not a date")
    #expect(engine.log.count == before)
    // A text is still a text.
    #expect(
      engine.run(.answer(.task(task1), option: "refuse", argument: "too expensive")).contains(
        "01-05 09:01 t1 21c status in-work -> cancelled (too expensive)"))
  }
}
