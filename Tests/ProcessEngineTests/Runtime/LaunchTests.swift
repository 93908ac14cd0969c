import ProcessEngine
import Testing

/// SPEC §6: launch types, entry conditions, start/stop/restart, manual runs, one task per object.
@Suite struct LaunchTests {
  let order1 = OrderID(rawValue: 1)

  func process(launch: String, extra: String = "", object: String = "order") -> String {
    definitionJSON(
      name: "p", object: object, launch: launch, extra: extra,
      blocks: [
        #"{"id": "s", "type": "start", "exits": {"next": "q"}}"#,
        #"{"id": "q", "type": "question", "key": "ask", "text": "?", "options": [{"key": "ok", "kind": "positive"}], "exits": {"ok": null}}"#,
      ])
  }

  @Test func onCreateLaunchesForNewObjectsMatchingTheEntryCondition() {
    var engine = session(process(launch: "on-create", extra: #", "entry": "has-phone""#))
    _ = engine.run(.createOrder(NewOrder()))
    _ = engine.run(.createOrder(NewOrder(phone: .some(nil))))
    #expect(engine.tasks.map(\.order) == [order1])
  }

  @Test func userProcessesLaunchWhenACustomerIsCreated() {
    var engine = session(process(launch: "on-create", object: "user"))
    _ = engine.run(.createOrder(NewOrder()))
    _ = engine.run(.createOrder(NewOrder(user: UserID(rawValue: 1))))
    #expect(engine.tasks.map(\.subject) == [.user(UserID(rawValue: 1))])
  }

  @Test func periodicChecksEveryIntervalForObjectsWithoutATask() {
    var engine = session(process(launch: "periodic", extra: #", "interval": "10m""#))
    _ = engine.run(.createOrder(NewOrder()))
    #expect(engine.tasks.isEmpty)
    #expect(engine.pending == ["01-05 09:10 launches p"])
    _ = engine.run(.advance(by: .minutes(10)))
    #expect(engine.tasks.count == 1)
    _ = engine.run(.createOrder(NewOrder()))
    _ = engine.run(.advance(by: .minutes(25)))
    #expect(engine.tasks.map(\.startedAt.description) == ["2026-01-05 09:10", "2026-01-05 09:20"])
    #expect(engine.pending == ["01-05 09:40 launches p"])
  }

  @Test func onceLaunchesAtStartForTheObjectsMatchingThen() throws {
    var engine = session(process(launch: "once"))
    _ = engine.run(.createOrder(NewOrder()))
    #expect(engine.tasks.isEmpty)
    _ = engine.run(.startProcess("p"))
    #expect(engine.tasks.count == 1)
    _ = engine.run(.createOrder(NewOrder()))
    _ = engine.run(.advance(by: .days(1)))
    #expect(engine.tasks.count == 1)
  }

  @Test func disabledProcessesRunOnlyByHandAndCannotBeStarted() {
    var engine = session(process(launch: "disabled"))
    _ = engine.run(.createOrder(NewOrder()))
    #expect(engine.tasks.isEmpty)
    #expect(throws: EngineError.processLaunchDisabled("p")) { try engine.apply(.startProcess("p")) }
    _ = engine.run(.runProcess("p", order: order1))
    #expect(engine.tasks.count == 1)
  }

  @Test func aSecondLaunchOnTheSameObjectIsRefusedUntilARestartDeletesTheTask() {
    var engine = session(process(launch: "on-create"))
    _ = engine.run(.createOrder(NewOrder()))
    #expect(throws: EngineError.alreadyLaunched("p", order: order1, task: TaskID(rawValue: 1))) {
      try engine.apply(.runProcess("p", order: order1))
    }
    #expect(
      engine.run(.restartProcess("p")) == [
        "01-05 09:00 stopped p",
        "01-05 09:00 t1 deleted",
        "01-05 09:00 t1 q withdrawn",
      ])
    #expect(engine.tasks[0].state == .deleted)
    #expect(engine.processes[0].isStarted == false)
    _ = engine.run(.createOrder(NewOrder()))
    #expect(engine.tasks.count == 1)  // stopped: no launch
    _ = engine.run(.runProcess("p", order: order1))
    #expect(engine.tasks.count == 2)
  }

  @Test func stoppingAPeriodicProcessDropsItsNextCheck() {
    var engine = session(process(launch: "periodic"))
    _ = engine.run(.stopProcess("p"))
    #expect(engine.pending == [])
    #expect(throws: EngineError.processNotStarted("p")) { try engine.apply(.stopProcess("p")) }
    _ = engine.run(.startProcess("p"))
    #expect(engine.pending == ["01-05 09:05 launches p"])
    #expect(throws: EngineError.processAlreadyStarted("p")) { try engine.apply(.startProcess("p")) }
  }

  @Test func restartingTheChildProcessEndsTheBranchesWaitingForIt() {
    var engine = Engine()
    _ = engine.run(.createOrder(NewOrder()))
    _ = engine.run(.advance(by: .minutes(1)))
    _ = engine.run(.answer(.order(order1), option: "yes", argument: nil))
    let events = engine.run(.restartProcess("call-3-days"))
    #expect(
      events == [
        "01-05 09:01 t2 deleted", "01-05 09:01 t2 C withdrawn", "01-05 09:01 t1 20 branch ended",
      ])
    #expect(engine.tasks[0].state == .active)  // still waiting for payment or cancellation
  }

  @Test func loadingADefinitionUnderAnExistingNameAddsAVersionForNewTasks() throws {
    var engine = Engine()
    _ = engine.run(.createOrder(NewOrder()))
    var changed = BuiltInProcesses.definitions[1]
    changed.title = "Changed"
    _ = engine.run(.loadProcess(changed))
    _ = engine.run(.createOrder(NewOrder()))
    #expect(
      engine.tasks.map { engine.definition(of: $0).title } == [
        "Order processing", "Changed",
      ])
    #expect(engine.processNames == ["call-3-days", "order-processing"])
  }

  @Test func anInvalidDefinitionIsRefusedWithItsProblems() {
    var engine = Engine()
    var broken = BuiltInProcesses.definitions[1]
    broken.blocks[0].exits[0].target = "nowhere"
    #expect {
      try engine.apply(.loadProcess(broken))
    } throws: { error in
      guard case .definition(let problems) = error as? EngineError else { return false }
      return problems.first?.description
        == "blocks[0].exits.next (block 1): leads to block 'nowhere', which does not exist"
    }
    #expect(engine.processes.count == 2)
  }

  /// Issue 12: a process keeps its object type across versions; a new version over the other
  /// type is refused, naming both, and nothing is loaded.
  @Test func aNewVersionCannotChangeTheObjectType() {
    var engine = Engine()
    var overUsers = BuiltInProcesses.definitions[1]
    overUsers.object = .user
    #expect(throws: EngineError.processObjectChanged("order-processing", was: .order, now: .user)) {
      try engine.apply(.loadProcess(overUsers))
    }
    #expect(
      EngineError.processObjectChanged("order-processing", was: .order, now: .user).message
        == "process 'order-processing' runs over orders, and this version runs over users: a process keeps its object type across versions"
    )
    #expect(engine.processes.count == 2)
    #expect(engine.currentProcess(named: "order-processing")?.definition.object == .order)
  }
}
