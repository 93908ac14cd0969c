/// What the shell's own commands say about themselves.
enum ShellPhrase: PhraseBook {
  case languageIs

  var phrase: Phrase {
    switch self {
    case .languageIs: Phrase(en: "language: English", ru: "язык: русский")
    }
  }
}
