import JSON

/// Reading the agenda, and checking it against what the engine relies on: every sleeping token
/// and every token in a `wait` with a timeout has exactly one live timer, due when its block says;
/// every started periodic process has its next check. A file that broke one of these would load
/// and then never wake a task, or fire a timer for something that is not waiting for it.
extension SessionReader {
  /// Reads the pending timers (small: read as a tree).
  mutating func readAgenda(into engine: inout Engine) throws(SessionReadError) {
    let clock = engine.clock
    var items: [Agenda<Engine.Timer>.Item] = []
    var nextSequence: Int64 = 0
    // Where each token's and process's timer is (its row), or -1.
    var tokenTimer = [Int](repeating: -1, count: engine.tokens.count)
    var processTimer = [Int](repeating: -1, count: engine.processes.count)
    if has(.agenda) {
      let agendaValue: JSONValue
      do throws(JSONSyntaxError) { agendaValue = try value(.agenda) } catch { throw syntax(error) }
      guard case .object(let agenda) = agendaValue, case .array(let rows)? = agenda["items"],
        case .integer(let next)? = agenda["next-sequence"], next >= 0
      else { throw fail("agenda", .agendaShape) }
      nextSequence = next
      var sequences = Set<Int64>()
      var row = SessionRow<AgendaColumn>()
      for (index, item) in rows.enumerated() {
        row.index = index
        guard case .array(let fields) = item, fields.count == row.integers.count else {
          throw row.fail(.agendaRowShape)
        }
        for column in AgendaColumn.allCases {
          guard case .integer(let value) = fields[column.position] else {
            throw row.fail(.agendaRowShape)
          }
          row.integers[column.position] = value
        }
        guard row[.due] >= clock.secondsSinceEpoch else {
          throw row.fail(.due, .dueBeforeClock)
        }
        let sequence = row[.sequence]
        guard sequence >= 0, sequence < nextSequence, sequences.insert(sequence).inserted else {
          throw row.fail(.sequence, .sequenceTaken(sequence))
        }
        guard (0...Int64(UInt32.max)).contains(row[.epoch]) else {
          throw row.fail(.epoch, .badEpoch)
        }
        let id = row[.id]
        let epoch = UInt32(row[.epoch])
        guard let kind = AgendaColumn.Kind.decoded(row[.kind]) else {
          throw row.fail(.kind, .unknownTimerKind(row[.kind]))
        }
        let action: Engine.Timer
        switch kind {
        case .token:
          guard id >= 1, id <= engine.tokens.count else {
            throw row.fail(.id, .noToken(id))
          }
          try checkTimer(row, of: Int(id) - 1, in: engine, timers: &tokenTimer)
          action = .token(TokenID(rawValue: Int32(id)), epoch: epoch)
        case .periodicLaunch:
          guard id >= 1, id <= engine.processes.count else {
            throw row.fail(.id, .noProcess(id))
          }
          try checkTimer(row, ofProcess: Int(id) - 1, in: engine, timers: &processTimer)
          action = .periodicLaunch(DefinitionID(rawValue: Int32(id)), epoch: epoch)
        case .mailingCheck:
          guard id >= 1, id <= engine.orders.count else {
            throw row.fail(.id, .noOrder(OrderID(rawValue: Int32(clamping: id))))
          }
          action = .timeCheck(.mailings(OrderID(rawValue: Int32(id))))
        case .waitCheck:
          guard id >= 1, id <= engine.tokens.count else {
            throw row.fail(.id, .noToken(id))
          }
          let token = engine.tokens[Int(id) - 1]
          guard token.state == .waiting else { throw row.fail(.id, .tokenHasNoTimer(Int(id))) }
          guard token.epoch == epoch else {
            throw row.fail(
              .epoch, .staleTimer(token: Int(id), epoch: token.epoch, timerEpoch: row[.epoch]))
          }
          action = .timeCheck(.wait(TokenID(rawValue: Int32(id)), epoch: epoch))
        }
        items.append(
          Agenda.Item(
            due: Instant(secondsSinceEpoch: row[.due]), sequence: sequence, action: action))
      }
    }
    try checkEveryWaitHasItsTimer(engine, tokenTimer: tokenTimer, processTimer: processTimer)
    engine.agenda = Agenda(now: clock, items: items, nextSequence: nextSequence)
    // Each look's earliest item is the live one, as when it was scheduled.
    for item in items {
      guard case .timeCheck(let check) = item.action else { continue }
      if let due = engine.timeChecks[check], due <= item.due { continue }
      engine.timeChecks[check] = item.due
    }
  }

