import Wording

/// `status`: the clock, who acts, the orders, the open steps and what happens next; and the
/// listings that share its headers (`tasks`, `processes`).
enum StatusPhrase: PhraseBook {
  case clock, acting, orders, mailings, actualOrders, ordersInStatus
  case noOpenSteps, openSteps, moreSteps
  case taskHeader, orderHeader, stepHeader, optionsHeader, managerHeader, waitingHeader, anyone
  case processHeader, onHeader, stateHeader, whereHeader, noTasks
  case launchHeader, startedHeader, tasksHeader, titleHeader, every, openOfAll
  case nothingScheduled, next
  case periodicCheck, delayEnds, waitTimesOut, mailingsLookAgain, waitLooksAgain

  var phrase: Phrase {
    switch self {
    case .clock: Phrase(en: "clock    {clock}", ru: "время    {clock}")
    case .acting: Phrase(en: "acting   {manager}", ru: "от лица  {manager}")
    case .orders: Phrase(en: "orders   {summary}", ru: "заказы   {summary}")
    case .mailings:
      Phrase(
        en:
          "mailings {started} started, {stopped} stopped: {sent} {sent:message|messages} sent, {opened} opened",
        ru:
          "рассылки запущено {started}, остановлено {stopped}: отправлено {sent} {sent:сообщение|сообщения|сообщений}, открыто {opened}"
      )
    case .actualOrders:
      Phrase(en: "{n} actual", ru: "{n} {n:актуальный|актуальных|актуальных}")
    // A status name is not declined by its count in Russian: «Новый — 2», not «2 Новый».
    case .ordersInStatus: Phrase(en: "{n} {status}", ru: "{status} — {n}")
    case .noOpenSteps: Phrase(en: "open manager steps: none", ru: "открытых шагов менеджера нет")
    case .openSteps: Phrase(en: "open manager steps: {n}", ru: "открытые шаги менеджера: {n}")
    case .moreSteps:
      Phrase(
        en: "  … and {n} more (tasks --state waiting)",
        ru: "  … и ещё {n} (tasks --state waiting)")
    case .taskHeader: Phrase(en: "TASK", ru: "ЗАДАЧА")
    case .orderHeader: Phrase(en: "ORDER", ru: "ЗАКАЗ")
    case .stepHeader: Phrase(en: "STEP", ru: "ШАГ")
    case .optionsHeader: Phrase(en: "OPTIONS", ru: "ВАРИАНТЫ")
    case .managerHeader: Phrase(en: "MANAGER", ru: "МЕНЕДЖЕР")
    case .waitingHeader: Phrase(en: "WAITING", ru: "ЖДЁТ")
    case .anyone: Phrase(en: "anyone", ru: "любой")
    case .processHeader: Phrase(en: "PROCESS", ru: "ПРОЦЕСС")
    case .onHeader: Phrase(en: "ON", ru: "ОБЪЕКТ")
    case .stateHeader: Phrase(en: "STATE", ru: "СОСТОЯНИЕ")
    case .whereHeader: Phrase(en: "WHERE", ru: "ГДЕ")
    case .noTasks: Phrase(en: "no tasks", ru: "задач нет")
    case .launchHeader: Phrase(en: "LAUNCH", ru: "ЗАПУСК")
    case .startedHeader: Phrase(en: "STARTED", ru: "ЗАПУЩЕН")
    case .tasksHeader: Phrase(en: "TASKS", ru: "ЗАДАЧИ")
    case .titleHeader: Phrase(en: "TITLE", ru: "НАЗВАНИЕ")
    case .every: Phrase(en: " every {interval}", ru: " каждые {interval}")
    case .openOfAll: Phrase(en: "{open} open / {all}", ru: "{open} открыто / {all}")
    case .nothingScheduled:
      Phrase(en: "next: nothing is scheduled", ru: "дальше: ничего не запланировано")
    case .next: Phrase(en: "next:", ru: "дальше:")
    case .periodicCheck:
      Phrase(
        en: "process {name}: periodic launch check",
        ru: "процесс {name}: проверка периодического запуска")
    case .delayEnds: Phrase(en: "delay ends", ru: "задержка кончается")
    case .waitTimesOut: Phrase(en: "wait times out", ru: "ожидание истекает")
    case .mailingsLookAgain:
      Phrase(en: "mailings look at it again", ru: "рассылки проверяют его снова")
    case .waitLooksAgain:
      Phrase(en: "wait checks its condition again", ru: "ожидание снова проверяет условие")
    }
  }
}
