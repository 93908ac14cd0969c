import ProcessEngine
import Wording

/// A definition's words in the language procsh writes in: the Russian title or label where the
/// definition gives one, else the one it has.
extension Language {
  func title(of block: Block) -> String {
    if self == .russian, let russian = block.russianTitle, !russian.isEmpty { return russian }
    return block.displayTitle
  }

  func title(of definition: ProcessDefinition) -> String {
    if self == .russian, let russian = definition.russianTitle, !russian.isEmpty { return russian }
    return definition.title
  }

  func title(of mailing: MailingDefinition) -> String {
    if self == .russian, let russian = mailing.russianTitle, !russian.isEmpty { return russian }
    return mailing.title
  }

  func script(of question: Question) -> String {
    if self == .russian, let russian = question.russianScript, !russian.isEmpty { return russian }
    return question.script
  }

  func label(of option: QuestionOption) -> String {
    if self == .russian, let russian = option.russianLabel, !russian.isEmpty { return russian }
    return option.label
  }
}

extension Question {
  /// The key of the option `text` names: its key, or its label in either language in any case
  /// (`answer task 1 Да`, SPEC §12.1); nil when none does.
  func optionKey(named text: String) -> String? {
    if options.contains(where: { $0.key == text }) { return text }
    let wanted = text.foldedName
    return options.first { option in
      [option.label, option.russianLabel ?? ""].contains { !$0.isEmpty && $0.foldedName == wanted }
    }?.key
  }

  /// What Tab offers for an option when `typed` has been typed: the keys, or to Cyrillic typing
  /// the Russian labels that are one word, in lower case (`да`); a label with a space is typed
  /// in quotes.
  func optionWords(typed: String) -> [String] {
    guard typed.isTypedInRussian else { return options.map(\.key) }
    return options.compactMap(\.russianLabel).filter { !$0.contains(" ") }.map { $0.lowercased() }
  }
}

extension Engine {
  /// The option key `text` names among the open steps of `tasks` (a key, or a label in either
  /// language), or `text` itself when none does, for the engine to refuse naming the valid keys.
  func optionKey(named text: String, amongStepsOf tasks: [TaskID]) -> String {
    tasks.lazy.filter { self.task($0) != nil }.flatMap { self.openSteps(of: $0) }
      .compactMap { $0.question.optionKey(named: text) }.first ?? text
  }
}
