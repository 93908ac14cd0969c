import Wording

/// What `view` says, and the words of the live page it serves (`LivePage`).
enum LivePhrase: PhraseBook {
  case started, alreadyRunning, stopped
  case notAvailable, portInUse, cannotListen, notRunning
  case pageTitle, statusHeading, ordersHeading, tasksHeading, eventsHeading, processesHeading
  case tooManyOrders, tooManyTasks
  case textInstead, footer, connectionLost

  var phrase: Phrase {
    switch self {
    case .started:
      Phrase(
        en: "live view at {url} (read-only, updated after every command; 'view stop' ends it)",
        ru:
          "живая картина: {url} (только просмотр, обновляется после каждой команды; 'view stop' закрывает её)"
      )
    case .alreadyRunning:
      Phrase(
        en: "the live view is already at {url}", ru: "живая картина уже открыта: {url}")
    case .stopped:
      Phrase(en: "live view at {url} stopped", ru: "живая картина {url} закрыта")
    case .notAvailable:
      Phrase(
        en: "the live view is not available here: this shell was started without its server",
        ru: "живой картины здесь нет: эта оболочка запущена без её сервера")
    case .portInUse:
      Phrase(
        en:
          "port {port} on 127.0.0.1 is in use; choose another with --port, or leave it out for a free one",
        ru:
          "порт {port} на 127.0.0.1 занят; выберите другой через --port или не указывайте его, чтобы взять свободный"
      )
    case .cannotListen:
      Phrase(
        en: "cannot listen on 127.0.0.1 port {port}: {reason}",
        ru: "не удаётся слушать порт {port} на 127.0.0.1: {reason}")
    case .notRunning:
      Phrase(
        en: "the live view is not running; 'view' starts it",
        ru: "живая картина не открыта; её открывает 'view'")
    case .pageTitle: Phrase(en: "procsh, live: {clock}", ru: "procsh, вживую: {clock}")
    case .statusHeading: Phrase(en: "Now", ru: "Сейчас")
    case .ordersHeading: Phrase(en: "Orders", ru: "Заказы")
    case .tasksHeading: Phrase(en: "Tasks", ru: "Задачи")
    case .eventsHeading: Phrase(en: "Latest events", ru: "Последние события")
    case .processesHeading: Phrase(en: "Processes", ru: "Процессы")
    case .tooManyOrders:
      Phrase(
        en: "{n} {n:order|orders}: too many to list here; 'orders' lists them",
        ru: "{n} {n:заказ|заказа|заказов}: слишком много для этой страницы; их выводит 'orders'")
    case .tooManyTasks:
      Phrase(
        en: "{n} {n:task|tasks}: too many to list here; 'tasks' lists them",
        ru: "{n} {n:задача|задачи|задач}: слишком много для этой страницы; их выводит 'tasks'")
    case .textInstead:
      Phrase(
        en: "no picture: {reason}. The table instead:",
        ru: "картинки нет: {reason}. Вместо неё таблица:")
    case .footer:
      Phrase(
        en:
          "procsh's live view: read-only, redrawn after every command typed in the shell; it ends with the shell.",
        ru:
          "Живая картина procsh: только просмотр, перерисовывается после каждой команды в оболочке и закрывается вместе с ней."
      )
    case .connectionLost:
      Phrase(
        en: "procsh has stopped or the connection is lost: this page no longer changes",
        ru: "procsh остановлен или связь потеряна: страница больше не меняется")
    }
  }
}
