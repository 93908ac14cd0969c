/// The part of docs/session-format.md that describes members, columns and codes, generated from
/// the tables the writer and the reader use, so that the docs cannot drift from the format.
///
/// `SessionDocsTests` compares it with the text between the `columns` markers in the docs and,
/// when they differ, prints it to paste (or writes it, with `PROCSH_WRITE_DOCS=1`).
enum SessionFormatDocs {
  static let beginMarker = "<!-- columns: begin -->"
  static let endMarker = "<!-- columns: end -->"

  /// The generated section, without the markers.
  static var markdown: String {
    var text = """
      <!-- Generated from Sources/ProcessEngine/Session (SessionKey, *Column, StoredCode); \
      SessionDocsTests checks it. -->

      ### Members

      | key | required | contents |
      |---|---|---|

      """
    for key in SessionKey.allCases {
      text += "| `\(key.name)` | \(key.isOptional ? "no" : "yes") | \(key.meaning) |\n"
    }
    text += columns(EventColumn.self, "Rows of `events`: one per event, oldest first.")
    text += columns(OrderColumn.self, "Rows of `orders`: order 1 first.")
    text += columns(TaskColumn.self, "Rows of `tasks`: task 1 first.")
    text += columns(TokenColumn.self, "Rows of `tokens`: the live tokens, renumbered from 1.")
    text += columns(UserColumn.self, "Rows of `users`: user 1 first.")
    text += columns(AgendaColumn.self, "Rows of `agenda.items`: pending timers, any order.")
    text += history
    text += """

      ### Codes

      Every code keeps its meaning in every later version; a new case takes a new number.

      """
    text += codes(OrderStatus.allCases, "Order statuses (`orders` status; `statusChanged` events)")
    text += codes(UserField.allCases, "User fields (`userFieldChanged` events)")
    text += codes(OrderDateField.allCases, "Order date fields (`orderDateChanged` events)")
    text += codes(TaskResult.allCases, "Task results (`tasks` result; `taskEnded` events)")
    text += codes(TaskColumn.State.allCases, "Task states (`tasks` state)")
    text += codes(TaskColumn.EndKind.allCases, "Task ends (`tasks` end-kind)")
    text += codes(TokenState.saved, "Token states (`tokens` state)")
    text += codes(AgendaColumn.Kind.allCases, "Agenda item kinds (`agenda.items` kind)")
    text += """

      **Event kinds** (`events` kind), with what `small` and `payload` hold

      | code | kind | small | payload |
      |---|---|---|---|

      """
    for kind in Event.Kind.allCases.sorted(by: { $0.code < $1.code }) {
      let (small, payload) = layout(of: kind)
      text += "| \(kind.code) | `\(kind.storedName)` | \(small) | \(payload) |\n"
    }
    return text + "\n"
  }

  /// The members of `history` and the commands of its steps, from `SessionReader.HistoryKey` and
  /// `CommandCodec.Name`.
  static var history: String {
    var text = """

      ### `history`

      | key | contents |
      |---|---|

      """
    for key in SessionReader.HistoryKey.allCases {
      text += "| `\(key.rawValue)` | \(key.meaning) |\n"
    }
    text += """

      **Commands** (`history.steps` command): an object whose `command` names the engine \
      command, with these members; a member that may be left out says what that means.

      | command | typed as | members |
      |---|---|---|

      """
    for name in CommandCodec.Name.allCases {
      let members = name.members.map { member in
        "`\(member.key)`: \(member.meaning)"
          + (member.whenMissing.map { " (if missing: \($0))" } ?? "")
      }
      text +=
        "| `\(name.rawValue)` | `\(name.typed)` | \(members.isEmpty ? "—" : members.joined(separator: "; ")) |\n"
    }
    return text
  }

  static func columns<Column: SessionColumn>(_: Column.Type, _ title: String) -> String {
    var text = """

      ### `\(Column.section)`

      \(title) Each row is `\(Column.outline)`.

      | # | column | value | meaning |
      |---|---|---|---|

      """
    for column in Column.allCases {
      text +=
        "| \(column.position) | `\(column.name)` | \(column.type.description) | \(column.meaning) |\n"
    }
    return text
  }

  static func codes<Code: StoredCode>(_ cases: [Code], _ title: String) -> String {
    var text = """

      **\(title)**

      | code | meaning |
      |---|---|

      """
    for value in cases.sorted(by: { $0.code < $1.code }) {
      text += "| \(value.code) | `\(value.storedName)` |\n"
    }
    return text
  }

  /// What an event kind keeps in `small` and `payload` (`Change.packed`).
  static func layout(of kind: Event.Kind) -> (small: String, payload: String) {
    switch kind {
    case .userCreated, .orderCreated, .taskStarted, .stepOpened, .stepWithdrawn, .delayEnded,
      .waitMet, .waitTimedOut, .branchEnded, .taskDeleted:
      ("0", "0")
    case .userFieldChanged: ("a user field code", "the new value's text id, or -1 (cleared)")
    case .statusChanged:
      ("the old status code × 16 + the new status code", "the reason's text id, or -1")
    case .paymentReceived: ("0", "the amount, in cents")
    case .orderDateChanged:
      ("an order date field code", "the new date, or -9223372036854775808 (cleared)")
    case .orderManagerChanged, .taskManagerChanged: ("0", "the new manager's id, or 0")
    case .messageSent: ("0", "the message's text id")
    case .stepAnswered: ("the option's position", "the id of the manager who answered")
    case .conditionDecided: ("1: yes, 0: no", "0")
    case .counterChanged: ("the counter's position", "the new value")
    case .variableSet:
      ("the variable's position × 2, + 1 for a text", "the text id, or the date")
    case .taskEnded: ("a task result code", "0")
    case .taskFailed: ("0", "the reason's text id")
    case .clockSet: ("0", "the new time")
    case .managerAdded, .actingUserChanged: ("0", "the manager's id")
    case .processLoaded, .processStarted, .processStopped: ("0", "the process's id")
    case .mailingLoaded, .mailingStarted, .mailingStopped: ("0", "the mailing's id")
    case .mailingSent: ("0", "the mailing's id × 2³² + the text id of what it sent")
    case .messageOpened: ("0", "the message's id (messages are numbered from 1 in log order)")
    }
  }
}
