/// The columns of a `tasks` row: one task, whose id is its position from 1.
enum TaskColumn: Int, SessionColumn {
  case process
  case subject
  case parent
  case started
  case manager
  case state
  case result
  case endKind
  case end
  case endedAt
  case slots
  case openSteps
  case parentToken
  case answeredBy
  case depth

  static var section: String { "tasks" }

  var name: String {
    switch self {
    case .process: "process"
    case .subject: "subject"
    case .parent: "parent"
    case .started: "started"
    case .manager: "manager"
    case .state: "state"
    case .result: "result"
    case .endKind: "end-kind"
    case .end: "end"
    case .endedAt: "ended-at"
    case .slots: "slots"
    case .openSteps: "open-steps"
    case .parentToken: "parent-token"
    case .answeredBy: "answered-by"
    case .depth: "depth"
    }
  }

  var type: ColumnType {
    switch self {
    case .endedAt: .optionalInteger
    case .slots: .list
    case .process, .subject, .parent, .started, .manager, .state, .result, .endKind, .end,
      .openSteps, .parentToken, .answeredBy, .depth:
      .integer
    }
  }

  var meaning: String {
    switch self {
    case .process: "its process: a position in `processes`, from 1"
    case .subject: "the object it runs over: an order id (> 0) or minus a user id (< 0)"
    case .parent: "the task that started it as a sub-process, or 0"
    case .started: "when it started"
    case .manager: "its manager's id, or 0"
    case .state: "a task state code"
    case .result: "a task result code; 0 unless it ended"
    case .endKind: "a task end code; 0 unless it ended"
    case .end: "by end kind: the `end` block's position, 0, or the failure's text id"
    case .endedAt: "when it ended or was deleted; null while it runs"
    case .slots: "its counters, then its variables (null: not set), in its process's order"
    case .openSteps: "manager steps open"
    case .parentToken: "the parent's token waiting for it (a position in `tokens`, from 1), or 0"
    case .answeredBy: "the manager who answered last, or 0"
    case .depth: "how many sub-processes deep it runs (0: at the top)"
    }
  }

  /// Where a task's life stands, as the `state` column says it.
  enum State: UInt8, StoredCode {
    case running = 0
    case ended = 1
    case deleted = 2

    var code: UInt8 { rawValue }
    init?(storedCode code: UInt8) { self.init(rawValue: code) }
    var storedName: String { "\(self)" }
  }

  /// How an ended task ended, as the `end-kind` column says it.
  enum EndKind: UInt8, StoredCode {
    /// At an `end` block (`end` is its position).
    case block = 0
    /// Its last branch took an empty exit, or its parent stopped it.
    case none = 1
    /// The runtime guard stopped it (`end` is the reason's text id).
    case failed = 2

    var code: UInt8 { rawValue }
    init?(storedCode code: UInt8) { self.init(rawValue: code) }
    var storedName: String { "\(self)" }
  }
}
