import Wording

/// What many of the engine's messages end with: a guess at what was meant, and the values that
/// would be valid. English quotes the values and joins them with "or" or "and"
/// (`'yes' or 'duplicate'`); Russian names them after a colon (`варианты: yes, duplicate`).
public enum HintPhrase: PhraseBook {
  case didYouMean
  case nothing
  case longList

  public var phrase: Phrase {
    switch self {
    case .didYouMean:
      Phrase(en: "; did you mean '{suggestion}'?", ru: "; может быть, '{suggestion}'?")
    case .nothing: Phrase(en: "nothing", ru: "ничего")
    case .longList: Phrase(en: "{shown}, … ({n} in all)", ru: "{shown}, … (всего {n})")
    }
  }
}

extension Language {
  /// `; did you mean 'x'?`, or nothing without a suggestion.
  public func didYouMean(_ suggestion: String?) -> String {
    suggestion.map { text(HintPhrase.didYouMean, ["suggestion": .text($0)]) } ?? ""
  }

  /// The values a message names as valid: `'a', 'b' or 'c'` in English, as `Suggestion.list`
  /// writes it; `a, b, c` in Russian. Past `limit` values, the first `limit` and how many there
  /// are.
  public func choices(
    _ values: [String], conjunction: String = "or", atMost limit: Int = .max
  ) -> String {
    switch self {
    case .english:
      guard values.count > limit else { return Suggestion.list(values, conjunction: conjunction) }
      return text(
        HintPhrase.longList,
        [
          "shown": .text(values.prefix(limit).map { "'\($0)'" }.joined(separator: ", ")),
          "n": .plain(values.count),
        ])
    case .russian:
      guard !values.isEmpty else { return text(HintPhrase.nothing) }
      guard values.count > limit else { return values.joined(separator: ", ") }
      return text(
        HintPhrase.longList,
        ["shown": .text(values.prefix(limit).joined(separator: ", ")), "n": .plain(values.count)])
    }
  }

  /// A status as a person of this language reads it: the slug (`in-work`) in English,
  /// GetCourse's name («В работе») in Russian.
  public func name(of status: OrderStatus) -> String {
    switch self {
    case .english: status.slug
    case .russian: status.russianName
    }
  }

  /// Every status, in order, as `name(of:)` words them, with commas.
  var statusNames: String {
    OrderStatus.allCases.map { name(of: $0) }.joined(separator: ", ")
  }

  /// `40,000` in English, as the engine has always written its limits and sizes (from four
  /// digits); `40 000` in Russian, with the no-break space `Language.grouped` puts there.
  func thousands(_ number: Int) -> String {
    switch self {
    case .english: number.grouped
    case .russian: number.grouped.replacing(",", with: "\u{00A0}")
    }
  }
}

extension PhraseValue {
  /// A number as it is written, digit by digit: an id, a position, a count in a message that
  /// always wrote it so. (`.number` values are grouped by `Phrase` from five digits up, which
  /// would turn `order 12345` into `order 12,345`.) Word forms follow it all the same.
  static func plain(_ number: some BinaryInteger) -> PhraseValue { .text(String(number)) }
}
