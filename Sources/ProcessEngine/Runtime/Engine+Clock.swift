/// Moving virtual time (SPEC §2): `advance` fires every agenda item due up to its target, in
/// (due, sequence) order, with the clock at each item's own due time while it fires, items
/// scheduled meanwhile included; then the clock stands at the target.
extension Engine {
  /// Far enough to mean "whenever the next item is".
  static let distantFuture = Instant(secondsSinceEpoch: Int64.max / 4)

  mutating func advance(to target: Instant, monitor: CommandMonitor? = nil) throws(EngineError) {
    let start = clock
    var fired = 0
    while let item = agenda.first(dueBy: target) {
      agenda.removeFirst()
      prefetchUpcomingTimers()
      guard
        Self.isLive(
          item.action, due: item.due, tokens: tokens, processes: processes, timeChecks: timeChecks)
      else { continue }
      clock = item.due
      if case .periodicLaunch(let id, let epoch) = item.action, skipsIdleChecks,
        processes[id.index].quietSince == objectChanges
      {
        skipIdleChecks(id, epoch: epoch, from: item.due, until: target)
        continue
      }
      fire(item.action)
      fired += 1
      if let monitor, fired % CommandMonitor.firingsBetweenLooks == 0 {
        if monitor.isCancelled() { throw .interrupted }
        monitor.progress(Double((clock - start).seconds) / Double(max(1, (target - start).seconds)))
      }
    }
    clock = target
  }

  /// Starts loading the rows the next timers will read, while this one fires (see `prefetch`):
  /// the token of the timer after next, and the task of the next, whose token was asked for at
  /// the timer before.
  @inline(__always)
  mutating func prefetchUpcomingTimers() {
    let (next, afterNext) = agenda.upcoming()
    if case .token(let id, _) = afterNext?.action { tokens.prefetch(id.index) }
    if case .token(let id, _) = next?.action { tasks.prefetch(tokens[id.index].task.index) }
  }

  /// Puts a timer on the agenda; one due after the calendar ends is due at its last second, when
  /// the clock can still reach it.
  mutating func schedule(_ timer: Timer, at due: Instant) {
    agenda.schedule(timer, at: min(due, .latest))
  }

  /// Passes over the periodic checks of process `id` that cannot launch anything: the one due
  /// now and every later one before anything else is due (or the target). Each would have found
  /// the same nothing and put the next on the agenda; the agenda ends as they would have left
  /// it, with the check after them due and numbered as if each had been scheduled in turn.
  mutating func skipIdleChecks(
    _ id: DefinitionID, epoch: UInt32, from start: Instant, until target: Instant
  ) {
    guard case .periodic(let interval) = processes[id.index].definition.launch else {
      preconditionFailure(
        "internal inconsistency: a periodic check for a process that is not periodic")
    }
    // Checks after this one run up to the last second before the next item, or the target.
    var limit = target
    if let next = agenda.first(dueBy: target)?.due { limit = min(limit, next + .seconds(-1)) }
    let more = limit > start ? (limit - start).seconds / interval.seconds : 0
    let last = start + .seconds(more * interval.seconds)
    clock = last
    // The check at `last` schedules the next, as every skipped one did before it.
    agenda.skipSequences(more)
    if last + interval <= .latest {
      schedule(.periodicLaunch(id, epoch: epoch), at: last + interval)
    }
  }

  /// When the next live agenda item is due, if it is due by `limit`; stale items met on the way
  /// are dropped.
  ///
  /// A simulation asks with a limit (its own next action): looking finds the item by moving the
  /// agenda's cursor to it, and what the simulated people then schedule before the cursor goes
  /// to the agenda's early heap, O(log n) each, instead of its wheel, O(1). Without a limit, a
  /// population spread over 30 days kept thousands of items there.
  ///
  /// Asks the static `isLive`: the method copied the whole engine (472 bytes) to the stack at
  /// every call, once per step of a simulation.
  mutating func nextDue(by limit: Instant = Engine.distantFuture) -> Instant? {
    while let item = agenda.first(dueBy: limit) {
      if Self.isLive(
        item.action, due: item.due, tokens: tokens, processes: processes, timeChecks: timeChecks)
      {
        return item.due
      }
      agenda.removeFirst()
    }
    return nil
  }

  /// Whether an agenda item will still do something: its token has not moved on, its process has
  /// not been stopped, it is the look its subject waits for.
  func isLive(_ item: Agenda<Timer>.Item) -> Bool {
    Self.isLive(
      item.action, due: item.due, tokens: tokens, processes: processes, timeChecks: timeChecks)
  }

  /// The same for the advance loop, which must not copy the engine to ask (see `evaluate`).
  @inline(__always)
  static func isLive(
    _ timer: Timer, due: Instant, tokens: ChunkedArray<Token>, processes: [LoadedProcess],
    timeChecks: [TimeCheck: Instant]
  ) -> Bool {
    switch timer {
    case .token(let id, let epoch):
      let token = tokens[id.index]
      return token.epoch == epoch && (token.state == .sleeping || token.state == .waiting)
    case .periodicLaunch(let id, let epoch):
      let process = processes[id.index]
      return process.launchEpoch == epoch && process.isStarted && process.isCurrent
    case .timeCheck(let check):
      guard timeChecks[check] == due else { return false }
      guard case .wait(let id, let epoch) = check else { return true }
      return tokens[id.index].epoch == epoch && tokens[id.index].state == .waiting
    }
  }

  /// Fires a live agenda item at the current instant and settles what it set moving.
  mutating func fire(_ timer: Timer) {
    switch timer {
    case .token(let id, _):
      if tokens[id.index].state == .waiting {
        unsubscribe(id)
        wake(id)
        recordStep(.waitTimedOut, token: id)
        if leave(id, by: 1) { ready.append(id) }
      } else {
        wake(id)
        recordStep(.delayEnded, token: id)
        if leave(id, by: 0) { ready.append(id) }
      }
    case .periodicLaunch(let id, let epoch):
      guard case .periodic(let interval) = processes[id.index].definition.launch else {
        preconditionFailure(
          "internal inconsistency: a periodic check for a process that is not periodic")
      }
      let before = tasks.count
      launchOnAllMatching(id)
      processes[id.index].quietSince = tasks.count == before ? objectChanges : nil
      // The calendar ends: no check after its last second (it would come at once, forever).
      if clock + interval <= .latest {
        schedule(.periodicLaunch(id, epoch: epoch), at: clock + interval)
      }
    case .timeCheck(let check):
      fireTimeCheck(check)
    }
    settle()
  }
}
