import ProcessEngine
import Testing

@testable import ProcessShell

/// `mailing show NAME`: what a mailing is and what it has done.
@Suite struct MailingShowCommandTests {
  static func session() throws -> Transcript {
    let session = try MailingFiles().session()
    session.ok("order new; order new; advance 1h; open message 2")
    return session
  }

  @Test func showsTitleStateConditionTextAndCounts() throws {
    let session = try Self.session()
    #expect(
      session.ok("mailing show unpaid-1h") == """
        mailing unpaid-1h: Unpaid after an hour — started
          to         actual and not paid and created ago >= 1h
          text       Your order is waiting: pay it in one click
          sent       2 messages
          opened     1 of 2

        """)
    session.ok("mailing stop not-opened")
    #expect(
      lines(session.ok("mailing show not-opened")).first == "mailing not-opened: Reminder — stopped"
    )
  }

  @Test func russianShowsTheRussianTitleAndPluralForms() throws {
    let session = try Self.session()
    session.ok("lang ru")
    #expect(
      session.ok("mailing show unpaid-1h") == """
        рассылка unpaid-1h: Не оплачен через час — запущена
          кому       актуален и не оплачен и создан >= 1 ч назад
          текст      Your order is waiting: pay it in one click
          отправлено 2 сообщения
          открыто    1 из 2

        """)
  }

  /// On a terminal a long text wraps under itself, inside 80 columns.
  @Test func aLongTextWrapsUnderItselfOnATerminal() throws {
    let files = try MailingFiles()
    let long = try files.write(
      MailingFiles.unpaid.replacingOccurrences(
        of: "pay it in one click",
        with: String(repeating: "pay it in one click, ", count: 8) + "thank you"),
      to: "long.json")
    let session = Transcript()
    session.ok("mailing load \(long)")
    session.shell.style.width = 80
    let shown = lines(session.ok("mailing show unpaid-1h"))
    #expect(shown.allSatisfy { $0.count <= 80 })
    let text = shown.drop { !$0.hasPrefix("  text") }.prefix { !$0.hasPrefix("  sent") }
    #expect(text.count > 1)
    #expect(text.dropFirst().allSatisfy { $0.hasPrefix(String(repeating: " ", count: 13)) })
  }

  @Test func jsonIsTheMailingDocumentWithItsCounts() throws {
    let session = try Self.session()
    #expect(
      session.ok("mailing show unpaid-1h --json") == """
        {
          "format": "procsh-mailing",
          "name": "unpaid-1h",
          "object": "order",
          "opened": 1,
          "sent": 2,
          "started": true,
          "text": "Your order is waiting: pay it in one click",
          "title": {
            "en": "Unpaid after an hour",
            "ru": "Не оплачен через час"
          },
          "to": "actual and not paid and created ago >= 1h",
          "version": 1
        }

        """)
  }

  @Test func anUnknownNameIsRefusedWithTheClosestOne() throws {
    let session = try Self.session()
    #expect(
      session.failing("mailing show not-opend")
        == "error: there is no mailing 'not-opend'; did you mean 'not-opened'?\n")
    #expect(
      Completer(engine: session.engine).complete("mailing show n").candidates == ["not-opened"])
  }
}
