import ProcessEngine
import Testing
import Wording

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

  /// `PROCSH_LANG=de` runs in English; the shell warns, naming the value (nothing to say when
  /// the variable is unset, empty or a language procsh speaks).
  @Test func anUnknownLanguageInTheEnvironmentIsNamedForTheWarning() {
    #expect(Language.unknownChoice(in: ["PROCSH_LANG": "de"]) == "de")
    #expect(Language.unknownChoice(in: ["PROCSH_LANG": "ru", "LANG": "de_DE"]) == nil)
    #expect(Language.unknownChoice(in: ["PROCSH_LANG": ""]) == nil)
    #expect(Language.unknownChoice(in: ["LANG": "de_DE.UTF-8"]) == nil)
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

  /// SPEC §12.1: wherever a status is written, its Russian name works too, in any case, `ё` = `е`;
  /// the same script passes in either language.
  @Test func statusesAreReadByTheirRussianNames() {
    for language in ["en", "ru"] {
      let session = Transcript()
      session.ok("lang \(language)")
      session.ok("order new; set order 1 status Отложен; expect order 1 status postponed")
      session.ok("set order 1 status \"в работе\"; expect order 1 status \"В работе\"")
      session.ok("expect count orders status \"В РАБОТЕ\" 1; expect order 1 status != отложен")
      #expect(session.engine.orders[0].status == .inWork)
      session.ok("set order 1 status отменен --reason дубль")
      #expect(session.engine.orders[0].status == .cancelled)
    }
  }

  /// The same for a task's state and result: `task 1` in Russian says «ждёт ответа» and
  /// «положительный», so a script written from the screen says so too (SPEC §12.1).
  @Test func taskStatesAndResultsAreReadByTheirRussianNames() {
    for language in ["en", "ru"] {
      let session = Transcript()
      session.ok("lang \(language); order new")
      session.ok("expect task 1 state выполняется; tasks --state Выполняется")
      session.ok("advance 1m; expect task 1 state \"ждёт ответа\"; expect task 1 state waiting")
      session.ok("expect task 1 state \"ЖДЕТ ОТВЕТА\"")
      session.ok("pay order 1 10000; expect task 1 state завершена")
      session.ok("expect task 1 result Положительный")
      session.ok("expect task 1 result positive; expect task 1 result != отрицательный")
    }
    let session = Transcript()
    session.ok("order new")
    #expect(session.failing("expect task 1 state спит").contains("active, waiting, ended, deleted"))
    let completer = Completer(shell: session.shell)
    #expect(completer.complete("expect task 1 state за").candidates == ["завершена"])
    #expect(completer.complete("tasks --state у").candidates == ["удалена"])
  }

  /// Tab offers the Russian names when the word being typed is Cyrillic, in lower case and
  /// whatever case was typed; Latin typing is offered the slugs as before.
  @Test func tabOffersRussianNamesToCyrillicTyping() {
    let session = Transcript()
    session.ok("order new")
    let completer = Completer(shell: session.shell)
    #expect(completer.complete("set order 1 status От").candidates == ["отложен", "отменён"])
    #expect(completer.complete("expect order 1 status з").candidates == ["завершён"])
    #expect(completer.complete("set order 1 status po").candidates == ["postponed"])
    // `ё` typed as `е`, as the parser reads it.
    #expect(completer.complete("set order 1 status отмене").candidates == ["отменён"])
    #expect(completer.complete("expect task 1 state ЖДЕ").candidates.isEmpty)  // two words
    #expect(completer.complete("expect task 1 state ЗАВЕ").candidates == ["завершена"])
  }

  /// SPEC §12.1: in Russian the built-ins' blocks show the seed's titles, and a manager may
  /// answer by the option's Russian label (in any case) as well as by its key.
  @Test func blocksShowTheSeedsTitlesAndAnswersTakeRussianLabels() {
    let session = Transcript()
    session.ok("lang ru; order new; order new")
    let asked = lines(session.ok("advance 1m"))
    #expect(
      asked.contains(
        "2026-01-05 09:01  заказ 1 · задача 1 · [8] Взять заказ: вопрос менеджеру: yes «Да» (+) | duplicate «Это дубль» (-)"
      ))
    #expect(lines(session.ok("answer task 1 да")).contains { $0.contains("ответ yes") })
    #expect(
      lines(session.ok("answer order 2 \"ЭТО ДУБЛЬ\"")).contains {
        $0.hasSuffix("[9] Ложный: статус Новый → Ложный")
      })
    // An unknown answer is still refused, in Russian, naming the keys.
    #expect(
      session.failing("answer task 3 Может")
        == "ошибка: у задачи 3 нет варианта 'Может'; варианты: reached, duplicate, wrong-number, no-answer\n"
    )
  }

  /// Moving the clock ends with where it is, the day named in the language: 2026-01-05 is a
  /// Monday, «пн».
  @Test func theClockNamesTheDayInTheLanguage() {
    let session = Transcript()
    #expect(session.ok("clock") == "2026-01-05 09:00 (Mon)\n")
    session.ok("lang ru")
    #expect(session.ok("clock") == "2026-01-05 09:00 (пн)\n")
    #expect(session.ok("advance 1d") == "ничего не произошло\nсейчас 2026-01-06 09:00 (вт)\n")
    #expect(session.ok("advance 5d").hasSuffix("сейчас 2026-01-11 09:00 (вс)\n"))
  }

  /// `status` in Russian: every line and header in Russian, the statuses by GetCourse's names,
  /// durations as `1 ч 30 мин`; the ids, keys and dates stay as typed.
  @Test func statusReadsInRussian() {
    let session = Transcript()
    session.ok("lang ru; order new; order new --no-phone; advance 1m; cancel order 2; advance 90m")
    #expect(
      lines(session.ok("status")) == [
        "время    2026-01-05 10:31 (пн)",
        "от лица  admin",
        "заказы   1 актуальный: Новый — 1; Отменён — 1",
        "открытые шаги менеджера: 1",
        "  ЗАДАЧА  ЗАКАЗ  ШАГ             ВАРИАНТЫ         МЕНЕДЖЕР  ЖДЁТ",
        "  1       1      [8] take-order  yes | duplicate  любой     1 ч 30 мин",
        "дальше:",
        "  2026-02-04 09:00  заказ 1 · задача 1 · [3] Ждём оплату: ожидание истекает",
      ])
  }

  @Test(
    arguments: [
      (0, "0 с"), (59, "59 с"), (5400, "1 ч 30 мин"), (93_600, "1 д 2 ч"),
      (259_261, "3 д 1 мин 1 с"),
    ] as [(Int64, String)])
  func durationsReadInRussian(seconds: Int64, text: String) {
    #expect(Language.russian.duration(TimeSpan(seconds: seconds)) == text)
  }

  /// A failed `expect` says so in the session's language and keeps `FILE:LINE:`.
  @Test func aFailedExpectationSpeaksTheLanguage() {
    let session = Transcript()
    session.ok("lang ru; order new")
    #expect(
      session.shell.runScript("expect order 1 status Отложен\n", path: "qa.procsh")
        == .expectationFailed)
    #expect(
      session.errors.text == "qa.procsh:1: ожидалось order 1 status == Отложен, получено Новый\n")
  }

  /// `order N` in Russian: its fields named in Russian, the status by its GetCourse name, the
  /// tasks' whereabouts in Russian; ids, keys, amounts and dates as typed.
  @Test func anOrderReadsInRussian() {
    let session = Transcript()
    session.ok("lang ru; order new; advance 1m; answer task 1 Да; answer task 2 Дозвонились")
    session.ok("answer task 1 will-pay +2d")
    #expect(
      lines(session.ok("order 1")) == [
        "заказ 1: Course, 10000 — Ожидаем оплаты",
        "  клиент     пользователь 1: Customer 1, customer1@example.com, +79000000001",
        "  оплачено   0 из 10000",
        "  менеджер   admin",
        "  создан     2026-01-05 09:00",
        "  оплатит к  2026-01-07 09:01",
        "  звонки     1",
        "  сообщения  0",
        "задачи:",
        "  задача 1  order-processing  выполняется  [3], [5], [21d]",
        "  задача 2  call-3-days  завершена  reached (положительный) в 2026-01-05 09:01",
      ])
  }

  /// `stats` in Russian: the funnel by GetCourse's status names, the conversion with the
  /// genitive plural (из 2 заказов), the counts; reasons and keys as they were given.
  @Test func theFunnelReadsInRussian() {
    let session = Transcript()
    session.ok("lang ru; order new; order new; order new; advance 1m; answer task 3 duplicate")
    session.ok("pay order 1; cancel order 2 --reason дорого")
    let lines = lines(session.ok("stats"))
    #expect(lines.first == "время 2026-01-05 09:01: 3 заказа")
    #expect(lines.contains("заказы по статусам (ложные не входят в воронку, как в GetCourse):"))
    #expect(lines.contains { $0.hasPrefix("  Завершён ") && $0.contains(" 1 ") })
    #expect(lines.contains { $0.hasPrefix("  Отменён ") && $0.contains(" 1 ") })
    #expect(lines.contains { $0.hasPrefix("  Ложный (скрыт) ") && $0.hasSuffix(" 1") })
    #expect(
      lines.contains { $0.hasPrefix("конверсия в оплату: ") && $0.hasSuffix(" из 2 заказов") })
    #expect(lines.contains("причины отмены:"))
    #expect(lines.contains { $0.hasPrefix("  дорого ") })
    #expect(lines.contains { $0.hasPrefix("звонки: 0 (0,00 на заказ)   сообщения: 0") })
    // A decimal comma, and a space before the percent sign (Russian typography).
    #expect(lines.contains { $0.hasPrefix("  Завершён ") && $0.hasSuffix(" 50,0\u{00A0}%") })
  }

  /// `why order N` in Russian: the value and the chain of events that set it, back to its start.
  @Test func whyReadsInRussian() {
    let session = Transcript()
    session.ok("lang ru; order new; advance 1m; answer task 1 Да")
    let lines = lines(session.ok("why order 1"))
    #expect(lines.first == "заказ 1, статус: В работе, потому что:")
    #expect(lines.last == "    (началось с создания заказа)")
    #expect(lines.contains { $0.hasSuffix("[12] Статус „В работе“: статус Новый → В работе") })
    #expect(session.ok("why order 1 calls") == "заказ 1: 0 попыток дозвона\n")
  }

  /// `processes` in Russian: the headers, yes and no, the counts and the processes' own Russian
  /// titles (SPEC §12.1: «Обработка заказа»).
  @Test func processesReadInRussian() {
    let session = Transcript()
    session.ok("lang ru")
    #expect(
      lines(session.ok("processes")) == [
        "ПРОЦЕСС           ЗАПУСК        ЗАПУЩЕН  ЗАДАЧИ         НАЗВАНИЕ",
        "call-3-days       отключён      нет      0 открыто / 0  Дозвониться за 3 дня",
        "order-processing  при создании  да       0 открыто / 0  Обработка заказа",
      ])
  }
}
