import ProcessEngine
import Testing

@testable import ProcessShell

/// `why order N messages` (WhyOrderCommand+Messages.swift): which rule sent each message of an
/// order — a mailing's `to`, or a task's block — and what led to it.
@Suite struct WhyOrderMessagesTests {
  static let sorry = """
    {"format": "procsh-mailing", "version": 1, "name": "sorry", "title": "Sorry to see you go",
     "object": "order", "to": "status in [cancelled]", "text": "Sorry to see you go"}
    """

  /// A mailing sent by time: its rule, and the comparison time made true.
  @Test func aMailingSentByTimeNamesItsRuleAndTheTimeCondition() throws {
    let session = try MailingFiles().session()
    session.ok("order new; advance 1h; advance 1d")
    #expect(
      session.ok("why order 1 messages") == """
        order 1: 2 messages:
        message 1, 2026-01-05 10:00, not opened:
          sent by mailing unpaid-1h (Unpaid after an hour) when the order came to match its rule
          to: actual and not paid and created ago >= 1h
            2026-01-05 10:00  order 1 · mailing unpaid-1h sent message 1: "Your order is waiting: pay it in one click"
            (started when time made the rule of mailing unpaid-1h true: created ago >= 1h)
        message 2, 2026-01-06 10:00, not opened:
          sent by mailing not-opened (Reminder) when the order came to match its rule
          to: actual and received unpaid-1h ago >= 1d and not opened unpaid-1h
            2026-01-06 10:00  order 1 · mailing not-opened sent message 2: "A reminder: your order is still waiting"
            (started when time made the rule of mailing not-opened true: received unpaid-1h ago >= 1d)

        """)
  }

  /// A mailing sent because the order changed: the change, and the command behind it.
  @Test func aMailingSentByAChangeShowsTheChange() throws {
    let files = try MailingFiles()
    let session = Transcript()
    session.ok("mailing load \(try files.write(Self.sorry, to: "sorry.json"))")
    session.ok("order new; advance 1m; cancel order 1 --reason expensive; open message 1")
    #expect(
      session.ok("why order 1 messages") == """
        order 1: 1 message:
        message 1, 2026-01-05 09:01, opened 2026-01-05 09:01:
          sent by mailing sorry (Sorry to see you go) when the order came to match its rule
          to: status in [cancelled]
            2026-01-05 09:01  order 1 · mailing sorry sent message 1: "Sorry to see you go"
          ← 2026-01-05 09:01  order 1 · status new → cancelled (expensive)
            (started by a command)

        """)
  }

  /// A block's message: the task, its process and the block, then the chain to the answer.
  @Test func aBlocksMessageNamesTheTaskAndBlock() throws {
    let session = Transcript()
    session.ok("order new --no-phone; advance 1m; answer task 1 yes; answer task 1 send")
    let shown = lines(session.ok("why order 1 messages"))
    #expect(
      Array(shown.prefix(4)) == [
        "order 1: 1 message:",
        "message 1, 2026-01-05 09:01, not opened:",
        "  sent by task 1 (order-processing) at block [15e] Email asking for a phone",
        "    2026-01-05 09:01  order 1 · task 1 · [15e] Email asking for a phone: email sent to the customer, message 1: \"Thank you for your order! Please reply with a phone number so that we can confi…\"",
      ])
    #expect(
      shown[4]
        == "  ← 2026-01-05 09:01  order 1 · task 1 · [15] Ask for a phone: answered send by admin")
    #expect(shown.last == "    (started when the order was created)")
  }

  @Test func anOrderWithoutMessagesSaysSo() {
    let session = Transcript()
    session.ok("order new")
    #expect(session.ok("why order 1 messages") == "order 1: 0 messages\n")
  }

  @Test func readsInRussian() throws {
    let session = try MailingFiles().session()
    session.ok("order new; advance 1h; lang ru")
    #expect(
      session.ok("why order 1 messages") == """
        заказ 1: 1 сообщение:
        сообщение 1, 2026-01-05 10:00, не открыто:
          отправлено рассылкой unpaid-1h (Не оплачен через час), когда заказ подошёл под её правило
          кому: актуален и не оплачен и создан >= 1 ч назад
            2026-01-05 10:00  заказ 1 · рассылка unpaid-1h отправила сообщение 1: «Your order is waiting: pay it in one click»
            (началось, когда со временем стало верным правило рассылки unpaid-1h: создан >= 1 ч назад)

        """)
  }

  @Test func theTimeConditionsOfARuleAreTheComparisonsTimeCanTurn() throws {
    let condition = try Condition(
      parsing:
        "actual and (created ago < 2d or not received a ago >= 1h) and opened b and received c",
      counters: [])
    #expect(condition.timeConditions(in: .english) == ["created ago < 2d", "received a ago >= 1h"])
  }
}
