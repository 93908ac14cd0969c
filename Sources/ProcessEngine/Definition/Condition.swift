/// A condition on a task's object and counters (SPEC §4.1), as `condition` and `wait` blocks and
/// entry conditions use it. Written as a small expression:
///
///     paid
///     status in [new, in-work]
///     has-phone and not partially-paid
///     counter calls < 3 or (counter days >= 2 and has-email)
public enum Condition: Equatable, Sendable {
  case always
  /// Payments reached the amount.
  case paid
  /// Something, but not everything, was paid.
  case partiallyPaid
  case statusIn(StatusSet)
  case hasPhone
  case hasEmail
  /// A task counter compared with a number; `counter` is the index in the definition's counters.
  case counter(Int, ComparisonOperator, Int64)
  // Only the combinators are boxed, so evaluating a plain condition never touches a reference count.
  indirect case not(Condition)
  indirect case and(Condition, Condition)
  indirect case or(Condition, Condition)

  /// Whether the condition needs an order (a user-object process cannot use it).
  var needsOrder: Bool {
    switch self {
    case .paid, .partiallyPaid, .statusIn: return true
    case .always, .hasPhone, .hasEmail, .counter: return false
    case .not(let inner): return inner.needsOrder
    case .and(let a, let b), .or(let a, let b): return a.needsOrder || b.needsOrder
    }
  }

  /// Whether the condition reads a task counter (an entry condition has no task to read).
  var readsCounters: Bool {
    switch self {
    case .counter: return true
    case .always, .paid, .partiallyPaid, .statusIn, .hasPhone, .hasEmail: return false
    case .not(let inner): return inner.readsCounters
    case .and(let a, let b), .or(let a, let b): return a.readsCounters || b.readsCounters
    }
  }
}

/// `==` `!=` `<` `<=` `>` `>=`, as in conditions and `expect`.
public enum ComparisonOperator: String, CaseIterable, Sendable {
  case equal = "=="
  case notEqual = "!="
  case less = "<"
  case lessOrEqual = "<="
  case greater = ">"
  case greaterOrEqual = ">="

  /// Whether `lhs OP rhs` holds.
  public func holds<T: Comparable>(_ lhs: T, _ rhs: T) -> Bool {
    switch self {
    case .equal: return lhs == rhs
    case .notEqual: return lhs != rhs
    case .less: return lhs < rhs
    case .lessOrEqual: return lhs <= rhs
    case .greater: return lhs > rhs
    case .greaterOrEqual: return lhs >= rhs
    }
  }

  /// Whether the operator only asks for equality, so values without an order can be compared.
  public var isEquality: Bool { self == .equal || self == .notEqual }
}

extension Condition {
  /// Parses a condition; `counters` are the definition's counter names, in order.
  ///
  /// Errors say what was expected at which word, e.g.
  /// `unknown condition 'payed'; did you mean 'paid'?`.
  public init(parsing text: String, counters: [String]) throws(ConditionSyntaxError) {
    var parser = ConditionParser(text: text, counters: counters)
    self = try parser.parseAll()
  }

  /// The condition written back in the syntax `init(parsing:counters:)` reads.
  public func text(counters: [String]) -> String {
    func wrapped(_ c: Condition) -> String {
      switch c {
      case .and, .or: return "(\(c.text(counters: counters)))"
      default: return c.text(counters: counters)
      }
    }
    switch self {
    case .always: return "true"
    case .paid: return "paid"
    case .partiallyPaid: return "partially-paid"
    case .statusIn(let statuses):
      return "status in [\(statuses.members.map(\.slug).joined(separator: ", "))]"
    case .hasPhone: return "has-phone"
    case .hasEmail: return "has-email"
    case .counter(let index, let op, let value):
      return "counter \(counters[index]) \(op.rawValue) \(value)"
    case .not(let inner): return "not \(wrapped(inner))"
    case .and(let a, let b):
      let left = if case .or = a { wrapped(a) } else { a.text(counters: counters) }
      let right = if case .or = b { wrapped(b) } else { b.text(counters: counters) }
      return "\(left) and \(right)"
    case .or(let a, let b): return "\(a.text(counters: counters)) or \(b.text(counters: counters))"
    }
  }
}

/// Why a condition's text could not be read.
public struct ConditionSyntaxError: Error, Equatable, Sendable {
  public var message: String

  public init(message: String) {
    self.message = message
  }
}

/// A recursive-descent parser over the words of a condition.
private struct ConditionParser {
  var words: [String]
  var position = 0
  let counters: [String]
  let text: String

  init(text: String, counters: [String]) {
    self.text = text
    self.counters = counters
    // Brackets, parentheses and commas are words of their own; operators are separated by spaces.
    var words: [String] = []
    var current = ""
    for character in text {
      if character == " " || character == "\t" || character == "\n" {
        if !current.isEmpty { words.append(current) }
        current = ""
      } else if "[](),".contains(character) {
        if !current.isEmpty { words.append(current) }
        current = ""
        words.append(String(character))
      } else {
        current.append(character)
      }
    }
    if !current.isEmpty { words.append(current) }
    self.words = words
  }

  static let atoms = [
    "paid", "partially-paid", "has-phone", "has-email", "status", "counter", "not", "true",
  ]

  mutating func parseAll() throws(ConditionSyntaxError) -> Condition {
    guard !words.isEmpty else { throw ConditionSyntaxError(message: "the condition is empty") }
    let condition = try parseOr()
    if position < words.count {
      throw ConditionSyntaxError(
        message: "unexpected '\(words[position])'; expected 'and', 'or' or the end")
    }
    return condition
  }

