import ProcessEngine
import Wording

/// `expect task N FIELD [OP] VALUE`
struct ExpectTaskCommand: ShellCommand {
  static let task = Argument<TaskID>("N", .taskID())
  static let field = Argument<TaskField>("FIELD", .taskField(of: task))
  static let value = Expectation.value("VALUE") { $0.optional(field)?.kind }
  /// The fields of a task, as typed.
  private static let fields = TaskField.named.map(\.word).joined(separator: " ")
  static let syntax = CommandSyntax(
    "expect task", [.value(task), .value(field), .optional(Expectation.op), .rest(value)],
    summary: Phrase(
      en: "assert a task's state, result, end, open question, process, or a counter",
      ru:
        "проверить у задачи состояние, результат, завершение, открытый вопрос, процесс или счётчик"),
    details: Phrase(
      en: """
        FIELD: \(fields) counter.NAME
        'question' is the key of the task's own open step, or none; 'end' of a task stopped with its parent is none.
        """,
      ru: """
        FIELD: \(fields) counter.NAME
        'question' — ключ открытого шага самой задачи или none; 'end' задачи, остановленной вместе с родительской, — none.
        """),
    examples: [
      "expect task 1 state waiting", "expect task 2 counter.days >= 3",
      "expect task 1 result positive", "expect task 2 question call",
    ])

  let task: TaskID
  let field: TaskField
  let expectation: Expectation

  init(_ arguments: Arguments) throws(ShellError) {
    task = arguments[Self.task]
    field = arguments[Self.field]
    expectation = try Expectation(
      "task \(task) \(field.word)", arguments, value: Self.value, kind: field.kind,
      syntax: Self.syntax)
  }

  func run(in context: CommandContext) throws(ShellError) {
    let engine = context.engine
    guard let found = engine.task(task) else {
      throw .engine(.unknownTask(task, count: engine.tasks.count))
    }
    guard let actual = field.value(of: found, in: engine) else {
      guard case .counter(let name) = field else { return }
      let definition = engine.definition(of: found)
      throw .noCounter(task, process: definition.name, counter: name, counters: definition.counters)
    }
    try expectation.check(actual, now: engine.clock, in: context.style.language)
  }
}
