/// The status of an order, GetCourse's ten (SPEC §3).
///
/// Payments set `partially-paid` and `completed`; `cancelled` and `false` end an order's life, and
/// `false` is a soft delete that hides the order from lists and statistics.
public enum OrderStatus: String, CaseIterable, Sendable, Codable {
  case new
  case inWork = "in-work"
  case notConfirmed = "not-confirmed"
  case awaitingPayment = "awaiting-payment"
  case postponed
  case partiallyPaid = "partially-paid"
  case pendingRefund = "pending-refund"
  case completed
  case cancelled
  case `false`

  /// The slug users type and read: `in-work`.
  public var slug: String { rawValue }

  /// GetCourse's own name for the status, for trainers who show both.
  public var russianName: String {
    switch self {
    case .new: return "Новый"
    case .inWork: return "В работе"
    case .notConfirmed: return "Не подтверждён"
    case .awaitingPayment: return "Ожидаем оплаты"
    case .postponed: return "Отложен"
    case .partiallyPaid: return "Частично оплачен"
    case .pendingRefund: return "Ожидаем возврата"
    case .completed: return "Завершён"
    case .cancelled: return "Отменён"
    case .false: return "Ложный"
    }
  }

  /// An order still being worked on: all but `completed`, `cancelled` and `false`.
  public var isActual: Bool {
    switch self {
    case .completed, .cancelled, .false: return false
    case .new, .inWork, .notConfirmed, .awaitingPayment, .postponed, .partiallyPaid, .pendingRefund:
      return true
    }
  }

  /// Whether a payment may be taken: not on a cancelled or false order.
  public var acceptsPayments: Bool {
    switch self {
    case .cancelled, .false: return false
    case .new, .inWork, .notConfirmed, .awaitingPayment, .postponed, .partiallyPaid, .pendingRefund,
      .completed:
      return true
    }
  }

  /// Whether only payments set this status (a manager or a process may not).
  public var isSetByPayments: Bool {
    switch self {
    case .partiallyPaid, .completed: return true
    case .new, .inWork, .notConfirmed, .awaitingPayment, .postponed, .pendingRefund, .cancelled,
      .false:
      return false
    }
  }

  /// The status for a slug, or nil.
  public init?(slug: String) { self.init(rawValue: slug) }

  /// The status a person named: its slug (`in-work`), or its Russian name in any case and with
  /// `ё` written as `е` (`В работе`, `в работе`, `Отменен`), as SPEC §12.1 has input accept
  /// wherever a status is written. Nil for anything else.
  public init?(name: String) {
    if let status = OrderStatus(rawValue: name) {
      self = status
      return
    }
    let wanted = name.foldedName
    guard let status = Self.allCases.first(where: { $0.russianName.foldedName == wanted }) else {
      return nil
    }
    self = status
  }
}
