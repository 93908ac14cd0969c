import ProcessEngine
import Wording

/// The event lines (`EventRenderer`), in both languages.
enum EventPhrase: PhraseBook {
  case order, user, task
  case created, userCreated, orderCreated
  case fieldCleared, fieldSet
  case statusChanged, paymentReceived
  case dateSet, dateCleared
  case orderManagerSet, orderManagerCleared
  case messageSent, messageToCustomer
  case taskStarted, processStarted, subProcessStarted
  case stepOpened, asksTheManager, script
  case answered, answeredBy, stepWithdrawn
  case delayEnded, waitMet, waitTimedOut, yes, no, branchEnded
  case counterChanged, variableSet, variableSetTo, variableSetToText
  case assigned, unassigned
  case ended, taskEnded, taskStopped, taskEndedWithoutBranch, taskFailed, taskDeleted
  case clockSet, managerAdded, actingAs, processLoaded, processStartedByShell, processStopped
  case mailingLoaded, mailingStarted, mailingStopped, mailingSent, messageOpened

  var phrase: Phrase {
    switch self {
    case .order: Phrase(en: "order {id}", ru: "заказ {id}")
    case .user: Phrase(en: "user {id}", ru: "пользователь {id}")
    case .task: Phrase(en: "task {id}", ru: "задача {id}")
    case .created: Phrase(en: "created", ru: "создан")
    case .userCreated: Phrase(en: "created: {name}{contacts}", ru: "создан: {name}{contacts}")
    case .orderCreated:
      Phrase(
        en: "created for user {user}: {product}, {amount}",
        ru: "создан для пользователя {user}: {product}, {amount}")
    case .fieldCleared: Phrase(en: "{who}{field} cleared", ru: "{who}{field}: очищено")
    case .fieldSet: Phrase(en: "{who}{field} set to {value}", ru: "{who}{field}: {value}")
    case .statusChanged: Phrase(en: "status {from} → {to}", ru: "статус {from} → {to}")
    case .paymentReceived:
      Phrase(en: "payment of {amount} received", ru: "получена оплата {amount}")
    case .dateSet: Phrase(en: "{field} set to {date}", ru: "{field}: {date}")
    case .dateCleared: Phrase(en: "{field} cleared", ru: "{field}: очищена")
    case .orderManagerSet:
      Phrase(en: "order manager is now {manager}", ru: "менеджер заказа теперь {manager}")
    case .orderManagerCleared: Phrase(en: "order manager cleared", ru: "менеджер заказа снят")
    case .messageSent:
      Phrase(en: "message {id} sent: {message}", ru: "отправлено сообщение {id}: {message}")
    case .messageToCustomer:
      Phrase(
        en: "{channel} sent to the customer, message {id}: \"{body}\"",
        ru: "{channel}: клиенту отправлено сообщение {id}: «{body}»")
    case .taskStarted: Phrase(en: "task started", ru: "задача запущена")
    case .processStarted: Phrase(en: "started {process}", ru: "запущен процесс {process}")
    case .subProcessStarted:
      Phrase(
        en: "started {process} as a sub-process of task {parent}",
        ru: "запущен процесс {process} как подпроцесс задачи {parent}")
    case .stepOpened: Phrase(en: "step opened", ru: "шаг открыт")
    case .asksTheManager:
      Phrase(en: "asks the manager: {options}", ru: "вопрос менеджеру: {options}")
    case .script: Phrase(en: "script: {script}", ru: "скрипт: {script}")
    case .answered: Phrase(en: "answered", ru: "ответ получен")
    case .answeredBy:
      Phrase(en: "answered {option} by {manager}", ru: "ответ {option}, ответил {manager}")
    case .stepWithdrawn: Phrase(en: "step withdrawn", ru: "шаг снят")
    case .delayEnded: Phrase(en: "delay over", ru: "задержка окончена")
    case .waitMet: Phrase(en: "condition met", ru: "условие выполнено")
    case .waitTimedOut: Phrase(en: "timed out", ru: "время ожидания вышло")
    case .yes: Phrase(en: "yes", ru: "да")
    case .no: Phrase(en: "no", ru: "нет")
    case .branchEnded:
      Phrase(
        en: "the branch ends here (empty exit)", ru: "ветка заканчивается здесь (пустой выход)")
    case .counterChanged: Phrase(en: "counter {name} = {value}", ru: "счётчик {name} = {value}")
    case .variableSet: Phrase(en: "variable set", ru: "переменная задана")
    case .variableSetTo: Phrase(en: "variable {name} = {value}", ru: "переменная {name} = {value}")
    case .variableSetToText:
      Phrase(en: "variable {name} = \"{value}\"", ru: "переменная {name} = «{value}»")
    case .assigned: Phrase(en: "assigned to {manager}", ru: "назначена на {manager}")
    case .unassigned: Phrase(en: "unassigned", ru: "снята с менеджера")
    case .ended: Phrase(en: "ended", ru: "завершена")
    case .taskEnded:
      Phrase(en: "task ended: {end} ({result})", ru: "задача завершена: {end} ({result})")
    case .taskStopped:
      Phrase(
        en: "task stopped: task {other} ended (result none)",
        ru: "задача остановлена: завершилась задача {other} (без результата)")
    case .taskEndedWithoutBranch:
      Phrase(
        en: "task ended: no branch left (result none)",
        ru: "задача завершена: не осталось веток (без результата)")
    case .taskFailed: Phrase(en: "task FAILED: {reason}", ru: "задача ПРЕРВАНА ОШИБКОЙ: {reason}")
    case .taskDeleted:
      Phrase(en: "task deleted (process restart)", ru: "задача удалена (перезапуск процесса)")
    case .clockSet: Phrase(en: "clock set to {instant}", ru: "часы переведены на {instant}")
    case .managerAdded: Phrase(en: "manager {name} added", ru: "добавлен менеджер {name}")
    case .actingAs: Phrase(en: "acting as {name}", ru: "действует {name}")
    case .processLoaded:
      Phrase(
        en: "process {name} loaded: {blocks} blocks, launch {launch}",
        ru: "процесс {name} загружен: {blocks} {blocks:блок|блока|блоков}, запуск {launch}")
    case .processStartedByShell: Phrase(en: "process {name} started", ru: "процесс {name} запущен")
    case .processStopped: Phrase(en: "process {name} stopped", ru: "процесс {name} остановлен")
    case .mailingLoaded:
      Phrase(en: "mailing {name} loaded and started", ru: "рассылка {name} загружена и запущена")
    case .mailingStarted: Phrase(en: "mailing {name} started", ru: "рассылка {name} запущена")
    case .mailingStopped: Phrase(en: "mailing {name} stopped", ru: "рассылка {name} остановлена")
    case .mailingSent:
      Phrase(
        en: "mailing {name} sent message {id}: \"{body}\"",
        ru: "рассылка {name} отправила сообщение {id}: «{body}»")
    case .messageOpened:
      Phrase(en: "the customer opened message {id}", ru: "клиент открыл сообщение {id}")
    }
  }
}
