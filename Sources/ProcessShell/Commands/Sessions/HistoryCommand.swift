import JSON
import ProcessEngine
import Wording

/// `history`: the commands that made this session, as they were typed, and its checkpoints; a
/// saved session keeps them, so a colleague who loads it sees the exact steps (SPEC §12.3).
struct HistoryCommand: QueryCommand {
  static let syntax = CommandSyntax.query(
    "history",
    summary: Phrase(
      en: "the commands that made this session, and its checkpoints",
      ru: "команды, из которых сложилась эта сессия, и её контрольные точки"),
    details: Phrase(
      en: """
        A saved session keeps them: after 'load' they show here, 'restore' goes back to the
        file's checkpoints, and a session started with --load or --session can 'undo' them.
        """,
      ru: """
        Сохранённая сессия хранит их: после 'load' они видны здесь, 'restore' возвращается к
        контрольным точкам файла, а в сессии, начатой с --load или --session, их можно отменить
        через 'undo'.
        """),
    examples: ["history"])

  init(_ arguments: Arguments) {}

  func json(in context: CommandContext) -> JSONValue {
    let journal = context.shell.journal
    return [
      "base": [
        "clock": .instant(journal.base.clock),
        "orders": .integer(Int64(journal.base.orders.count)),
        "events": .integer(Int64(journal.base.log.count)),
      ],
      "steps": .array(
        journal.entries.enumerated().map { index, entry in
          ["step": .integer(Int64(index + 1)), "text": .string(entry.text)]
        }),
      "checkpoints": .array(
        journal.checkpoints.map { checkpoint in
          ["name": .string(checkpoint.name), "step": .integer(Int64(checkpoint.step))]
        }),
    ]
  }

  func writeText(in context: CommandContext) {
    let journal = context.shell.journal
    let base = journal.base
    let language = context.style.language
    context.say(
      language.text(
        base.isNew ? HistoryPhrase.sinceNewSession : .sinceSession,
        [
          "n": .number(journal.count), "orders": .number(base.orders.count),
          "clock": .text(language.withWeekday(base.clock)),
        ]))
    let width = String(journal.count).count
    var lines: [String] = []
    for step in 0...journal.count {
      for checkpoint in journal.checkpoints where checkpoint.step == step {
        lines.append(
          String(repeating: " ", count: width + 2)
            + language.text(HistoryPhrase.checkpointMark, ["name": .text(checkpoint.name)]))
      }
      guard step < journal.count else { break }
      let number = String(step + 1)
      lines.append(
        String(repeating: " ", count: width - number.count) + number + "  "
          + journal.entries[step].text)
    }
    if !lines.isEmpty { context.say(lines.joined(separator: "\n")) }
  }
}
