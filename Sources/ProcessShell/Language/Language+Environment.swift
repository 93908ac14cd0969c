import Wording

extension Language {
  /// The language this process's environment asks for (`PROCSH_LANG`, then the locale): for a
  /// run without `--lang`, and for the scripts `procsh test` runs. An unknown `PROCSH_LANG` is
  /// English.
  static var ofEnvironment: Language {
    var values: [String: String] = [:]
    for name in ["PROCSH_LANG", "LC_ALL", "LC_MESSAGES", "LANG"] {
      values[name] = environment(name)
    }
    return choose(flag: nil, environment: values) ?? .english
  }

  /// `PROCSH_LANG`'s value when it names no language procsh speaks (the run is then in English,
  /// and the shell says why); nil when it is unset, empty or `ru`/`en`.
  static func unknownChoice(in environment: [String: String]) -> String? {
    guard let chosen = environment["PROCSH_LANG"], !chosen.isEmpty,
      Language(rawValue: chosen) == nil
    else { return nil }
    return chosen
  }
}

extension String {
  /// Whether a word being typed starts in another alphabet than the Latin of command words and
  /// keys: Tab then offers the Russian names (statuses, option labels) instead of the slugs.
  var isTypedInRussian: Bool {
    unicodeScalars.first.map { !$0.isASCII } ?? false
  }
}
