import ProcessEngine
import Testing

@testable import ProcessShell

/// `order N`: its messages are listed with their ids (what `open message N` takes), a
/// mailing's named, and when each was opened.
@Suite struct OrderCommandTests {
  static func session() throws -> Transcript {
    let session = try MailingFiles().session()
    session.ok("order new --no-phone; advance 1m; answer task 1 yes; answer task 1 send")
    session.ok("advance 1h; open message 2")
    return session
  }

  @Test func messagesAreListedWithIdsSendersAndOpenings() throws {
    let session = try Self.session()
    #expect(
      session.ok("order 1").hasSuffix(
        """
        messages sent:
          2026-01-05 09:01  #1  email: Thank you for your order! Please reply with a phone number so that we can confirm it.
          2026-01-05 10:00  #2  mailing unpaid-1h: Your order is waiting: pay it in one click (opened 2026-01-05 10:01)

        """))
    session.ok("lang ru")
    #expect(
      session.ok("order 1").contains(
        "  2026-01-05 10:00  #2  рассылка unpaid-1h: Your order is waiting: pay it in one click (открыто 2026-01-05 10:01)\n"
      ))
  }

  @Test func jsonListsTheMessagesAsMessagesDoes() throws {
    let session = try Self.session()
    let json = session.ok("order 1 --json")
    #expect(json.contains(#""mailing": "unpaid-1h""#))
    #expect(json.contains(#""opened": "2026-01-05T10:01:00""#))
    #expect(json.contains(#""sender": "block""#))
  }
}
