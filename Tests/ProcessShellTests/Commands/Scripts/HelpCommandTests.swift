import ProcessEngine
import Testing

@testable import ProcessShell

/// `help`: on an 80-column terminal (a trainer's projector) a long summary wraps under the
/// summaries' column; a pipe gets each command on one line.
@Suite struct HelpCommandTests {
  @Test func aLongSummaryWrapsUnderItsColumnOnATerminal() {
    let session = Transcript()
    session.shell.style.width = 80
    let shown = lines(session.ok("help"))
    #expect(shown.allSatisfy { $0.count <= 80 })
    let load = shown.firstIndex { $0.hasPrefix("  mailing load ") }!
    #expect(shown[load].count > 60)
    #expect(shown[load + 1] == String(repeating: " ", count: 25) + "gets the new definition")
    session.shell.style.width = nil
    #expect(
      session.ok("help").contains(
        "  mailing load           load an auto-mailing (JSON) and start it; a known name gets the new definition\n"
      ))
  }

  @Test func theMailingCommandsAreExplainedWithExamples() {
    let session = Transcript()
    let help = session.ok("help expect count messages")
    #expect(
      lines(help).first == "usage: expect count messages [mailing NAME] [opened yes|no] [OP] N")
    #expect(help.contains("  expect count messages mailing unpaid-1h opened no 0\n"))
    session.ok("lang ru")
    #expect(
      session.ok("help open message").contains(
        "клиент открывает сообщение N (см. 'messages')"))
  }
}
