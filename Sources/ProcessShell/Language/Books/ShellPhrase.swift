import Wording

/// What the shell's own commands say.
enum ShellPhrase: PhraseBook {
  case languageIs
  case now, nothingHappened
  case expectationFailed
  case testTotals, testNeedsPaths
  case done, nothingToTransfer, noEvents, recordingFailed
  case valid, validWithWarnings
  case simulated, stoppedAtHorizon, everyTaskEnded
  case tryLeftSessionAlone
  case moreCandidates

  var phrase: Phrase {
    switch self {
    case .languageIs: Phrase(en: "language: English", ru: "язык: русский")
    case .moreCandidates:
      Phrase(en: "… and {n} more: type more of the word", ru: "… и ещё {n}: наберите начало точнее")
    case .now: Phrase(en: "now {clock}", ru: "сейчас {clock}")
    case .nothingHappened: Phrase(en: "nothing happened", ru: "ничего не произошло")
    case .expectationFailed:
      Phrase(en: "expected {expected}, got {got}", ru: "ожидалось {expected}, получено {got}")
    case .testTotals:
      Phrase(
        en: "{passed} passed, {failed} failed", ru: "пройдено: {passed}, не пройдено: {failed}")
    case .done: Phrase(en: "done", ru: "готово")
    case .nothingToTransfer:
      Phrase(
        en: "nothing to transfer: {manager} has no open tasks",
        ru: "передавать нечего: у {manager} нет открытых задач")
    case .noEvents: Phrase(en: "no events", ru: "событий нет")
    case .recordingFailed:
      Phrase(
        en: "recording to {path} failed: {problem}", ru: "запись в {path} не удалась: {problem}")
    case .valid:
      Phrase(
        en: "{path}: {name} is valid: {n} {n:block|blocks}, launch {launch}",
        ru: "{path}: {name} без ошибок: {n} {n:блок|блока|блоков}, запуск {launch}")
    case .validWithWarnings:
      Phrase(
        en:
          "{path}: {name} is valid: {n} blocks, launch {launch}, {warnings} {warnings:warning|warnings}",
        ru:
          "{path}: {name} без ошибок: {n} {n:блок|блока|блоков}, запуск {launch}, {warnings} {warnings:предупреждение|предупреждения|предупреждений}"
      )
    case .simulated:
      Phrase(
        en:
          "simulated {n} orders ({first}–{last}), seed {seed}, over {window}: {started} → {ended}{how}",
        ru:
          "смоделировано {n} {n:заказ|заказа|заказов} ({first}–{last}), seed {seed}, за {window}: {started} → {ended}{how}"
      )
    case .stoppedAtHorizon:
      Phrase(
        en: " (stopped at the horizon; some tasks still run)",
        ru: " (остановлено на горизонте; часть задач ещё идёт)")
    case .tryLeftSessionAlone:
      Phrase(
        en: "(a try, in a copy of the session: the session is as it was)",
        ru: "(проба в копии сессии: сама сессия не изменилась)")
    case .everyTaskEnded: Phrase(en: " (every task ended)", ru: " (все задачи завершены)")
    case .testNeedsPaths:
      Phrase(en: "procsh test needs scripts or folders", ru: "procsh test нужны сценарии или папки")
    }
  }
}
