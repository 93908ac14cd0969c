import ProcessEngine
import Testing

@testable import ProcessShell

/// `messages [--order N]`: every message, from mailings and blocks, numbered in the order sent.
@Suite struct MessagesCommandTests {
  /// Order 1 has no phone: block 15e emails it at 09:01 (message 1); both orders get
  /// `unpaid-1h` at 10:00 (messages 2 and 3); the customer of order 2 opens theirs at 10:30.
  static func session() throws -> Transcript {
    let session = try MailingFiles().session()
    session.ok("order new --no-phone; order new; advance 1m; answer task 1 yes; answer task 1 send")
    session.ok("advance 59m; advance 30m; open message 3")
    return session
  }

  @Test func listsEveryMessageWithItsSenderAndWhenItWasOpened() throws {
    let session = try Self.session()
    #expect(
      session.ok("messages") == """
        ID  TIME              ORDER  SENT BY            OPENED            TEXT
        1   2026-01-05 09:01  1      task 1 [15e]       —                 email: Thank you for your order! Please reply with a phone number so that we can confirm it.
        2   2026-01-05 10:00  1      mailing unpaid-1h  —                 Your order is waiting: pay it in one click
        3   2026-01-05 10:00  2      mailing unpaid-1h  2026-01-05 10:30  Your order is waiting: pay it in one click

        """)
  }

  @Test func anOrdersMessagesAreItsOwn() throws {
    let session = try Self.session()
    #expect(lines(session.ok("messages --order 2")).map { $0.prefix(3) } == ["ID ", "3  "])
    session.ok("order new")
    #expect(session.ok("messages --order 3") == "order 3 has no messages\n")
    #expect(session.failing("messages --order 9") == "error: there is no order 9; orders are 1–3\n")
  }

  @Test func aNewSessionHasNoMessages() {
    let session = Transcript()
    #expect(
      session.ok("messages") == "no messages yet: mailings and send-message blocks send them\n")
    #expect(session.ok("messages --json") == "[]\n")
  }

  /// On an 80-column terminal the texts go under their rows; on a wide one they are cut to fit
  /// beside them. A pipe gets them whole (above).
  @Test func textsFitATerminal() throws {
    let session = try Self.session()
    session.shell.style.width = 80
    let narrow = lines(session.ok("messages"))
    #expect(narrow.allSatisfy { $0.count <= 80 })
    #expect(
      narrow == [
        "ID  TIME              ORDER  SENT BY            OPENED",
        "1   2026-01-05 09:01  1      task 1 [15e]       —",
        "    email: Thank you for your order! Please reply with a phone number so that w…",
        "2   2026-01-05 10:00  1      mailing unpaid-1h  —",
        "    Your order is waiting: pay it in one click",
        "3   2026-01-05 10:00  2      mailing unpaid-1h  2026-01-05 10:30",
        "    Your order is waiting: pay it in one click",
      ])
    session.shell.style.width = 100
    let wide = lines(session.ok("messages"))
    #expect(wide.allSatisfy { $0.count <= 100 })
    // 100 columns less 66 for the others: 34 for the texts.
    #expect(wide[1].hasSuffix("  email: Thank you for your order! …"))
    #expect(wide[2].hasSuffix("  Your order is waiting: pay it in …"))
  }

  @Test func aMessageToACustomerNamesTheUser() throws {
    let session = Transcript()
    session.ok("order new")
    session.ok("process load \(ProcessRunTests.examples)/processes/welcome.json")
    session.ok("process run welcome user 1")
    #expect(
      lines(session.ok("messages"))[1]
        == "1   2026-01-05 09:00  user 1  task 2 [hello]  —       email: Welcome! Your first lesson is in your account."
    )
    let json = session.ok("messages --json")
    #expect(json.contains(#""order": null"#))
    #expect(json.contains(#""user": 1"#))
  }

  @Test func jsonNamesTheSenderOfEachKind() throws {
    let session = try Self.session()
    #expect(
      session.ok("messages --json --order 1") == """
        [
          {
            "block": "15e",
            "id": 1,
            "opened": null,
            "order": 1,
            "process": "order-processing",
            "sender": "block",
            "task": 1,
            "text": "email: Thank you for your order! Please reply with a phone number so that we can confirm it.",
            "time": "2026-01-05T09:01:00"
          },
          {
            "id": 2,
            "mailing": "unpaid-1h",
            "opened": null,
            "order": 1,
            "sender": "mailing",
            "text": "Your order is waiting: pay it in one click",
            "time": "2026-01-05T10:00:00"
          }
        ]

        """)
    #expect(session.ok("messages --order 2 --json").contains(#""opened": "2026-01-05T10:30:00""#))
  }

  @Test func readsInRussian() throws {
    let session = try Self.session()
    session.ok("lang ru")
    let shown = lines(session.ok("messages"))
    #expect(shown[0] == "№  ВРЕМЯ             ЗАКАЗ  ОТПРАВИТЕЛЬ         ОТКРЫТО           ТЕКСТ")
    #expect(shown[1].hasPrefix("1  2026-01-05 09:01  1      задача 1 [15e]      —  "))
    #expect(shown[2].hasPrefix("2  2026-01-05 10:00  1      рассылка unpaid-1h  —  "))
    session.ok("order new")
    #expect(session.ok("messages --order 3") == "у заказа 3 нет сообщений\n")
  }
}
