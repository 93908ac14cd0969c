import ProcessEngine
import Testing
import Wording

@testable import ProcessShell

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
      + all(NounPhrase.self) + all(DiagramPhrase.self) + all(WhyNotPhrase.self)
      + all(CoveragePhrase.self) + all(ExplorePhrase.self)
      + all(LivePhrase.self)
      + all(ReportPhrase.self) + all(MailingPhrase.self) + all(JournalPhrase.self)
      + all(ProgramHelpPhrase.self)
  }

  /// Both languages, the same placeholders, Russian in Russian, each language's word forms
  /// (`Phrase.problems`).
  @Test func everyMessageIsWrittenInBothLanguages() {
    #expect(Self.everyPhrase.count > 300)
    for (name, phrase) in Self.everyPhrase {
      #expect(phrase.problems.isEmpty, "\(name): \(phrase.problems)")
    }
  }
}
