import ProcessEngine
import Wording

/// The names of the engine's fields, results and launch kinds, as a person reads them. The
/// statuses have theirs on `OrderStatus` (`slug` in English, GetCourse's `russianName`).
enum TermPhrase: PhraseBook {
  case name, email, phone
  case paymentDate, nextContactDate
  case positive, neutral, negative, noResult
  case statusField, amountField, paidField, managerField, reasonField, paymentDateField
  case nextContactDateField, userField, callsField, messagesField, productField
  case monday, tuesday, wednesday, thursday, friday, saturday, sunday

  var phrase: Phrase {
    switch self {
    case .name: Phrase(en: "name", ru: "имя")
    case .email: Phrase(en: "email", ru: "эл. почта")
    case .phone: Phrase(en: "phone", ru: "телефон")
    case .paymentDate: Phrase(en: "payment date", ru: "дата оплаты")
    case .nextContactDate: Phrase(en: "next contact date", ru: "дата следующего контакта")
    case .positive: Phrase(en: "positive", ru: "положительный")
    case .neutral: Phrase(en: "neutral", ru: "нейтральный")
    case .negative: Phrase(en: "negative", ru: "отрицательный")
    case .noResult: Phrase(en: "none", ru: "без результата")
    // An order's fields as `why order N FIELD` names them: in English the word typed.
    case .statusField: Phrase(en: "status", ru: "статус")
    case .amountField: Phrase(en: "amount", ru: "сумма")
    case .paidField: Phrase(en: "paid", ru: "оплачено")
    case .managerField: Phrase(en: "manager", ru: "менеджер")
    case .reasonField: Phrase(en: "reason", ru: "причина")
    case .paymentDateField: Phrase(en: "payment-date", ru: "дата оплаты")
    case .nextContactDateField: Phrase(en: "next-contact-date", ru: "дата следующего контакта")
    case .userField: Phrase(en: "user", ru: "пользователь")
    case .callsField: Phrase(en: "calls", ru: "звонки")
    case .messagesField: Phrase(en: "messages", ru: "сообщения")
    case .productField: Phrase(en: "product", ru: "продукт")
    case .monday: Phrase(en: "Mon", ru: "пн")
    case .tuesday: Phrase(en: "Tue", ru: "вт")
    case .wednesday: Phrase(en: "Wed", ru: "ср")
    case .thursday: Phrase(en: "Thu", ru: "чт")
    case .friday: Phrase(en: "Fri", ru: "пт")
    case .saturday: Phrase(en: "Sat", ru: "сб")
    case .sunday: Phrase(en: "Sun", ru: "вс")
    }
  }
}

extension Language {
  func name(of field: UserField) -> String {
    switch field {
    case .name: text(TermPhrase.name)
    case .email: text(TermPhrase.email)
    case .phone: text(TermPhrase.phone)
    }
  }

  func name(of field: OrderDateField) -> String {
    switch field {
    case .paymentDate: text(TermPhrase.paymentDate)
    case .nextContactDate: text(TermPhrase.nextContactDate)
    }
  }

  func name(of field: OrderField) -> String {
    let phrase: TermPhrase =
      switch field {
      case .status: .statusField
      case .amount: .amountField
      case .paid: .paidField
      case .manager: .managerField
      case .reason: .reasonField
      case .paymentDate: .paymentDateField
      case .nextContactDate: .nextContactDateField
      case .user: .userField
      case .calls: .callsField
      case .messages: .messagesField
      case .product: .productField
      }
    return text(phrase)
  }

  func name(of result: TaskResult) -> String {
    switch result {
    case .positive: text(TermPhrase.positive)
    case .neutral: text(TermPhrase.neutral)
    case .negative: text(TermPhrase.negative)
    case .none: text(TermPhrase.noResult)
    }
  }

  /// `2026-01-05 09:01 (Mon)`, `2026-01-05 09:01 (пн)`: the date stays ISO in both.
  func withWeekday(_ instant: Instant) -> String {
    let days: [TermPhrase] = [
      .monday, .tuesday, .wednesday, .thursday, .friday, .saturday, .sunday,
    ]
    return "\(instant) (\(text(days[instant.weekday - 1])))"
  }

  /// `1d2h30m` in English, as it is typed; `1 д 2 ч 30 мин` in Russian.
  func duration(_ span: TimeSpan) -> String {
    guard self == .russian else { return span.description }
    var seconds = span.seconds
    let sign = seconds < 0 ? "−" : ""
    seconds = abs(seconds)
    let parts = [
      (seconds / 86_400, "д"), (seconds % 86_400 / 3600, "ч"), (seconds % 3600 / 60, "мин"),
      (seconds % 60, "с"),
    ].filter { $0.0 > 0 }.map { "\($0.0) \($0.1)" }
    return sign + (parts.isEmpty ? "0 с" : parts.joined(separator: " "))
  }

  /// `waiting` in English, «ждёт ответа» in Russian.
  func name(of state: TaskState) -> String {
    switch state {
    case .active: text(TaskPhrase.active)
    case .waiting: text(TaskPhrase.waiting)
    case .ended: text(TaskPhrase.ended)
    case .deleted: text(TaskPhrase.deleted)
    }
  }
}
