import Wording

extension String {
  /// `51.1%`
  init(percent: Double) {
    self = String(fixed: percent, digits: 1) + "%"
  }

  /// A number with a fixed number of decimals, rounded half away from zero.
  init(fixed value: Double, digits: Int) {
    var scale = 1.0
    for _ in 0..<digits { scale *= 10 }
    let scaled = (value * scale).rounded()
    let integer = Int64(scaled)
    // The sign goes before the whole number: in -0.25 the whole part is 0, which has none.
    let sign = integer < 0 ? "-" : ""
    let whole = integer.magnitude / UInt64(scale)
    let fraction = integer.magnitude % UInt64(scale)
    self = digits == 0 ? "\(sign)\(whole)" : "\(sign)\(whole).\(Int(fraction).padded(digits))"
  }

  /// The text padded on the left to `length` characters.
  func leftPadded(_ length: Int) -> String {
    count >= length ? self : String(repeating: " ", count: length - count) + self
  }
}

extension Language {
  /// A number with `digits` decimals as this language writes it: `0.25` in English, `0,25` in
  /// Russian (its decimal separator is a comma).
  func decimal(_ value: Double, digits: Int) -> String {
    let text = String(fixed: value, digits: digits)
    return self == .russian ? text.replacing(".", with: ",") : text
  }

  /// `51.1%` in English; `51,1 %` in Russian, whose typography puts a (no-break) space before
  /// the sign.
  func percent(_ value: Double) -> String {
    switch self {
    case .english: String(percent: value)
    case .russian: decimal(value, digits: 1) + "\u{00A0}%"
    }
  }
}

extension Int {
  func padded(_ width: Int) -> String {
    let digits = String(self)
    return digits.count >= width
      ? digits : String(repeating: "0", count: width - digits.count) + digits
  }
}
