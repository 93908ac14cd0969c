import Wording

/// `order N`: an order, its customer, money, dates, counts, tasks (where each is, or how it
/// ended) and messages.
enum OrderPhrase: PhraseBook {
  case heading, customer, customerLine, noEmail, noPhone
  case paid, paidOf, manager, none, created, reason, paysBy, callAgain, calls, messages
  case noTasks, tasks, messagesSent
  case endedAt, deletedAt, asks, taskOn, subProcessOf

  var phrase: Phrase {
    switch self {
    case .heading: Phrase(en: "order {id}", ru: "заказ {id}")
    case .customer: Phrase(en: "customer", ru: "клиент")
    case .customerLine:
      Phrase(
        en: "user {id}: {name}, {email}, {phone}", ru: "пользователь {id}: {name}, {email}, {phone}"
      )
    case .noEmail: Phrase(en: "no email", ru: "нет почты")
    case .noPhone: Phrase(en: "no phone", ru: "нет телефона")
    case .paid: Phrase(en: "paid", ru: "оплачено")
    case .paidOf: Phrase(en: "{paid} of {amount}", ru: "{paid} из {amount}")
    case .manager: Phrase(en: "manager", ru: "менеджер")
    case .none: Phrase(en: "none", ru: "нет")
    case .created: Phrase(en: "created", ru: "создан")
    case .reason: Phrase(en: "reason", ru: "причина")
    case .paysBy: Phrase(en: "pays by", ru: "оплатит к")
    case .callAgain: Phrase(en: "call again", ru: "перезвонить")
    case .calls: Phrase(en: "calls", ru: "звонки")
    case .messages: Phrase(en: "messages", ru: "сообщения")
    case .noTasks: Phrase(en: "tasks: none", ru: "задач нет")
    case .tasks: Phrase(en: "tasks:", ru: "задачи:")
    case .messagesSent: Phrase(en: "messages sent:", ru: "отправленные сообщения:")
    case .endedAt:
      Phrase(en: "ended {end} ({result}) at {time}", ru: "{end} ({result}) в {time}")
    case .deletedAt: Phrase(en: "deleted at {time}", ru: "удалена в {time}")
    case .taskOn:
      Phrase(en: ": {process} on {subject} — {state}", ru: ": {process}, {subject} — {state}")
    case .subProcessOf:
      Phrase(en: " (sub-process of task {parent})", ru: " (подпроцесс задачи {parent})")
    case .asks: Phrase(en: "asks [{block}] {question}", ru: "спрашивает [{block}] {question}")
    }
  }
}
