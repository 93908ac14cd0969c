/// The members of a session document, in the order they are written: sorted, so that the writer's
/// order is also the order `JSONWriter` would give and sessions diff well.
enum SessionKey: String, CaseIterable, Sendable {
  case actingManager = "acting-manager"
  case agenda
  case clock
  case events
  case format
  case history
  case mailings
  case managers
  case nextWaitSequence = "next-wait-sequence"
  case orders
  case processes
  case tasks
  case texts
  case tokens
  case users
  case version

  /// The key as written.
  var name: String { rawValue }

  /// Whether a file may leave the member out (it then takes its default).
  var isOptional: Bool {
    switch self {
    case .actingManager, .agenda, .history, .mailings, .nextWaitSequence: true
    case .clock, .events, .format, .managers, .orders, .processes, .tasks, .texts, .tokens, .users,
      .version:
      false
    }
  }

  /// What the member holds, for the docs.
  var meaning: String {
    switch self {
    case .actingManager: "the acting manager's id (if missing: 1, admin)"
    case .agenda:
      "`{\"items\": [rows], \"next-sequence\": N}`: the pending timers, one row each, and the next sequence number (if missing: none)"
    case .clock: "the virtual time, `YYYY-MM-DDTHH:MM:SS`"
    case .events: "the log, one row per event"
    case .format: "`\"procsh-session\"`"
    case .history:
      "`{\"base\": SESSION, \"checkpoints\": [rows], \"steps\": [rows]}`: the session before the first step, each step as `[text, command]` and each checkpoint as `[name, steps before it]` (see History below; if missing: no history)"
    case .mailings:
      "each loaded auto-mailing as a `procsh-mailing` document (docs/mailing-format.md), by id from 1, with `started` (if missing: none). Messages are not stored apart: each is the event that sent it, numbered in log order, and opened by a later `message-opened` event"
    case .managers: "names, by id from 1; the first is `admin`"
    case .nextWaitSequence:
      "the place in the order of waits the next wait takes (if missing: after the tokens' last)"
    case .orders: "one row per order"
    case .processes:
      "each loaded definition as a `procsh-process` document (docs/process-format.md), in load order, with `started`, `current` (the newest version of its name) and `launch-epoch`"
    case .tasks: "one row per task"
    case .texts:
      "every text the events, orders and tasks refer to by id (reasons, messages, variables), from 0"
    case .tokens: "the live branches of running tasks, one row each"
    case .users: "one row per customer"
    case .version: "`1`"
    }
  }
}
