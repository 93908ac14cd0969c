/// The columns of a `tokens` row: one live branch of a task, numbered from 1 in the order saved.
enum TokenColumn: Int, SessionColumn {
  case task
  case block
  case state
  case epoch
  case since
  case waitSequence
  case child
  case trigger
  case guardInstant
  case guardSteps

  static var section: String { "tokens" }

  var name: String {
    switch self {
    case .task: "task"
    case .block: "block"
    case .state: "state"
    case .epoch: "epoch"
    case .since: "since"
    case .waitSequence: "wait-sequence"
    case .child: "child"
    case .trigger: "trigger"
    case .guardInstant: "guard-instant"
    case .guardSteps: "guard-steps"
    }
  }

  var type: ColumnType { .integer }

  var meaning: String {
    switch self {
    case .task: "its task's id"
    case .block: "the block it is in: a position in the task's process"
    case .state: "a token state code"
    case .epoch:
      "bumped whenever it stops waiting or its delay is re-timed: a timer with another epoch is stale"
    case .since: "when it began its current wait"
    case .waitSequence: "the order waits began in, session-wide: met waits resume in this order"
    case .child: "the child task it waits for, or 0"
    case .trigger: "the last event it made or was moved by (an event id, from 1), or 0"
    case .guardInstant: "the runtime guard: the instant it counts steps at"
    case .guardSteps: "the runtime guard: instant steps taken at `guard-instant`"
    }
  }
}
