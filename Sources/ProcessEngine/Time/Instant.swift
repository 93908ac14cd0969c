/// A naive local date-time on the session's virtual clock, to the second.
///
/// There is no time zone and no daylight saving: a school's CRM thinks in wall-clock days, and the
/// process's delays ("3 days", "30 minutes") are plain arithmetic on that wall clock. Stored as
/// seconds since 1970-01-01 00:00:00 so that comparisons and arithmetic are integer operations.
///
///     Instant(year: 2026, month: 1, day: 5, hour: 9)    // 2026-01-05 09:00
public struct Instant: Hashable, Comparable, Sendable {
  /// Seconds since 1970-01-01 00:00:00 (naive local time).
  public var secondsSinceEpoch: Int64

  public init(secondsSinceEpoch: Int64) {
    self.secondsSinceEpoch = secondsSinceEpoch
  }

  /// The instant at a calendar date and time; the fields must already be valid (see
  /// `CivilDateTime.validated`).
  public init(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0) {
    let days = CivilDate.daysSinceEpoch(year: year, month: month, day: day)
    secondsSinceEpoch = days * 86_400 + Int64(hour * 3600 + minute * 60 + second)
  }

  /// The first instant of a new session: Monday 2026-01-05 09:00 (SPEC §2).
  public static let sessionStart = Instant(year: 2026, month: 1, day: 5, hour: 9)

  /// The calendar procsh keeps: years 0001 to 9999, as its date-times are written (SPEC §12.3).
  /// The clock never leaves it, so every saved session can be read again.
  public static let earliest = Instant(year: 1, month: 1, day: 1)
  public static let latest = Instant(
    year: 9999, month: 12, day: 31, hour: 23, minute: 59, second: 59)

  /// Whether the instant is within the calendar, `earliest` to `latest`.
  public var isInCalendar: Bool { self >= .earliest && self <= .latest }

  public static func < (lhs: Instant, rhs: Instant) -> Bool {
    lhs.secondsSinceEpoch < rhs.secondsSinceEpoch
  }

  public static func + (lhs: Instant, rhs: TimeSpan) -> Instant {
    Instant(secondsSinceEpoch: lhs.secondsSinceEpoch &+ rhs.seconds)
  }

  public static func - (lhs: Instant, rhs: Instant) -> TimeSpan {
    TimeSpan(seconds: lhs.secondsSinceEpoch - rhs.secondsSinceEpoch)
  }

  /// The calendar fields of this instant.
  public var civil: CivilDateTime {
    let days = secondsSinceEpoch.floorDivided(by: 86_400)
    let secondOfDay = Int(secondsSinceEpoch - days * 86_400)
    let (year, month, day) = CivilDate.civil(fromDaysSinceEpoch: days)
    return CivilDateTime(
      year: year, month: month, day: day,
      hour: secondOfDay / 3600, minute: secondOfDay / 60 % 60, second: secondOfDay % 60)
  }

  /// The day of the week, 1 = Monday … 7 = Sunday (ISO 8601).
  public var weekday: Int {
    let days = secondsSinceEpoch.floorDivided(by: 86_400)
    // 1970-01-01 was a Thursday (ISO weekday 4).
    return Int((days + 3).floorModulo(7)) + 1
  }
}

extension Instant: CustomStringConvertible {
  /// `2026-01-05 09:00`, or `2026-01-05 09:00:30` when the seconds are not zero.
  public var description: String {
    let c = civil
    return Self.text(c, withSeconds: c.second != 0, separator: UInt8(ascii: " "))
  }

  /// Always with seconds, `2026-01-05T09:00:00`: the form written to session files.
  public var isoDescription: String {
    Self.text(civil, withSeconds: true, separator: UInt8(ascii: "T"))
  }

  /// The digits written one by one into the string's own buffer: `log` and `save` write
  /// instants by the hundred thousand, and interpolating five padded numbers cost some 5,800
  /// instructions each (callgrind), a sixth of all `log` did.
  private static func text(_ c: CivilDateTime, withSeconds: Bool, separator: UInt8) -> String {
    // The clock stays within 0001–9999 (`EngineError.beyondTheCalendar`); wider years keep
    // their digits the slow way rather than lose them.
    guard (0...9999).contains(c.year) else {
      return "\(c.year.padded(4))-\(c.month.padded(2))-\(c.day.padded(2))"
        + "\(Character(Unicode.Scalar(separator)))\(c.hour.padded(2)):\(c.minute.padded(2))"
        + (withSeconds ? ":\(c.second.padded(2))" : "")
    }
    let count = withSeconds ? 19 : 16
    return String(unsafeUninitializedCapacity: count) { buffer in
      func put(_ value: Int, width: Int, at start: Int) {
        var rest = value
        for index in stride(from: start + width - 1, through: start, by: -1) {
          buffer[index] = UInt8(ascii: "0") + UInt8(rest % 10)
          rest /= 10
        }
      }
      put(c.year, width: 4, at: 0)
      buffer[4] = UInt8(ascii: "-")
      put(c.month, width: 2, at: 5)
      buffer[7] = UInt8(ascii: "-")
      put(c.day, width: 2, at: 8)
      buffer[10] = separator
      put(c.hour, width: 2, at: 11)
      buffer[13] = UInt8(ascii: ":")
      put(c.minute, width: 2, at: 14)
      if withSeconds {
        buffer[16] = UInt8(ascii: ":")
        put(c.second, width: 2, at: 17)
      }
      return count
    }
  }
}

/// The calendar fields of an `Instant`.
public struct CivilDateTime: Equatable, Sendable {
  public var year: Int
  public var month: Int
  public var day: Int
  public var hour: Int
  public var minute: Int
  public var second: Int
}

/// Proleptic Gregorian calendar arithmetic (Howard Hinnant's algorithms), so the engine needs no
/// Foundation and gives the same answer on every machine.
enum CivilDate {
  static func isLeapYear(_ year: Int) -> Bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
  }

  static func daysInMonth(year: Int, month: Int) -> Int {
    switch month {
    case 2: return isLeapYear(year) ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  static func daysSinceEpoch(year: Int, month: Int, day: Int) -> Int64 {
    let y = Int64(month <= 2 ? year - 1 : year)
    let era = y.floorDivided(by: 400)
    let yearOfEra = y - era * 400
    let m = Int64(month)
    let dayOfYear = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + Int64(day) - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }

  static func civil(fromDaysSinceEpoch days: Int64) -> (year: Int, month: Int, day: Int) {
    let z = days + 719_468
    let era = z.floorDivided(by: 146_097)
    let dayOfEra = z - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let mp = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * mp + 2) / 5 + 1
    let month = mp < 10 ? mp + 3 : mp - 9
    let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    return (Int(year), Int(month), Int(day))
  }
}

extension Int64 {
  func floorDivided(by divisor: Int64) -> Int64 {
    let quotient = self / divisor
    return (self % divisor != 0 && (self < 0) != (divisor < 0)) ? quotient - 1 : quotient
  }

  func floorModulo(_ divisor: Int64) -> Int64 {
    self - floorDivided(by: divisor) * divisor
  }
}

extension Int {
  /// Zero-padded decimal digits: `5.padded(2)` is `"05"`.
  func padded(_ width: Int) -> String {
    let digits = String(self)
    return digits.count >= width
      ? digits : String(repeating: "0", count: width - digits.count) + digits
  }
}
