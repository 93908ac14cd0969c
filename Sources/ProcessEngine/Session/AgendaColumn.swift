/// The columns of an `agenda.items` row: one pending timer.
enum AgendaColumn: Int, SessionColumn {
  case due
  case sequence
  case kind
  case id
  case epoch

  static var section: String { "agenda.items" }

  var name: String {
    switch self {
    case .due: "due"
    case .sequence: "sequence"
    case .kind: "kind"
    case .id: "id"
    case .epoch: "epoch"
    }
  }

  var type: ColumnType { .integer }

  var meaning: String {
    switch self {
    case .due: "when it fires"
    case .sequence: "the order it was scheduled in: timers due at the same time fire in this order"
    case .kind:
      "an agenda item kind code: a token's delay or wait timeout, a periodic launch, or a look again at a condition that time alone may turn (an order's mailings, a token's wait)"
    case .id:
      "by kind: a token (a position in `tokens`, from 1), a process id, or an order id"
    case .epoch: "the token's or process's epoch when it was scheduled"
    }
  }

  /// What a timer does when it fires, as the `kind` column says it.
  enum Kind: UInt8, StoredCode {
    /// A token's delay ends or its wait times out.
    case token = 0
    /// A periodic process looks for new objects.
    case periodicLaunch = 1
    /// The started mailings look at an order again (`id`: the order; `epoch`: 0).
    case mailingCheck = 2
    /// A waiting token looks at its condition again (`id`: the token).
    case waitCheck = 3

    var code: UInt8 { rawValue }
    init?(storedCode code: UInt8) { self.init(rawValue: code) }
    var storedName: String {
      switch self {
      case .token: "token"
      case .periodicLaunch: "periodic-launch"
      case .mailingCheck: "mailing-check"
      case .waitCheck: "wait-check"
      }
    }
  }
}
