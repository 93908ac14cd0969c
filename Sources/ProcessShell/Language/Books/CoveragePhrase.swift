import Wording

/// `procsh test --coverage`: what a suite exercised of each process version.
enum CoveragePhrase: PhraseBook {
  case heading, version, neverTaken, cannotBeTaken, empty

  var phrase: Phrase {
    switch self {
    case .heading:
      Phrase(en: "coverage, by process version:", ru: "покрытие по версиям процессов:")
    case .version:
      Phrase(
        en:
          "{process}: blocks entered {entered} of {blocks} ({blockShare}), exits taken {taken} of {exits} ({exitShare})",
        ru:
          "{process}: пройдено блоков {entered} из {blocks} ({blockShare}), выходов {taken} из {exits} ({exitShare})"
      )
    case .neverTaken: Phrase(en: "exits never taken:", ru: "ни разу не пройденные выходы:")
    case .cannotBeTaken:
      Phrase(
        en: "exits no token can take (not counted):",
        ru: "выходы, по которым не пройти (не считаются):")
    case .empty: Phrase(en: "(empty)", ru: "(пусто)")
    }
  }
}