  /// A token's timer: live (the writer drops stale ones), the token's only one, for a block that
  /// has a timer, and due when the block says.
  func checkTimer(
    _ row: SessionRow<AgendaColumn>, of token: Int, in engine: Engine, timers: inout [Int]
  ) throws(SessionReadError) {
    let id = token + 1
    let state = engine.tokens[token].state
    guard state == .sleeping || state == .waiting else {
      throw row.fail(.id, .tokenHasNoTimer(id))
    }
    guard row[.epoch] == Int64(engine.tokens[token].epoch) else {
      throw row.fail(
        .epoch, .staleTimer(token: id, epoch: engine.tokens[token].epoch, timerEpoch: row[.epoch]))
    }
    guard timers[token] < 0 else {
      throw row.fail(.id, .timerTwice(token: id, other: AgendaColumn.path(row: timers[token])))
    }
    timers[token] = row.index
    let (seconds, block) = timerSeconds(of: token, in: engine)
    let since = engine.tokens[token].since
    if state == .waiting {
      guard seconds >= 0 else {
        throw row.fail(.id, .waitWithoutTimeout(token: id, block: block))
      }
    }
    // A fixed delay or timeout is due that long after the token began waiting (at the
    // calendar's last second if that is later: the engine never schedules past it); a delay
    // until a date, at that date, after it began.
    let due = Instant(secondsSinceEpoch: row[.due])
    let fixed = min(since + .seconds(seconds), .latest)
    guard seconds >= 0 ? due == fixed : due > since else {
      throw row.fail(
        .due,
        seconds >= 0
          ? .timerDue(token: id, since: since, block: block, due: fixed)
          : .timerBeforeWait(token: id, since: since, due: due))
    }
  }

  /// A periodic check: live (the writer drops stale ones), the process's only one, for a periodic
  /// process, due within one interval.
  func checkTimer(
    _ row: SessionRow<AgendaColumn>, ofProcess index: Int, in engine: Engine,
    timers: inout [Int]
  ) throws(SessionReadError) {
    let process = engine.processes[index]
    guard case .periodic(let interval) = process.definition.launch else {
      throw row.fail(.id, .notPeriodic(process: index + 1, name: process.name))
    }
    guard process.isStarted, process.isCurrent, row[.epoch] == Int64(process.launchEpoch) else {
      throw row.fail(.epoch, .staleCheck(process: index + 1, name: process.name))
    }
    guard timers[index] < 0 else {
      throw row.fail(
        .id, .checkTwice(process: index + 1, other: AgendaColumn.path(row: timers[index])))
    }
    timers[index] = row.index
    guard row[.due] <= engine.clock.secondsSinceEpoch + interval.seconds else {
      throw row.fail(.due, .dueTooLate(interval: interval))
    }
  }

  /// The seconds of a token's delay or timeout (-1: a delay until a date, or a wait without a
  /// timeout), and its block's id.
  func timerSeconds(of token: Int, in engine: Engine) -> (seconds: Int64, block: String) {
    let task = engine.tasks[engine.tokens[token].task.index]
    let process = engine.processes[task.definition.index]
    let block = engine.tokens[token].block.index
    return (process.program.steps[block].seconds, process.definition.blocks[block].id)
  }

  /// Every sleeping token, every token in a wait with a timeout and every started periodic process
  /// has its timer; without it a task would sleep forever, or a process never launch again.
  func checkEveryWaitHasItsTimer(_ engine: Engine, tokenTimer: [Int], processTimer: [Int])
    throws(SessionReadError)
  {
    for token in engine.tokens.indices where tokenTimer[token] < 0 {
      let state = engine.tokens[token].state
      guard state == .sleeping || state == .waiting else { continue }
      let (seconds, block) = timerSeconds(of: token, in: engine)
      if state == .sleeping {
        throw fail(TokenColumn.path(row: token), .sleepWithoutTimer(token: token + 1, block: block))
      }
      if seconds >= 0 {
        throw fail(
          TokenColumn.path(row: token), .timeoutWithoutTimer(token: token + 1, block: block))
      }
    }
    for (index, process) in engine.processes.enumerated() where processTimer[index] < 0 {
      guard case .periodic = process.definition.launch, process.isStarted, process.isCurrent
      else { continue }
      throw fail("processes[\(index)]", .periodicWithoutCheck(process.name))
    }
  }
}
