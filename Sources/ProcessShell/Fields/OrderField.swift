import ProcessEngine
import Wording

/// The fields of an order a script can expect, count by and ask `why` about.
enum OrderField: String, Choice {
  case status
  case amount
  case paid
  case manager
  case reason
  case paymentDate = "payment-date"
  case nextContactDate = "next-contact-date"
  case user
  case calls
  case messages
  case product

  var word: String { rawValue }
  static var category: Phrase { Phrase(en: "field", ru: "поле") }

  var kind: FieldKind {
    switch self {
    case .status: return .status
    case .amount, .paid: return .money
    case .manager, .reason, .product: return .text
    case .paymentDate, .nextContactDate: return .dateTime
    case .user: return .id
    case .calls, .messages: return .count
    }
  }

  /// Whether `why order N FIELD` can trace it: the fields events change.
  var isExplained: Bool {
    switch self {
    case .status, .paid, .manager, .paymentDate, .nextContactDate, .calls, .messages: return true
    case .amount, .reason, .user, .product: return false
    }
  }

  func value(of order: Order, in engine: Engine) -> FieldValue {
    switch self {
    case .status: return .text(order.status.slug)
    case .amount: return .number(order.amount.cents)
    case .paid: return .number(order.paid.cents)
    case .manager: return order.manager.map { .text(engine.managerName($0)) } ?? .none
    case .reason:
      guard order.status == .cancelled, let reason = order.cancelReason else { return .none }
      return .text(engine.text(reason))
    case .paymentDate: return order.paymentDate.map { .number($0.secondsSinceEpoch) } ?? .none
    case .nextContactDate:
      return order.nextContactDate.map { .number($0.secondsSinceEpoch) } ?? .none
    case .user: return .number(Int64(order.user.rawValue))
    case .calls: return .number(Int64(order.calls))
    case .messages: return .number(Int64(order.messages))
    case .product: return .text(order.product)
    }
  }
}

extension UserField {
  var kind: FieldKind { .text }

  func value(of user: User) -> FieldValue {
    switch self {
    case .name: return .text(user.name)
    case .email: return user.email.map(FieldValue.text) ?? .none
    case .phone: return user.phone.map(FieldValue.text) ?? .none
    }
  }
}
