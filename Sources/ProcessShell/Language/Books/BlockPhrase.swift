import ProcessEngine
import Wording

/// A definition as `process show` and `processes` describe it: block types as GetCourse's
/// editor names them, what each block does, and how a process launches. Conditions and `:=`
/// stay in the definition's own notation, the one a definition file is written in.
enum BlockPhrase: PhraseBook {
  case start, fork, condition, wait, delay, question, operation, subprocess, end
  case onCreate, periodic, once, disabled
  case until, atMost, lasts, untilVariable, untilOrderField, asks, countsAsCall, runs, ends
  case setStatus, setStatusWithReason, setStatusWithVariable, setStatusWithVariableOr
  case assignManager, clearCustomerField, setCustomerField, clearOrderDate
  case heading, overOrders, overUsers, started, notStarted, entry, counters
  case blockHeader, typeHeader, titleHeader, doesHeader, exitsHeader
  case taskIsAt, askingSince, sleepingSince, waitingSince, waitingForTask, nowhere

  var phrase: Phrase {
    switch self {
    case .start: Phrase(en: "start", ru: "начало")
    case .fork: Phrase(en: "fork", ru: "прокси-скрипт")
    case .condition: Phrase(en: "condition", ru: "условие")
    case .wait: Phrase(en: "wait", ru: "ожидание")
    case .delay: Phrase(en: "delay", ru: "задержка")
    case .question: Phrase(en: "question", ru: "вопрос")
    case .operation: Phrase(en: "operation", ru: "операция")
    case .subprocess: Phrase(en: "subprocess", ru: "подпроцесс")
    case .end: Phrase(en: "end", ru: "завершение")
    case .onCreate: Phrase(en: "on-create", ru: "при создании")
    case .periodic: Phrase(en: "periodic", ru: "периодически")
    case .once: Phrase(en: "once", ru: "единоразово")
    case .disabled: Phrase(en: "disabled", ru: "отключён")
    case .until: Phrase(en: "until {condition}", ru: "пока не {condition}")
    case .atMost: Phrase(en: "{wait}, at most {timeout}", ru: "{wait}, не дольше {timeout}")
    case .lasts: Phrase(en: "for {span}", ru: "{span}")
    case .untilVariable: Phrase(en: "until variable {name}", ru: "до даты в переменной {name}")
    case .untilOrderField: Phrase(en: "until order {field}", ru: "до даты заказа: {field}")
    case .asks: Phrase(en: "asks {key}: {options}", ru: "спрашивает {key}: {options}")
    case .countsAsCall: Phrase(en: "{asks}; a call", ru: "{asks}; это звонок")
    case .runs: Phrase(en: "runs {process}", ru: "запускает {process}")
    case .ends: Phrase(en: "end {name} ({result})", ru: "конец {name} ({result})")
    case .setStatus: Phrase(en: "status := {status}", ru: "статус := {status}")
    case .setStatusWithReason:
      Phrase(en: "status := {status} ({reason})", ru: "статус := {status} ({reason})")
    case .setStatusWithVariable:
      Phrase(
        en: "status := {status} (reason: {name})", ru: "статус := {status} (причина: {name})")
    case .setStatusWithVariableOr:
      Phrase(
        en: "status := {status} (reason: {name} or {fallback})",
        ru: "статус := {status} (причина: {name} или {fallback})")
    case .assignManager:
      Phrase(en: "assign to the manager who answered", ru: "назначить ответившего менеджера")
    case .clearCustomerField: Phrase(en: "clear customer {field}", ru: "стереть у клиента: {field}")
    case .setCustomerField:
      Phrase(en: "customer {field} := {value}", ru: "клиент, {field} := {value}")
    case .clearOrderDate: Phrase(en: "clear {field}", ru: "стереть: {field}")
    case .heading:
      Phrase(
        en: "{title} — {over}, launch {launch}{started}",
        ru: "{title} — {over}, запуск {launch}{started}")
    case .overOrders: Phrase(en: "over orders", ru: "по заказам")
    case .overUsers: Phrase(en: "over users", ru: "по пользователям")
    case .started: Phrase(en: " (started)", ru: " (запущен)")
    case .notStarted: Phrase(en: " (not started)", ru: " (не запущен)")
    case .entry: Phrase(en: "entry: {condition}", ru: "условие входа: {condition}")
    case .counters: Phrase(en: "counters: {counters}", ru: "счётчики: {counters}")
    case .blockHeader: Phrase(en: "BLOCK", ru: "БЛОК")
    case .typeHeader: Phrase(en: "TYPE", ru: "ТИП")
    case .titleHeader: Phrase(en: "TITLE", ru: "НАЗВАНИЕ")
    case .doesHeader: Phrase(en: "DOES", ru: "ДЕЛАЕТ")
    case .exitsHeader: Phrase(en: "EXITS", ru: "ВЫХОДЫ")
    case .taskIsAt: Phrase(en: "task {id} is at:", ru: "задача {id} сейчас:")
    case .askingSince:
      Phrase(en: "{block}: asking since {time}", ru: "{block}: спрашивает с {time}")
    case .sleepingSince: Phrase(en: "{block}: sleeping since {time}", ru: "{block}: спит с {time}")
    case .waitingSince: Phrase(en: "{block}: waiting since {time}", ru: "{block}: ждёт с {time}")
    case .waitingForTask:
      Phrase(en: "{block}: waiting for task {child}", ru: "{block}: ждёт задачу {child}")
    case .nowhere: Phrase(en: "nowhere: it is {state}", ru: "нигде: она {state}")
    }
  }
}

extension Language {
  /// `question`, «вопрос»: a block's type as a person reads it (files keep the English word).
  func name(of kind: BlockKind) -> String {
    let phrase: BlockPhrase =
      switch kind {
      case .start: .start
      case .fork: .fork
      case .condition: .condition
      case .wait: .wait
      case .delay: .delay
      case .question: .question
      case .operation: .operation
      case .subprocess: .subprocess
      case .end: .end
      }
    return text(phrase)
  }

  /// `on-create`, «при создании»; a periodic launch with its interval.
  func name(of launch: Launch) -> String {
    switch launch {
    case .onCreate: text(BlockPhrase.onCreate)
    case .periodic: text(BlockPhrase.periodic)
    case .once: text(BlockPhrase.once)
    case .disabled: text(BlockPhrase.disabled)
    }
  }
}
