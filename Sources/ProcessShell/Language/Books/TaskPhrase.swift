import Wording

/// `task N`, `why task N` and a task's one-line summary: its state, its branches, what it asks
/// and what it went through.
enum TaskPhrase: PhraseBook {
  case active, waiting, ended, deleted
  case manager, anyoneMayAnswer, started, counters, variables
  case endedField, endedValue, deletedField, deletedValue
  case asks, waitingSince, script, sleeps, waits, since, runs, children, childTask
  case history, historyTail
  case noEvents, isInState, isInStateWhere

  var phrase: Phrase {
    switch self {
    case .active: Phrase(en: "active", ru: "выполняется")
    case .waiting: Phrase(en: "waiting", ru: "ждёт ответа")
    case .ended: Phrase(en: "ended", ru: "завершена")
    case .deleted: Phrase(en: "deleted", ru: "удалена")
    case .manager: Phrase(en: "manager", ru: "менеджер")
    case .anyoneMayAnswer:
      Phrase(en: "none (anyone may answer)", ru: "нет (ответить может любой)")
    case .started: Phrase(en: "started", ru: "запущена")
    case .counters: Phrase(en: "counters", ru: "счётчики")
    case .variables: Phrase(en: "variables", ru: "переменные")
    case .endedField: Phrase(en: "ended", ru: "завершена")
    case .endedValue: Phrase(en: "{end} ({result}) at {time}", ru: "{end} ({result}) в {time}")
    case .deletedField: Phrase(en: "deleted", ru: "удалена")
    case .deletedValue: Phrase(en: "at {time}", ru: "в {time}")
    case .asks: Phrase(en: "asks", ru: "спрашивает")
    case .waitingSince:
      Phrase(en: "waiting since {time} ({waited})", ru: "ждёт с {time} ({waited})")
    case .script: Phrase(en: "script: {script}", ru: "скрипт: {script}")
    case .sleeps: Phrase(en: "sleeps", ru: "спит")
    case .waits: Phrase(en: "waits", ru: "ждёт")
    case .since: Phrase(en: "{block}, since {time}", ru: "{block}, с {time}")
    case .runs: Phrase(en: "runs", ru: "выполняет")
    case .children: Phrase(en: "children", ru: "подзадачи")
    case .childTask: Phrase(en: "{block} → task {child}", ru: "{block} → задача {child}")
    case .history:
      Phrase(
        en: "history ({n} {n:event|events}):", ru: "история ({n} {n:событие|события|событий}):")
    case .historyTail:
      Phrase(
        en: "history ({n} {n:event|events}; the last {shown}, '{log}' for all):",
        ru: "история ({n} {n:событие|события|событий}; последние {shown}, все — '{log}'):")
    case .noEvents: Phrase(en: "task {id} has no events", ru: "у задачи {id} нет событий")
    case .isInState:
      Phrase(en: "task {id} is {state}, because:", ru: "задача {id}: {state}, потому что:")
    case .isInStateWhere:
      Phrase(
        en: "task {id} is {state} ({where}), because:",
        ru: "задача {id}: {state} ({where}), потому что:")
    }
  }
}
