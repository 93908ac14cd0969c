import Foundation
import Testing

@testable import ProcessShell

/// `report FILE.html [--order N]... [--force]` in a session (SPEC §12.2, §12.3): what it writes
/// and says, and what it refuses. Drawing needs Graphviz.
@Suite(.enabled(if: DotWriterTests.hasGraphviz, DotWriterTests.noGraphviz))
struct ReportCommandTests {
  static func session() -> Transcript {
    let session = Transcript()
    session.ok("order new; order new --name \"<script>&\\\"'\"; advance 1m; answer task 1 yes")
    return session
  }

  @Test func theReportIsWrittenAndSaysWhat() throws {
    let folder = try TemporaryDirectory()
    let session = Self.session()
    let said = session.ok("report \(folder.path)/r.html")
    let html = try folder.read("r.html")
    #expect(said.hasPrefix("\(folder.path)/r.html: a report of 2 orders written, "))
    #expect(html.contains("<svg"))
    #expect(html.contains("class=\"node current\""))
    #expect(!html.contains("http://") && !html.contains("https://"))
    #expect(html.contains("&lt;script&gt;"))
  }

  @Test func anExistingFileIsReplacedOnlyWithForce() throws {
    let folder = try TemporaryDirectory()
    try folder.write("notes\n", to: "r.html")
    let session = Self.session()
    #expect(
      session.failing("report \(folder.path)/r.html")
        == "error: \(folder.path)/r.html exists; report replaces a file only with --force\n")
    #expect(try folder.read("r.html") == "notes\n")
    #expect(
      session.ok("report \(folder.path)/r.html --force").hasPrefix(
        "\(folder.path)/r.html: a report of 2 orders written over the old file, "))
    #expect(try folder.read("r.html").hasPrefix("<!DOCTYPE html>"))
  }

  /// A session is work: not even --force lets a report replace it.
  @Test func aSessionIsNeverReplaced() throws {
    let folder = try TemporaryDirectory()
    let session = Self.session()
    session.ok("save \(folder.path)/s.json")
    let saved = try folder.read("s.json")
    #expect(session.failing("report \(folder.path)/s.json --force").contains("procsh session"))
    #expect(try folder.read("s.json") == saved)
  }

  @Test func aMissingOrderNamesTheValidOnes() throws {
    let folder = try TemporaryDirectory()
    let session = Self.session()
    #expect(
      session.failing("report \(folder.path)/r.html --order 1 --order 99")
        == "error: there is no order 99; orders are 1–2\n")
    #expect(!folder.exists("r.html"))
  }

  @Test func ordersMayBeAskedForSeveralTimes() throws {
    let folder = try TemporaryDirectory()
    let session = Self.session()
    #expect(
      session.ok("report \(folder.path)/r.html --order 2 --order 1").hasPrefix(
        "\(folder.path)/r.html: a report of 2 orders written"))
    let html = try folder.read("r.html")
    let two = try #require(html.firstRange(of: "id=\"order-2\""))
    let one = try #require(html.firstRange(of: "id=\"order-1\""))
    #expect(two.lowerBound < one.lowerBound)
  }

  @Test func inRussianThePageAndTheMessageAreRussian() throws {
    let folder = try TemporaryDirectory()
    let session = Self.session()
    session.ok("lang ru")
    #expect(
      session.ok("report \(folder.path)/r.html").hasPrefix(
        "\(folder.path)/r.html: записан отчёт по 2 заказам"))
    #expect(try folder.read("r.html").contains("<html lang=\"ru\">"))
  }

  @Test func theSameSessionWritesTheSameBytes() throws {
    let folder = try TemporaryDirectory()
    let session = Self.session()
    session.ok("report \(folder.path)/a.html; report \(folder.path)/b.html")
    #expect(try folder.read("a.html") == folder.read("b.html"))
  }

  /// Tab offers the orders after --order, again after one is given.
  @Test func tabCompletesTheOrders() {
    let session = Self.session()
    let completer = Completer(shell: session.shell)
    #expect(completer.complete("report r.html --order ").candidates.contains("2"))
    #expect(completer.complete("report r.html --order 1 --").candidates.contains("--order"))
  }
}
