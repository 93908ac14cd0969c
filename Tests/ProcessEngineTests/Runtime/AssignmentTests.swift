import ProcessEngine
import Testing

/// SPEC §5: who may answer which step, taking and transferring tasks, and "assign to self".
@Suite struct AssignmentTests {
  let order1 = OrderID(rawValue: 1)
  let task1 = TaskID(rawValue: 1)
  let task2 = TaskID(rawValue: 2)

  /// Order 1 with its take-order step open, managers anna and boris added.
  func sessionWithManagers() -> Engine {
    var engine = Engine()
    _ = engine.run(.addManager("anna"))
    _ = engine.run(.addManager("boris"))
    _ = engine.run(.createOrder(NewOrder()))
    _ = engine.run(.advance(by: .minutes(1)))
    return engine
  }

  @Test func aManagerAnswersAnUnassignedStepAndAssignToSelfGivesThemTheOrderAndItsTasks() {
    var engine = sessionWithManagers()
    _ = engine.run(.actAs("anna"))
    let events = engine.run(.answer(.task(task1), option: "yes", argument: nil))
    #expect(
      events.prefix(3) == [
        "01-05 09:01 t1 8 answered yes by anna",
        "01-05 09:01 t1 10 order manager := anna",
        "01-05 09:01 t1 manager := anna",
      ])
    #expect(engine.orders[0].manager == engine.manager(named: "anna")?.id)
    // The child task started afterwards takes the order's manager.
    #expect(engine.tasks[1].manager == engine.manager(named: "anna")?.id)
  }

  @Test func answeringAnotherManagersStepIsRefusedNamingTheOwner() {
    var engine = sessionWithManagers()
    _ = engine.run(.actAs("anna"))
    _ = engine.run(.answer(.task(task1), option: "yes", argument: nil))
    _ = engine.run(.actAs("boris"))
    #expect(throws: EngineError.assignedToOther(task2, owner: "anna")) {
      try engine.apply(.answer(.task(task2), option: "reached", argument: nil))
    }
    _ = engine.run(.actAs("admin"))
    #expect(
      engine.run(.answer(.task(task2), option: "reached", argument: nil)).first
        == "01-05 09:01 t2 C answered reached by admin")
  }

  /// SPEC §5: a task assigned to a manager is theirs and admin's; the refusal names who may act,
  /// each once (a task of admin's own is admin's alone).
  @Test func theRefusalNamesWhoMayActEachOnce() {
    #expect(
      EngineError.assignedToOther(task1, owner: "boris").message
        == "task 1 is assigned to boris; only boris or admin may act on it (admin can move it: transfer tasks from boris to …)"
    )
    #expect(
      EngineError.assignedToOther(task1, owner: "admin").message
        == "task 1 is assigned to admin; only admin may act on it (admin can move it: transfer tasks from admin to …)"
    )
  }

  @Test func takingATaskAssignsItToTheActingManager() {
    var engine = sessionWithManagers()
    _ = engine.run(.actAs("boris"))
    #expect(engine.run(.takeTask(task1)) == ["01-05 09:01 t1 manager := boris"])
    #expect(throws: EngineError.alreadyAssigned(task1, to: "boris")) {
      try engine.apply(.takeTask(task1))
    }
    _ = engine.run(.actAs("anna"))
    #expect(throws: EngineError.assignedToOther(task1, owner: "boris")) {
      try engine.apply(.takeTask(task1))
    }
    #expect(throws: EngineError.assignedToOther(task1, owner: "boris")) {
      try engine.apply(.answer(.task(task1), option: "yes", argument: nil))
    }
  }

  @Test func transferMovesOpenTasksButNotOrders() {
    var engine = sessionWithManagers()
    _ = engine.run(.actAs("anna"))
    _ = engine.run(.answer(.task(task1), option: "yes", argument: nil))
    #expect(
      engine.run(.transferTasks(from: "anna", to: "boris")) == [
        "01-05 09:01 t1 manager := boris",
        "01-05 09:01 t2 manager := boris",
      ])
    #expect(engine.orders[0].manager == engine.manager(named: "anna")?.id)
    #expect(engine.run(.transferTasks(from: "boris", to: nil)).count == 2)
    #expect(engine.tasks.allSatisfy { $0.manager == nil })
  }

  @Test func unknownManagersAreRefusedWithASuggestion() {
    var engine = sessionWithManagers()
    #expect(throws: EngineError.unknownManager("ana", suggestion: "anna")) {
      try engine.apply(.actAs("ana"))
    }
    #expect(throws: EngineError.managerExists("anna")) { try engine.apply(.addManager("anna")) }
    #expect(throws: EngineError.invalidName("two words", what: .managerName)) {
      try engine.apply(.addManager("two words"))
    }
    // One word, but the one that means "no manager": the message says that, not "no spaces".
    #expect(throws: EngineError.invalidName("nobody", what: .reservedManagerName)) {
      try engine.apply(.addManager("nobody"))
    }
    #expect(
      EngineError.invalidName("nobody", what: .reservedManagerName).message
        == "'nobody' is taken: 'transfer tasks from M to nobody' means no manager; choose another name"
    )
  }
}
