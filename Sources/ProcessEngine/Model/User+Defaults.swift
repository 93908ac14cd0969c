/// The made-up contact details a new customer gets when the command gives none: unique, and
/// plainly not real (`Customer 12`, `customer12@example.com`, `+79000000012`).
extension User {
  static func defaultName(for id: UserID) -> String { "Customer \(id.rawValue)" }

  static func defaultEmail(for id: UserID) -> String { "customer\(id.rawValue)@example.com" }

  /// `+7900` and the id's last seven digits, with zeros before: an 11-digit Russian mobile number.
  static func defaultPhone(for id: UserID) -> String {
    let digits = String(id.rawValue % 10_000_000)
    return "+7900" + String(repeating: "0", count: 7 - digits.count) + digits
  }
}
