import Wording

/// The listings of people and orders: `users`, `user N`, `managers`, `orders`, `timers`.
enum ListPhrase: PhraseBook {
  case noCustomers, userHeader, nameHeader, emailHeader, phoneHeader, ordersHeader
  case user, email, phone, orders, none, orderWithStatus
  case managerHeader, openTasksHeader, acting
  case noOrdersInStatus, noOrders, onlyFalseOrders
  case orderHeader, statusHeader, customerHeader, productHeader, amountHeader, paidHeader
  case callsHeader, messagesHeader, createdHeader
  case nothingScheduled

  var phrase: Phrase {
    switch self {
    case .noCustomers:
      Phrase(
        en: "no customers yet: 'order new' creates one",
        ru: "клиентов пока нет: 'order new' создаёт клиента")
    case .userHeader: Phrase(en: "USER", ru: "КЛИЕНТ")
    case .nameHeader: Phrase(en: "NAME", ru: "ИМЯ")
    case .emailHeader: Phrase(en: "EMAIL", ru: "ПОЧТА")
    case .phoneHeader: Phrase(en: "PHONE", ru: "ТЕЛЕФОН")
    case .ordersHeader: Phrase(en: "ORDERS", ru: "ЗАКАЗЫ")
    case .user: Phrase(en: "user {id}", ru: "пользователь {id}")
    case .email: Phrase(en: "email", ru: "почта")
    case .phone: Phrase(en: "phone", ru: "телефон")
    case .orders: Phrase(en: "orders", ru: "заказы")
    case .none: Phrase(en: "none", ru: "нет")
    case .orderWithStatus: Phrase(en: "{id} ({status})", ru: "{id} ({status})")
    case .managerHeader: Phrase(en: "MANAGER", ru: "МЕНЕДЖЕР")
    case .openTasksHeader: Phrase(en: "OPEN TASKS", ru: "ОТКРЫТЫЕ ЗАДАЧИ")
    case .acting: Phrase(en: "← acting", ru: "← от его лица")
    case .noOrdersInStatus:
      Phrase(en: "no {status} orders", ru: "нет заказов в статусе «{status}»")
    case .noOrders:
      Phrase(
        en: "no orders yet: 'order new' creates one",
        ru: "заказов пока нет: 'order new' создаёт заказ")
    case .onlyFalseOrders:
      Phrase(
        en:
          "no orders to show: {n} false {n:order is|orders are} hidden ('orders --status false' lists them)",
        ru:
          "показать нечего: {n} {n:ложный заказ скрыт|ложных заказа скрыты|ложных заказов скрыты} ('orders --status false' их покажет)"
      )
    case .orderHeader: Phrase(en: "ORDER", ru: "ЗАКАЗ")
    case .statusHeader: Phrase(en: "STATUS", ru: "СТАТУС")
    case .customerHeader: Phrase(en: "CUSTOMER", ru: "КЛИЕНТ")
    case .productHeader: Phrase(en: "PRODUCT", ru: "ПРОДУКТ")
    case .amountHeader: Phrase(en: "AMOUNT", ru: "СУММА")
    case .paidHeader: Phrase(en: "PAID", ru: "ОПЛАЧЕНО")
    case .callsHeader: Phrase(en: "CALLS", ru: "ЗВОНКИ")
    case .messagesHeader: Phrase(en: "MSGS", ru: "СООБЩ.")
    case .createdHeader: Phrase(en: "CREATED", ru: "СОЗДАН")
    case .nothingScheduled: Phrase(en: "nothing is scheduled", ru: "ничего не запланировано")
    }
  }
}
