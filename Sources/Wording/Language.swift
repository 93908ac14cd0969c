/// The language procsh writes in for a person: English, or Russian as GetCourse and its trainers
/// speak it (SPEC §12.1). What a person types is the same in both — command words, option keys,
/// slugs — and so is everything written for a program: session files and `--json`.
public enum Language: String, CaseIterable, Sendable {
  case english = "en"
  case russian = "ru"

  /// The language a run starts in: `--lang`, else `PROCSH_LANG`, else the first of `LC_ALL`,
  /// `LC_MESSAGES` and `LANG` that is set (POSIX's order), Russian when it starts with `ru`.
  ///
  ///     Language.choose(flag: nil, environment: ["LANG": "ru_RU.UTF-8"])   // .russian
  public static func choose(flag: String?, environment: [String: String]) -> Language? {
    if let flag { return Language(rawValue: flag) }
    if let chosen = environment["PROCSH_LANG"], !chosen.isEmpty {
      return Language(rawValue: chosen)
    }
    for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
      guard let locale = environment[name], !locale.isEmpty else { continue }
      return locale.hasPrefix("ru") ? .russian : .english
    }
    return .english
  }
}
