import ProcessEngine

/// An `expect` assertion (SPEC §8.2): a field of an order, user or task, the clock, or a count,
/// compared with a value parsed by the field's type.
///
///     expect order 1 status == cancelled
///     expect task 2 counter.calls >= 3
///     expect count orders status cancelled 2
public struct Expectation: Equatable, Sendable {
  public enum Subject: Equatable, Sendable {
    case order(OrderID, Field)
    case user(UserID, Field)
    case task(TaskID, Field)
    case clock
    case count(CountedObjects, filters: [Filter])
  }

  /// What `expect count` counts.
  public enum CountedObjects: String, Equatable, Sendable {
    case orders
    case tasks
  }

  /// `FIELD VALUE` in `expect count`.
  public struct Filter: Equatable, Sendable {
    public var field: Field
    public var value: String
  }

  /// A field and the type its values are read as.
  public struct Field: Equatable, Sendable {
    public var name: String
    public var type: FieldType
  }

  /// How a field's values are parsed and compared.
  public enum FieldType: Equatable, Sendable {
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
  }

  public var subject: Subject
  public var op: ComparisonOperator
  public var value: String
  /// The assertion as written (normalised), for the failure message.
  public var text: String

  static let orderFields: [Field] = [
    Field(name: "status", type: .status), Field(name: "amount", type: .money),
    Field(name: "paid", type: .money),
    Field(name: "manager", type: .text), Field(name: "reason", type: .text),
    Field(name: "payment-date", type: .dateTime), Field(name: "next-contact-date", type: .dateTime),
    Field(name: "user", type: .id), Field(name: "calls", type: .count),
    Field(name: "messages", type: .count),
    Field(name: "product", type: .text),
  ]
  static let userFields: [Field] = [
    Field(name: "name", type: .text), Field(name: "email", type: .text),
    Field(name: "phone", type: .text),
  ]
  static let taskFields: [Field] = [
    Field(name: "state", type: .taskState), Field(name: "result", type: .taskResult),
    Field(name: "end", type: .text),
    Field(name: "question", type: .text), Field(name: "process", type: .text),
    Field(name: "order", type: .id),
    Field(name: "manager", type: .text), Field(name: "parent", type: .id),
  ]

  /// The field called `name` among `fields` (or `counter.NAME` for tasks).
  static func field(_ name: String, among fields: [Field], allowCounters: Bool) throws(ShellError)
    -> Field
  {
    if let field = fields.first(where: { $0.name == name }) { return field }
    if allowCounters, name.hasPrefix("counter."), name.count > 8 {
      return Field(name: name, type: .count)
    }
    var names = fields.map(\.name)
    if allowCounters { names.append("counter.NAME") }
    var message = "unknown field '\(name)'"
    if let suggestion = Suggestion.closest(to: name, among: names) {
      message += "; did you mean '\(suggestion)'?"
    } else {
      message += "; expected one of \(names.joined(separator: ", "))"
    }
    throw .usage(message, usage: usageText)
  }

  static let usageText =
    "expect order|user|task N FIELD [OP] VALUE | expect clock [OP] DATETIME | expect count orders|tasks [FIELD VALUE]... [OP] N"

  // MARK: - Evaluating

  /// A value as compared: none, or a typed value.
  enum Value: Equatable {
    case none
    case text(String)
    case number(Int64)

    var display: String {
      switch self {
      case .none: return "none"
      case .text(let text): return text
      case .number(let number): return String(number)
      }
    }
  }

  /// Checks the expectation; throws `.expectation` with `expected …, got …` when it does not hold,
  /// or another error when it cannot be checked (an unknown order, a malformed value).
  func check(in engine: Engine) throws(ShellError) {
    let actual: Value
    let expected: Value
    let shown: String
    switch subject {
    case .order(let id, let field):
      guard let order = engine.order(id) else {
        throw .engine(.unknownOrder(id, count: engine.orders.count))
      }
      actual = Self.value(of: field.name, of: order, in: engine)
      expected = try Self.parse(value, as: field.type, engine: engine)
      shown = Self.display(actual, as: field.type, money: true)
    case .user(let id, let field):
      guard let user = engine.user(id) else {
        throw .engine(.unknownUser(id, count: engine.users.count))
      }
      actual = Self.value(of: field.name, of: user)
      expected = try Self.parse(value, as: field.type, engine: engine)
      shown = actual.display
    case .task(let id, let field):
      guard let task = engine.task(id) else {
        throw .engine(.unknownTask(id, count: engine.tasks.count))
      }
      if field.name.hasPrefix("counter.") {
        let counter = String(field.name.dropFirst(8))
        guard let count = engine.counter(counter, of: task) else {
          let counters = engine.definition(of: task).counters
          throw .other(
            "task \(id) (\(engine.definition(of: task).name)) has no counter '\(counter)'"
              + (counters.isEmpty
                ? "" : "; its counters are \(Suggestion.list(counters, conjunction: "and"))"))
        }
        actual = .number(count)
      } else {
        actual = Self.value(of: field.name, of: task, in: engine)
      }
      expected = try Self.parse(value, as: field.type, engine: engine)
      shown = actual.display
    case .clock:
      actual = .number(engine.clock.secondsSinceEpoch)
      expected = try Self.parse(value, as: .dateTime, engine: engine)
      shown = engine.clock.description
    case .count(let objects, let filters):
      actual = .number(Int64(try Self.count(objects, filters: filters, in: engine)))
      expected = try Self.parse(value, as: .count, engine: engine)
      shown = actual.display
    }
    guard Self.compare(actual, op, expected) else {
      throw .expectation("expected \(text), got \(shown)")
    }
  }

