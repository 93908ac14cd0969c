import Foundation
import Testing

@testable import ProcessEngine

/// docs/session-format.md describes the members, columns and codes of a session file with text
/// generated from the tables the writer and the reader use (`SessionFormatDocs`), so the docs
/// cannot drift from the format.
@Suite struct SessionDocsTests {
  static let path =
    "\(#filePath)".components(separatedBy: "/Tests/")[0] + "/docs/session-format.md"

  @Test func theDocsDescribeTheFormatTheTablesDefine() throws {
    let docs = try String(contentsOfFile: Self.path, encoding: .utf8)
    let begin = try #require(
      docs.range(of: SessionFormatDocs.beginMarker + "\n"),
      "docs/session-format.md has no line \(SessionFormatDocs.beginMarker)")
    let end = try #require(
      docs.range(of: SessionFormatDocs.endMarker, range: begin.upperBound..<docs.endIndex),
      "docs/session-format.md has no line \(SessionFormatDocs.endMarker) after the begin marker")
    let written = String(docs[begin.upperBound..<end.lowerBound])
    let generated = SessionFormatDocs.markdown
    guard written != generated else { return }
    // Record mode, as snapshot tests have it: rewrite the section in place.
    if ProcessInfo.processInfo.environment["PROCSH_WRITE_DOCS"] == "1" {
      let updated = docs.replacingCharacters(in: begin.upperBound..<end.lowerBound, with: generated)
      try updated.write(toFile: Self.path, atomically: true, encoding: .utf8)
      Issue.record("docs/session-format.md rewritten; run the tests again")
      return
    }
    let writtenLines = written.split(separator: "\n", omittingEmptySubsequences: false)
    let generatedLines = generated.split(separator: "\n", omittingEmptySubsequences: false)
    let first =
      zip(writtenLines, generatedLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
      ?? min(writtenLines.count, generatedLines.count)
    Issue.record(
      """
      docs/session-format.md differs from the tables from its line \(first + 1) after \
      \(SessionFormatDocs.beginMarker):
        docs:      \(first < writtenLines.count ? String(writtenLines[first]) : "(nothing)")
        generated: \(first < generatedLines.count ? String(generatedLines[first]) : "(nothing)")
      Paste this between the markers (or run the tests with PROCSH_WRITE_DOCS=1):
      \(generated)
      """)
  }

  @Test func everyColumnIsDescribed() {
    func check<Column: SessionColumn>(_: Column.Type) {
      for column in Column.allCases {
        #expect(!column.name.isEmpty && !column.meaning.isEmpty, "\(Column.section) \(column)")
        #expect(!column.meaning.contains("|"), "a | would break the docs' table")
      }
      #expect(Set(Column.allCases.map(\.name)).count == Column.allCases.count)
    }
    check(EventColumn.self)
    check(OrderColumn.self)
    check(TaskColumn.self)
    check(TokenColumn.self)
    check(UserColumn.self)
    check(AgendaColumn.self)
  }
}
