import Wording

/// `why not task N ended` and `why not order N STATUS`: what stands in the way.
enum WhyNotPhrase: PhraseBook {
  case taskEnded, taskDeleted, taskNotEnded
  case asking, sleeping, waiting, waitingForever, awaitingChild, nothingInTheWay
  case timedOutIntoNothing, endedByEmptyExit
  case alreadyInStatus, setByPayments, setByBlocks, setByNoBlock, noTasks, taskStands

  var phrase: Phrase {
    switch self {
    case .taskEnded:
      Phrase(
        en: "task {id} has ended: {end} ({result}) at {time}",
        ru: "задача {id} уже завершена: {end} ({result}) в {time}")
    case .taskDeleted:
      Phrase(en: "task {id} was deleted at {time}", ru: "задача {id} удалена в {time}")
    case .taskNotEnded:
      Phrase(
        en: "task {id} has not ended; in the way:", ru: "задача {id} не завершена; мешает:")
    case .asking:
      Phrase(
        en: "{block} asks a manager since {since}: nobody has answered ({options})",
        ru: "{block} спрашивает менеджера с {since}: никто не ответил ({options})")
    case .sleeping:
      Phrase(
        en: "{block} sleeps until {due}: not due yet", ru: "{block} спит до {due}: срок не настал")
    case .waiting:
      Phrase(
        en: "{block} waits until {condition}, which does not hold; it times out at {due}",
        ru: "{block} ждёт, пока не {condition}, а это не так; ожидание истечёт в {due}")
    case .waitingForever:
      Phrase(
        en: "{block} waits until {condition}, which does not hold, and has no timeout",
        ru: "{block} ждёт, пока не {condition}, а это не так, и срока у ожидания нет")
    case .awaitingChild:
      Phrase(
        en: "{block} waits for task {child}, which has not ended:",
        ru: "{block} ждёт задачу {child}, а она не завершена:")
    case .nothingInTheWay:
      Phrase(
        en: "no branch is waiting: it ends with the next step", ru: "ни одна ветка не ждёт")
    case .timedOutIntoNothing:
      Phrase(
        en:
          "{block} timed out at {time} into its empty exit '{exit}': that branch ended there, and what happens after {time} is not seen by it",
        ru:
          "{block}: ожидание истекло в {time}, и выход '{exit}' пуст: эта ветка там закончилась, и того, что случилось после {time}, она не видит"
      )
    case .endedByEmptyExit:
      Phrase(
        en: "{block} ended its branch at {time} by the empty exit '{exit}'",
        ru: "{block} закончил свою ветку в {time} пустым выходом '{exit}'")
    case .alreadyInStatus:
      Phrase(
        en: "order {id} is {status} already ('why order {id}' tells how)",
        ru: "заказ {id} уже {status} ('why order {id}' расскажет, как)")
    case .setByPayments:
      Phrase(
        en: "{status} is set by payments: order {id} has {paid} paid of {amount}",
        ru: "статус {status} ставят оплаты: по заказу {id} оплачено {paid} из {amount}")
    case .setByBlocks:
      Phrase(
        en: "{process} sets {status} at {blocks}", ru: "{process} ставит {status} в блоках {blocks}"
      )
    case .setByNoBlock:
      Phrase(
        en: "no process running on order {id} sets {status}",
        ru: "ни один процесс заказа {id} не ставит {status}")
    case .noTasks:
      Phrase(
        en: "order {id} has no running task: nothing will change its status by itself",
        ru: "у заказа {id} нет идущих задач: сам его статус не изменится")
    case .taskStands:
      Phrase(en: "task {id} ({process}) stands at:", ru: "задача {id} ({process}) сейчас:")
    }
  }
}
