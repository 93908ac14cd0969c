import ProcessEngine
import Wording

/// `clock set DATETIME`: where a session starts, before anything exists.
struct ClockSetCommand: EngineCommand {
  static let time = Argument<DateTimeExpression>("DATETIME", .dateTime)
  static let syntax = CommandSyntax(
    "clock set", [.rest(time)],
    summary: Phrase(
      en: "set the virtual time, only before the first order or customer exists",
      ru: "установить виртуальное время (только пока нет ни заказов, ни клиентов)"),
    details: Phrase(
      en: "Date-times are YYYY-MM-DD[ HH:MM[:SS]] or +DURATION.",
      ru: "Дата и время пишутся как YYYY-MM-DD[ HH:MM[:SS]] или +DURATION."),
    examples: ["clock set 2026-03-02 08:00", "clock set +1d"])

  let time: DateTimeExpression

  init(_ arguments: Arguments) {
    time = arguments[Self.time]
  }

  func command(in context: CommandContext) -> Command { .setClock(time) }
}
