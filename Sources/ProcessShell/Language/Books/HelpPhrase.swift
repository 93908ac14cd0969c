import Wording

/// The frame of `help` and of a refusal's usage lines. What each command does is in its own
/// `CommandSyntax`, beside its declaration; command words, flags and placeholders stay as typed.
enum HelpPhrase: PhraseBook {
  case preamble, commands, closing
  case usage, examples

  var phrase: Phrase {
    switch self {
    case .preamble:
      Phrase(
        en:
          "procsh drives the order-processing process of an online school over a virtual clock.",
        ru: "procsh ведёт процесс обработки заказов онлайн-школы по виртуальным часам.")
    case .commands:
      Phrase(
        en: "Commands (help COMMAND for details and examples):",
        ru: "Команды (подробности и примеры: help COMMAND):")
    case .closing:
      Phrase(
        en: "Ids are written 12 or #12; ';' separates commands; '#' starts a comment.",
        ru: "Номера пишутся как 12 или #12; ';' разделяет команды; '#' начинает комментарий.")
    case .usage: Phrase(en: "usage: {usage}", ru: "как писать: {usage}")
    case .examples: Phrase(en: "examples:", ru: "примеры:")
    }
  }

  /// `usage: pay order N [AMOUNT]`; a family's usages (`CommandRegistry` puts each on its own
  /// line) one under another, lined up after the header in either language.
  static func usageLines(_ usage: String, in language: Language) -> String {
    let indent = String(repeating: " ", count: language.text(Self.usage, ["usage": ""]).count)
    var lines: [String] = []
    for line in usage.split(separator: "\n", omittingEmptySubsequences: false) {
      lines.append(lines.isEmpty ? String(line) : indent + line.drop { $0 == " " })
    }
    return language.text(Self.usage, ["usage": .text(lines.joined(separator: "\n"))])
  }
}
