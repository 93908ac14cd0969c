/// A recursive-descent parser over the words of a condition.
///
/// Every recursion goes through a `not` or a parenthesis, and each adds a level of nesting, so
/// counting levels on the way down bounds the parser's own depth; counting them on the way up
/// (`Parsed.depth`) bounds the depth of the condition it builds, `and` and `or` chains included.
struct ConditionParser {
  /// A condition and how many levels it nests, parentheses included.
  struct Parsed {
    var condition: Condition
    var depth: Int
  }

  var words: [String] = []
  /// Where each word starts in the text, in characters from 1: error messages name it.
  var starts: [Int] = []
  var position = 0
  let counters: [String]
  let positions: [String: Int]
  let text: String

  init(text: String, counters: [String], positions: [String: Int]) {
    self.text = text
    self.counters = counters
    self.positions = positions
    // Brackets, parentheses and commas are words of their own; operators are separated by spaces.
    // A word in double quotes may hold spaces: a status's Russian name (`"В работе"`).
    var current = ""
    var currentStart = 1
    var quoted = false
    for (offset, character) in text.enumerated() {
      if character == "\"" {
        if quoted || !current.isEmpty { add(current, at: currentStart) }
        if !quoted { currentStart = offset + 2 }
        current = ""
        quoted.toggle()
      } else if quoted {
        current.append(character)
      } else if character == " " || character == "\t" || character == "\n" {
        if !current.isEmpty { add(current, at: currentStart) }
        current = ""
      } else if "[](),".contains(character) {
        if !current.isEmpty { add(current, at: currentStart) }
        current = ""
        add(String(character), at: offset + 1)
      } else {
        if current.isEmpty { currentStart = offset + 1 }
        current.append(character)
      }
    }
    if !current.isEmpty { add(current, at: currentStart) }
  }

  private mutating func add(_ word: String, at start: Int) {
    words.append(word)
    starts.append(start)
  }

  static let atoms = [
    "paid", "partially-paid", "has-phone", "has-email", "status", "counter", "not", "true",
    "actual", "created", "received", "opened",
  ]

  static let maximumDepth = ProcessDefinition.Limits.conditionDepth

  mutating func parseAll() throws(ConditionSyntaxError) -> Condition {
    guard !words.isEmpty else { throw ConditionSyntaxError(.empty) }
    let parsed = try parseOr(level: 0)
    if position < words.count {
      throw ConditionSyntaxError(.unexpected(words[position]))
    }
    return parsed.condition
  }

  mutating func next() -> String? {
    guard position < words.count else { return nil }
    defer { position += 1 }
    return words[position]
  }

  func peek() -> String? { position < words.count ? words[position] : nil }

  mutating func expect(_ word: String) throws(ConditionSyntaxError) {
    guard let found = next() else {
      throw ConditionSyntaxError(.expectedButEnded(word))
    }
    guard found == word else {
      throw ConditionSyntaxError(.expectedButFound(word, found: found))
    }
  }

  /// The error for nesting too deep at the word at `index`.
  func tooDeep(at index: Int) -> ConditionSyntaxError {
    ConditionSyntaxError(
      .tooDeep(limit: Self.maximumDepth, character: starts[index], word: words[index]))
  }

  /// `operation` applied to two parsed sides, refused if it nests too deep: the word at
  /// `index` (the `and` or `or`) is where.
  func combine(
    _ left: Parsed, _ right: Parsed, at index: Int, _ operation: (Condition, Condition) -> Condition
  ) throws(ConditionSyntaxError) -> Parsed {
    let depth = max(left.depth, right.depth) + 1
    guard depth <= Self.maximumDepth else { throw tooDeep(at: index) }
    return Parsed(condition: operation(left.condition, right.condition), depth: depth)
  }

  /// `level` is how many `not`s and parentheses enclose what is parsed here.
  mutating func parseOr(level: Int) throws(ConditionSyntaxError) -> Parsed {
    var result = try parseAnd(level: level)
    while peek() == "or" {
      let index = position
      position += 1
      result = try combine(result, try parseAnd(level: level), at: index, Condition.or)
    }
    return result
  }

  mutating func parseAnd(level: Int) throws(ConditionSyntaxError) -> Parsed {
    var result = try parseUnary(level: level)
    while peek() == "and" {
      let index = position
      position += 1
      result = try combine(result, try parseUnary(level: level), at: index, Condition.and)
    }
    return result
  }