  mutating func next() -> String? {
    guard position < words.count else { return nil }
    defer { position += 1 }
    return words[position]
  }

  func peek() -> String? { position < words.count ? words[position] : nil }

  mutating func expect(_ word: String) throws(ConditionSyntaxError) {
    guard let found = next() else {
      throw ConditionSyntaxError(message: "expected '\(word)' but the condition ended")
    }
    guard found == word else {
      throw ConditionSyntaxError(message: "expected '\(word)' but found '\(found)'")
    }
  }

  mutating func parseOr() throws(ConditionSyntaxError) -> Condition {
    var result = try parseAnd()
    while peek() == "or" {
      position += 1
      result = .or(result, try parseAnd())
    }
    return result
  }

  mutating func parseAnd() throws(ConditionSyntaxError) -> Condition {
    var result = try parseUnary()
    while peek() == "and" {
      position += 1
      result = .and(result, try parseUnary())
    }
    return result
  }

  mutating func parseUnary() throws(ConditionSyntaxError) -> Condition {
    guard let word = next() else {
      throw ConditionSyntaxError(message: "the condition ends where a condition was expected")
    }
    switch word {
    case "not": return .not(try parseUnary())
    case "(":
      let inner = try parseOr()
      try expect(")")
      return inner
    case "true": return .always
    case "paid": return .paid
    case "partially-paid": return .partiallyPaid
    case "has-phone": return .hasPhone
    case "has-email": return .hasEmail
    case "status": return try parseStatus()
    case "counter": return try parseCounter()
    default:
      var message = "unknown condition '\(word)'"
      if let suggestion = Suggestion.closest(to: word, among: Self.atoms) {
        message += "; did you mean '\(suggestion)'?"
      } else {
        message += "; expected one of \(Self.atoms.joined(separator: ", "))"
      }
      throw ConditionSyntaxError(message: message)
    }
  }

  mutating func parseStatus() throws(ConditionSyntaxError) -> Condition {
    guard let word = next() else {
      throw ConditionSyntaxError(message: "expected 'in' or '==' after 'status'")
    }
    func status(_ slug: String) throws(ConditionSyntaxError) -> OrderStatus {
      guard let status = OrderStatus(slug: slug) else {
        throw ConditionSyntaxError(
          message: "unknown status '\(slug)'; expected one of "
            + OrderStatus.allCases.map(\.slug).joined(separator: ", "))
      }
      return status
    }
    switch word {
    case "==":
      guard let slug = next() else {
        throw ConditionSyntaxError(message: "expected a status after '=='")
      }
      return .statusIn(StatusSet([try status(slug)]))
    case "!=":
      guard let slug = next() else {
        throw ConditionSyntaxError(message: "expected a status after '!='")
      }
      return .not(.statusIn(StatusSet([try status(slug)])))
    case "in":
      try expect("[")
      var statuses: [OrderStatus] = []
      while true {
        guard let slug = next() else {
          throw ConditionSyntaxError(message: "expected ']' to close the list")
        }
        if slug == "]" && statuses.isEmpty {
          throw ConditionSyntaxError(message: "the status list is empty")
        }
        statuses.append(try status(slug))
        guard let separator = next() else {
          throw ConditionSyntaxError(message: "expected ']' to close the list")
        }
        if separator == "]" { break }
        guard separator == "," else {
          throw ConditionSyntaxError(message: "expected ',' or ']' but found '\(separator)'")
        }
      }
      return .statusIn(StatusSet(statuses))
    default:
      throw ConditionSyntaxError(message: "expected 'in' or '==' after 'status', found '\(word)'")
    }
  }

  mutating func parseCounter() throws(ConditionSyntaxError) -> Condition {
    guard let name = next() else {
      throw ConditionSyntaxError(message: "expected a counter name after 'counter'")
    }
    guard let index = counters.firstIndex(of: name) else {
      var message = "unknown counter '\(name)'"
      if counters.isEmpty {
        message += "; the process declares no counters"
      } else if let suggestion = Suggestion.closest(to: name, among: counters) {
        message += "; did you mean '\(suggestion)'?"
      } else {
        message += "; expected one of \(counters.joined(separator: ", "))"
      }
      throw ConditionSyntaxError(message: message)
    }
    guard let opText = next(), let op = ComparisonOperator(rawValue: opText) else {
      throw ConditionSyntaxError(message: "expected one of == != < <= > >= after 'counter \(name)'")
    }
    guard let valueText = next(), let value = Int64(valueText) else {
      throw ConditionSyntaxError(
        message: "expected a whole number after 'counter \(name) \(op.rawValue)'")
    }
    return .counter(index, op, value)
  }
}

/// A set of order statuses as a bit mask: `status in [...]` is one AND at run time.
public struct StatusSet: Hashable, Sendable {
  public var bits: UInt16

  public init(_ statuses: [OrderStatus]) {
    bits = 0
    for status in statuses { bits |= 1 << UInt16(status.code) }
  }

  @inline(__always) public func contains(_ status: OrderStatus) -> Bool {
    bits & (1 << UInt16(status.code)) != 0
  }

  /// The statuses in the set, in the order of `OrderStatus.allCases`.
  public var members: [OrderStatus] { OrderStatus.table.filter(contains) }
}
