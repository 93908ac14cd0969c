/// An enum written to session files (and packed into event rows) as a small number.
///
/// The numbers are frozen: a file saved years ago means by `3` what it meant then, so every case
/// states its code in a `switch`, both ways, and reordering or inserting a case changes nothing on
/// disk. `StoredCodeTests` pins every table against docs/session-format.md; a new case needs a new
/// code there and in the docs (`SessionDocsTests`).
protocol StoredCode: CaseIterable, Equatable, Sendable where AllCases == [Self] {
  /// The number the case is written as.
  var code: UInt8 { get }
  /// The case written as `code`, or nil for a number no case has (a corrupt file).
  init?(storedCode code: UInt8)
  /// The case's name in docs/session-format.md.
  var storedName: String { get }
}

extension StoredCode {
  /// The case written as `code`, which the session reader has already checked.
  @inline(__always) init(code: UInt8) {
    guard let value = Self(storedCode: code) else {
      preconditionFailure("internal inconsistency: no \(Self.self) is written as \(code)")
    }
    self = value
  }

  /// The case written as `code`, or nil for a number no case has.
  static func decoded(_ code: Int64) -> Self? {
    guard let byte = UInt8(exactly: code) else { return nil }
    return Self(storedCode: byte)
  }

  /// The codes in use, lowest to highest: the range a reader checks first.
  static var codeRange: ClosedRange<Int64> {
    let codes = allCases.map { Int64($0.code) }
    return codes.min()!...codes.max()!
  }
}

extension OrderStatus: StoredCode {
  /// Every status in code order (statistics count by code; `false` is last).
  static let table: [OrderStatus] = (0..<UInt8(allCases.count)).map(OrderStatus.init(code:))

  @inline(__always) var code: UInt8 {
    switch self {
    case .new: 0
    case .inWork: 1
    case .notConfirmed: 2
    case .awaitingPayment: 3
    case .postponed: 4
    case .partiallyPaid: 5
    case .pendingRefund: 6
    case .completed: 7
    case .cancelled: 8
    case .false: 9
    }
  }

  @inline(__always) init?(storedCode code: UInt8) {
    switch code {
    case 0: self = .new
    case 1: self = .inWork
    case 2: self = .notConfirmed
    case 3: self = .awaitingPayment
    case 4: self = .postponed
    case 5: self = .partiallyPaid
    case 6: self = .pendingRefund
    case 7: self = .completed
    case 8: self = .cancelled
    case 9: self = .false
    default: return nil
    }
  }

  var storedName: String { slug }
}

extension UserField: StoredCode {
  var code: UInt8 {
    switch self {
    case .name: 0
    case .email: 1
    case .phone: 2
    }
  }

  init?(storedCode code: UInt8) {
    switch code {
    case 0: self = .name
    case 1: self = .email
    case 2: self = .phone
    default: return nil
    }
  }

  var storedName: String { rawValue }
}

extension OrderDateField: StoredCode {
  var code: UInt8 {
    switch self {
    case .paymentDate: 0
    case .nextContactDate: 1
    }
  }

  init?(storedCode code: UInt8) {
    switch code {
    case 0: self = .paymentDate
    case 1: self = .nextContactDate
    default: return nil
    }
  }

  var storedName: String { rawValue }
}

extension TaskResult: StoredCode {
  var code: UInt8 {
    switch self {
    case .positive: 0
    case .neutral: 1
    case .negative: 2
    case .none: 3
    }
  }

  init?(storedCode code: UInt8) {
    switch code {
    case 0: self = .positive
    case 1: self = .neutral
    case 2: self = .negative
    case 3: self = .none
    default: return nil
    }
  }

  var storedName: String { rawValue }
}

extension TokenState: CaseIterable, StoredCode {
  static let allCases: [TokenState] = [
    .ready, .sleeping, .waiting, .asking, .awaitingChild, .ended,
  ]

  /// Only the four waiting states are saved: a ready token runs before a command returns, and
  /// ended tokens are dropped. The other two keep codes so that the table is total.
  static let saved: [TokenState] = [.sleeping, .waiting, .asking, .awaitingChild]

  var code: UInt8 {
    switch self {
    case .ready: 0
    case .sleeping: 1
    case .waiting: 2
    case .asking: 3
    case .awaitingChild: 4
    case .ended: 5
    }
  }

  init?(storedCode code: UInt8) {
    switch code {
    case 0: self = .ready
    case 1: self = .sleeping
    case 2: self = .waiting
    case 3: self = .asking
    case 4: self = .awaitingChild
    case 5: self = .ended
    default: return nil
    }
  }

  var storedName: String {
    switch self {
    case .ready: "ready"
    case .sleeping: "sleeping"
    case .waiting: "waiting"
    case .asking: "asking"
    case .awaitingChild: "awaiting-child"
    case .ended: "ended"
    }
  }
}

extension Event.Kind: StoredCode {
  /// The explicit raw value (Event.swift), which is what the file holds.
  @inline(__always) var code: UInt8 { rawValue }
  @inline(__always) init?(storedCode code: UInt8) { self.init(rawValue: code) }
  var storedName: String { "\(self)" }
}
