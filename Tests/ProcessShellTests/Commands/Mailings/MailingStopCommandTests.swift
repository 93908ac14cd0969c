import ProcessEngine
import Testing

@testable import ProcessShell

/// `mailing stop NAME`: a stopped mailing sends nothing, even when its time comes.
@Suite struct MailingStopCommandTests {
  @Test func aStoppedMailingSendsNothingWhenItsTimeComes() throws {
    let session = try MailingFiles().session()
    session.ok("order new")
    #expect(session.ok("mailing stop unpaid-1h") == "2026-01-05 09:00  mailing unpaid-1h stopped\n")
    session.ok("advance 2d")
    #expect(session.engine.messageCount == 0)
    #expect(session.engine.mailing(named: "unpaid-1h")?.isStarted == false)
  }

  @Test func aStoppedMailingIsRefusedAndNothingChanges() throws {
    let session = try MailingFiles().session()
    session.ok("mailing stop unpaid-1h")
    let before = session.engine.sessionBytes()
    #expect(
      session.failing("mailing stop unpaid-1h") == "error: mailing 'unpaid-1h' is not started\n")
    #expect(session.engine.sessionBytes() == before)
  }

  @Test func refusalsReadInRussian() throws {
    let session = try MailingFiles().session()
    session.ok("lang ru; mailing stop unpaid-1h")
    #expect(
      session.failing("mailing stop unpaid-1h") == "ошибка: рассылка 'unpaid-1h' не запущена\n")
    #expect(session.failing("mailing stop nope") == "ошибка: нет рассылки 'nope'\n")
  }

  @Test func tabOffersTheStartedMailings() throws {
    let session = try MailingFiles().session()
    session.ok("mailing stop unpaid-1h")
    #expect(
      Completer(engine: session.engine).complete("mailing stop ").candidates == ["not-opened"])
    #expect(
      Completer(engine: session.engine).complete("mailing s").candidates
        == ["start", "stop", "show"])
  }
}
