import Foundation
import ProcessEngine
import Testing

@testable import ProcessShell

/// SPEC §12.3, as typed: `set order N payment-date|next-contact-date DATETIME|none` moves an
/// order's date, the built-in's wait for it follows, and the command is a step like any other:
/// refused whole, undone, saved with the session and replayed from its history.
@Suite struct SetOrderDateTests {
  /// Order 1 promised for 2026-01-07 09:01; task 1 waits in 21d.
  static func promised() -> Transcript {
    let session = Transcript()
    session.ok("order new; advance 1m; answer task 1 yes; answer task 2 reached")
    session.ok("answer task 1 will-pay 2026-01-07 09:01")
    return session
  }

  @Test func movingThePaymentDateMovesTheWaitForIt() {
    let session = Self.promised()
    #expect(
      session.ok("set order 1 payment-date 2026-01-09 14:00")
        == "2026-01-05 09:01  order 1 · payment date set to 2026-01-09 14:00\n")
    #expect(
      lines(session.ok("timers")) == [
        "2026-01-09 14:00  order 1 · task 1 · [21d] Until the payment date: delay ends",
        "2026-02-04 09:00  order 1 · task 1 · [3] Wait for payment: wait times out",
      ])
    session.ok("expect order 1 payment-date 2026-01-09 14:00")
    session.ok("advance to 2026-01-08; expect count tasks process call-3-days 1")
    session.ok("advance to 2026-01-09 14:00; expect count tasks process call-3-days 2")
  }

  @Test func aRelativeDateCountsFromTheClock() {
    let session = Self.promised()
    session.ok("advance 1h; set order 1 payment-date +2d")
    session.ok("expect order 1 payment-date 2026-01-07 10:01")
  }

  @Test func noneLetsTheWaitThroughAtOnce() {
    let session = Self.promised()
    #expect(
      lines(session.ok("set order 1 payment-date none")).prefix(4) == [
        "2026-01-05 09:01  order 1 · payment date cleared",
        "2026-01-05 09:01  order 1 · task 1 · [21d] Until the payment date: delay over",
        "2026-01-05 09:01  order 1 · task 1 · [21e] Paid?: no",
        "2026-01-05 09:01  order 1 · task 3 · started call-3-days as a sub-process of task 1",
      ])
    session.ok("expect order 1 payment-date none; expect task 3 question call")
  }

  @Test func aDateBeforeTheClockIsRefusedAndNothingChanges() {
    let session = Self.promised()
    let before = session.engine.sessionBytes()
    #expect(
      session.failing("set order 1 payment-date 2026-01-05 09:00")
        == "error: 2026-01-05 09:00 is in the past (the clock is at 2026-01-05 09:01)\n")
    #expect(
      session.failing("set order 1 payment-date +1d --reason late")
        == "error: --reason goes with status cancelled\n")
    let unchanged = identical(session.engine.sessionBytes(), before)
    #expect(unchanged)
    session.ok("lang ru")
    #expect(
      session.failing("set order 1 next-contact-date 2026-01-01")
        == "ошибка: 2026-01-01 00:00 уже прошло (часы показывают 2026-01-05 09:01)\n")
  }

  @Test func undoPutsTheDateAndTheWaitBack() {
    let session = Self.promised()
    let before = session.engine.sessionBytes()
    session.ok("set order 1 payment-date 2026-01-09 14:00")
    session.ok("undo")
    let undone = identical(session.engine.sessionBytes(), before)
    #expect(undone)
    session.ok("expect order 1 payment-date 2026-01-07 09:01")
  }

  /// The saved history names the command and the date it meant; after a load the steps replay,
  /// so a checkpoint after it is restored to the same session.
  @Test func theCommandIsSavedWithTheSessionAndReplaysAfterALoad() throws {
    let directory = try TemporaryDirectory()
    let session = Self.promised()
    session.ok("advance 1h; set order 1 payment-date +2d; checkpoint moved")
    let moved = session.engine.sessionBytes()
    session.ok("advance 1d; save \(directory.path)/s.json")
    let text = try directory.read("s.json")
    let step = text.contains(
      #"["set order 1 payment-date +2d",{"command":"set-order-date","field":"payment-date","order":1,"value":"2026-01-07T10:01:00"}]"#
    )
    #expect(step, "the step as saved")
    let other = Transcript()
    other.ok("load \(directory.path)/s.json")
    let loaded = identical(other.engine.sessionBytes(), session.engine.sessionBytes())
    #expect(loaded)
    other.ok("restore moved")
    let restored = identical(other.engine.sessionBytes(), moved)
    #expect(restored)
    other.ok("expect order 1 payment-date 2026-01-07 10:01")
    other.ok("advance to 2026-01-07 10:01; expect count tasks process call-3-days 2")
  }
}
