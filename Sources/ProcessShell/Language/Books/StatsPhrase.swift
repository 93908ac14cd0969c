import Wording

/// `stats` and the end of `simulate`: the funnel and what it took.
enum StatsPhrase: PhraseBook {
  case heading, byStatus, falseHidden, noFunnel, conversion, timeToPayment, cancelReasons
  case callsAndMessages, tasksByEnd, stepsAnswered, byManager, openSteps

  var phrase: Phrase {
    switch self {
    case .heading:
      Phrase(
        en: "clock {clock}: {n} {n:order|orders}", ru: "время {clock}: {n} {n:заказ|заказа|заказов}"
      )
    case .byStatus:
      Phrase(
        en: "orders by status (false ones left out of the funnel, as GetCourse does):",
        ru: "заказы по статусам (ложные не входят в воронку, как в GetCourse):")
    case .falseHidden: Phrase(en: "false (hidden)", ru: "Ложный (скрыт)")
    case .noFunnel:
      Phrase(
        en: "conversion to paid: no orders in the funnel",
        ru: "конверсия в оплату: в воронке нет заказов")
    case .conversion:
      Phrase(
        en: "conversion to paid: {share} of {n} orders",
        ru: "конверсия в оплату: {share} из {n} {n:заказа|заказов|заказов}")
    case .timeToPayment:
      Phrase(
        en: "time to payment: median {median}, p90 {p90}",
        ru: "время до оплаты: медиана {median}, p90 {p90}")
    case .cancelReasons: Phrase(en: "cancellation reasons:", ru: "причины отмены:")
    case .callsAndMessages:
      Phrase(
        en:
          "calls: {calls} ({callsPerOrder} per order)   messages: {messages} ({messagesPerOrder} per order)",
        ru:
          "звонки: {calls} ({callsPerOrder} на заказ)   сообщения: {messages} ({messagesPerOrder} на заказ)"
      )
    case .tasksByEnd: Phrase(en: "tasks by end:", ru: "задачи по завершениям:")
    case .stepsAnswered: Phrase(en: "manager steps answered: {n}", ru: "ответов менеджеров: {n}")
    case .byManager: Phrase(en: "  by manager: {list}", ru: "  по менеджерам: {list}")
    case .openSteps:
      Phrase(
        en: "open manager steps: {n} ({overdue} open for more than a day)",
        ru: "открытые шаги менеджера: {n} (дольше суток: {overdue})")
    }
  }
}
