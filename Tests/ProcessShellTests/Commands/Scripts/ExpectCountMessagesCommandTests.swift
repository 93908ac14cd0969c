import ProcessEngine
import Testing

@testable import ProcessShell

/// `expect count messages [mailing NAME] [opened yes|no] [OP] N` (SPEC §12.4).
@Suite struct ExpectCountMessagesCommandTests {
  /// Order 1 has no phone: block 15e emails it (message 1). Both orders get `unpaid-1h` at
  /// 10:00 (2 and 3); order 2's customer opens theirs, so only order 1 gets `not-opened` (4).
  static func session() throws -> Transcript {
    let session = try MailingFiles().session()
    session.ok("order new --no-phone; order new; advance 1m; answer task 1 yes; answer task 1 send")
    session.ok("advance 59m; open message 3; advance 1d")
    return session
  }

  @Test(arguments: [
    "expect count messages 4",
    "expect count messages mailing unpaid-1h 2",
    "expect count messages mailing not-opened 1",
    "expect count messages opened yes 1",
    "expect count messages opened no 3",
    "expect count messages mailing unpaid-1h opened no 1",
    "expect count messages mailing unpaid-1h opened yes == 1",
    "expect count messages >= 3",
    "expect count messages mailing not-opened != 0",
    "expect count messages opened no < 4",
  ])
  func countsTheMessagesThatMatch(line: String) throws {
    try Self.session().ok(line)
  }

  @Test func aFailureSaysWhatWasExpectedAndWhatWasFound() throws {
    let session = try Self.session()
    #expect(session.failing("expect count messages 3") == "expected count messages == 3, got 4\n")
    #expect(
      session.failing("expect count messages mailing unpaid-1h opened yes > 1")
        == "expected count messages mailing unpaid-1h opened yes > 1, got 1\n")
    session.ok("lang ru")
    #expect(
      session.failing("expect count messages opened no 0")
        == "ожидалось count messages opened no == 0, получено 3\n")
  }

  /// A misspelt mailing is an error, not a count of nothing.
  @Test func anUnknownMailingIsRefused() throws {
    let session = try Self.session()
    #expect(
      session.failing("expect count messages mailing unpaid 0")
        == "error: there is no mailing 'unpaid'; did you mean 'unpaid-1h'?\n")
  }

  @Test func badWordsAreRefusedWithTheUsage() throws {
    let session = try Self.session()
    let usage = "usage: expect count messages [mailing NAME] [opened yes|no] [OP] N"
    #expect(
      lines(session.failing("expect count messages mailing"))
        == ["error: 'expect count messages mailing' needs a mailing name", usage])
    #expect(
      lines(session.failing("expect count messages opened perhaps 1")) == [
        "error: unknown yes-or-no answer 'perhaps'; expected one of yes, no", usage,
      ])
    #expect(lines(session.failing("expect count messages many")).last == usage)
    // The spec's order: the mailing first.
    #expect(
      lines(session.failing("expect count messages opened no mailing unpaid-1h 1")).last == usage)
  }

  @Test func tabOffersTheFiltersThenTheirValues() throws {
    let completer = Completer(engine: try Self.session().engine)
    #expect(
      completer.complete("expect count messages ").candidates
        == ["mailing", "opened", "==", "!=", "<", "<=", ">", ">=", "none"])
    #expect(
      completer.complete("expect count messages mailing ").candidates
        == ["unpaid-1h", "not-opened"])
    #expect(
      completer.complete("expect count messages mailing unpaid-1h ").candidates
        == ["opened", "==", "!=", "<", "<=", ">", ">=", "none"])
    #expect(
      completer.complete("expect count messages mailing unpaid-1h opened ").candidates
        == ["yes", "no"])
  }
}
