import ProcessEngine

/// Reading the small values commands take: ids, durations, date-times, amounts, names.
enum Values {
  /// `12` or `#12`, a positive id.
  static func id(_ text: String) -> Int32? {
    let digits = text.hasPrefix("#") ? String(text.dropFirst()) : text
    guard !digits.isEmpty, digits.count <= 9, digits.allSatisfy({ $0.isASCII && $0.isNumber }),
      let number = Int32(digits), number > 0
    else { return nil }
    return number
  }

  /// "unknown status 'x'; did you mean 'y'?" or "…; expected one of a, b, c".
  static func unknown(_ what: String, _ text: String, among names: [String]) -> String {
    var message = "unknown \(what) '\(text)'"
    if let suggestion = Suggestion.closest(to: text, among: names) {
      message += "; did you mean '\(suggestion)'?"
    } else {
      message += "; expected one of \(names.joined(separator: ", "))"
    }
    return message
  }
}
