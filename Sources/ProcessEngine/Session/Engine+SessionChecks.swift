/// What a session reader checks and rebuilds once every record is read: the links the file leaves
/// out because they follow from the rest, and the references in the log.
extension Engine {
  /// Rebuilds what the session file leaves out because it follows from the rest: the orders of
  /// each user, the tasks of each object, the tokens of each task, and who waits on which object.
  mutating func rebuildLinks() throws(SessionReadError) {
    for index in orders.indices {
      let user = orders[index].user.index
      orders[index].previousOrderOfUser = users[user].lastOrder
      users[user].lastOrder = OrderID(index: index)
    }
    for index in tasks.indices {
      let id = TaskID(index: index)
      switch tasks[index].subject {
      case .order(let order):
        tasks[index].previousTaskOfObject = orders[order.index].lastTask
        orders[order.index].lastTask = id
      case .user(let user):
        tasks[index].previousTaskOfObject = users[user.index].lastTask
        users[user.index].lastTask = id
      }
    }
    var asking = [Int32](repeating: 0, count: tasks.count)
    for index in tokens.indices {
      let task = tokens[index].task.index
      tokens[index].previousInTask = tasks[task].lastToken
      tasks[task].lastToken = TokenID(index: index)
      tasks[task].liveTokens += 1
      if tokens[index].state == .asking { asking[task] += 1 }
    }
    for index in tasks.indices where asking[index] != tasks[index].openSteps {
      throw SessionReadError(
        path: TaskColumn.openSteps.path(row: index),
        .openStepsMismatch(tasks[index].openSteps, asking: asking[index]))
    }
    for index in tasks.indices where tasks[index].isOpen && tasks[index].liveTokens == 0 {
      throw SessionReadError(path: TaskColumn.path(row: index), .runningWithoutTokens)
    }
    // Waiters are listed newest first: subscribe them in the order they began waiting.
    let waiting = tokens.indices.filter { tokens[$0].state == .waiting }.sorted {
      tokens[$0].waitSequence < tokens[$1].waitSequence
    }
    for index in waiting { subscribe(TokenID(index: index)) }
  }

  /// What the load checks of each definition, counted once instead of per event.
  struct Shape {
    var blocks: Int
    var counters: Int
    var variables: Int
    /// Options per block; -1 for a block that is not a question.
    var options: [Int]
  }

  var shapes: [Shape] {
    processes.map { process in
      Shape(
        blocks: process.definition.blocks.count, counters: process.definition.counters.count,
        variables: process.variables.count,
        options: process.definition.blocks.map { block in
          if case .question(let question) = block.kind { return question.options.count }
          return -1
        })
    }
  }

  /// What is wrong with a logged event's references, or nil; checked on load so that rendering a
  /// corrupt log can never index out of range. `definitions` is each task's definition, by
  /// position: a column of four bytes a task rather than the tasks themselves, which the events
  /// visit all over (a load of a large session spent most of this function waiting for them).
  func problem(with event: Event, shapes: [Shape], definitions: [Int32]) -> SessionProblem.Reason? {
    // The task's definition, by position: a copy of its Shape would retain its options array.
    var definition = -1
    if let task = event.task {
      definition = Int(definitions[task.index])
      if let block = event.block, block.index >= shapes[definition].blocks {
        return .blockOutsideProcess(block.index)
      }
    } else if event.block != nil {
      return .blockWithoutTask
    }
    let small = event.small
    let payload = event.payload
    func validText(_ raw: Int64, optional: Bool) -> Bool {
      (optional && raw == -1) || (raw >= 0 && raw < texts.texts.count)
    }
    switch event.kind {
    case .userFieldChanged:
      guard UserField(storedCode: small) != nil, validText(payload, optional: true) else {
        return .badFieldChange
      }
    case .statusChanged:
      guard OrderStatus(storedCode: small >> 4) != nil, OrderStatus(storedCode: small & 15) != nil,
        validText(payload, optional: true)
      else { return .badStatusChange }
    case .orderDateChanged:
      guard OrderDateField(storedCode: small) != nil else { return .badDateField }
    case .orderManagerChanged, .taskManagerChanged:
      guard payload >= 0, payload <= managers.count else { return .noSuchManager }
    case .managerAdded, .actingUserChanged:
      guard payload >= 1, payload <= managers.count else { return .noSuchManager }
    case .messageSent, .taskFailed:
      guard validText(payload, optional: false) else { return .noSuchText }
    case .processLoaded, .processStarted, .processStopped:
      guard payload >= 1, payload <= processes.count else { return .noSuchProcess }
    case .mailingLoaded, .mailingStarted, .mailingStopped:
      guard payload >= 1, payload <= mailings.count else { return .noSuchMailing }
    case .mailingSent:
      guard payload >> 32 >= 1, payload >> 32 <= mailings.count else { return .noSuchMailing }
      guard validText(payload & 0xFFFF_FFFF, optional: false) else { return .noSuchText }
    case .messageOpened:
      // Which message, and that it was sent before, is checked as the messages are rebuilt.
      break
    case .taskEnded:
      guard TaskResult(storedCode: small) != nil else { return .badResult }
    case .stepAnswered, .stepOpened, .stepWithdrawn:
      guard definition >= 0, let block = event.block, shapes[definition].options[block.index] >= 0
      else {
        return .stepOutsideQuestion
      }
      if event.kind == .stepAnswered {
        guard Int(small) < shapes[definition].options[block.index], payload >= 1,
          payload <= managers.count
        else {
          return .badAnswer
        }
      }
    case .counterChanged:
      guard definition >= 0, Int(small) < shapes[definition].counters else {
        return .noSuchCounter
      }
    case .variableSet:
      guard definition >= 0, Int(small >> 1) < shapes[definition].variables else {
        return .noSuchVariable
      }
      if small & 1 == 1, !validText(payload, optional: false) { return .noSuchText }
    case .taskStarted, .delayEnded, .waitMet, .waitTimedOut, .conditionDecided, .branchEnded,
      .taskDeleted:
      guard event.task != nil else { return .taskEventWithoutTask }
    case .userCreated, .orderCreated, .paymentReceived, .clockSet:
      break
    }
    return nil
  }
}
