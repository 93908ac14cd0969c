/// One branch of a task: where it is in the graph and what it waits for.
///
/// 56 bytes: the 8-byte fields first and the links packed (`PackedID`), since a million simulated
/// orders make about four million tokens.
struct Token: Sendable {
  /// When it began its current wait (a delay, a condition, a manager step, a child).
  var since: Instant
  /// The order in which waits began, session-wide: satisfied waits resume in this order.
  var waitSequence: Int64 = 0
  /// The runtime guard: instant steps taken at `guardInstant`.
  var guardInstant: Instant
  let task: TaskID
  /// Bumped whenever the token stops waiting or its delay is re-timed; a timer carrying an older
  /// epoch is stale.
  var epoch: UInt32 = 0
  /// The child task a `subprocess` block is waiting for.
  @PackedID var child: TaskID? = nil
  @PackedID var previousInTask: TokenID?
  /// The next token waiting on the same object.
  @PackedID var nextWaiter: TokenID? = nil
  /// The last event this token made or was moved by: what its next event follows from.
  @PackedID var trigger: EventID?
  var guardSteps: Int32 = 0
  var block: BlockIndex
  var state: TokenState

  init(
    task: TaskID, block: BlockIndex, state: TokenState, since: Instant,
    previousInTask: TokenID? = nil, trigger: EventID? = nil, guardInstant: Instant
  ) {
    self.task = task
    self.block = block
    self.state = state
    self.since = since
    self.previousInTask = previousInTask
    self.trigger = trigger
    self.guardInstant = guardInstant
  }
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

// Changes of state that write several fields, each in one access to the token: every write
// access to a table checks that the row's chunk is unshared, so one access costs one check.
extension Token {
  /// Stops the token in `state`, waiting since `instant`.
  mutating func park(as state: TokenState, at instant: Instant) {
    self.state = state
    since = instant
  }

  /// Makes the token ready to run again; its pending timer becomes stale.
  mutating func wake() {
    state = .ready
    epoch &+= 1
  }

  /// Makes its pending timer stale and leaves it parked as it is, waiting since when it began: a
  /// delay whose date moved gets a new timer (`Engine.retimeDelays`).
  mutating func forgetTimer() {
    epoch &+= 1
  }

  /// Ends the token; its pending timer becomes stale.
  mutating func end() {
    state = .ended
    epoch &+= 1
  }

  /// Notes that the token took `steps` instant steps at `instant`.
  mutating func setGuard(steps: Int32, at instant: Instant) {
    guardInstant = instant
    guardSteps = steps
  }
}
