/// Moving virtual time (SPEC §2): `advance` fires every agenda item due up to its target, in
/// (due, sequence) order, with the clock at each item's own due time while it fires, items
/// scheduled meanwhile included; then the clock stands at the target.
extension Engine {
  /// Far enough to mean "whenever the next item is".
  static let distantFuture = Instant(secondsSinceEpoch: Int64.max / 4)

  mutating func advance(to target: Instant) {
    while let item = agenda.first(dueBy: target) {
      agenda.removeFirst()
      guard Self.isLive(item.action, tokens: tokens, processes: processes) else { continue }
      clock = item.due
      fire(item.action)
    }
    clock = target
  }

  /// When the next live agenda item is due; stale items met on the way are dropped.
  mutating func nextDue() -> Instant? {
    while let item = agenda.first(dueBy: Self.distantFuture) {
      if Self.isLive(item.action, tokens: tokens, processes: processes) { return item.due }
      agenda.removeFirst()
    }
    return nil
  }

  /// Whether an agenda item will still do something: its token has not moved on, its process has
  /// not been stopped.
  func isLive(_ timer: Timer) -> Bool {
    Self.isLive(timer, tokens: tokens, processes: processes)
  }

  /// The same for the advance loop, which must not copy the engine to ask (see `evaluate`).
  @inline(__always)
  static func isLive(
    _ timer: Timer, tokens: ChunkedArray<Token>, processes: [LoadedProcess]
  ) -> Bool {
    switch timer {
    case .token(let id, let epoch):
      let token = tokens[id.index]
      return token.epoch == epoch && (token.state == .sleeping || token.state == .waiting)
    case .periodicLaunch(let id, let epoch):
      let process = processes[id.index]
      return process.launchEpoch == epoch && process.isStarted && process.isCurrent
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
      launchOnAllMatching(id)
      agenda.schedule(.periodicLaunch(id, epoch: epoch), at: clock + interval)
    }
    settle()
  }
}
