import ProcessEngine
import Testing

@testable import ProcessShell

/// `mailing load FILE` (SPEC §12.4): a loaded mailing is started, sends once to each order at
/// the instant the order first matches `to`, and never to a false order.
@Suite struct MailingLoadCommandTests {
  @Test func loadingSaysWhatWasLoadedAndWhomItGoesTo() throws {
    let files = try MailingFiles()
    let session = Transcript()
    #expect(
      session.ok("mailing load \(files.path("unpaid-1h.json"))") == """
        2026-01-05 09:00  mailing unpaid-1h loaded and started
        mailing unpaid-1h (Unpaid after an hour) goes to each order once, when it matches: actual and not paid and created ago >= 1h

        """)
    #expect(session.engine.mailing(named: "unpaid-1h")?.isStarted == true)
  }

  /// The seed's first mailing: an order created at 09:00 gets it at 10:00 exactly.
  @Test func anUnpaidOrderGetsItAnHourAfterItWasCreatedNotASecondSooner() throws {
    let session = try MailingFiles().session()
    session.ok("order new")
    #expect(!session.ok("advance to 2026-01-05 09:59:59").contains("mailing unpaid-1h sent"))
    #expect(session.engine.messageCount == 0)
    let output = session.ok("advance 1s")
    #expect(
      lines(output).contains(
        "2026-01-05 10:00  order 1 · mailing unpaid-1h sent message 1: \"Your order is waiting: pay it in one click\""
      ))
    let message = try #require(session.engine.message(MessageID(rawValue: 1)))
    #expect(message.time == (try Instant(parsing: "2026-01-05 10:00")))
    // Once: a day later it has not come again, and the reminder came instead.
    session.ok("advance 1d")
    session.ok("expect count messages mailing unpaid-1h 1")
  }

  @Test func aPaidOrderNeverGetsIt() throws {
    let session = try MailingFiles().session()
    session.ok("order new; pay order 1; advance 3d")
    #expect(session.engine.messageCount == 0)
  }

  @Test func aFalseOrderNeverGetsIt() throws {
    let session = try MailingFiles().session()
    // A duplicate at block 8 makes the order false (SPEC §7.3 path 2).
    session.ok("order new; advance 1m; answer task 1 duplicate; expect order 1 status false")
    session.ok("advance 3d")
    #expect(session.engine.messageCount == 0)
  }

  /// «После попадания под правило»: an order already matching when the mailing is loaded gets
  /// it then.
  @Test func anOrderThatMatchesWhenItIsLoadedGetsItAtOnce() throws {
    let files = try MailingFiles()
    let session = Transcript()
    session.ok("order new; advance 2h")
    let output = session.ok("mailing load \(files.path("unpaid-1h.json"))")
    #expect(
      lines(output).prefix(2) == [
        "2026-01-05 11:00  mailing unpaid-1h loaded and started",
        "2026-01-05 11:00  order 1 · mailing unpaid-1h sent message 1: \"Your order is waiting: pay it in one click\"",
      ])
  }

  /// A second version under a loaded name replaces it in place: one mailing, and an order that
  /// received it does not receive it again.
  @Test func aKnownNameGetsTheNewDefinitionAndKeepsWhoReceivedIt() throws {
    let files = try MailingFiles()
    let session = files.session()
    session.ok("order new; advance 1h")
    let newer = try files.write(
      MailingFiles.unpaid.replacingOccurrences(
        of: "pay it in one click", with: "we kept it for you"),
      to: "unpaid-1h-v2.json")
    session.ok("mailing load \(newer)")
    #expect(session.engine.mailings.count == 2)
    #expect(
      session.engine.mailing(named: "unpaid-1h")?.definition.text
        == "Your order is waiting: we kept it for you")
    session.ok("order new; advance 1h")
    session.ok("expect count messages mailing unpaid-1h 2")
    #expect(
      session.engine.message(MessageID(rawValue: 2))?.text
        == "Your order is waiting: we kept it for you")
  }

  /// SPEC §9, §12.4: an invalid file is refused naming the file and the JSON path of each
  /// problem, and the session is as it was.
  @Test func aBadFileIsRefusedNamingTheFileAndPathsAndChangesNothing() throws {
    let files = try MailingFiles()
    let bad = try files.write(
      """
      {"format": "procsh-mailing", "version": 1, "name": "late", "title": "Late",
       "object": "order", "to": "actual and created ago >= 1x", "text": "Hello"}
      """, to: "bad.json")
    let session = Transcript()
    session.ok("order new")
    let before = session.engine.sessionBytes()
    #expect(
      session.failing("mailing load \(bad)") == """
        error: \(bad): 1 problem in the mailing:
          error: to: in condition "actual and created ago >= 1x": '1x' is not a span: 'x' is not a unit (w d h m s)

        """)
    #expect(session.engine.sessionBytes() == before)
    #expect(session.engine.mailings.isEmpty)
  }

  @Test func everyProblemOfAFileIsNamedAtOnceInEitherLanguage() throws {
    let files = try MailingFiles()
    let bad = try files.write(
      """
      {"format": "procsh-mailing", "version": 1, "name": "bad one", "title": "x",
       "object": "user", "to": "payed", "text": ""}
      """, to: "bad.json")
    let session = Transcript()
    let english = lines(session.failing("mailing load \(bad)"))
    #expect(english.first == "error: \(bad): 4 problems in the mailing:")
    #expect(
      english.dropFirst().map { $0.prefix(while: { $0 != ":" }) }
        == Array(repeating: "  error", count: 4))
    #expect(
      english.dropFirst().map { String($0.dropFirst(9).prefix(while: { $0 != ":" })) } == [
        "name", "object", "to", "text",
      ])
    session.ok("lang ru")
    #expect(
      lines(session.failing("mailing load \(bad)")).first
        == "ошибка: \(bad): 4 ошибки в описании рассылки:")
  }

  @Test func aProcessDefinitionIsNotAMailing() throws {
    let session = Transcript()
    let error = session.failing("mailing load \(ProcessRunTests.examples)/processes/welcome.json")
    #expect(error.contains("format"))
    #expect(error.contains("procsh-mailing"))
    #expect(session.engine.mailings.isEmpty)
  }

  @Test func aMissingFileIsRefused() {
    let session = Transcript()
    #expect(
      session.failing("mailing load /nonexistent/m.json")
        == "error: /nonexistent/m.json: no such file or folder\n")
  }

  /// SPEC §12.3: a path in a script is relative to the script's folder.
  @Test func aPathInAScriptIsReadFromTheScriptsFolder() throws {
    let files = try MailingFiles()
    let session = Transcript()
    let outcome = session.shell.runScript(
      "mailing load unpaid-1h.json\n", path: files.path("load.procsh"),
      folder: files.directory.path)
    #expect(outcome == .success)
    #expect(session.engine.mailingNames == ["unpaid-1h"])
  }

  @Test func loadingIsUndoneLikeAnyChange() throws {
    let files = try MailingFiles()
    let session = files.session()
    session.ok("undo")
    #expect(session.engine.mailingNames == ["unpaid-1h"])
  }

  @Test func loadingSaysItInRussian() throws {
    let files = try MailingFiles()
    let session = Transcript()
    session.ok("lang ru")
    #expect(
      session.ok("mailing load \(files.path("unpaid-1h.json"))") == """
        2026-01-05 09:00  рассылка unpaid-1h загружена и запущена
        рассылка unpaid-1h (Не оплачен через час) уходит каждому заказу один раз, когда он подходит под: актуален и не оплачен и создан >= 1 ч назад

        """)
  }
}
