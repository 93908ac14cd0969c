/// A date-time as a user writes it: absolute, or relative to the virtual clock.
///
///     2026-01-07            // midnight
///     2026-01-07 14:30      // or 2026-01-07T14:30, seconds optional
///     +2d                   // two days from now
public enum DateTimeExpression: Hashable, Sendable {
  case absolute(Instant)
  case relative(TimeSpan)

  /// The instant this expression names when the clock reads `now`.
  public func resolved(now: Instant) -> Instant {
    switch self {
    case .absolute(let instant): return instant
    case .relative(let span): return now + span
    }
  }

  public init(parsing text: String) throws(EngineError) {
    if text.hasPrefix("+") {
      self = .relative(try TimeSpan(parsing: String(text.dropFirst())))
      return
    }
    self = .absolute(try Instant(parsing: text))
  }
}

extension Instant {
  /// Parses `YYYY-MM-DD[( |T)HH:MM[:SS]]`; a date alone is 00:00.
  public init(parsing text: String) throws(EngineError) {
    let bytes = Array(text.utf8)
    var position = 0

    func number(_ width: Int) -> Int? {
      guard position + width <= bytes.count else { return nil }
      var value = 0
      for byte in bytes[position..<position + width] {
        guard byte >= 48, byte <= 57 else { return nil }
        value = value * 10 + Int(byte - 48)
      }
      position += width
      return value
    }
    func expect(_ separators: [UInt8]) -> Bool {
      guard position < bytes.count, separators.contains(bytes[position]) else { return false }
      position += 1
      return true
    }
    guard let year = number(4), expect([45]), let month = number(2), expect([45]),
      let day = number(2)
    else { throw .malformedDateTime(text, reason: .shape) }
    var hour = 0
    var minute = 0
    var second = 0
    if position < bytes.count {
      guard expect([32, 84]), let h = number(2), expect([58]), let m = number(2) else {
        throw .malformedDateTime(text, reason: .shape)
      }
      hour = h
      minute = m
      if position < bytes.count {
        guard expect([58]), let s = number(2) else {
          throw .malformedDateTime(text, reason: .shape)
        }
        second = s
      }
    }
    guard position == bytes.count else { throw .malformedDateTime(text, reason: .shape) }
    guard year >= 1 else { throw .malformedDateTime(text, reason: .yearZero) }
    guard (1...12).contains(month) else {
      throw .malformedDateTime(text, reason: .month(month))
    }
    let monthLength = CivilDate.daysInMonth(year: year, month: month)
    guard (1...monthLength).contains(day) else {
      throw .malformedDateTime(text, reason: .day(day, monthLength: monthLength))
    }
    guard hour < 24, minute < 60, second < 60 else {
      throw .malformedDateTime(text, reason: .time)
    }
    self.init(year: year, month: month, day: day, hour: hour, minute: minute, second: second)
  }
}
