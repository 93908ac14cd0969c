import ProcessEngine
import Wording

/// `advance DURATION`: virtual time moves on, and everything due fires in order.
struct AdvanceCommand: EngineCommand {
  static let span = Argument<TimeSpan>("DURATION", .duration)
  static let syntax = CommandSyntax(
    "advance", [.value(span)],
    summary: Phrase(
      en:
        "move virtual time: fire every delay, wait and launch due up to the target, printing what happens",
      ru:
        "передвинуть виртуальное время: сработают все задержки, ожидания и запуски до цели, с выводом происходящего"
    ),
    details: Phrase(
      en: "Durations: 30s 5m 2h 1d 1w, combined largest first (1d2h30m).",
      ru: "Длительности: 30s 5m 2h 1d 1w, в сочетании — от крупных к мелким (1d2h30m)."),
    examples: ["advance 1m", "advance 1d2h"])

  let span: TimeSpan

  init(_ arguments: Arguments) {
    span = arguments[Self.span]
  }

  func command(in context: CommandContext) -> Command { .advance(by: span) }

  func conclusion(after events: Range<Int>, in context: CommandContext) -> String? {
    Self.conclusion(after: events, in: context)
  }

  /// `nothing happened` when nothing did, then `now 2026-01-05 09:01 (Mon)`: every way of moving
  /// the clock ends with where it is.
  static func conclusion(after events: Range<Int>, in context: CommandContext) -> String {
    let style = context.style
    let now = style.language.withWeekday(context.engine.clock)
    return (events.isEmpty ? style.dim(style.text(ShellPhrase.nothingHappened)) + "\n" : "")
      + style.text(ShellPhrase.now, ["clock": .text(now)])
  }
}
