import ProcessEngine
import Testing

@testable import ProcessShell

/// `open message N`: the customer opens a message; the seed's second mailing goes only to those
/// who did not open the first (SPEC §12.4).
@Suite struct OpenMessageCommandTests {
  @Test func openingIsAnEventOfTheOrder() throws {
    let session = try MailingFiles().session()
    session.ok("order new; advance 1h; advance 15m")
    #expect(
      session.ok("open message 1") == "2026-01-05 10:15  order 1 · the customer opened message 1\n")
    let message = try #require(session.engine.message(MessageID(rawValue: 1)))
    #expect(message.openedAt == (try Instant(parsing: "2026-01-05 10:15")))
    #expect(session.engine.mailing(named: "unpaid-1h")?.opened == 1)
  }

  /// Not opened: the reminder comes a day after the first message, at 10:00 the next day.
  @Test func anUnopenedMessageBringsTheReminderADayLaterToTheSecond() throws {
    let session = try MailingFiles().session()
    session.ok("order new; advance 1h")
    #expect(!session.ok("advance to 2026-01-06 09:59:59").contains("not-opened sent"))
    #expect(
      session.ok("advance 1s") == """
        2026-01-06 10:00  order 1 · mailing not-opened sent message 2: "A reminder: your order is still waiting"
        now 2026-01-06 10:00 (Tue)

        """)
  }

  @Test func anOpenedMessageMeansNoReminder() throws {
    let session = try MailingFiles().session()
    session.ok("order new; advance 1h; advance 23h; open message 1; advance 3d")
    session.ok("expect count messages 1")
    session.ok("expect count messages mailing not-opened 0")
  }

  /// A paid order is not actual: the reminder does not come either.
  @Test func aPaymentMeansNoReminder() throws {
    let session = try MailingFiles().session()
    session.ok("order new; advance 1h; pay order 1; advance 3d")
    session.ok("expect count messages 1")
  }

  @Test func openingTwiceIsRefusedAndNothingChanges() throws {
    let session = try MailingFiles().session()
    session.ok("order new; advance 1h; open message 1; advance 1m")
    let before = session.engine.sessionBytes()
    #expect(
      session.failing("open message 1")
        == "error: message 1 was opened already, at 2026-01-05 10:00\n")
    #expect(session.engine.sessionBytes() == before)
  }

  @Test func anUnknownMessageIsRefusedAndNothingChanges() throws {
    let session = try MailingFiles().session()
    let before = session.engine.sessionBytes()
    #expect(
      session.failing("open message 1") == "error: there is no message 1; no message was sent yet\n"
    )
    session.ok("order new; advance 1h")
    let after = session.engine.sessionBytes()
    #expect(after != before)
    #expect(session.failing("open message 7") == "error: there is no message 7; messages are 1–1\n")
    #expect(session.failing("open message x").hasPrefix("error: 'x' is not a message id"))
    #expect(session.engine.sessionBytes() == after)
  }

  @Test func tabOffersTheUnopenedMessages() throws {
    let session = try MailingFiles().session()
    session.ok("order new; order new; order new; advance 1h; open message 2")
    #expect(Completer(engine: session.engine).complete("open message ").candidates == ["1", "3"])
    #expect(Completer(engine: session.engine).complete("op").candidates == ["open"])
  }

  @Test func openingIsUndone() throws {
    let session = try MailingFiles().session()
    session.ok("order new; advance 1h; open message 1; undo")
    session.ok("expect message 1 opened no")
    session.ok("open message 1")
  }
}
