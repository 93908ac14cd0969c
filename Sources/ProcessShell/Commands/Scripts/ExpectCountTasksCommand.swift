import ProcessEngine
import Wording

/// `expect count tasks [FIELD VALUE]... [OP] N`
struct ExpectCountTasksCommand: ShellCommand {
  static let field = Argument<TaskField>("FIELD", .taskField(of: nil))
  static let filter = Expectation.value("VALUE") { $0.optional(field)?.kind }
  static let count = Expectation.value("N") { _ in .count }
  static let syntax = CommandSyntax(
    "expect count tasks", [.pairs(field, filter), .optional(Expectation.op), .value(count)],
    summary: Phrase(
      en: "assert how many tasks match every filter",
      ru: "проверить, сколько задач подходят под все фильтры"),
    examples: [
      "expect count tasks process call-3-days 2", "expect count tasks state ended 3",
      "expect count tasks state waiting >= 1",
    ])

  let filters: [(field: TaskField, value: Expectation.Expected)]
  let expectation: Expectation

  init(_ arguments: Arguments) throws(ShellError) {
    filters = Array(zip(arguments.all(Self.field), arguments.all(Self.filter)))
    let described = filters.map { " \($0.field.word) \($0.value.written)" }.joined()
    expectation = try Expectation(
      "count tasks\(described)", arguments, value: Self.count, kind: .count, syntax: Self.syntax)
  }

  func run(in context: CommandContext) throws(ShellError) {
    let engine = context.engine
    let wanted = filters.map { ($0.field, $0.value.value.resolved(now: engine.clock)) }
    let count = engine.tasks.reduce(0) { count, task in
      // A task whose process has no such counter does not match.
      let matches = wanted.allSatisfy { $0.0.value(of: task, in: engine) == $0.1 }
      return matches ? count + 1 : count
    }
    try expectation.check(.number(Int64(count)), now: engine.clock, in: context.style.language)
  }
}
