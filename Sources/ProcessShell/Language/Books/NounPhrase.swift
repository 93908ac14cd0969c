import Wording

/// How messages name the values that several commands take (`ValueType.noun`): "an order id",
/// «номер заказа». Russian nouns are in the dictionary form, which `ParsePhrase` keeps them in; a
/// noun of one command's own is declared beside it.
enum NounPhrase: PhraseBook {
  case orderID, userID, taskID, id
  case duration, dateTime, amount, seed
  case managerName, processName, mailingName, messageID, value, field
  /// What a fixed word is, in `unknown … '…'`.
  case keyword

  var phrase: Phrase {
    switch self {
    case .orderID: Phrase(en: "an order id", ru: "номер заказа")
    case .userID: Phrase(en: "a user id", ru: "номер пользователя")
    case .taskID: Phrase(en: "a task id", ru: "номер задачи")
    case .id: Phrase(en: "an id", ru: "номер")
    case .duration: Phrase(en: "a duration", ru: "длительность")
    case .dateTime: Phrase(en: "a date-time", ru: "дата и время")
    case .amount: Phrase(en: "an amount", ru: "сумма")
    case .seed: Phrase(en: "a seed", ru: "зерно генератора")
    case .managerName: Phrase(en: "a manager's name", ru: "имя менеджера")
    case .processName: Phrase(en: "a process name", ru: "имя процесса")
    case .mailingName: Phrase(en: "a mailing name", ru: "имя рассылки")
    case .messageID: Phrase(en: "a message id", ru: "номер сообщения")
    case .value: Phrase(en: "a value", ru: "значение")
    case .field: Phrase(en: "a field", ru: "поле")
    case .keyword: Phrase(en: "word", ru: "ключевое слово")
    }
  }
}
