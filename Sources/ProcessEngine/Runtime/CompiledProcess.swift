/// A validated definition turned into flat, trivially copyable steps for the run loop.
///
/// `ProcessDefinition` is the readable form (names, texts, nested enums with arrays); walking it
/// per step would retain and release those on every block a token passes. This form holds only
/// integers: exit destinations in one array, texts as `TextID`s interned in the session, variables
/// and counters as positions in a task's slots. It is an immutable class, so holding it while a
/// token runs costs one reference count, not one per array.
final class CompiledProcess: Sendable {
  enum StepKind: UInt8, Sendable {
    case start, fork, condition, wait, delay, question, operation, subprocess, end
  }

  struct Step: Sendable {
    var kind: StepKind
    /// The step's exits are `exits[firstExit ..< firstExit + exitCount]`.
    var firstExit: Int32
    var exitCount: Int32
    /// condition / wait: the index in `conditions`; question: in `questions`; operation: the first
    /// index in `operations`; subprocess: the child process name's `TextID`; end: the result code.
    var detail: Int32
    /// operation: how many operations.
    var detailCount: Int32
    /// wait: the timeout in seconds (-1: none); delay: the duration (-1: `until`).
    var seconds: Int64
    /// delay until: a variable slot (>= 0) or -1 - the order date field code.
    var dateSource: Int32
  }

  struct QuestionInfo: Sendable {
    var countsAsCall: Bool
    /// The options are `options[firstOption ..< firstOption + optionCount]`.
    var firstOption: Int32
    var optionCount: Int32
  }

  struct OptionInfo: Sendable {
    var argument: ArgumentKind?
    /// The task slot the argument is stored in, or -1.
    var slot: Int32
  }

  enum CompiledOperation: Sendable {
    case setStatus(OrderStatus, reason: TextID?, reasonSlot: Int32, fallback: TextID?)
    case assignManager
    /// `slot` -1 and `text` nil: clear the field.
    case setUserField(UserField, text: TextID?, slot: Int32, fallback: TextID?)
    /// `slot` -1 and `field` nil: clear the date.
    case setOrderDate(OrderDateField, slot: Int32, field: OrderDateField?)
    case sendMessage(TextID)
    case setCounter(Int32, Int64)
    case addCounter(Int32, Int64)
  }

  let steps: [Step]
  /// Destination block positions; -1 for an empty exit.
  let exits: [Int16]
  let conditions: [Condition]
  /// For each condition, whether it asks how long ago something happened (`Condition.readsTime`):
  /// a wait on it is looked at again when that turns.
  let conditionReadsTime: [Bool]
  let questions: [QuestionInfo]
  let options: [OptionInfo]
  let operations: [CompiledOperation]
  /// The start block's position.
  let start: Int
  /// Counters first, then variables: the layout of a task's slots.
  let counterCount: Int
  let slotCount: Int

