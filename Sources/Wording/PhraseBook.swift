/// One area's messages (events, errors, listings…): each case names a message, and `phrase` gives
/// it in both languages, next to each other where a translator reads them. Together the books
/// are procsh's one catalogue; `PhraseBookTests` checks every message has both languages and the
/// same placeholders in each.
public protocol PhraseBook: CaseIterable, Sendable {
  var phrase: Phrase { get }
}

extension Language {
  /// A catalogue message in this language, its placeholders filled.
  public func text<Book: PhraseBook>(_ message: Book, _ values: PhraseValues = [:]) -> String {
    message.phrase.text(self, values)
  }
}
