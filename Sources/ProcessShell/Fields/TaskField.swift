import ProcessEngine

/// The fields of a task a script can expect and count by; `counter.NAME` reads one of its
/// process's counters.
enum TaskField: Equatable, Sendable {
  case state
  case result
  case end
  case question
  case process
  case order
  case manager
  case parent
  case counter(String)

  static let named: [TaskField] = [
    .state, .result, .end, .question, .process, .order, .manager, .parent,
  ]

  var word: String {
    switch self {
    case .state: return "state"
    case .result: return "result"
    case .end: return "end"
    case .question: return "question"
    case .process: return "process"
    case .order: return "order"
    case .manager: return "manager"
    case .parent: return "parent"
    case .counter(let name): return "counter.\(name)"
    }
  }

  var kind: FieldKind {
    switch self {
    case .state: return .taskState
    case .result: return .taskResult
    case .end, .question, .process, .manager: return .text
    case .order, .parent: return .id
    case .counter: return .count
    }
  }

  /// The field's value, or nil for a counter the task's process does not have.
  func value(of task: ProcessTask, in engine: Engine) -> FieldValue? {
    switch self {
    case .state: return .text(task.state.rawValue)
    case .result:
      guard case .ended(let result, _, _) = task.outcome, result != .none else {
        return FieldValue.none
      }
      return .text(result.rawValue)
    case .end:
      // A task stopped with its parent ends "none" (SPEC §5): the same as no end.
      guard let name = engine.endName(of: task), name != "none" else { return FieldValue.none }
      return .text(name)
    case .question:
      return engine.openSteps(of: task.id).first.map { .text($0.question.key) } ?? FieldValue.none
    case .process: return .text(engine.definition(of: task).name)
    case .order: return task.order.map { .number(Int64($0.rawValue)) } ?? FieldValue.none
    case .manager: return task.manager.map { .text(engine.managerName($0)) } ?? FieldValue.none
    case .parent: return task.parent.map { .number(Int64($0.rawValue)) } ?? FieldValue.none
    case .counter(let name): return engine.counter(name, of: task).map(FieldValue.number)
    }
  }
}

extension ValueType where Value == TaskField {
  /// A task field, or `counter.NAME`; Tab offers the counters of the task named before, if any.
  static func taskField(of task: Argument<TaskID>?) -> ValueType {
    ValueType(
      noun: NounPhrase.field.phrase,
      candidates: { context in
        var words = TaskField.named.map(\.word)
        if let task, let id = context.earlier.optional(task), let found = context.engine.task(id) {
          words += context.engine.definition(of: found).counters.map { "counter.\($0)" }
        }
        return words
      }
    ) { (word, _) throws(ShellError) in
      if let field = TaskField.named.first(where: { $0.word == word.text }) { return field }
      if word.text.hasPrefix("counter."), word.text.count > 8 {
        return .counter(String(word.text.dropFirst(8)))
      }
      throw .value(
        .unknown(
          OrderField.category, word.text, valid: TaskField.named.map(\.word) + ["counter.NAME"]))
    }
  }
}
