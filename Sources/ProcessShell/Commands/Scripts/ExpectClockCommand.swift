import ProcessEngine
import Wording

/// `expect clock [OP] DATETIME`
struct ExpectClockCommand: ShellCommand {
  static let value = Expectation.value("DATETIME") { _ in .dateTime }
  static let syntax = CommandSyntax(
    "expect clock", [.optional(Expectation.op), .rest(value)],
    summary: Phrase(en: "assert the virtual time", ru: "проверить виртуальное время"),
    examples: ["expect clock 2026-01-08 13:01", "expect clock >= 2026-01-06"])

  let expectation: Expectation

  init(_ arguments: Arguments) throws(ShellError) {
    expectation = try Expectation(
      "clock", arguments, value: Self.value, kind: .dateTime, syntax: Self.syntax)
  }

  func run(in context: CommandContext) throws(ShellError) {
    try expectation.check(
      .number(context.engine.clock.secondsSinceEpoch), now: context.engine.clock,
      in: context.style.language)
  }
}
