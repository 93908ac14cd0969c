import ProcessEngine
import Wording

/// `expect user N FIELD [OP] VALUE`
struct ExpectUserCommand: ShellCommand {
  static let user = Argument<UserID>("N", .userID)
  static let field = Argument<UserField>("FIELD", .choice())
  static let value = Expectation.value("VALUE") { $0.optional(field)?.kind }
  static let syntax = CommandSyntax(
    "expect user", [.value(user), .value(field), .optional(Expectation.op), .rest(value)],
    summary: Phrase(
      en: "assert a customer's name, email or phone",
      ru: "проверить имя, e-mail или телефон клиента"),
    examples: ["expect user 1 phone none", "expect user 1 name \"Анна Петрова\""])

  let user: UserID
  let field: UserField
  let expectation: Expectation

  init(_ arguments: Arguments) throws(ShellError) {
    user = arguments[Self.user]
    field = arguments[Self.field]
    expectation = try Expectation(
      "user \(user) \(field.word)", arguments, value: Self.value, kind: field.kind,
      syntax: Self.syntax)
  }

  func run(in context: CommandContext) throws(ShellError) {
    let engine = context.engine
    guard let found = engine.user(user) else {
      throw .engine(.unknownUser(user, count: engine.users.count))
    }
    try expectation.check(field.value(of: found), now: engine.clock, in: context.style.language)
  }
}
