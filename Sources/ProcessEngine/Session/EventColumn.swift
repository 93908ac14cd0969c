/// The columns of an `events` row: one logged event (`Event`).
///
/// Times and triggers are written as distances to the event before, because both are mostly 0
/// and 1: a month of a million orders stays small.
enum EventColumn: Int, SessionColumn {
  case time
  case task
  case trigger
  case subject
  case block
  case kind
  case small
  case payload

  static var section: String { "events" }

  var name: String {
    switch self {
    case .time: "Δtime"
    case .task: "task"
    case .trigger: "Δtrigger"
    case .subject: "subject"
    case .block: "block"
    case .kind: "kind"
    case .small: "small"
    case .payload: "payload"
    }
  }

  var type: ColumnType { .integer }

  var meaning: String {
    switch self {
    case .time: "seconds since the event before (the first: since 1970)"
    case .task: "the task whose block made the change, or 0"
    case .trigger:
      "how many events back the event it follows from is (0: none, a command or a launch began the chain)"
    case .subject: "the object: an order id (> 0), minus a user id (< 0), or 0"
    case .block: "the block's position in the task's process, or -1"
    case .kind: "what changed: an event kind code"
    case .small: "a small part of the change (0…255), by kind"
    case .payload: "the rest of the change, by kind"
    }
  }
}
