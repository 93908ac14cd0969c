import ProcessEngine
import Wording

/// `set user N phone|email|name VALUE`: a customer's details change (`none` clears one).
struct SetUserCommand: EngineCommand {
  static let user = Argument<UserID>("N", .userID)
  static let field = Argument<UserField>("phone|email|name", .choice())
  /// nil: cleared. Only a bare `none` clears; `"none"` in quotes is the text.
  static let value = Argument<String?>(
    "VALUE",
    ValueType(
      noun: Phrase(en: "a value (none clears it)", ru: "значение (none стирает его)"),
      candidates: { _ in ["none"] }
    ) {
      (word, _) throws(ShellError) in
      word.text == "none" && !word.quoted ? nil : word.text
    })
  static let syntax = CommandSyntax(
    "set user", [.value(user), .value(field), .rest(value)],
    summary: Phrase(
      en: "change a customer's phone, email or name (none clears it)",
      ru: "изменить телефон, e-mail или имя клиента (none стирает значение)"),
    examples: ["set user 1 phone +79001234567", "set user 1 phone none", "set user 1 name Анна"])

  let user: UserID
  let field: UserField
  let value: String?

  init(_ arguments: Arguments) {
    user = arguments[Self.user]
    field = arguments[Self.field]
    value = arguments[Self.value]
  }

  func command(in context: CommandContext) -> Command { .setUserField(user, field, value) }
}