  static func compare(_ actual: Value, _ op: ComparisonOperator, _ expected: Value) -> Bool {
    switch (actual, expected) {
    case (.number(let a), .number(let b)): return op.holds(a, b)
    case (.text(let a), .text(let b)): return op.holds(a, b)
    default:
      // `none` equals only `none`; nothing is ordered against it.
      switch op {
      case .equal: return actual == expected
      case .notEqual: return actual != expected
      case .less, .lessOrEqual, .greater, .greaterOrEqual: return false
      }
    }
  }

  /// Parses an expected value by the field's type; `none` means no value.
  static func parse(_ text: String, as type: FieldType, engine: Engine) throws(ShellError) -> Value
  {
    if text == "none" { return .none }
    switch type {
    case .status:
      guard let status = OrderStatus(slug: text) else {
        throw .other(Values.unknown("status", text, among: OrderStatus.allCases.map(\.slug)))
      }
      return .text(status.slug)
    case .money:
      do throws(EngineError) {
        return .number(try Money(parsing: text).cents)
      } catch {
        throw .engine(error)
      }
    case .dateTime:
      do throws(EngineError) {
        return .number(
          try DateTimeExpression(parsing: text).resolved(now: engine.clock).secondsSinceEpoch)
      } catch {
        throw .engine(error)
      }
    case .id:
      guard let number = Values.id(text) else {
        throw .other("'\(text)' is not an id; write it like 12 or #12")
      }
      return .number(Int64(number))
    case .count:
      guard let number = Int64(text), number >= 0 else {
        throw .other("'\(text)' is not a count; write a whole number")
      }
      return .number(number)
    case .taskState:
      guard TaskState(rawValue: text) != nil else {
        throw .other(Values.unknown("task state", text, among: TaskState.allCases.map(\.rawValue)))
      }
      return .text(text)
    case .taskResult:
      guard TaskResult(rawValue: text) != nil else {
        throw .other(Values.unknown("result", text, among: TaskResult.allCases.map(\.rawValue)))
      }
      return text == "none" ? .none : .text(text)
    case .text:
      return .text(text)
    }
  }

  static func display(_ value: Value, as type: FieldType, money: Bool) -> String {
    switch (value, type) {
    case (.number(let cents), .money): return Money(cents: cents).description
    case (.number(let seconds), .dateTime): return Instant(secondsSinceEpoch: seconds).description
    default: return value.display
    }
  }

  static func value(of field: String, of order: Order, in engine: Engine) -> Value {
    switch field {
    case "status": return .text(order.status.slug)
    case "amount": return .number(order.amount.cents)
    case "paid": return .number(order.paid.cents)
    case "manager": return order.manager.map { .text(engine.managerName($0)) } ?? .none
    case "reason":
      guard order.status == .cancelled, let reason = order.cancelReason else { return .none }
      return .text(engine.text(reason))
    case "payment-date": return order.paymentDate.map { .number($0.secondsSinceEpoch) } ?? .none
    case "next-contact-date":
      return order.nextContactDate.map { .number($0.secondsSinceEpoch) } ?? .none
    case "user": return .number(Int64(order.user.rawValue))
    case "calls": return .number(Int64(order.calls))
    case "messages": return .number(Int64(order.messages))
    case "product": return .text(order.product)
    default: preconditionFailure("internal inconsistency: unchecked order field \(field)")
    }
  }

  static func value(of field: String, of user: User) -> Value {
    switch field {
    case "name": return .text(user.name)
    case "email": return user.email.map(Value.text) ?? .none
    case "phone": return user.phone.map(Value.text) ?? .none
    default: preconditionFailure("internal inconsistency: unchecked user field \(field)")
    }
  }

  static func value(of field: String, of task: ProcessTask, in engine: Engine) -> Value {
    switch field {
    case "state": return .text(task.state.rawValue)
    case "result":
      guard case .ended(let result, _, _) = task.outcome, result != .none else { return .none }
      return .text(result.rawValue)
    case "end":
      // A task stopped with its parent ends "none" (SPEC §5): the same as no end.
      guard let name = engine.endName(of: task), name != "none" else { return .none }
      return .text(name)
    case "question":
      return engine.openSteps(of: task.id).first.map { .text($0.question.key) } ?? .none
    case "process": return .text(engine.definition(of: task).name)
    case "order": return task.order.map { .number(Int64($0.rawValue)) } ?? .none
    case "manager": return task.manager.map { .text(engine.managerName($0)) } ?? .none
    case "parent": return task.parent.map { .number(Int64($0.rawValue)) } ?? .none
    default: preconditionFailure("internal inconsistency: unchecked task field \(field)")
    }
  }

  /// How many orders or tasks match every filter; without a status filter, false orders are left
  /// out (SPEC §8.2).
  static func count(_ objects: CountedObjects, filters: [Filter], in engine: Engine)
    throws(ShellError) -> Int
  {
    var expected: [(field: Field, value: Value)] = []
    for filter in filters {
      expected.append(
        (filter.field, try parse(filter.value, as: filter.field.type, engine: engine)))
    }
    switch objects {
    case .orders:
      let filtersStatus = filters.contains { $0.field.name == "status" }
      return engine.orders.reduce(0) { count, order in
        if !filtersStatus && order.status == .false { return count }
        let matches = expected.allSatisfy {
          value(of: $0.field.name, of: order, in: engine) == $0.value
        }
        return matches ? count + 1 : count
      }
    case .tasks:
      return engine.tasks.reduce(0) { count, task in
        let matches = expected.allSatisfy { filter in
          if filter.field.name.hasPrefix("counter.") {
            guard let value = engine.counter(String(filter.field.name.dropFirst(8)), of: task)
            else { return false }
            return .number(value) == filter.value
          }
          return value(of: filter.field.name, of: task, in: engine) == filter.value
        }
        return matches ? count + 1 : count
      }
    }
  }
}