  /// Compiles a definition that validated without errors; its texts go into `texts`.
  init(_ definition: ProcessDefinition, texts: inout TextTable) {
    var steps: [Step] = []
    var exits: [Int16] = []
    var conditions: [Condition] = []
    var questions: [QuestionInfo] = []
    var options: [OptionInfo] = []
    var operations: [CompiledOperation] = []
    let variables = definition.variables
    let counterCount = definition.counters.count
    self.counterCount = counterCount
    slotCount = counterCount + variables.count
    start = definition.blocks.firstIndex(where: { $0.kind == .start }) ?? 0
    func slot(of variable: String) -> Int32 {
      Int32(counterCount + variables.firstIndex(of: variable)!)
    }
    for block in definition.blocks {
      var step = Step(
        kind: .start, firstExit: Int32(exits.count), exitCount: Int32(block.exits.count),
        detail: -1,
        detailCount: 0, seconds: -1, dateSource: -1)
      for exit in block.exits { exits.append(exit.destination.map { $0.rawValue } ?? -1) }
      switch block.kind {
      case .start:
        step.kind = .start
      case .fork:
        step.kind = .fork
      case .condition(let condition):
        step.kind = .condition
        step.detail = Int32(conditions.count)
        conditions.append(condition)
      case .wait(let condition, let timeout):
        step.kind = .wait
        step.detail = Int32(conditions.count)
        conditions.append(condition)
        step.seconds = timeout?.seconds ?? -1
      case .delay(.duration(let span)):
        step.kind = .delay
        step.seconds = span.seconds
      case .delay(.until(.variable(let name))):
        step.kind = .delay
        step.dateSource = slot(of: name)
      case .delay(.until(.orderField(let field))):
        step.kind = .delay
        step.dateSource = -1 - Int32(field.code)
      case .question(let question):
        step.kind = .question
        step.detail = Int32(questions.count)
        questions.append(
          QuestionInfo(
            countsAsCall: question.countsAsCall, firstOption: Int32(options.count),
            optionCount: Int32(question.options.count)))
        for option in question.options {
          options.append(
            OptionInfo(argument: option.argument, slot: option.variable.map(slot(of:)) ?? -1))
        }
      case .operation(let list):
        step.kind = .operation
        step.detail = Int32(operations.count)
        step.detailCount = Int32(list.count)
        for operation in list {
          operations.append(Self.compile(operation, texts: &texts, slot: slot(of:)))
        }
      case .subprocess(let process):
        step.kind = .subprocess
        step.detail = texts.intern(process).rawValue
      case .end(_, let result):
        step.kind = .end
        step.detail = Int32(result.code)
      }
      steps.append(step)
    }
    self.steps = steps
    self.exits = exits
    self.conditions = conditions
    conditionReadsTime = conditions.map(\.readsTime)
    self.questions = questions
    self.options = options
    self.operations = operations
  }

  private static func compile(
    _ operation: Operation, texts: inout TextTable, slot: (String) -> Int32
  ) -> CompiledOperation {
    switch operation {
    case .setStatus(let status, nil):
      return .setStatus(status, reason: nil, reasonSlot: -1, fallback: nil)
    case .setStatus(let status, .literal(let text)):
      return .setStatus(status, reason: texts.intern(text), reasonSlot: -1, fallback: nil)
    case .setStatus(let status, .variable(let name, let fallback)):
      return .setStatus(
        status, reason: nil, reasonSlot: slot(name), fallback: fallback.map { texts.intern($0) })
    case .assignManager:
      return .assignManager
    case .setUserField(let field, nil):
      return .setUserField(field, text: nil, slot: -1, fallback: nil)
    case .setUserField(let field, .literal(let text)):
      return .setUserField(field, text: texts.intern(text), slot: -1, fallback: nil)
    case .setUserField(let field, .variable(let name, let fallback)):
      return .setUserField(
        field, text: nil, slot: slot(name), fallback: fallback.map { texts.intern($0) })
    case .setOrderDate(let field, nil):
      return .setOrderDate(field, slot: -1, field: nil)
    case .setOrderDate(let field, .variable(let name)):
      return .setOrderDate(field, slot: slot(name), field: nil)
    case .setOrderDate(let field, .orderField(let source)):
      return .setOrderDate(field, slot: -1, field: source)
    case .sendMessage(let channel, let text):
      return .sendMessage(texts.intern("\(channel): \(text)"))
    case .setCounter(let counter, let value):
      return .setCounter(Int32(counter), value)
    case .addCounter(let counter, let value):
      return .addCounter(Int32(counter), value)
    }
  }

  /// The destination of exit `port` of the block at `block`; nil for an empty exit.
  @inline(__always) final func destination(of block: Int, port: Int) -> Int? {
    let step = steps[block]
    guard port < step.exitCount else { return nil }
    let target = exits[Int(step.firstExit) + port]
    return target < 0 ? nil : Int(target)
  }
}
