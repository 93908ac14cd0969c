import ProcessEngine
import Testing

@testable import ProcessShell

/// `expect message N opened yes|no` (SPEC §12.4).
@Suite struct ExpectMessageCommandTests {
  static func session() throws -> Transcript {
    let session = try MailingFiles().session()
    session.ok("order new; order new; advance 1h; advance 10m; open message 2")
    return session
  }

  @Test func holdsForWhatTheCustomerDid() throws {
    let session = try Self.session()
    session.ok("expect message 1 opened no")
    session.ok("expect message 2 opened yes")
  }

  @Test func aFailureSaysWhatWasExpectedAndWhatWasFound() throws {
    let session = try Self.session()
    #expect(
      session.failing("expect message 1 opened yes") == "expected message 1 opened == yes, got no\n"
    )
    #expect(
      session.failing("expect message 2 opened no")
        == "expected message 2 opened == no, got yes\n")
    session.ok("lang ru")
    #expect(
      session.failing("expect message 1 opened yes")
        == "ожидалось message 1 opened == yes, получено нет\n")
  }

  @Test func aFailedExpectationStopsAScriptWithItsLine() throws {
    let session = try Self.session()
    let outcome = session.shell.runScript(
      "expect message 2 opened yes\nexpect message 1 opened yes\n", path: "check.procsh")
    #expect(outcome == .expectationFailed)
    #expect(session.errors.text == "check.procsh:2: expected message 1 opened == yes, got no\n")
  }

  @Test func anUnknownMessageOrAnswerIsRefused() throws {
    let session = try Self.session()
    #expect(
      session.failing("expect message 3 opened no")
        == "error: there is no message 3; messages are 1–2\n")
    #expect(
      lines(session.failing("expect message 1 opened maybe")) == [
        "error: unknown yes-or-no answer 'maybe'; expected one of yes, no",
        "usage: expect message N opened yes|no",
      ])
    #expect(
      lines(session.failing("expect message 1 open yes")).first
        == "error: expected 'opened' after 'expect message 1', found 'open'; did you mean 'opened'?"
    )
  }

  @Test func tabOffersTheWordsInTurn() throws {
    let completer = Completer(engine: try Self.session().engine)
    #expect(completer.complete("expect message ").candidates == ["1", "2"])
    #expect(completer.complete("expect message 1 ").candidates == ["opened"])
    #expect(completer.complete("expect message 1 opened ").candidates == ["yes", "no"])
  }
}
