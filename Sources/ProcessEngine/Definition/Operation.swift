/// An action of an `operation` block.
public enum Operation: Equatable, Sendable {
  /// Sets the order's status; `reason` matters for `cancelled`.
  case setStatus(OrderStatus, reason: TextSource?)
  /// "Assign to self": the manager who answered the task's latest step becomes the manager of the
  /// order and of its open tasks.
  case assignManager
  /// Sets a field of the customer; nil clears it.
  case setUserField(UserField, TextSource?)
  /// Sets a date field of the order; nil clears it.
  case setOrderDate(OrderDateField, DateSource?)
  /// Sends a message to the customer.
  case sendMessage(channel: String, text: String)
  /// Sets a counter (by position in the definition's counters).
  case setCounter(Int, Int64)
  /// Adds to a counter.
  case addCounter(Int, Int64)

  /// The `do` word written in definition files.
  public var actionName: String {
    switch self {
    case .setStatus: return "set-status"
    case .assignManager: return "assign-manager"
    case .setUserField(_, let value): return value == nil ? "clear-field" : "set-field"
    case .setOrderDate(_, let value): return value == nil ? "clear-field" : "set-field"
    case .sendMessage: return "send-message"
    case .setCounter: return "counter-set"
    case .addCounter: return "counter-add"
    }
  }

  public static let actionNames = [
    "set-status", "assign-manager", "set-field", "clear-field", "send-message", "counter-set",
    "counter-add",
  ]

  /// Whether the operation needs an order (a user-object process cannot use it). A message goes
  /// to the customer either way: over users, `user N` shows it (issue 12).
  var needsOrder: Bool {
    switch self {
    case .setStatus, .assignManager, .setOrderDate: return true
    case .sendMessage, .setUserField, .setCounter, .addCounter: return false
    }
  }

  var variablesRead: [String] {
    switch self {
    case .setStatus(_, .variable(let name, _)), .setUserField(_, .variable(let name, _)),
      .setOrderDate(_, .variable(let name)):
      return [name]
    case .setStatus, .assignManager, .setUserField, .setOrderDate, .sendMessage, .setCounter,
      .addCounter:
      return []
    }
  }
}

/// Where a text comes from: written in the definition, or a task variable (with a default for
/// when the manager gave none).
public enum TextSource: Equatable, Sendable {
  case literal(String)
  case variable(String, default: String?)
}
