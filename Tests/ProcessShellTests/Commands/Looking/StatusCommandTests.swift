import ProcessEngine
import Testing

@testable import ProcessShell

/// `status`: what the session holds at a glance; the mailings' line appears once one is loaded.
@Suite struct StatusCommandTests {
  @Test func aSessionWithoutMailingsHasNoMailingsLine() {
    let session = Transcript()
    session.ok("order new")
    #expect(!session.ok("status").contains("mailings"))
  }

  @Test func theMailingsLineCountsStatesAndMessages() throws {
    let session = try MailingFiles().session()
    session.ok("order new; order new; advance 1h; open message 1; mailing stop not-opened")
    #expect(
      lines(session.ok("status"))[3]
        == "mailings 1 started, 1 stopped: 2 messages sent, 1 opened")
    session.ok("lang ru")
    #expect(
      lines(session.ok("status"))[3]
        == "рассылки запущено 1, остановлено 1: отправлено 2 сообщения, открыто 1")
  }
}
