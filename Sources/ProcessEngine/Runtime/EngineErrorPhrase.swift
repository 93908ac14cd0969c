import Wording

/// Why the engine refused a command: `EngineError.message(in:)`. Statuses are named as a person
/// of the language reads them (`in-work`, «В работе»); ids, option keys, command words and
/// durations as they are typed.
public enum EngineErrorPhrase: PhraseBook {
  case malformedDuration, malformedDateTime, malformedAmount
  case timeGoesBack, clockSetWithObjects, agendaEmpty, beyondTheCalendar, interrupted
  case noOrder, noOrderYet, noUser, noUserYet, noTask, noTaskYet, noManager
  case taskActive, taskWaiting, taskEnded, taskDeleted
  case taskHasNoOpenStep, orderHasNoOpenStep, subprocessAsks
  case asks, taskHasSeveralOpenSteps, orderHasSeveralOpenSteps
  case unknownOption, unknownOptionDidYouMean
  case optionNeedsDate, optionNeedsText, unexpectedArgument, dateForTextOption, dateInPast
  case assignedToOther, assignedToAdmin, alreadyAssigned
  case unknownManager, unknownManagerAddOne, managerExists
  case invalidManagerName, reservedManagerName, invalidCustomerName, invalidProduct
  case paymentRefusedByStatus, paymentRefusedPaidInFull, amountTooLarge, nonPositiveAmount
  case statusAlready, statusSetByPayments, reasonWithoutCancel, orderCompleted
  case sameName, sameEmail, samePhone, nameRequired, blankPhone, blankEmail, customerFieldsWithUser
  case unknownProcess, processLaunchDisabled, processAlreadyStarted, processNotStarted
  case unknownMailing, mailingAlreadyStarted, mailingNotStarted
  case noMessage, noMessageYet, messageAlreadyOpened
  case processRunsOverOrders, processRunsOverUsers, alreadyLaunched, alreadyLaunchedOnUser
  case objectChangedFromOrders, objectChangedFromUsers
  case definitionErrors, profileValues
  case simulationOrderCount, simulationWindowEmpty, simulationHorizonBeforeWindow

