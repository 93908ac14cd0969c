import Wording

/// What `report FILE.html` writes on its page and says when it is done. Event lines, the `why`
/// and the funnel come from their own books, as the terminal shows them.
enum ReportPhrase: PhraseBook {
  case title, summary, shownAll, shownFirst, shownChosen, processes, legend, orders, order
  case customer, timeline, timelineNote, orderLane, taskLane, now, tokenAt, statusHistory
  case time, status, cause, why, events, funnel, coverage, footer, written, replaced, notAnHTMLFile

  var phrase: Phrase {
    switch self {
    case .title: Phrase(en: "procsh report, {clock}", ru: "отчёт procsh, {clock}")
    case .summary:
      Phrase(
        en: "The session at {clock}: {n} {n:order|orders}, {tasks} {tasks:task|tasks}.",
        ru: "Сессия на {clock}: {n} {n:заказ|заказа|заказов}, {tasks} {tasks:задача|задачи|задач}.")
    case .shownAll: Phrase(en: "Every order is shown.", ru: "Показаны все заказы.")
    case .shownFirst:
      Phrase(
        en: "The first {n} orders are shown; report FILE --order N shows others.",
        ru: "Показаны первые {n} заказов; другие покажет report FILE --order N.")
    case .shownChosen:
      Phrase(en: "Orders shown: {list}.", ru: "Показанные заказы: {list}.")
    case .processes: Phrase(en: "Processes", ru: "Процессы")
    case .legend:
      Phrase(
        en:
          "A bold red border on yellow: where the orders' tasks are now; blue: where they have been.",
        ru: "Красная рамка на жёлтом — где задачи заказов сейчас; голубой — где они уже были.")
    case .orders: Phrase(en: "Orders", ru: "Заказы")
    case .order: Phrase(en: "Order {id}", ru: "Заказ {id}")
    case .customer:
      Phrase(
        en: "customer {name} (user {user}) · {product}, {amount} · status {status}",
        ru: "клиент {name} (пользователь {user}) · {product}, {amount} · статус {status}")
    case .timeline: Phrase(en: "Timeline", ru: "Лента времени")
    case .timelineNote:
      Phrase(
        en: "from {start} to {end}; point at a mark to read its event",
        ru: "с {start} по {end}; наведите на отметку, чтобы прочитать событие")
    case .orderLane: Phrase(en: "order", ru: "заказ")
    case .taskLane: Phrase(en: "task {id} · {process}", ru: "задача {id} · {process}")
    case .now: Phrase(en: "now", ru: "сейчас")
    case .tokenAt: Phrase(en: "now at {block}", ru: "сейчас в {block}")
    case .statusHistory: Phrase(en: "Status history", ru: "История статусов")
    case .time: Phrase(en: "time", ru: "время")
    case .status: Phrase(en: "status", ru: "статус")
    case .cause: Phrase(en: "set by", ru: "кем установлен")
    case .why: Phrase(en: "Why this status", ru: "Почему такой статус")
    case .events: Phrase(en: "Every event ({n})", ru: "Все события ({n})")
    case .funnel: Phrase(en: "Funnel", ru: "Воронка")
    case .coverage: Phrase(en: "Coverage", ru: "Покрытие")
    case .footer:
      Phrase(
        en: "Made by procsh from the session at {clock} (virtual time).",
        ru: "Сделано procsh по сессии на {clock} (виртуальное время).")
    case .written:
      Phrase(
        en: "{path}: a report of {n} {n:order|orders} written, {size}",
        ru: "{path}: записан отчёт по {n} {n:заказу|заказам|заказам}, {size}")
    case .replaced:
      Phrase(
        en: "{path}: a report of {n} {n:order|orders} written over the old file, {size}",
        ru: "{path}: отчёт по {n} {n:заказу|заказам|заказам} записан поверх старого файла, {size}")
    case .notAnHTMLFile:
      Phrase(
        en: "{path} exists; report replaces a file only with --force",
        ru: "{path} уже есть; report заменяет файл только с --force")
    }
  }
}
