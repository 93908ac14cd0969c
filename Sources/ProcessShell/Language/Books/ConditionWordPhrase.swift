import Wording

/// Conditions as people read them (`Condition.text(counters:in:)`): in English the syntax a
/// definition is written in, which reads as English already; in Russian, words in the order
/// Russian puts them, so that `не` before any of them reads («не оплачен», «не указан телефон»).
/// Counter and mailing names, comparison signs and the brackets stay as written.
enum ConditionWordPhrase: PhraseBook {
  case always, paid, partiallyPaid, oneStatus, statuses, hasPhone, hasEmail, counter, actual
  case createdAgo, received, receivedAgo, opened
  case not, and, or

  var phrase: Phrase {
    switch self {
    case .always: Phrase(en: "true", ru: "всегда")
    case .paid: Phrase(en: "paid", ru: "оплачен")
    case .partiallyPaid: Phrase(en: "partially-paid", ru: "частично оплачен")
    case .oneStatus: Phrase(en: "status in [{statuses}]", ru: "в статусе {statuses}")
    case .statuses: Phrase(en: "status in [{statuses}]", ru: "в статусе из [{statuses}]")
    case .hasPhone: Phrase(en: "has-phone", ru: "указан телефон")
    case .hasEmail: Phrase(en: "has-email", ru: "указан e-mail")
    case .counter: Phrase(en: "counter {name} {op} {value}", ru: "счётчик {name} {op} {value}")
    case .actual: Phrase(en: "actual", ru: "актуален")
    case .createdAgo: Phrase(en: "created ago {op} {span}", ru: "создан {op} {span} назад")
    case .received: Phrase(en: "received {name}", ru: "получено письмо {name}")
    case .receivedAgo:
      Phrase(en: "received {name} ago {op} {span}", ru: "получено письмо {name} {op} {span} назад")
    case .opened: Phrase(en: "opened {name}", ru: "открыто письмо {name}")
    case .not: Phrase(en: "not ", ru: "не ")
    case .and: Phrase(en: " and ", ru: " и ")
    case .or: Phrase(en: " or ", ru: " или ")
    }
  }
}
