import ProcessEngine
import Testing

@testable import ProcessShell

/// SPEC §12.1: in Russian everything procsh writes for a person is Russian. Each view in turn:
/// its labels and headers in Russian, task states by their Russian names, block types as
/// GetCourse's editor names them; ids, keys, process names, dates and amounts as typed.
@Suite struct RussianViewsTests {
  /// An order taken by the manager, its call sub-process asking; a day later.
  static func session() -> Transcript {
    let session = Transcript()
    session.ok("lang ru; order new; advance 1m; answer task 1 Да; advance 1d")
    return session
  }

  @Test func aTaskReadsInRussian() {
    let session = Self.session()
    #expect(
      Array(lines(session.ok("task 2")).prefix(7)) == [
        "задача 2: call-3-days, заказ 1 — ждёт ответа (подпроцесс задачи 1)",
        "  менеджер   admin",
        "  запущена   2026-01-05 09:01",
        "  счётчики   days = 0, calls = 0",
        "  спрашивает [C] Позвонить клиенту: reached (+) | duplicate (-) | wrong-number (0) | no-answer (0)",
        "             ждёт с 2026-01-05 09:01 (1 д)",
        "             скрипт: Представьтесь, напомните о заказе, который клиент оставил, спросите, когда он планирует оплатить и есть ли у него вопросы о курсе.",
      ])
    #expect(lines(session.ok("task 2")).contains("история (4 события):"))
    let parent = lines(session.ok("task 1"))
    #expect(parent.first == "задача 1: order-processing, заказ 1 — выполняется")
    #expect(parent.contains("  ждёт       [3] Ждём оплату, с 2026-01-05 09:00"))
    #expect(parent.contains("  выполняет  [20] Дозваниваемся 3 дня → задача 2"))
    #expect(parent.contains("  подзадачи  задача 2"))
    #expect(parent.contains("история (9 событий):"))
  }

  @Test func aFinishedTaskSaysHowItEndedInRussian() {
    let session = Self.session()
    session.ok("answer task 2 Дозвонились")
    #expect(
      lines(session.ok("task 2")).contains(
        "  завершена  reached (положительный) в 2026-01-06 09:01"))
    #expect(lines(session.ok("why task 2")).first == "задача 2: завершена, потому что:")
  }

  @Test func whyTaskNamesTheStateAndWhereInRussian() {
    let session = Self.session()
    #expect(
      lines(session.ok("why task 2")).first
        == "задача 2: ждёт ответа (спрашивает [C] call), потому что:")
  }

  @Test func theTaskListNamesStatesInRussian() {
    let session = Self.session()
    #expect(
      lines(session.ok("tasks")) == [
        "ЗАДАЧА  ПРОЦЕСС           ОБЪЕКТ   СОСТОЯНИЕ    МЕНЕДЖЕР  ГДЕ",
        "1       order-processing  заказ 1  выполняется  admin     [3], [5], [20] → задача 2",
        "2       call-3-days       заказ 1  ждёт ответа  admin     спрашивает [C] call",
      ])
  }

  @Test func customersManagersAndOrdersReadInRussian() {
    let session = Self.session()
    #expect(
      lines(session.ok("users")) == [
        "КЛИЕНТ  ИМЯ         ПОЧТА                  ТЕЛЕФОН       ЗАКАЗЫ",
        "1       Customer 1  customer1@example.com  +79000000001  1",
      ])
    #expect(
      lines(session.ok("user 1")) == [
        "пользователь 1: Customer 1",
        "  почта    customer1@example.com",
        "  телефон  +79000000001",
        "  заказы   1 (В работе)",
      ])
    #expect(
      lines(session.ok("managers")) == [
        "МЕНЕДЖЕР  ОТКРЫТЫЕ ЗАДАЧИ", "admin     2                ← от его лица",
      ])
    let orders = lines(session.ok("orders"))
    #expect(
      orders.first?.hasPrefix("ЗАКАЗ  СТАТУС    КЛИЕНТ        ПРОДУКТ  СУММА  ОПЛАЧЕНО") == true)
    #expect(orders.last?.hasPrefix("1      В работе  1 Customer 1") == true)
    #expect(session.ok("orders --status Отложен") == "нет заказов в статусе «Отложен»\n")
  }

  /// Only false orders: `orders` says they are hidden rather than that there are none (issue 12).
  @Test func onlyFalseOrdersAreSaidToBeHidden() {
    let session = Transcript()
    session.ok("order new; order new; set order 1 status false; set order 2 status false")
    #expect(
      session.ok("orders")
        == "no orders to show: 2 false orders are hidden ('orders --status false' lists them)\n")
    session.ok("lang ru")
    #expect(
      session.ok("orders")
        == "показать нечего: 2 ложных заказа скрыты ('orders --status false' их покажет)\n")
  }

  @Test func anEmptySessionSaysSoInRussian() {
    let session = Transcript()
    session.ok("lang ru")
    #expect(session.ok("users") == "клиентов пока нет: 'order new' создаёт клиента\n")
    #expect(session.ok("orders") == "заказов пока нет: 'order new' создаёт заказ\n")
  }

  /// `process show` in Russian: GetCourse's block types (Прокси-скрипт, Вопрос…), the seed's
  /// titles, and the blocks' actions in Russian around the definition's own notation.
  @Test func aProcessReadsInRussian() {
    let session = Self.session()
    let shown = lines(session.ok("process show order-processing --task 1"))
    #expect(
      shown.first
        == "order-processing: Обработка заказа — по заказам, запуск при создании (запущен)")
    #expect(shown.contains { $0.hasPrefix("   БЛОК  ТИП") && $0.contains("НАЗВАНИЕ") })
    func row(_ id: String) -> String? {
      shown.first { $0.dropFirst(3).hasPrefix(id + " ") }
    }
    #expect(row("2")?.contains("прокси-скрипт  Прокси-скрипт") == true)
    #expect(row("3")?.contains("ожидание") == true)
    #expect(row("3")?.contains("пока не оплачен, не дольше 30 д") == true)
    #expect(row("7")?.contains("задержка") == true)
    #expect(row("7")?.contains("1 мин") == true)
    #expect(row("8")?.contains("спрашивает take-order: yes (+) duplicate (-)") == true)
    #expect(row("12")?.contains("статус := В работе") == true)
    #expect(row("20")?.contains("запускает call-3-days") == true)
    #expect(shown.contains("задача 1 сейчас:"))
    #expect(shown.contains("  ▶ [3] Ждём оплату: ждёт с 2026-01-05 09:00"))
    #expect(shown.contains("  ▶ [20] Дозваниваемся 3 дня: ждёт задачу 2"))
  }

  /// The commands that keep a session: counts with Russian plurals, clocks with Russian days.
  @Test func checkpointsUndoAndHistoryReadInRussian() {
    let session = Self.session()
    #expect(
      session.ok("checkpoint урок")
        == "контрольная точка урок: 2026-01-06 09:01, после 4 команд\n")
    #expect(
      lines(session.ok("undo")) == ["отменено: advance 1d", "сейчас 2026-01-05 09:01 (пн)"])
    #expect(
      lines(session.ok("history")).first
        == "3 команды с начала новой сессии на 2026-01-05 09:00 (пн)")
    session.ok("advance 1d; checkpoint урок")
    session.ok("advance 1h")
    #expect(
      session.ok("restore урок")
        == "возврат к точке урок: 1 команда отменена; сейчас 2026-01-06 09:01 (вт)\n")
  }

  @Test func savingAndLoadingReadInRussian() throws {
    let folder = try TemporaryDirectory()
    let session = Self.session()
    let path = folder.path + "/урок.json"
    let saved = session.ok("save \(path)")
    #expect(saved.hasPrefix("сохранено в \(path): 1 заказ, 2 задачи, "))
    #expect(saved.contains(" событий на 2026-01-06 09:01, история: 4 команды ("))
    #expect(saved.hasSuffix(" КБ)\n") || saved.hasSuffix(" байт)\n"))
    #expect(
      session.ok("load \(path)").hasPrefix("загружено из \(path): 1 заказ, 2 задачи, "))
  }

  /// `--json` keeps slugs in either language, with a Russian label beside them for a person.
  @Test func jsonKeepsSlugsAndAddsRussianLabels() {
    let session = Self.session()
    let order = session.ok("order 1 --json")
    #expect(order.contains("\"status\": \"in-work\""))
    #expect(order.contains("\"status-label\": \"В работе\""))
    let task = session.ok("task 2 --json")
    #expect(task.contains("\"state\": \"waiting\""))
    #expect(task.contains("\"state-label\": \"ждёт ответа\""))
    session.ok("lang en")
    #expect(session.ok("order 1 --json").contains("\"status-label\": \"in-work\""))
  }
}
