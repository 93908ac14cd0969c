import ProcessEngine
import Wording

/// How the values of a field are read, compared and shown: `expect` reads an expected value by
/// its field's kind and compares values, not text (`paid == 2500.00` holds for 2500).
enum FieldKind: Sendable {
  case status
  case money
  case text
  case dateTime
  case id
  case count
  case taskState
  case taskResult

  /// Whether `<`, `<=`, `>`, `>=` make sense.
  var isOrdered: Bool {
    switch self {
    case .money, .dateTime, .id, .count: return true
    case .status, .text, .taskState, .taskResult: return false
    }
  }

  /// Reads a value as a script writes it; `none` or `нет` (unquoted) means no value.
  func read(_ word: Lexer.Word) throws(ShellError) -> ExpectedValue {
    let text = word.text
    // `нет` is how Russian shows no value (`display`), so a script may say it too.
    if !word.quoted && (text == "none" || text == Language.russian.text(ListPhrase.none)) {
      return .value(.none)
    }
    switch self {
    case .status:
      guard let status = OrderStatus(name: text) else {
        throw .value(.unknown(OrderStatus.category, text, valid: OrderStatus.allCases.map(\.slug)))
      }
      return .value(.text(status.slug))
    case .money:
      do throws(EngineError) {
        return .value(.number(try Money(parsing: text).cents))
      } catch {
        throw .value(.malformed(error))
      }
    case .dateTime:
      do throws(EngineError) {
        return .dateTime(try DateTimeExpression(parsing: text))
      } catch {
        throw .value(.malformed(error))
      }
    case .id:
      return .value(.number(Int64(try readID(text, NounPhrase.id.phrase))))
    case .count:
      guard let number = Int64(text), number >= 0 else { throw .value(.notACount(text)) }
      return .value(.number(number))
    case .taskState:
      guard let state = TaskState.named(text) else {
        throw .value(.unknown(TaskState.category, text, valid: TaskState.allCases.map(\.rawValue)))
      }
      return .value(.text(state.rawValue))
    case .taskResult:
      guard let result = TaskResult.named(text) else {
        throw .value(
          .unknown(TaskResult.category, text, valid: TaskResult.allCases.map(\.rawValue)))
      }
      // A task that ended without an end block has no result to speak of: `none`.
      return .value(result == .none ? .none : .text(result.rawValue))
    case .text:
      return .value(.text(text))
    }
  }

  /// What Tab offers for a value of this kind, when `typed` has been typed of it: a status by its
  /// Russian name to Cyrillic typing.
  func candidates(typed: String) -> [String] {
    switch self {
    case .status: return OrderStatus.candidates(typed: typed)
    case .taskState: return TaskState.candidates(typed: typed)
    case .taskResult: return TaskResult.candidates(typed: typed)
    case .money, .text, .dateTime, .id, .count: return ["none"]
    }
  }

  /// How a value is shown in a failure: money and date-times as the shell prints them.
  func display(_ value: FieldValue, in language: Language = .english) -> String {
    switch (value, self) {
    case (.number(let cents), .money): return Money(cents: cents).description
    case (.number(let seconds), .dateTime): return Instant(secondsSinceEpoch: seconds).description
    case (.text(let slug), .status):
      return OrderStatus(name: slug).map { language.name(of: $0) } ?? slug
    case (.text(let slug), .taskState):
      return TaskState(rawValue: slug).map { language.name(of: $0) } ?? slug
    case (.none, _): return language == .english ? "none" : language.text(ListPhrase.none)
    case (.text(let text), _): return text
    case (.number(let number), _): return String(number)
    }
  }
}

/// A value as compared: none, or a typed value.
enum FieldValue: Equatable, Sendable {
  case none
  case text(String)
  case number(Int64)

  /// Whether `self OP other` holds; `none` equals only `none` and is ordered against nothing.
  func compared(_ op: ComparisonOperator, to other: FieldValue) -> Bool {
    switch (self, other) {
    case (.number(let a), .number(let b)): return op.holds(a, b)
    case (.text(let a), .text(let b)): return op.holds(a, b)
    default:
      switch op {
      case .equal: return self == other
      case .notEqual: return self != other
      case .less, .lessOrEqual, .greater, .greaterOrEqual: return false
      }
    }
  }
}

/// A value a script expects, as written: a relative date-time (`+2d`) is resolved against the
/// clock when the expectation is checked, not when it is read.
enum ExpectedValue: Equatable, Sendable {
  case value(FieldValue)
  case dateTime(DateTimeExpression)

  func resolved(now: Instant) -> FieldValue {
    switch self {
    case .value(let value): return value
    case .dateTime(let expression): return .number(expression.resolved(now: now).secondsSinceEpoch)
    }
  }
}

extension ComparisonOperator: Choice {
  var word: String { rawValue }
  static var category: Phrase { Phrase(en: "operator", ru: "оператор") }
}
