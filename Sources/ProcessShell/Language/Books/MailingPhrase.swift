import Wording

/// Auto-mailings and the messages customers get (SPEC §12.4): `mailing load|show`, `mailings`,
/// `messages`, `why order N messages`.
enum MailingPhrase: PhraseBook {
  case loadedTo
  case noMailings, mailingHeader, stateHeader, sentHeader, openedHeader, titleHeader
  case started, stopped
  case heading, to, text, sent, opened, sentCount, openedOf
  case noMessages, noMessagesOfOrder, idHeader, timeHeader, orderHeader, senderHeader, textHeader
  case byMailing, byTask, notOpened, openedSuffix
  case whyHeading, whyOpenedAt, whyNotOpened, whyMailing, whyRule, whyBlock

  var phrase: Phrase {
    switch self {
    case .loadedTo:
      Phrase(
        en: "mailing {name} ({title}) goes to each order once, when it matches: {to}",
        ru: "рассылка {name} ({title}) уходит каждому заказу один раз, когда он подходит под: {to}"
      )
    case .noMailings:
      Phrase(
        en: "no mailings yet: 'mailing load FILE' loads one",
        ru: "рассылок пока нет: 'mailing load FILE' загружает рассылку")
    case .mailingHeader: Phrase(en: "MAILING", ru: "РАССЫЛКА")
    case .stateHeader: Phrase(en: "STATE", ru: "СОСТОЯНИЕ")
    case .sentHeader: Phrase(en: "SENT", ru: "ОТПРАВЛЕНО")
    case .openedHeader: Phrase(en: "OPENED", ru: "ОТКРЫТО")
    case .titleHeader: Phrase(en: "TITLE", ru: "НАЗВАНИЕ")
    case .started: Phrase(en: "started", ru: "запущена")
    case .stopped: Phrase(en: "stopped", ru: "остановлена")
    case .heading:
      Phrase(en: "mailing {name}: {title} — {state}", ru: "рассылка {name}: {title} — {state}")
    case .to: Phrase(en: "to", ru: "кому")
    case .text: Phrase(en: "text", ru: "текст")
    case .sent: Phrase(en: "sent", ru: "отправлено")
    case .opened: Phrase(en: "opened", ru: "открыто")
    case .sentCount:
      Phrase(en: "{n} {n:message|messages}", ru: "{n} {n:сообщение|сообщения|сообщений}")
    case .openedOf: Phrase(en: "{n} of {sent}", ru: "{n} из {sent}")
    case .noMessages:
      Phrase(
        en: "no messages yet: mailings and send-message blocks send them",
        ru: "сообщений пока нет: их отправляют рассылки и блоки отправки сообщений")
    case .noMessagesOfOrder:
      Phrase(en: "order {id} has no messages", ru: "у заказа {id} нет сообщений")
    case .idHeader: Phrase(en: "ID", ru: "№")
    case .timeHeader: Phrase(en: "TIME", ru: "ВРЕМЯ")
    case .orderHeader: Phrase(en: "ORDER", ru: "ЗАКАЗ")
    case .senderHeader: Phrase(en: "SENT BY", ru: "ОТПРАВИТЕЛЬ")
    case .textHeader: Phrase(en: "TEXT", ru: "ТЕКСТ")
    case .byMailing: Phrase(en: "mailing {name}", ru: "рассылка {name}")
    case .byTask: Phrase(en: "task {id} [{block}]", ru: "задача {id} [{block}]")
    case .notOpened: Phrase(en: "—", ru: "—")
    case .openedSuffix: Phrase(en: " (opened {time})", ru: " (открыто {time})")
    case .whyHeading:
      Phrase(en: "message {id}, {time}, {opened}:", ru: "сообщение {id}, {time}, {opened}:")
    case .whyOpenedAt: Phrase(en: "opened {time}", ru: "открыто {time}")
    case .whyNotOpened: Phrase(en: "not opened", ru: "не открыто")
    case .whyMailing:
      Phrase(
        en: "  sent by mailing {name} ({title}) when the order came to match its rule",
        ru: "  отправлено рассылкой {name} ({title}), когда заказ подошёл под её правило")
    case .whyRule: Phrase(en: "  to: {to}", ru: "  кому: {to}")
    case .whyBlock:
      Phrase(
        en: "  sent by task {id} ({process}) at block {block}",
        ru: "  отправлено задачей {id} ({process}) в блоке {block}")
    }
  }
}
