/// The made-up contact details a new customer gets when the command gives none: unique, and
/// plainly not real (`Customer 12`, `customer12@example.com`, `+79000000012`).
///
/// Written byte by byte rather than interpolated: a simulation makes one customer per order, and
/// interpolating the three strings took about 3,000 instructions a customer (callgrind, 7 % of a
/// `simulate 20000 orders`).
extension User {
  static func defaultName(for id: UserID) -> String {
    ascii("Customer ", Int(id.rawValue), "")
  }

  static func defaultEmail(for id: UserID) -> String {
    ascii("customer", Int(id.rawValue), "@example.com")
  }

  /// `+7900` and the id's last seven digits, with zeros before: an 11-digit Russian mobile number.
  static func defaultPhone(for id: UserID) -> String {
    ascii("+7900", Int(id.rawValue % 10_000_000), "", digits: 7)
  }

  /// `prefix`, `number` in decimal with zeros before it up to `digits` digits, then `suffix`.
  /// The prefix and suffix are ASCII.
  private static func ascii(
    _ prefix: StaticString, _ number: Int, _ suffix: StaticString, digits: Int = 1
  ) -> String {
    guard number >= 0 else { return "\(prefix)\(number)\(suffix)" }
    var width = 1
    var rest = number / 10
    while rest > 0 {
      width += 1
      rest /= 10
    }
    width = max(width, digits)
    let count = prefix.utf8CodeUnitCount + width + suffix.utf8CodeUnitCount
    return String(unsafeUninitializedCapacity: count) { buffer in
      var position = 0
      for byte in UnsafeBufferPointer(start: prefix.utf8Start, count: prefix.utf8CodeUnitCount) {
        buffer[position] = byte
        position += 1
      }
      var value = number
      var digit = position + width - 1
      while digit >= position {
        buffer[digit] = UInt8(ascii: "0") + UInt8(value % 10)
        value /= 10
        digit -= 1
      }
      position += width
      for byte in UnsafeBufferPointer(start: suffix.utf8Start, count: suffix.utf8CodeUnitCount) {
        buffer[position] = byte
        position += 1
      }
      return position
    }
  }
}