  mutating func parseUnary(level: Int) throws(ConditionSyntaxError) -> Parsed {
    let index = position
    guard let word = next() else {
      throw ConditionSyntaxError(.endedEarly)
    }
    func atom(_ condition: Condition) -> Parsed { Parsed(condition: condition, depth: 0) }
    switch word {
    case "not", "(":
      // Refused on the way down, before recursing: 100,000 `not`s must not reach the stack.
      guard level < Self.maximumDepth else { throw tooDeep(at: index) }
      let inner: Parsed
      if word == "not" {
        inner = try parseUnary(level: level + 1)
      } else {
        inner = try parseOr(level: level + 1)
        try expect(")")
      }
      guard inner.depth < Self.maximumDepth else { throw tooDeep(at: index) }
      let condition = word == "not" ? Condition.not(inner.condition) : inner.condition
      return Parsed(condition: condition, depth: inner.depth + 1)
    case "true": return atom(.always)
    case "paid": return atom(.paid)
    case "partially-paid": return atom(.partiallyPaid)
    case "has-phone": return atom(.hasPhone)
    case "has-email": return atom(.hasEmail)
    case "status":
      let condition = try parseStatus()
      // `status != x` is `not status in [x]`: a level, like the `not` it stands for.
      if case .not = condition { return Parsed(condition: condition, depth: 1) }
      return atom(condition)
    case "counter": return atom(try parseCounter())
    case "actual": return atom(.actual)
    case "created":
      try expect("ago")
      return atom(.createdAgo(try comparison(after: "created ago"), try span(after: "created ago")))
    case "received":
      let name = try mailingName(after: word)
      guard peek() == "ago" else { return atom(.received(name, ago: nil)) }
      position += 1
      let subject = "received \(name) ago"
      let op = try comparison(after: subject)
      return atom(.received(name, ago: Condition.Age(op, try span(after: subject))))
    case "opened": return atom(.opened(try mailingName(after: word)))
    default:
      throw ConditionSyntaxError(
        .unknownCondition(word, suggestion: Suggestion.closest(to: word, among: Self.atoms)))
    }
  }
  mutating func parseStatus() throws(ConditionSyntaxError) -> Condition {
    guard let word = next() else {
      throw ConditionSyntaxError(.statusOperatorMissing)
    }
    func status(_ slug: String) throws(ConditionSyntaxError) -> OrderStatus {
      guard let status = OrderStatus(name: slug) else {
        throw ConditionSyntaxError(.unknownStatus(slug))
      }
      return status
    }
    switch word {
    case "==":
      guard let slug = next() else {
        throw ConditionSyntaxError(.statusMissing(after: word))
      }
      return .statusIn(StatusSet([try status(slug)]))
    case "!=":
      guard let slug = next() else {
        throw ConditionSyntaxError(.statusMissing(after: word))
      }
      return .not(.statusIn(StatusSet([try status(slug)])))
    case "in":
      try expect("[")
      var statuses: [OrderStatus] = []
      while true {
        guard let slug = next() else {
          throw ConditionSyntaxError(.listNotClosed)
        }
        if slug == "]" && statuses.isEmpty {
          throw ConditionSyntaxError(.emptyList)
        }
        statuses.append(try status(slug))
        guard let separator = next() else {
          throw ConditionSyntaxError(.listNotClosed)
        }
        if separator == "]" { break }
        guard separator == "," else {
          throw ConditionSyntaxError(.listSeparator(found: separator))
        }
      }
      return .statusIn(StatusSet(statuses))
    default:
      throw ConditionSyntaxError(.statusOperator(found: word))
    }
  }

  /// The comparison after `subject` (`created ago`).
  mutating func comparison(after subject: String) throws(ConditionSyntaxError)
    -> ComparisonOperator
  {
    guard let text = next(), let op = ComparisonOperator(rawValue: text) else {
      throw ConditionSyntaxError(.comparisonMissingAfter(subject))
    }
    return op
  }

  /// The span after `subject OP` (`created ago >=`): `1h`, `2d12h`.
  mutating func span(after subject: String) throws(ConditionSyntaxError) -> TimeSpan {
    guard let text = next() else {
      throw ConditionSyntaxError(.spanMissing(after: subject))
    }
    do throws(EngineError) {
      return try TimeSpan(parsing: text)
    } catch .malformedDuration(_, let reason) {
      throw ConditionSyntaxError(.badSpan(text, reason))
    } catch {
      preconditionFailure("internal inconsistency: TimeSpan(parsing:) threw \(error)")
    }
  }

  /// The mailing name after `received` or `opened`.
  mutating func mailingName(after word: String) throws(ConditionSyntaxError) -> String {
    // A word that reads back as itself, so that the condition writes back as it reads.
    guard let name = peek(), Self.isPlainWord(name), !Self.syntaxWords.contains(name) else {
      throw ConditionSyntaxError(.mailingNameMissing(after: word))
    }
    position += 1
    return name
  }

  /// Whether `word` is read as this one word wherever it stands: not empty, and without white
  /// space, quotes, brackets, parentheses or commas. A mailing's name must be one.
  static func isPlainWord(_ word: String) -> Bool {
    !word.isEmpty && !word.contains(where: { $0.isWhitespace || "\"[](),".contains($0) })
  }

  /// Words that cannot be a mailing's name where one is expected.
  static let syntaxWords: Set<String> = ["and", "or", "not", "ago", "(", ")", "[", "]", ","]

  mutating func parseCounter() throws(ConditionSyntaxError) -> Condition {
    guard let name = next() else {
      throw ConditionSyntaxError(.counterNameMissing)
    }
    guard let index = positions[name] else {
      // Past the limit the definition is refused anyway: no edit distances to 100,000 names.
      let suggestion =
        counters.count <= ProcessDefinition.Limits.counters
        ? Suggestion.closest(to: name, among: counters) : nil
      throw ConditionSyntaxError(.unknownCounter(name, suggestion: suggestion, counters: counters))
    }
    guard let opText = next(), let op = ComparisonOperator(rawValue: opText) else {
      throw ConditionSyntaxError(.comparisonMissing(counter: name))
    }
    guard let valueText = next(), let value = Int64(valueText) else {
      throw ConditionSyntaxError(.numberMissing(counter: name, op))
    }
    return .counter(index, op, value)
  }
}
