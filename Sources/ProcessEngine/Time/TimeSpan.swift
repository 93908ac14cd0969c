/// A length of virtual time, to the second: what a delay waits, what `advance` moves by.
///
/// Written `30s`, `5m`, `2h`, `1d`, `1w`, or combined from the largest unit to the smallest,
/// `1d2h30m`. `m` is minutes; there are no months, because months have no fixed length.
///
///     TimeSpan.minutes(30) + .days(1)      // 1d30m
public struct TimeSpan: Hashable, Comparable, Sendable {
  public var seconds: Int64

  public init(seconds: Int64) {
    self.seconds = seconds
  }

  public static let zero = TimeSpan(seconds: 0)
  public static func seconds(_ n: Int64) -> TimeSpan { TimeSpan(seconds: n) }
  public static func minutes(_ n: Int64) -> TimeSpan { TimeSpan(seconds: n * 60) }
  public static func hours(_ n: Int64) -> TimeSpan { TimeSpan(seconds: n * 3600) }
  public static func days(_ n: Int64) -> TimeSpan { TimeSpan(seconds: n * 86_400) }
  public static func weeks(_ n: Int64) -> TimeSpan { TimeSpan(seconds: n * 604_800) }

  public static func < (lhs: TimeSpan, rhs: TimeSpan) -> Bool { lhs.seconds < rhs.seconds }
  public static func + (lhs: TimeSpan, rhs: TimeSpan) -> TimeSpan {
    TimeSpan(seconds: lhs.seconds + rhs.seconds)
  }

  /// The units in the order they must be written, largest first.
  static let units: [(symbol: Character, seconds: Int64)] = [
    ("w", 604_800), ("d", 86_400), ("h", 3600), ("m", 60), ("s", 1),
  ]

  /// The longest span accepted anywhere: a century keeps every sum far from overflow.
  static let maximum = TimeSpan.days(36_525)

  /// Parses `30s`, `1d2h30m`, …; units from the largest to the smallest, each at most once.
  public init(parsing text: String) throws(EngineError) {
    var total: Int64 = 0
    var number: Int64? = nil
    var digits = 0
    var lastUnit = -1
    for character in text {
      if let digit = character.wholeNumberValue, character.isASCII {
        digits += 1
        guard digits <= 9 else { throw .malformedDuration(text, reason: .numberTooLarge) }
        number = (number ?? 0) * 10 + Int64(digit)
        continue
      }
      guard let unit = Self.units.firstIndex(where: { $0.symbol == character }) else {
        throw .malformedDuration(text, reason: .notAUnit(character))
      }
      guard let value = number else {
        throw .malformedDuration(text, reason: .numberBeforeUnit(character))
      }
      guard unit > lastUnit else {
        throw .malformedDuration(text, reason: .unitOrder)
      }
      total += value * Self.units[unit].seconds
      lastUnit = unit
      number = nil
      digits = 0
    }
    guard !text.isEmpty else { throw .malformedDuration(text, reason: .empty) }
    guard number == nil else {
      throw .malformedDuration(text, reason: .lastNumberWithoutUnit)
    }
    guard total <= Self.maximum.seconds else {
      throw .malformedDuration(text, reason: .longerThanACentury)
    }
    seconds = total
  }
}

extension TimeSpan: CustomStringConvertible {
  /// The canonical form, `1d2h30m`; `0s` for zero; `-` before a negative span. Weeks are shown
  /// as days (`10d`, not `1w3d`): a trainer counts a process's days.
  public var description: String {
    if seconds == 0 { return "0s" }
    var rest = seconds.magnitude
    var text = seconds < 0 ? "-" : ""
    for (symbol, size) in Self.units.dropFirst() where rest >= UInt64(size) {
      text += "\(rest / UInt64(size))\(symbol)"
      rest %= UInt64(size)
    }
    return text
  }
}
