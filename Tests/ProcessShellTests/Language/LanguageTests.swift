import ProcessEngine
import Testing

@testable import ProcessShell

/// SPEC §12.1: `--lang`, then `PROCSH_LANG`, then a locale starting with `ru` choose Russian; the
/// `lang` command switches inside a session, and what is written for a person follows it.
@Suite struct LanguageTests {
  @Test(
    arguments: [
      (nil, [:], Language.english),
      ("ru", ["PROCSH_LANG": "en"], .russian),
      (nil, ["PROCSH_LANG": "ru", "LANG": "en_US.UTF-8"], .russian),
      (nil, ["LANG": "ru_RU.UTF-8"], .russian),
      (nil, ["LC_ALL": "C", "LANG": "ru_RU.UTF-8"], .english),
      (nil, ["LC_ALL": "", "LC_MESSAGES": "ru_RU.UTF-8", "LANG": "C"], .russian),
      (nil, ["PROCSH_LANG": "", "LANG": "ru_RU"], .russian),
    ] as [(String?, [String: String], Language)])
  func theFlagThenTheVariableThenTheLocaleChoose(
    flag: String?, environment: [String: String], expected: Language
  ) {
    #expect(Language.choose(flag: flag, environment: environment) == expected)
  }

  @Test func anUnknownLanguageIsNoChoice() {
    #expect(Language.choose(flag: "de", environment: [:]) == nil)
  }

  @Test func langSwitchesWhatIsWrittenButNotTheSession() {
    let english = Transcript()
    english.ok("order new; advance 1m; answer task 1 yes")
    let russian = Transcript()
    #expect(russian.ok("lang ru") == "язык: русский\n")
    let lines = lines(russian.ok("order new; advance 1m; answer task 1 yes"))
    #expect(lines.contains("2026-01-05 09:00  заказ 1 · создан для пользователя 1: Course, 10000"))
    #expect(lines.contains { $0.hasSuffix("статус Новый → В работе") })
    #expect(lines.contains("2026-01-05 09:01  заказ 1 · задача 1 · назначена на admin"))
    // The session is language-neutral: byte for byte the same.
    #expect(identical(russian.engine.sessionBytes(), english.engine.sessionBytes()))
    #expect(russian.ok("lang en") == "language: English\n")
    #expect(russian.ok("pay order 1").contains("order 1 · payment of 10000 received"))
  }

  /// SPEC §3: a partial payment makes a new order `partially-paid`, «Частично оплачен».
  @Test func aPartialPaymentReadsInRussian() {
    let session = Transcript()
    session.ok("lang ru; order new; advance 1m")
    let lines = lines(session.ok("pay order 1 2500"))
    #expect(lines.first == "2026-01-05 09:01  заказ 1 · получена оплата 2500")
    #expect(lines.contains("2026-01-05 09:01  заказ 1 · статус Новый → Частично оплачен"))
  }
}
