/// One branch of a task: where it is in the graph and what it waits for.
struct Token: Sendable {
  let task: TaskID
  var block: BlockIndex
  var state: TokenState
  /// Bumped whenever the token stops waiting; a timer carrying an older epoch is stale.
  var epoch: UInt32 = 0
  /// When it began its current wait (a delay, a condition, a manager step, a child).
  var since: Instant
  /// The order in which waits began, session-wide: satisfied waits resume in this order.
  var waitSequence: Int64 = 0
  /// The child task a `subprocess` block is waiting for.
  var child: TaskID?
  var previousInTask: TokenID?
  /// The next token waiting on the same object.
  var nextWaiter: TokenID?
  /// The last event this token made or was moved by: what its next event follows from.
  var trigger: EventID?
  /// The runtime guard: instant steps taken at `guardInstant`.
  var guardInstant: Instant
  var guardSteps: Int32 = 0
}

/// What a token is doing.
enum TokenState: UInt8, Sendable {
  /// Queued to run at the current instant.
  case ready
  /// In a `delay` block until a timer fires.
  case sleeping
  /// In a `wait` block until its condition holds or its timeout fires.
  case waiting
  /// In a `question` block until a manager answers.
  case asking
  /// In a `subprocess` block until the child task ends.
  case awaitingChild
  case ended
}
