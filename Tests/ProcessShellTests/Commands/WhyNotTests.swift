import ProcessEngine
import Testing

@testable import ProcessShell

/// Issue 12, `why not`: what stood in the way, named. Support's hardest question — why did
/// nobody notice the payment? — is a payment after block 3's 30 days (SPEC §7.1: block 3 waits
/// at most 30 days and its timeout exit is empty).
@Suite struct WhyNotTests {
  /// An order taken by the manager, its call step never answered.
  static func takenOrder() -> Transcript {
    let session = Transcript()
    session.ok("order new; advance 1m; answer task 1 yes")
    return session
  }

  @Test func aPaymentAfterThirtyDaysIsNotNoticedAndWhyNotSaysSo() {
    let session = Self.takenOrder()
    session.ok("advance 31d; pay order 1")
    let lines = lines(session.ok("why not task 1 ended"))
    #expect(lines.first == "task 1 has not ended; in the way:")
    // Block 3 waited 30 days from 2026-01-05 09:00 and its timeout exit is empty.
    #expect(
      lines.contains(
        "  [3] Wait for payment timed out at 2026-02-04 09:00 into its empty exit 'timeout': that branch ended there, and what happens after 2026-02-04 09:00 is not seen by it"
      ))
    // Block 5 waits for cancelled or false without a timeout (SPEC §7.1, §12.4).
    #expect(
      lines.contains(
        "  [5] Cancelled? waits until status in [cancelled, false], which does not hold, and has no timeout"
      ))
    #expect(lines.contains("  [20] Call for 3 days waits for task 2, which has not ended:"))
    // The call step (block C of call-3-days) opened a minute after the order.
    #expect(
      lines.contains {
        $0.hasPrefix(
          "    [C] Call the customer asks a manager since 2026-01-05 09:01: nobody has answered")
      })
  }

  @Test func aDelayNotYetDueIsNamedWithItsDate() {
    let session = Self.takenOrder()
    session.ok("answer task 2 reached; answer task 1 will-pay +2d")
    let lines = lines(session.ok("why not task 1 ended"))
    // Block 21a set the payment date two days on; block 21d sleeps until it.
    #expect(
      lines.contains {
        $0.hasPrefix("  [21d] ") && $0.hasSuffix("sleeps until 2026-01-07 09:01: not due yet")
      })
  }

  @Test func anEndedTaskSaysHowItEnded() {
    let session = Transcript()
    session.ok("order new; pay order 1")
    #expect(
      session.ok("why not task 1 ended")
        == "task 1 has ended: paid (positive) at 2026-01-05 09:00\n")
  }

  @Test func whyNotAStatusNamesTheBlocksThatSetItAndWhatStandsInTheirWay() {
    let session = Self.takenOrder()
    let lines = lines(session.ok("why not order 1 cancelled"))
    // SPEC §7.1: blocks 18b, 21c and 22a cancel the order.
    #expect(lines.first == "order-processing sets cancelled at [18b], [21c], [22a]")
    #expect(lines.contains("task 1 (order-processing) stands at:"))
    #expect(lines.contains { $0.hasPrefix("    [C] Call the customer asks a manager") })
    #expect(
      session.ok("why not order 1 in-work")
        == "order 1 is in-work already ('why order 1' tells how)\n")
    #expect(
      session.ok("why not order 1 completed")
        == "completed is set by payments: order 1 has 0 paid of 10000\n")
    #expect(
      session.ok("why not order 1 pending-refund")
        .hasPrefix("no process running on order 1 sets pending-refund\n"))
  }

  @Test func whyNotReadsInRussian() {
    let session = Self.takenOrder()
    session.ok("lang ru")
    let lines = lines(session.ok("why not order 1 Отменён"))
    #expect(lines.first == "order-processing ставит Отменён в блоках [18b], [21c], [22a]")
    #expect(lines.contains("задача 1 (order-processing) сейчас:"))
  }
}
