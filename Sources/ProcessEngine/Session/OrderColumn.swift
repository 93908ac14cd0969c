/// The columns of an `orders` row: one order, whose id is its position from 1.
enum OrderColumn: Int, SessionColumn {
  case user
  case product
  case amount
  case paid
  case status
  case reason
  case manager
  case paymentDate
  case nextContactDate
  case created
  case calls
  case messages

  static var section: String { "orders" }

  var name: String {
    switch self {
    case .user: "user"
    case .product: "product"
    case .amount: "amount"
    case .paid: "paid"
    case .status: "status"
    case .reason: "reason"
    case .manager: "manager"
    case .paymentDate: "payment-date"
    case .nextContactDate: "next-contact-date"
    case .created: "created"
    case .calls: "calls"
    case .messages: "messages"
    }
  }

  var type: ColumnType {
    switch self {
    case .product: .string
    case .paymentDate, .nextContactDate: .optionalInteger
    case .user, .amount, .paid, .status, .reason, .manager, .created, .calls, .messages: .integer
    }
  }

  var meaning: String {
    switch self {
    case .user: "the customer's user id"
    case .product: "what was ordered"
    case .amount: "the price, in cents"
    case .paid: "paid so far, in cents"
    case .status: "an order status code"
    case .reason: "why it was cancelled: a text id, or -1"
    case .manager: "its manager's id, or 0"
    case .paymentDate: "the agreed payment date, or null"
    case .nextContactDate: "the next contact date, or null"
    case .created: "when it was created"
    case .calls: "calls made"
    case .messages: "messages sent"
    }
  }
}
