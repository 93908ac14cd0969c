import Wording

/// `why order N [FIELD]` and `why task N`: a value and the chain of events that set it.
enum WhyPhrase: PhraseBook {
  case callAttempts, messages, paidOf, counted, countedWithEvents
  case neverSet, because, none
  case earlierSteps, startedByAnswer, startedByCreation, startedByCommand
  case startedByMailingTime, startedByMailingCheck

  var phrase: Phrase {
    switch self {
    case .callAttempts:
      Phrase(
        en: "{n} call {n:attempt|attempts}", ru: "{n} {n:попытка|попытки|попыток} дозвона")
    case .messages:
      Phrase(en: "{n} {n:message|messages}", ru: "{n} {n:сообщение|сообщения|сообщений}")
    case .paidOf: Phrase(en: "{paid} paid of {amount}", ru: "оплачено {paid} из {amount}")
    case .counted: Phrase(en: "order {id}: {total}", ru: "заказ {id}: {total}")
    case .countedWithEvents: Phrase(en: "order {id}: {total}:", ru: "заказ {id}: {total}:")
    case .neverSet:
      Phrase(
        en: "order {id} {field} is {value}: it was never set",
        ru: "заказ {id}, {field}: {value} — никогда не задавалось")
    case .because:
      Phrase(
        en: "order {id} {field} is {value}, because:",
        ru: "заказ {id}, {field}: {value}, потому что:")
    case .none: Phrase(en: "none", ru: "нет")
    case .earlierSteps:
      Phrase(
        en: "    … {n} earlier {n:step|steps} ({log} shows them all)",
        ru: "    … ещё {n} {n:шаг|шага|шагов} раньше (все показывает {log})")
    case .startedByAnswer:
      Phrase(
        en: "    (started by {manager}'s answer)", ru: "    (началось с ответа менеджера {manager})"
      )
    case .startedByCreation:
      Phrase(en: "    (started when the order was created)", ru: "    (началось с создания заказа)")
    case .startedByCommand: Phrase(en: "    (started by a command)", ru: "    (началось с команды)")
    case .startedByMailingTime:
      Phrase(
        en: "    (started when time made the rule of mailing {name} true: {conditions})",
        ru: "    (началось, когда со временем стало верным правило рассылки {name}: {conditions})")
    case .startedByMailingCheck:
      Phrase(
        en: "    (started when the mailings looked at the order again at a set time)",
        ru: "    (началось с повторной проверки заказа рассылками в назначенное время)")
    }
  }
}
