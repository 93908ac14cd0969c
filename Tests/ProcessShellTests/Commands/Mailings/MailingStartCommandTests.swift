import ProcessEngine
import Testing

@testable import ProcessShell

/// `mailing start NAME`: a stopped mailing sends again, at once to the orders that match then.
@Suite struct MailingStartCommandTests {
  /// An order that came to match while the mailing was stopped gets it when it starts, at that
  /// instant (SPEC §12.4: "an order already matching when it starts gets it then").
  @Test func startingSendsToTheOrdersThatMatchNow() throws {
    let session = try MailingFiles().session()
    session.ok("mailing stop unpaid-1h; order new; advance 3h")
    #expect(session.engine.messageCount == 0)
    #expect(
      lines(session.ok("mailing start unpaid-1h")) == [
        "2026-01-05 12:00  mailing unpaid-1h started",
        "2026-01-05 12:00  order 1 · mailing unpaid-1h sent message 1: \"Your order is waiting: pay it in one click\"",
      ])
  }

  @Test func aStartedMailingIsRefusedAndNothingChanges() throws {
    let session = try MailingFiles().session()
    let before = session.engine.sessionBytes()
    #expect(
      session.failing("mailing start unpaid-1h")
        == "error: mailing 'unpaid-1h' is started already\n")
    #expect(session.engine.sessionBytes() == before)
  }

  @Test func anUnknownNameIsRefusedWithTheClosestOne() throws {
    let session = try MailingFiles().session()
    #expect(
      session.failing("mailing start unpaid")
        == "error: there is no mailing 'unpaid'; did you mean 'unpaid-1h'?\n")
  }

  @Test func tabOffersTheStoppedMailings() throws {
    let session = try MailingFiles().session()
    session.ok("mailing stop not-opened")
    #expect(
      Completer(engine: session.engine).complete("mailing start ").candidates == ["not-opened"])
  }
}
