import ProcessEngine
import ProcessShell
import Testing

/// SPEC §8.2: `expect` compares values by the field's type, and says what it found when it fails.
@Suite struct ExpectationTests {
  /// Order 1 cancelled after eight days without a phone; order 2 paid; task 3 is order 2's.
  static func session() -> Transcript {
    let session = Transcript()
    session.ok(
      "order new --no-phone; order new; advance 1m; answer task 1 yes; answer task 1 send; pay order 2; advance 8d"
    )
    return session
  }

  @Test(arguments: [
    "expect order 1 status cancelled",
    "expect order 1 status == cancelled",
    "expect order 1 status != completed",
    "expect order 1 reason \"no contact details\"",
    "expect order 1 messages 1",
    "expect order 1 calls == 0",
    "expect order 1 amount 10000.00",
    "expect order 2 paid >= 10000",
    "expect order 1 paid < 1",
    "expect order 1 manager admin",
    "expect order 2 manager none",
    "expect order 1 payment-date none",
    "expect order 1 user 1",
    "expect user 1 phone none",
    "expect user 2 phone +79000000002",
    "expect task 1 state ended",
    "expect task 1 result negative",
    "expect task 1 end closed",
    "expect task 1 question none",
    "expect task 1 process order-processing",
    "expect task 1 order #1",
    "expect task 1 parent none",
    "expect task 2 end paid",
    "expect clock 2026-01-13 09:01",
    "expect clock > 2026-01-13",
    "expect clock <= +0s",
    // `<=` holds at equality (SPEC §8.2), for every type of value.
    "expect order 1 messages <= 1",
    "expect order 2 paid <= 10000",
    "expect order 1 amount <= 10000",
    "expect clock <= 2026-01-13 09:01",
    "expect count orders <= 2",
    "expect order 1 calls >= 0",
    "expect count orders 2",
    "expect count orders status cancelled 1",
    "expect count orders status cancelled == 1",
    "expect count tasks state ended 2",
    "expect count tasks process call-3-days 0",
  ])
  func holdingExpectationsPass(line: String) {
    let session = Self.session()
    session.ok(line)
  }

  @Test(arguments: [
    ("expect order 1 status postponed", "expected order 1 status == postponed, got cancelled"),
    ("expect order 1 messages > 1", "expected order 1 messages > 1, got 1"),
    ("expect order 2 paid < 100", "expected order 2 paid < 100, got 10000"),
    ("expect task 1 result positive", "expected task 1 result == positive, got negative"),
    ("expect user 1 phone +7000", "expected user 1 phone == +7000, got none"),
    ("expect clock 2026-01-05", "expected clock == 2026-01-05, got 2026-01-13 09:01"),
    (
      "expect count orders status completed 2", "expected count orders status completed == 2, got 1"
    ),
    (
      "expect order 1 payment-date > 2026-01-01",
      "expected order 1 payment-date > 2026-01-01, got none"
    ),
  ])
  func failingExpectationsSayWhatTheyFound(line: String, message: String) {
    let session = Self.session()
    #expect(session.failing(line) == message + "\n")
  }

  @Test func aFailedExpectationInAScriptNamesTheFileAndLine() {
    let session = Self.session()
    let outcome = session.shell.runScript(
      "expect order 1 status cancelled\nexpect order 1 status postponed\n", path: "check.procsh")
    #expect(outcome == .expectationFailed)
    #expect(
      session.errors.text == "check.procsh:2: expected order 1 status == postponed, got cancelled\n"
    )
  }

  @Test func falseOrdersAreCountedOnlyWhenAStatusFilterAsksForThem() {
    let session = Transcript()
    session.ok("order new; order new; advance 1m; answer task 1 duplicate")
    session.ok("expect count orders 1")
    session.ok("expect count orders status false 1")
  }

  @Test func expectingUnknownThingsIsACommandError() {
    let session = Self.session()
    #expect(
      session.failing("expect order 9 status new") == "error: there is no order 9; orders are 1–2\n"
    )
    #expect(
      session.failing("expect order 1 status finished").hasPrefix(
        "error: unknown status 'finished'"))
    #expect(
      session.failing("expect task 1 counter.calls 1")
        == "error: task 1 (order-processing) has no counter 'calls'\n")
  }
}
