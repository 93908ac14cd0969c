/// A condition on a task's object and counters (SPEC §4.1), as `condition` and `wait` blocks and
/// entry conditions use it. Written as a small expression:
///
///     paid
///     status in [new, in-work]
///     has-phone and not partially-paid
///     counter calls < 3 or (counter days >= 2 and has-email)
///     actual and not paid and created ago >= 1h
///     received unpaid-1h ago >= 1d and not opened unpaid-1h
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
  /// The order is still being worked on: not completed, cancelled or false (SPEC §3).
  case actual
  /// The order's age compared with a span: `created ago >= 1h`.
  case createdAgo(ComparisonOperator, TimeSpan)
  /// The order's customer got the message of the mailing called `name`; with an age, that long
  /// ago: `received unpaid-1h ago >= 1d`. Names, not ids: a mailing may be loaded after the
  /// process that asks about it, and a mailing never loaded was simply never received.
  indirect case received(String, ago: Age?)
  /// The customer opened the message of the mailing called `name`.
  case opened(String)
  // Only the combinators are boxed, so evaluating a plain condition never touches a reference count.
  indirect case not(Condition)
  indirect case and(Condition, Condition)
  indirect case or(Condition, Condition)

  /// How long ago something happened, compared with a span: the `ago >= 1d` of `received`.
  public struct Age: Equatable, Sendable {
    public var comparison: ComparisonOperator
    public var span: TimeSpan

    public init(_ comparison: ComparisonOperator, _ span: TimeSpan) {
      self.comparison = comparison
      self.span = span
    }

    /// Whether an event at `past` is this long ago at `now`.
    func holds(since past: Instant, now: Instant) -> Bool {
      comparison.holds(now - past, span)
    }

    /// The first instant after `now` at which `holds(since: past, now:)` changes, if any: the
    /// age reaches the span at `past + span`, where `>=` and `<` turn; `>` and `<=` turn a second
    /// later; `==` and `!=` at both. After its last turn a comparison stays as it is.
    func nextTurn(since past: Instant, after now: Instant) -> Instant? {
      let edge = past + span
      let turns: [Instant] =
        switch comparison {
        case .greaterOrEqual, .less: [edge]
        case .greater, .lessOrEqual: [edge + .seconds(1)]
        case .equal, .notEqual: [edge, edge + .seconds(1)]
        }
      return turns.first { $0 > now }
    }
  }

  /// Whether the condition needs an order (a user-object process cannot use it).
  var needsOrder: Bool {
    switch self {
    case .paid, .partiallyPaid, .statusIn, .actual, .createdAgo, .received, .opened: return true
    case .always, .hasPhone, .hasEmail, .counter: return false
    case .not(let inner): return inner.needsOrder
    case .and(let a, let b), .or(let a, let b): return a.needsOrder || b.needsOrder
    }
  }

  /// Whether the condition reads a task counter (an entry condition has no task to read).
  var readsCounters: Bool {
    switch self {
    case .counter: return true
    case .always, .paid, .partiallyPaid, .statusIn, .hasPhone, .hasEmail, .actual, .createdAgo,
      .received, .opened:
      return false
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
  /// `unknown condition 'payed'; did you mean 'paid'?`. A condition nesting deeper than
  /// `ProcessDefinition.Limits.conditionDepth` is refused, naming the character where it goes
  /// too deep, so no condition can exhaust the stack of whatever walks it later. The error is
  /// `EngineError.condition`.
  public init(parsing text: String, counters: [String]) throws(EngineError) {
    let positions = Dictionary(
      counters.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
    do throws(ConditionSyntaxError) {
      try self.init(parsing: text, counters: counters, positions: positions)
    } catch {
      throw .condition(error.problem)
    }
  }

  /// As `init(parsing:counters:)`, with the counters' positions by name already made: a
  /// definition parses many conditions over the same counters.
  init(parsing text: String, counters: [String], positions: [String: Int])
    throws(ConditionSyntaxError)
  {
    var parser = ConditionParser(text: text, counters: counters, positions: positions)
    self = try parser.parseAll()
  }

  /// The condition written back in the syntax `init(parsing:counters:)` reads.
  public func text(counters: [String]) -> String {
    text(counters: counters, in: .syntax)
  }

  /// The condition in `wording`: its own words for the plain conditions and the connectives,
  /// with the syntax's parentheses (the shell words conditions in Russian for people to read).
  public func text(counters: [String], in wording: Wording) -> String {
    var text = ""
    write(into: &text, counters: counters, wording: wording)
    return text
  }

  /// The words a condition is written in: a plain condition's (anything but `not`, `and` and
  /// `or`), and the three connectives'.
  public struct Wording: Sendable {
    public var plain: @Sendable (_ condition: Condition, _ counters: [String]) -> String
    public var not: String
    public var and: String
    public var or: String

    public init(
      plain: @escaping @Sendable (_ condition: Condition, _ counters: [String]) -> String,
      not: String, and: String, or: String
    ) {
      self.plain = plain
      self.not = not
      self.and = and
      self.or = or
    }

    /// The syntax `init(parsing:counters:)` reads.
    public static let syntax = Wording(
      plain: { condition, counters in condition.syntaxOfPlain(counters: counters) }, not: "not ",
      and: " and ", or: " or ")
  }

  /// A plain condition in the syntax (the connectives are `write`'s).
  private func syntaxOfPlain(counters: [String]) -> String {
    switch self {
    case .always: "true"
    case .paid: "paid"
    case .partiallyPaid: "partially-paid"
    case .statusIn(let statuses):
      "status in [\(statuses.members.map(\.slug).joined(separator: ", "))]"
    case .hasPhone: "has-phone"
    case .hasEmail: "has-email"
    case .counter(let index, let op, let value):
      "counter \(counters[index]) \(op.rawValue) \(value)"
    case .actual: "actual"
    case .createdAgo(let op, let span): "created ago \(op.rawValue) \(span)"
    case .received(let name, let age):
      "received \(name)" + (age.map { " ago \($0.comparison.rawValue) \($0.span)" } ?? "")
    case .opened(let name): "opened \(name)"
    case .not, .and, .or: preconditionFailure("internal inconsistency: a connective is not plain")
    }
  }

  /// Appends rather than returns, so writing a long chain costs its length, not its length
  /// times its depth.
  private func write(into text: inout String, counters: [String], wording: Wording) {
    func wrapped(_ c: Condition) {
      text += "("
      c.write(into: &text, counters: counters, wording: wording)
      text += ")"
    }
    switch self {
    case .not(let inner):
      text += wording.not
      switch inner {
      case .and, .or: wrapped(inner)
      default: inner.write(into: &text, counters: counters, wording: wording)
      }
    // `and` binds tighter than `or`, and both read from the left: a right operand of the same
    // kind keeps its parentheses, or `paid and (has-phone and has-email)` would read back as
    // `(paid and has-phone) and has-email`, another condition to `==` (found by fuzzing).
    case .and(let a, let b):
      if case .or = a {
        wrapped(a)
      } else {
        a.write(into: &text, counters: counters, wording: wording)
      }
      text += wording.and
      switch b {
      case .and, .or: wrapped(b)
      default: b.write(into: &text, counters: counters, wording: wording)
      }
    case .or(let a, let b):
      a.write(into: &text, counters: counters, wording: wording)
      text += wording.or
      if case .or = b {
        wrapped(b)
      } else {
        b.write(into: &text, counters: counters, wording: wording)
      }
    default:
      text += wording.plain(self, counters)
    }
  }

  /// Whether the condition nests deeper than `limit` levels (`not`, `and` and `or` each add one;
  /// a word like `paid` is none). It never looks more than `limit` levels down, so it is safe on
  /// a condition built in code however deep, where parsing would have refused it.
  func nests(deeperThan limit: Int) -> Bool {
    switch self {
    case .always, .paid, .partiallyPaid, .statusIn, .hasPhone, .hasEmail, .counter, .actual,
      .createdAgo, .received, .opened:
      return limit < 0
    case .not(let inner):
      return limit <= 0 || inner.nests(deeperThan: limit - 1)
    case .and(let a, let b), .or(let a, let b):
      return limit <= 0 || a.nests(deeperThan: limit - 1) || b.nests(deeperThan: limit - 1)
    }
  }
}

extension Condition {
  /// Whether the condition asks how long ago something happened (`created ago`, `received …
  /// ago`): its value can change with time alone, so whoever waits on it must look again at the
  /// instants `Engine.nextTurn(of:order:)` gives.
  var readsTime: Bool {
    switch self {
    case .createdAgo, .received(_, ago: .some): return true
    case .always, .paid, .partiallyPaid, .statusIn, .hasPhone, .hasEmail, .counter, .actual,
      .received, .opened:
      return false
    case .not(let inner): return inner.readsTime
    case .and(let a, let b), .or(let a, let b): return a.readsTime || b.readsTime
    }
  }
}

/// What the parser throws: only ever a condition problem, so the definition reader, which words
/// it into a `DefinitionProblem`, has no other case to rule out; `init(parsing:counters:)` turns
/// it into `EngineError.condition`.
struct ConditionSyntaxError: Error {
  var problem: ConditionProblem

  init(_ problem: ConditionProblem) {
    self.problem = problem
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
