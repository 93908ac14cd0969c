import Wording

/// What the shell's own commands say.
enum ShellPhrase: PhraseBook {
  case languageIs
  case now, nothingHappened
  case expectationFailed
  case testTotals, testNeedsPaths

  var phrase: Phrase {
    switch self {
    case .languageIs: Phrase(en: "language: English", ru: "язык: русский")
    case .now: Phrase(en: "now {clock}", ru: "сейчас {clock}")
    case .nothingHappened: Phrase(en: "nothing happened", ru: "ничего не произошло")
    case .expectationFailed:
      Phrase(en: "expected {expected}, got {got}", ru: "ожидалось {expected}, получено {got}")
    case .testTotals:
      Phrase(
        en: "{passed} passed, {failed} failed", ru: "пройдено: {passed}, не пройдено: {failed}")
    case .testNeedsPaths:
      Phrase(en: "procsh test needs scripts or folders", ru: "procsh test нужны скрипты или папки")
    }
  }
}
