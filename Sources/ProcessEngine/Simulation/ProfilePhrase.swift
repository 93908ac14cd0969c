import Wording

/// A bad value in a profile file, with its JSON path: the detail of `EngineError.profile`.
///
///     outcome.refuse: 1.5 is not a probability (0 to 1)
public struct ProfileProblem: Equatable, Sendable, CustomStringConvertible {
  /// The JSON path of the value (`outcome.refuse`), or empty for the whole document.
  public var path: String
  /// What is wrong, as values: `message(in:)` words it.
  public var reason: Reason

  public init(path: String, _ reason: Reason) {
    self.path = path
    self.reason = reason
  }

  /// What is wrong with a profile's value, worded by `ProfilePhrase`.
  public enum Reason: Equatable, Sendable {
    case notAnObject(found: JSONKind)
    case unknownKey(suggestion: String?)
    case wrongFormat
    case wrongVersion
    case probabilityType(found: JSONKind)
    case notAProbability(Double)
    case durationType(found: JSONKind)
    case badDuration(String, DurationProblem)
    case windowShape
    case windowOrder(TimeSpan, TimeSpan)
    case unknownShare
    case sharesTotal(Double)
    case sharesShape
    case unknownOutcome
    case chancesTotal(Double)
    case outcomeShape
    case paysBeforeTooLong(TimeSpan, willPayIn: TimeSpan)
  }

  /// What is wrong, in English.
  public var message: String { message(in: .english) }

  /// What is wrong, in `language`.
  public func message(in language: Language) -> String {
    func say(_ phrase: ProfilePhrase, _ values: PhraseValues = [:]) -> String {
      language.text(phrase, values)
    }
    switch reason {
    case .notAnObject(let kind): return say(.notAnObject, ["found": .text(kind.name(in: language))])
    case .unknownKey(let suggestion): return say(.unknownKey) + language.didYouMean(suggestion)
    case .wrongFormat: return say(.wrongFormat, ["format": .text(SimulationProfile.formatName)])
    case .wrongVersion: return say(.wrongVersion)
    case .probabilityType(let kind):
      return say(.probabilityType, ["found": .text(kind.name(in: language))])
    case .notAProbability(let number): return say(.notAProbability, ["number": .text("\(number)")])
    case .durationType(let kind):
      return say(.durationType, ["found": .text(kind.name(in: language))])
    case .badDuration(let text, let problem):
      return EngineError.malformedDuration(text, reason: problem).message(in: language)
    case .windowShape: return say(.windowShape)
    case .windowOrder(let low, let high):
      return say(.windowOrder, ["low": .text("\(low)"), "high": .text("\(high)")])
    case .unknownShare:
      return say(
        .unknownShare,
        ["kinds": .text(SimulationProfile.Kind.allCases.map(\.rawValue).joined(separator: ", "))])
    case .sharesTotal(let total): return say(.sharesTotal, ["total": .text("\(total)")])
    case .sharesShape: return say(.sharesShape)
    case .unknownOutcome: return say(.unknownOutcome)
    case .chancesTotal(let total): return say(.chancesTotal, ["total": .text("\(total)")])
    case .outcomeShape: return say(.outcomeShape)
    case .paysBeforeTooLong(let paysBefore, let willPayIn):
      return say(
        .paysBeforeTooLong,
        ["before": .text("\(paysBefore)"), "willPayIn": .text("\(willPayIn)")])
    }
  }

  public var description: String { description(in: .english) }

  /// `outcome.refuse: …` in `language`.
  public func description(in language: Language) -> String {
    let message = message(in: language)
    return path.isEmpty ? message : "\(path): \(message)"
  }
}

/// What is wrong with a simulation profile (`ProfileProblem`). Keys and profile names stay as the
/// file has them.
public enum ProfilePhrase: PhraseBook {
  case notAnObject, unknownKey, wrongFormat, wrongVersion
  case probabilityType, notAProbability, durationType, windowShape, windowOrder
  case unknownShare, sharesTotal, sharesShape, unknownOutcome, chancesTotal, outcomeShape
  case paysBeforeTooLong

  public var phrase: Phrase {
    switch self {
    case .notAnObject:
      Phrase(
        en: "a profile must be a JSON object, not {found}",
        ru: "профиль должен быть JSON-объектом, а здесь {found}")
    case .unknownKey: Phrase(en: "unknown key", ru: "неизвестный ключ")
    case .wrongFormat: Phrase(en: "expected \"{format}\"", ru: "нужно \"{format}\"")
    case .wrongVersion:
      Phrase(en: "this procsh reads profile version 1", ru: "этот procsh читает профили версии 1")
    case .probabilityType:
      Phrase(
        en: "expected a number from 0 to 1, found {found}",
        ru: "нужно число от 0 до 1, а здесь {found}")
    case .notAProbability:
      Phrase(
        en: "{number} is not a probability (0 to 1)", ru: "{number} — не вероятность (от 0 до 1)")
    case .durationType:
      Phrase(
        en: "expected a duration like \"10m\", found {found}",
        ru: "нужна длительность вида \"10m\", а здесь {found}")
    case .windowShape:
      Phrase(en: "expected [FROM, TO], two durations", ru: "нужно [ОТ, ДО] — две длительности")
    case .windowOrder: Phrase(en: "{low} is after {high}", ru: "{low} больше, чем {high}")
    case .unknownShare:
      Phrase(
        en: "unknown profile; expected one of {kinds}", ru: "неизвестный профиль; профили: {kinds}")
    case .sharesTotal:
      Phrase(en: "the shares add up to {total}, not 1", ru: "доли в сумме дают {total}, а не 1")
    case .sharesShape:
      Phrase(
        en: "expected an object from profile name to share",
        ru: "нужен объект «имя профиля → доля»")
    case .unknownOutcome:
      Phrase(
        en: "unknown outcome; expected will-pay, postpone or refuse",
        ru: "неизвестный исход; исходы: will-pay, postpone, refuse")
    case .chancesTotal:
      Phrase(
        en: "the chances add up to {total}, not 1", ru: "шансы в сумме дают {total}, а не 1")
    case .outcomeShape:
      Phrase(
        en: "expected an object with will-pay, postpone and refuse",
        ru: "нужен объект с will-pay, postpone и refuse")
    case .paysBeforeTooLong:
      Phrase(
        en: "{before} is longer than will-pay-in ({willPayIn})",
        ru: "{before} дольше, чем will-pay-in ({willPayIn})")
    }
  }
}
