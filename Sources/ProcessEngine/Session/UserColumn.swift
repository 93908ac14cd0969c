/// The columns of a `users` row: one customer, whose id is the position from 1.
enum UserColumn: Int, SessionColumn {
  case name
  case email
  case phone

  static var section: String { "users" }

  var name: String {
    switch self {
    case .name: "name"
    case .email: "email"
    case .phone: "phone"
    }
  }

  var type: ColumnType {
    switch self {
    case .name: .string
    case .email, .phone: .optionalString
    }
  }

  var meaning: String {
    switch self {
    case .name: "the customer's name"
    case .email: "the e-mail address, or null"
    case .phone: "the phone number, or null"
    }
  }
}
