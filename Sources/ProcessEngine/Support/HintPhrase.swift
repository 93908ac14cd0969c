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
  func didYouMean(_ suggestion: String?) -> String {
    suggestion.map { text(HintPhrase.didYouMean, ["suggestion": .text($0)]) } ?? ""
  }

  /// The values a message names as valid: `'a', 'b' or 'c'` in English, as `Suggestion.list`
  /// writes it; `a, b, c` in Russian. Past `limit` values, the first `limit` and how many there
  /// are.
  func choices(_ values: [String], conjunction: String = "or", atMost limit: Int = .max) -> String {
    switch self {
    case .english:
      guard values.count > limit else { return Suggestion.list(values, conjunction: conjunction) }
      return text(
        HintPhrase.longList,
        [
          "shown": .text(values.prefix(limit).map { "'\($0)'" }.joined(separator: ", ")),
          "n": .number(values.count),
        ])
    case .russian:
      guard !values.isEmpty else { return text(HintPhrase.nothing) }
      guard values.count > limit else { return values.joined(separator: ", ") }
      return text(
        HintPhrase.longList,
        ["shown": .text(values.prefix(limit).joined(separator: ", ")), "n": .number(values.count)])
    }
  }

  /// A status as a person of this language reads it: the slug (`in-work`) in English,
  /// GetCourse's name («В работе») in Russian.
  func statusName(_ status: OrderStatus) -> String {
    switch self {
    case .english: status.slug
    case .russian: status.russianName
    }
  }

  /// Every status, in order, as `statusName` words them, with commas.
  var statusNames: String {
    OrderStatus.allCases.map { statusName($0) }.joined(separator: ", ")
  }

  /// `40,000` in English, `40 000` in Russian: a count or a limit with its thousands grouped.
  func grouped(_ number: Int) -> String {
    switch self {
    case .english: number.grouped
    case .russian: number.grouped.replacing(",", with: " ")
    }
  }
}
