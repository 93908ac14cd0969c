import ProcessEngine
import Testing

@testable import ProcessShell

/// `mailings`: each loaded mailing with its state and its sent and opened counts (SPEC §12.4).
@Suite struct MailingsCommandTests {
  @Test func aSessionWithoutMailingsSaysHowToLoadOne() {
    let session = Transcript()
    #expect(session.ok("mailings") == "no mailings yet: 'mailing load FILE' loads one\n")
    #expect(session.ok("mailings --json") == "[]\n")
    session.ok("lang ru")
    #expect(
      session.ok("mailings") == "рассылок пока нет: 'mailing load FILE' загружает рассылку\n")
  }

  /// Two orders get the first mailing at 10:00; one customer opens it, so only the other gets
  /// the reminder the next day.
  @Test func listsEachMailingWithItsCounts() throws {
    let session = try MailingFiles().session()
    session.ok("order new; order new; advance 1h; open message 1; mailing stop unpaid-1h")
    session.ok("advance 1d")
    #expect(
      session.ok("mailings") == """
        MAILING     STATE    SENT  OPENED  TITLE
        unpaid-1h   stopped  2     1       Unpaid after an hour
        not-opened  started  1     0       Reminder

        """)
    session.ok("lang ru")
    #expect(
      session.ok("mailings") == """
        РАССЫЛКА    СОСТОЯНИЕ    ОТПРАВЛЕНО  ОТКРЫТО  НАЗВАНИЕ
        unpaid-1h   остановлена  2           1        Не оплачен через час
        not-opened  запущена     1           0        Reminder

        """)
  }

  @Test func jsonHasTheNamesStatesAndCounts() throws {
    let session = try MailingFiles().session()
    session.ok("order new; advance 1h")
    #expect(
      session.ok("mailings --json") == """
        [
          {
            "name": "unpaid-1h",
            "opened": 0,
            "sent": 1,
            "started": true,
            "title": "Unpaid after an hour",
            "title-label": "Unpaid after an hour",
            "to": "actual and not paid and created ago >= 1h"
          },
          {
            "name": "not-opened",
            "opened": 0,
            "sent": 0,
            "started": true,
            "title": "Reminder",
            "title-label": "Reminder",
            "to": "actual and received unpaid-1h ago >= 1d and not opened unpaid-1h"
          }
        ]

        """)
  }
}
