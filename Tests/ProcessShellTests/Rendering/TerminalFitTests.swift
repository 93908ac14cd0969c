import Foundation
import ProcessEngine
import Testing

@testable import ProcessShell

/// SPEC §12.2 and issue 10: on a terminal, tables and long lines fit its width; 80 columns read
/// well. Output without a width (a pipe, a file) is left as it is.
@Suite struct TerminalFitTests {
  @Test func aLongEventWrapsUnderItsTextAfterTheTimestamp() {
    let line =
      "2026-01-05 09:01  order 1 · task 2 · [C] Call the customer: asks the manager: reached (+) | duplicate (-)"
    let lines = TerminalFit.wrap(line, width: 60)
    #expect(lines.allSatisfy { $0.count <= 60 })
    #expect(lines.dropFirst().allSatisfy { $0.hasPrefix(String(repeating: " ", count: 18)) })
    // Nothing is lost: the words read the same joined again.
    #expect(
      lines.map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        == line)
  }

  @Test func aShortLineAndALineWithoutWidthStayAsTheyAre() {
    #expect(TerminalFit.wrap("status", width: 80) == ["status"])
    #expect(TerminalFit.wrap(String(repeating: "x ", count: 50), width: 0).count == 1)
  }

  /// A word longer than the width is cut with `…` rather than broken by the terminal.
  @Test func aWordLongerThanTheLineIsCut() {
    let lines = TerminalFit.wrap("  email: " + String(repeating: "y", count: 100), width: 40)
    #expect(lines.allSatisfy { $0.count <= 40 })
    #expect(lines.last?.hasSuffix("…") == true)
  }

  /// Colour marks take no room on the screen, so they do not count towards the width.
  @Test func colourMarksTakeNoRoom() {
    let style = Style(isColored: true)
    let text = style.red("Отменён") + " " + String(repeating: "a", count: 10)
    #expect(text.visibleWidth == 18)
    #expect(TerminalFit.wrap(text, width: 18) == [text])
    let cut = text.cut(toVisibleWidth: 5)
    #expect(cut.visibleWidth == 5)
    #expect(cut.withoutMarks == "Отме…")
  }

  /// A table wider than the terminal gives up width from its widest columns; every line fits.
  @Test func aWideTableGivesUpWidthFromItsWidestColumns() {
    #expect(Table.fit([4, 60, 10], into: 50) == [4, 32, 10])
    #expect(Table.fit([4, 10], into: 80) == [4, 10])
    var table = Table("ID", "TITLE", "EXITS")
    table.append(["1", String(repeating: "long title ", count: 8), "met → 4, timeout → ∅"])
    let rendered = table.render(style: Style(isColored: false, width: 50))
    #expect(rendered.split(separator: "\n").allSatisfy { $0.count <= 50 })
    #expect(rendered.contains("…"))
    #expect(!table.render(style: .plain).contains("…"))
  }

  /// The whole training tour at 80 columns: no line wider than the terminal.
  @Test func theTrainingTourFitsEightyColumns() throws {
    let output = BufferedOutput()
    let shell = Shell(
      output: output, errors: BufferedOutput(), style: Style(isColored: false, width: 80))
    let tour = try String(
      contentsOfFile: "examples/training/order-process-tour.procsh", encoding: .utf8)
    #expect(shell.runScript(tour, path: "tour.procsh") == .success)
    let wide = output.text.split(separator: "\n").filter { $0.count > 80 }
    #expect(wide.isEmpty, "\(wide.prefix(3))")
    #expect(output.text.split(separator: "\n").count > 100)
  }

  /// An error fits the terminal too (it listed every status on one 170-column line), but a word
  /// longer than the line, a path to copy, stays whole rather than cut.
  @Test func anErrorWrapsAtSpacesAndKeepsLongWordsWhole() {
    let session = Transcript()
    session.shell.style.width = 80
    session.ok("order new")
    _ = session.run("set order 1 status bogus")
    let lines = session.errors.text.split(separator: "\n").map(String.init)
    #expect(lines.count > 2)
    #expect(lines.allSatisfy { $0.count <= 80 })
    #expect(lines.joined(separator: " ").contains("cancelled, false"))
    let path = "/" + String(repeating: "folder/", count: 15) + "missing.procsh"
    _ = session.run("source \(path)")
    #expect(session.errors.text.contains(path))
  }
}