  public var phrase: Phrase {
    switch self {
    case .malformedDuration:
      Phrase(
        en: "'{text}' is not a duration ({reason}); write it like 30s, 5m, 2h, 1d, 1w or 1d2h30m",
        ru: "'{text}' — не длительность ({reason}); пишите так: 30s, 5m, 2h, 1d, 1w или 1d2h30m")
    case .malformedDateTime:
      Phrase(
        en:
          "'{text}' is not a date-time ({reason}); write it like 2026-01-07, 2026-01-07 14:30 or +2d",
        ru:
          "'{text}' — не дата и время ({reason}); пишите так: 2026-01-07, 2026-01-07 14:30 или +2d")
    case .malformedAmount:
      Phrase(
        en: "'{text}' is not an amount; write it like 10000 or 99.50",
        ru: "'{text}' — не сумма; пишите так: 10000 или 99.50")
    case .timeGoesBack:
      Phrase(
        en: "{target} is before the clock ({clock}); virtual time only moves forward",
        ru: "{target} раньше часов ({clock}); виртуальное время идёт только вперёд")
    case .clockSetWithObjects:
      Phrase(
        en: "the clock can be set only before the first order or customer exists",
        ru: "часы можно переставить только до первого заказа или клиента")
    case .agendaEmpty:
      Phrase(
        en: "nothing is scheduled: no delay, wait or launch is pending",
        ru: "ничего не запланировано: нет ни задержек, ни ожиданий, ни запусков")
    case .beyondTheCalendar:
      Phrase(
        en:
          "that is past 9999-12-31 23:59:59 (or before 0001-01-01): the clock keeps to years 1 to 9999",
        ru:
          "это позже 9999-12-31 23:59:59 (или раньше 0001-01-01): часы ходят только в годах 1–9999")
    case .interrupted:
      Phrase(
        en: "interrupted: the session is as it was before the command",
        ru: "прервано: сессия такая же, как до команды")

    case .noOrder:
      Phrase(
        en: "there is no order {id}; orders are 1–{count}", ru: "нет заказа {id}; заказы 1–{count}")
    case .noOrderYet:
      Phrase(
        en: "there is no order {id}; there are no orders yet",
        ru: "нет заказа {id}; заказов пока нет")
    case .noUser:
      Phrase(
        en: "there is no user {id}; users are 1–{count}",
        ru: "нет пользователя {id}; пользователи 1–{count}")
    case .noUserYet:
      Phrase(
        en: "there is no user {id}; there are no users yet",
        ru: "нет пользователя {id}; пользователей пока нет")
    case .noTask:
      Phrase(
        en: "there is no task {id}; tasks are 1–{count}", ru: "нет задачи {id}; задачи 1–{count}")
    case .noTaskYet:
      Phrase(
        en: "there is no task {id}; there are no tasks yet", ru: "нет задачи {id}; задач пока нет")
    case .noManager:
      Phrase(
        en: "there is no manager {id}; managers are 1–{count}",
        ru: "нет менеджера {id}; менеджеры 1–{count}")

    case .taskActive:
      Phrase(
        en: "task {id} is active; it has no open step",
        ru: "задача {id} идёт, но открытого шага у неё нет")
    case .taskWaiting:
      Phrase(
        en: "task {id} is waiting; it has no open step",
        ru: "задача {id} ждёт, но открытого шага у неё нет")
    case .taskEnded:
      Phrase(en: "task {id} is ended; it has no open step", ru: "задача {id} уже завершена")
    case .taskDeleted:
      Phrase(en: "task {id} is deleted; it has no open step", ru: "задача {id} удалена")
    case .taskHasNoOpenStep:
      Phrase(en: "task {id} has no open step", ru: "у задачи {id} нет открытого шага")
    case .orderHasNoOpenStep:
      Phrase(en: "order {id} has no open step", ru: "у заказа {id} нет открытого шага")
    case .subprocessAsks:
      Phrase(
        en: "; its sub-process task {task} asks '{question}': answer task {task} …",
        ru: "; спрашивает её подпроцесс, задача {task}, '{question}': answer task {task} …")
    case .asks:
      Phrase(en: "task {task} asks '{question}'", ru: "задача {task} спрашивает '{question}'")
    case .taskHasSeveralOpenSteps:
      Phrase(
        en:
          "task {id} has several open steps ({candidates}); answer one with 'answer task N OPTION'",
        ru:
          "у задачи {id} несколько открытых шагов ({candidates}); ответьте на один: 'answer task N OPTION'"
      )
    case .orderHasSeveralOpenSteps:
      Phrase(
        en:
          "order {id} has several open steps ({candidates}); answer one with 'answer task N OPTION'",
        ru:
          "у заказа {id} несколько открытых шагов ({candidates}); ответьте на один: 'answer task N OPTION'"
      )

    case .unknownOption:
      Phrase(
        en: "task {task} has no option '{option}'; expected {valid}",
        ru: "у задачи {task} нет варианта '{option}'; варианты: {valid}")
    case .unknownOptionDidYouMean:
      Phrase(en: " (did you mean '{suggestion}'?)", ru: "; может быть, '{suggestion}'?")
    case .optionNeedsDate:
      Phrase(
        en: "option '{option}' needs a date: answer … {option} 2026-01-09 (or +2d)",
        ru: "варианту '{option}' нужна дата: answer … {option} 2026-01-09 (или +2d)")
    case .optionNeedsText:
      Phrase(en: "option '{option}' needs a text", ru: "варианту '{option}' нужен текст")
    case .unexpectedArgument:
      Phrase(en: "option '{option}' takes no argument", ru: "вариант '{option}' — без аргумента")
    case .dateForTextOption:
      Phrase(
        en: "option '{option}' takes a text, not a date",
        ru: "вариант '{option}' принимает текст, а не дату")
    case .dateInPast:
      Phrase(
        en: "{date} is in the past (the clock is at {clock})",
        ru: "{date} уже прошло (часы показывают {clock})")

    case .assignedToOther:
      Phrase(
        en:
          "task {task} is assigned to {owner}; only {owner} or {admin} may act on it ({admin} can move it: transfer tasks from {owner} to …)",
        ru:
          "задача {task} назначена на {owner}; работать с ней могут только {owner} и {admin} ({admin} может передать её: transfer tasks from {owner} to …)"
      )
    case .assignedToAdmin:
      Phrase(
        en:
          "task {task} is assigned to {owner}; only {owner} may act on it ({admin} can move it: transfer tasks from {owner} to …)",
        ru:
          "задача {task} назначена на {owner}; работать с ней может только {owner} ({admin} может передать её: transfer tasks from {owner} to …)"
      )
    case .alreadyAssigned:
      Phrase(
        en: "task {task} is already assigned to {name}", ru: "задача {task} уже назначена на {name}"
      )
    case .unknownManager: Phrase(en: "there is no manager '{name}'", ru: "нет менеджера '{name}'")
    case .unknownManagerAddOne:
      Phrase(
        en: "there is no manager '{name}'; add one with 'manager add {name}'",
        ru: "нет менеджера '{name}'; добавьте его: 'manager add {name}'")
    case .managerExists:
      Phrase(en: "there is a manager '{name}' already", ru: "менеджер '{name}' уже есть")
    case .invalidManagerName:
      Phrase(
        en: "'{name}' is not a usable manager name; use a word without spaces",
        ru: "'{name}' не подходит как имя менеджера; нужно слово без пробелов")
    case .reservedManagerName:
      Phrase(
        en:
          "'{name}' is taken: 'transfer tasks from M to nobody' means no manager; choose another name",
        ru:
          "имя '{name}' занято: 'transfer tasks from M to nobody' значит «без менеджера»; выберите другое имя"
      )
    case .invalidCustomerName:
      Phrase(
        en: "a customer's name cannot be blank", ru: "имя клиента не может быть пустым")
    case .invalidProduct:
      Phrase(
        en: "a product's name cannot be blank", ru: "название продукта не может быть пустым")

    case .paymentRefusedByStatus:
      Phrase(
        en: "order {order} cannot be paid: it is {status}",
        ru: "заказ {order} нельзя оплатить: он {status}")
    case .paymentRefusedPaidInFull:
      Phrase(
        en: "order {order} cannot be paid: it is paid in full already",
        ru: "заказ {order} нельзя оплатить: он уже оплачен полностью")
    case .amountTooLarge:
      Phrase(
        en: "{amount} is more than the {remaining} left to pay",
        ru: "{amount} — больше, чем осталось оплатить ({remaining})")
    case .nonPositiveAmount:
      Phrase(en: "the amount must be more than 0", ru: "сумма должна быть больше 0")
    case .statusAlready:
      Phrase(en: "order {order} is {status} already", ru: "заказ {order} уже {status}")
    case .statusSetByPayments:
      Phrase(
        en: "'{status}' is set by payments; use 'pay order N [AMOUNT]'",
        ru: "статус '{status}' ставят платежи; используйте 'pay order N [AMOUNT]'")
    case .reasonWithoutCancel:
      Phrase(
        en: "--reason goes with status {status}",
        ru: "--reason указывают только со статусом {status}")
    case .orderCompleted:
      Phrase(
        en:
          "order {order} is {status} (paid in full); to refund it, set its status to {refund}",
        ru:
          "заказ {order} {status} (оплачен полностью); чтобы вернуть деньги, поставьте статус {refund}"
      )

    case .sameName:
      Phrase(en: "user {user} has that name already", ru: "у пользователя {user} уже такое имя")
    case .sameEmail:
      Phrase(
        en: "user {user} has that email already", ru: "у пользователя {user} уже такая эл. почта")
    case .samePhone:
      Phrase(
        en: "user {user} has that phone already", ru: "у пользователя {user} уже такой телефон")
    case .blankPhone:
      Phrase(
        en: "a blank phone is not a phone number; for none, write none (order new: --no-phone)",
        ru:
          "пустой телефон — это не номер; чтобы номера не было, напишите none (order new: --no-phone)"
      )
    case .blankEmail:
      Phrase(
        en: "a blank e-mail is not an address; for none, write none",
        ru: "пустая эл. почта — это не адрес; чтобы адреса не было, напишите none")
    case .nameRequired:
      Phrase(
        en: "user {user} needs a name; it cannot be cleared",
        ru: "пользователю {user} нужно имя; стереть его нельзя")
    case .customerFieldsWithUser:
      Phrase(
        en:
          "--name, --email and --phone describe a new customer; with --user the order goes to that customer as they are",
        ru:
          "--name, --email и --phone описывают нового клиента; с --user заказ достаётся этому клиенту как есть"
      )

    case .unknownProcess: Phrase(en: "there is no process '{name}'", ru: "нет процесса '{name}'")
    case .processLaunchDisabled:
      Phrase(
        en:
          "process '{name}' has launch 'disabled': it runs only by hand (process run) or as a sub-process",
        ru:
          "у процесса '{name}' запуск 'disabled': он идёт только вручную (process run) или как подпроцесс"
      )
    case .processAlreadyStarted:
      Phrase(en: "process '{name}' is started already", ru: "процесс '{name}' уже запущен")
    case .processNotStarted:
      Phrase(en: "process '{name}' is not started", ru: "процесс '{name}' не запущен")
    case .unknownMailing:
      Phrase(en: "there is no mailing '{name}'", ru: "нет рассылки '{name}'")
    case .mailingAlreadyStarted:
      Phrase(en: "mailing '{name}' is started already", ru: "рассылка '{name}' уже запущена")
    case .mailingNotStarted:
      Phrase(en: "mailing '{name}' is not started", ru: "рассылка '{name}' не запущена")
    case .noMessage:
      Phrase(
        en: "there is no message {id}; messages are 1–{count}",
        ru: "нет сообщения {id}; сообщения 1–{count}")
    case .noMessageYet:
      Phrase(
        en: "there is no message {id}; no message was sent yet",
        ru: "нет сообщения {id}; сообщений ещё не было")
    case .messageAlreadyOpened:
      Phrase(
        en: "message {id} was opened already, at {time}",
        ru: "сообщение {id} уже открыто, в {time}")
    case .processRunsOverOrders:
      Phrase(en: "process '{name}' runs over orders", ru: "процесс '{name}' работает с заказами")
    case .processRunsOverUsers:
      Phrase(
        en: "process '{name}' runs over users", ru: "процесс '{name}' работает с пользователями")
    case .objectChangedFromOrders:
      Phrase(
        en:
          "process '{name}' runs over orders, and this version runs over users: a process keeps its object type across versions",
        ru:
          "процесс '{name}' работает с заказами, а эта версия — с пользователями: тип объекта у процесса не меняется между версиями"
      )
    case .objectChangedFromUsers:
      Phrase(
        en:
          "process '{name}' runs over users, and this version runs over orders: a process keeps its object type across versions",
        ru:
          "процесс '{name}' работает с пользователями, а эта версия — с заказами: тип объекта у процесса не меняется между версиями"
      )
    case .alreadyLaunchedOnUser:
      Phrase(
        en:
          "user {user} has a task of '{name}' already (task {task}); restart the process to run it again",
        ru:
          "у клиента {user} уже есть задача процесса '{name}' (задача {task}); чтобы запустить его снова, перезапустите процесс"
      )
    case .alreadyLaunched:
      Phrase(
        en:
          "order {order} has a task of '{name}' already (task {task}); restart the process to run it again",
        ru:
          "у заказа {order} уже есть задача процесса '{name}' (задача {task}); чтобы запустить его снова, перезапустите процесс"
      )

    case .definitionErrors:
      Phrase(
        en: "the definition has {n} {n:error|errors}:",
        ru: "в определении {n} {n:ошибка|ошибки|ошибок}:")
    case .profileValues:
      Phrase(en: "the profile has bad values:", ru: "в профиле неверные значения:")
    case .simulationOrderCount:
      Phrase(
        en: "a simulation takes 0 to {most} orders, not {count}",
        ru: "симуляции нужно от 0 до {most} заказов, а не {count}")
    case .simulationWindowEmpty:
      Phrase(
        en: "the orders of a simulation arrive over a window longer than 0s, not {window}",
        ru: "заказы симуляции приходят за окно длиннее 0s, а не {window}")
    case .simulationHorizonBeforeWindow:
      Phrase(
        en:
          "a simulation runs until its horizon ({horizon}), which must be at least its window ({window})",
        ru:
          "симуляция идёт до горизонта ({horizon}), а он должен быть не короче окна ({window})")
    }
  }
}
