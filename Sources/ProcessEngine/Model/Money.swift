/// An amount of money in hundredths, so that payments add up exactly: `10000`, `99.50`.
public struct Money: Hashable, Comparable, Sendable {
  public var cents: Int64

  public init(cents: Int64) { self.cents = cents }
  public static func whole(_ units: Int64) -> Money { Money(cents: units * 100) }
  public static let zero = Money(cents: 0)

  public static func < (lhs: Money, rhs: Money) -> Bool { lhs.cents < rhs.cents }
  public static func + (lhs: Money, rhs: Money) -> Money { Money(cents: lhs.cents + rhs.cents) }
  public static func - (lhs: Money, rhs: Money) -> Money { Money(cents: lhs.cents - rhs.cents) }

  /// The largest amount accepted: a trillion keeps every sum far from overflow.
  static let maximum = Money.whole(1_000_000_000_000)

  /// Parses `10000`, `99.5`, `99.50`; no sign, at most two decimals.
  public init(parsing text: String) throws(EngineError) {
    let parts = text.split(separator: ".", omittingEmptySubsequences: false)
    func digits(_ part: Substring) -> Int64? {
      guard !part.isEmpty, part.count <= 13, part.allSatisfy({ $0.isASCII && $0.isNumber }) else {
        return nil
      }
      return Int64(part)
    }
    switch parts.count {
    case 1:
      guard let units = digits(parts[0]) else { throw .malformedAmount(text) }
      cents = units * 100
    case 2:
      guard let units = digits(parts[0]), parts[1].count <= 2, let fraction = digits(parts[1])
      else {
        throw .malformedAmount(text)
      }
      cents = units * 100 + fraction * (parts[1].count == 1 ? 10 : 1)
    default:
      throw .malformedAmount(text)
    }
    guard self <= Self.maximum else { throw .malformedAmount(text) }
  }
}

extension Money: CustomStringConvertible {
  /// `10000`, or `99.50` when there are hundredths.
  public var description: String {
    let units = cents / 100
    let rest = Int(cents % 100)
    return rest == 0 ? "\(units)" : "\(units).\(rest.padded(2))"
  }
}
