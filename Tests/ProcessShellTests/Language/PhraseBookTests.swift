import ProcessEngine
import Testing

@testable import ProcessShell
@testable import Wording

/// SPEC §12.1 and issue 11: one catalogue of messages with both languages, every placeholder in
/// each, and Russian plural forms.
@Suite struct PhraseBookTests {
  /// Every message of every book, by book and case, for the checks below.
  static var everyPhrase: [(name: String, phrase: Phrase)] {
    func all<Book: PhraseBook>(_ book: Book.Type) -> [(String, Phrase)] {
      Book.allCases.map { ("\(Book.self).\($0)", $0.phrase) }
    }
    return all(EventPhrase.self) + all(TermPhrase.self) + all(ShellPhrase.self)
      + all(StatusPhrase.self) + all(OrderPhrase.self) + all(StatsPhrase.self)
      + all(WhyPhrase.self) + all(TaskPhrase.self) + all(ListPhrase.self)
      + all(HistoryPhrase.self) + all(BlockPhrase.self)
      + all(ErrorPhrase.self) + all(HelpPhrase.self) + all(ParsePhrase.self)
      + all(NounPhrase.self) + all(DiagramPhrase.self)
  }

  @Test func everyMessageHasBothLanguagesWithTheSamePlaceholders() {
    for (name, phrase) in Self.everyPhrase {
      #expect(!phrase.english.isEmpty && !phrase.russian.isEmpty, "\(name)")
      #expect(
        Phrase.placeholders(in: phrase.english) == Phrase.placeholders(in: phrase.russian),
        "\(name): \(phrase.english) / \(phrase.russian)")
    }
  }

  /// A Russian message is Russian: at least one Cyrillic letter, unless it is only
  /// placeholders and signs (`{from} → {to}` would be).
  @Test func russianMessagesAreWrittenInRussian() {
    for (name, phrase) in Self.everyPhrase {
      let letters = phrase.russian.replacing(/\{[^}]*\}/, with: "").unicodeScalars.filter {
        $0.properties.isAlphabetic
      }
      guard !letters.isEmpty else { continue }
      #expect(
        letters.contains { (0x0400...0x04FF).contains($0.value) }, "\(name): \(phrase.russian)")
    }
  }

  /// A word that follows a count has two forms in English (one, other) and three in Russian
  /// (one, few, many): a missing form would print the wrong word for some counts.
  @Test func everyCountedWordHasEachLanguagesForms() {
    for (name, phrase) in Self.everyPhrase {
      for (template, forms) in [(phrase.english, 2), (phrase.russian, 3)] {
        for match in template.matches(of: /\{[^}:]*:([^}]*)\}/) {
          #expect(
            match.output.1.split(separator: "|", omittingEmptySubsequences: false).count == forms,
            "\(name): \(template)")
        }
      }
    }
  }
}
