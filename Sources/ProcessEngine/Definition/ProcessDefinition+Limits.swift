extension ProcessDefinition {
  /// The most a definition may hold (docs/process-format.md, "Limits"). Validation refuses a
  /// definition past any of them with an error naming the place, so nothing later has to check.
  ///
  /// Most come from the session format, which is frozen (docs/session-format.md): an event row
  /// keeps a block's position in 16 bits and an option, counter or variable position in one byte.
  /// The condition depth is a person's limit, not the format's: nobody nests a condition 100
  /// deep, and the bound lets every walk over a condition (parsing, evaluating, writing it back,
  /// even freeing it) recurse without ever nearing the end of the stack.
  public enum Limits {
    /// Block positions 0…32766 in an `Int16`, -1 meaning "no block".
    public static let blocks = 32_767
    /// An answer's option position fills the event row's byte: 0…255.
    public static let optionsPerQuestion = 256
    /// A counter's position fills the event row's byte: 0…255.
    public static let counters = 256
    /// A variable's position takes 7 bits of the event row's byte (the eighth says whether the
    /// value is a date or a text): 0…127.
    public static let variables = 128
    /// Levels of nesting in a condition: each `not`, `and`, `or` and pair of parentheses adds one
    /// around what it holds; a word like `paid` is none.
    public static let conditionDepth = 100
  }
}

extension Int {
  /// `40,000`: the number with its thousands grouped, for messages about limits and sizes.
  var grouped: String {
    let digits = String(magnitude)
    var text = ""
    for (offset, digit) in digits.enumerated() {
      if offset > 0 && (digits.count - offset) % 3 == 0 { text += "," }
      text.append(digit)
    }
    return self < 0 ? "-" + text : text
  }
}
