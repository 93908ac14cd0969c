import ProcessEngine
import Testing

/// Processes over users (issue 12): launched by hand on a customer, and a message they send goes
/// to the customer, not to an order.
@Suite struct ProcessesOverUsersTests {
  /// Says hello at once, and sends tips a day later.
  static let welcome = """
    {"format": "procsh-process", "version": 1, "name": "welcome", "object": "user",
     "launch": "disabled", "blocks": [
       {"id": "s", "type": "start", "exits": {"next": "hello"}},
       {"id": "hello", "type": "operation", "do": "send-message", "channel": "email",
        "text": "Welcome!", "exits": {"next": "wait"}},
       {"id": "wait", "type": "delay", "duration": "1d", "exits": {"next": "tips"}},
       {"id": "tips", "type": "operation", "do": "send-message", "channel": "email",
        "text": "Three tips.", "exits": {"next": "e"}},
       {"id": "e", "type": "end", "name": "welcomed", "result": "positive"}]}
    """

  let user1 = UserID(rawValue: 1)

  func session() throws -> Engine {
    var engine = Engine()
    let loaded = try ProcessDefinition.load(bytes: Array(Self.welcome.utf8)) { _ in nil }
    #expect(loaded.warnings.isEmpty)
    _ = try engine.apply(.loadProcess(loaded.definition))
    _ = try engine.apply(.createOrder(NewOrder()))
    return engine
  }

  @Test func aRunOnAUserSendsItsMessagesToTheCustomer() throws {
    var engine = try session()
    _ = try engine.apply(.runProcessOnUser("welcome", user: user1))
    _ = try engine.apply(.advance(by: .days(1)))
    let task = try #require(engine.tasks(on: .user(user1)).last)
    #expect(task.subject == .user(user1))
    guard case .ended(.positive, _, _) = task.outcome else {
      Issue.record("the task did not end welcomed: \(task.outcome)")
      return
    }
    let sent = engine.log.compactMap { event -> String? in
      guard event.subject == .user(user1), case .messageSent(let text) = event.change else {
        return nil
      }
      return engine.text(text)
    }
    #expect(sent == ["email: Welcome!", "email: Three tips."])
    // The order's count is of messages about the order; these were not.
    #expect(engine.orders[0].messages == 0)
  }

  @Test func aSecondRunOnTheSameUserIsRefusedNamingTheTask() throws {
    var engine = try session()
    _ = try engine.apply(.runProcessOnUser("welcome", user: user1))
    #expect(
      throws: EngineError.alreadyLaunchedOnUser("welcome", user: user1, task: TaskID(rawValue: 2))
    ) {
      try engine.apply(.runProcessOnUser("welcome", user: user1))
    }
  }

  @Test func eachKindOfProcessRunsOnlyOnItsOwnObject() throws {
    var engine = try session()
    #expect(throws: EngineError.processObjectMismatch("welcome", .user)) {
      try engine.apply(.runProcess("welcome", order: OrderID(rawValue: 1)))
    }
    #expect(throws: EngineError.processObjectMismatch("call-3-days", .order)) {
      try engine.apply(.runProcessOnUser("call-3-days", user: user1))
    }
    #expect(throws: EngineError.unknownUser(UserID(rawValue: 9), count: 1)) {
      try engine.apply(.runProcessOnUser("welcome", user: UserID(rawValue: 9)))
    }
  }

  @Test func aSessionWithARunOnAUserReadsBackAndGoesOn() throws {
    var engine = try session()
    _ = try engine.apply(.runProcessOnUser("welcome", user: user1))
    var loaded = try Engine.readSession(engine.sessionBytes()).engine
    _ = try loaded.apply(.advance(by: .days(1)))
    _ = try engine.apply(.advance(by: .days(1)))
    #expect(loaded.sessionBytes() == engine.sessionBytes())
  }
}
