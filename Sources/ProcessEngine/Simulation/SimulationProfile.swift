import JSON

/// How simulated customers and managers behave (SPEC §11.3). The defaults are the specification's
/// population; a `procsh-profile` JSON file may change any of them (see docs/simulation.md).
public struct SimulationProfile: Equatable, Sendable {
  /// The customer profiles, each drawn with its share; the shares add up to 1.
  public enum Kind: String, CaseIterable, Sendable {
    /// Pays in full soon after creating the order.
    case fastPay = "fast-pay"
    /// A duplicate order, answered `duplicate` at `take-order`.
    case duplicate
    /// No phone; gives one some hours after the answer to `send-message`.
    case noPhoneGives = "no-phone-gives"
    /// No phone, never gives one.
    case noPhoneNever = "no-phone-never"
    /// Has a phone; the first answered call says `duplicate`.
    case duplicateAtCall = "duplicate-at-call"
    /// Has a phone; the first answered call says `wrong-number`; some then give a phone.
    case wrongNumber = "wrong-number"
    /// Has a phone.
    case normal
  }

  /// The shares of `Kind.allCases`, in that order.
  public var shares: [Double] = [0.20, 0.08, 0.10, 0.10, 0.02, 0.04, 0.46]
  /// Managers answer every step this long after it opens.
  public var answerDelay = TimeSpan.minutes(10)
  /// A fast payer pays within this window after creating the order.
  public var fastPayWithin: ClosedRange<Int64> = 1...59
  /// A customer who gives a phone gives it within this window after the answer to `send-message`.
  public var phoneAfter: ClosedRange<Int64> = 3_600...(47 * 3_600)
  /// The share of wrong-number customers who then give a correct phone.
  public var wrongNumberGivesPhone = 0.5
  /// The chance that a call attempt (`call`, `control-call`) is answered.
  public var callAnswered = 0.4
  /// The chance that `send-message` is answered `send`.
  public var sendMessage = 0.8
  /// After `reached`: the chances of `will-pay`, `postpone` and `refuse`.
  public var willPay = 0.5
  public var postpone = 0.2
  public var refuse = 0.3
  public var willPayIn = TimeSpan.days(2)
  /// The chance that a customer who promised to pay does pay.
  public var paysWhenPromised = 0.7
  /// How long before the promised date a paying customer pays.
  public var paysBefore = TimeSpan.hours(1)
  public var postponeBy = TimeSpan.days(3)
  /// The chance that a customer opens a mailing's message (SPEC §12.4; block messages, an SMS
  /// or a call script, are not opened). Seed 001 tells a school to expect some never to open one:
  /// its second mailing is for them. Only drawn when mailings send, from a stream of its own, so
  /// a session without mailings runs exactly as before, and one with them keeps the same funnel.
  public var opensMessage = 0.6
  /// When a customer who opens a message opens it, after it was sent: most within the working
  /// day, all before seed 001's reminder a day later.
  public var opensWithin: ClosedRange<Int64> = 300...(20 * 3_600)

  public init() {}

  public static let formatName = "procsh-profile"

  /// Reads a profile document; every bad value is reported with its JSON path, in
  /// `EngineError.profile`.
  public init(json: JSONValue) throws(EngineError) {
    var problems: [ProfileProblem] = []
    self.init(json: json, problems: &problems)
    guard problems.isEmpty else { throw .profile(problems) }
  }

  /// The profile `json` describes, as far as its values are good, with every bad value added to
  /// `problems`: for the session reader, which wants the first problem and no other case to rule
  /// out.
  init(json: JSONValue, problems: inout [ProfileProblem]) {
    func problem(_ path: String, _ reason: ProfileProblem.Reason) {
      problems.append(ProfileProblem(path: path, reason))
    }
    guard case .object(let object) = json else {
      problem("", .notAnObject(found: JSONKind(json)))
      return
    }
    let keys = [
      "format", "version", "shares", "answer-delay", "fast-pay-within", "phone-after",
      "wrong-number-gives-phone",
      "call-answered", "send-message", "outcome", "will-pay-in", "pays-when-promised",
      "pays-before", "postpone-by", "opens-message", "opens-within",
    ]
    for key in object.keys where !keys.contains(key) {
      problem(key, .unknownKey(suggestion: Suggestion.closest(to: key, among: keys)))
    }
    if let format = object["format"], format != .string(Self.formatName) {
      problem("format", .wrongFormat)
    }
    if let version = object["version"], version != .integer(1) {
      problem("version", .wrongVersion)
    }
    func probability(_ value: JSONValue?, _ path: String, _ current: Double) -> Double {
      guard let value else { return current }
      let number: Double
      switch value {
      case .integer(let integer): number = Double(integer)
      case .double(let double): number = double
      default:
        problem(path, .probabilityType(found: JSONKind(value)))
        return current
      }
      guard number >= 0, number <= 1 else {
        problem(path, .notAProbability(number))
        return current
      }
      return number
    }
    func span(_ value: JSONValue?, _ path: String, _ current: TimeSpan) -> TimeSpan {
      guard let value else { return current }
      guard case .string(let text) = value else {
        problem(path, .durationType(found: JSONKind(value)))
        return current
      }
      do throws(EngineError) {
        return try TimeSpan(parsing: text)
      } catch .malformedDuration(let text, let reason) {
        problem(path, .badDuration(text, reason))
        return current
      } catch {
        preconditionFailure("internal inconsistency: TimeSpan(parsing:) threw \(error)")
      }
    }
    func window(_ value: JSONValue?, _ path: String, _ current: ClosedRange<Int64>) -> ClosedRange<
      Int64
    > {
      guard let value else { return current }
      guard case .array(let bounds) = value, bounds.count == 2 else {
        problem(path, .windowShape)
        return current
      }
      let low = span(bounds[0], "\(path)[0]", TimeSpan(seconds: current.lowerBound))
      let high = span(bounds[1], "\(path)[1]", TimeSpan(seconds: current.upperBound))
      guard low <= high else {
        problem(path, .windowOrder(low, high))
        return current
      }
      return low.seconds...high.seconds
    }

    if let value = object["shares"] {
      if case .object(let shares) = value {
        for key in shares.keys where Kind(rawValue: key) == nil {
          problem("shares.\(key)", .unknownShare)
        }
        var given = self.shares.map { _ in 0.0 }
        let before = problems.count
        for (index, kind) in Kind.allCases.enumerated() {
          given[index] = probability(shares[kind.rawValue], "shares.\(kind.rawValue)", 0)
        }
        let total = given.reduce(0, +)
        if problems.count > before {
          // A bad share is reported; their sum would only repeat it.
        } else if abs(total - 1) > 1e-9 {
          problem("shares", .sharesTotal(total))
        } else {
          self.shares = given
        }
      } else {
        problem("shares", .sharesShape)
      }
    }
    answerDelay = span(object["answer-delay"], "answer-delay", answerDelay)
    fastPayWithin = window(object["fast-pay-within"], "fast-pay-within", fastPayWithin)
    phoneAfter = window(object["phone-after"], "phone-after", phoneAfter)
    wrongNumberGivesPhone = probability(
      object["wrong-number-gives-phone"], "wrong-number-gives-phone", wrongNumberGivesPhone)
    callAnswered = probability(object["call-answered"], "call-answered", callAnswered)
    sendMessage = probability(object["send-message"], "send-message", sendMessage)
    if let value = object["outcome"] {
      if case .object(let outcome) = value {
        for key in outcome.keys where !["will-pay", "postpone", "refuse"].contains(key) {
          problem("outcome.\(key)", .unknownOutcome)
        }
        let before = problems.count
        let chances = ["will-pay", "postpone", "refuse"].map {
          probability(outcome[$0], "outcome.\($0)", 0)
        }
        let total = chances.reduce(0, +)
        if problems.count > before {
          // A bad chance is reported; their sum would only repeat it.
        } else if abs(total - 1) > 1e-9 {
          problem("outcome", .chancesTotal(total))
        } else {
          (willPay, postpone, refuse) = (chances[0], chances[1], chances[2])
        }
      } else {
        problem("outcome", .outcomeShape)
      }
    }
    willPayIn = span(object["will-pay-in"], "will-pay-in", willPayIn)
    paysWhenPromised = probability(
      object["pays-when-promised"], "pays-when-promised", paysWhenPromised)
    paysBefore = span(object["pays-before"], "pays-before", paysBefore)
    postponeBy = span(object["postpone-by"], "postpone-by", postponeBy)
    opensMessage = probability(object["opens-message"], "opens-message", opensMessage)
    opensWithin = window(object["opens-within"], "opens-within", opensWithin)
    if paysBefore > willPayIn {
      problem("pays-before", .paysBeforeTooLong(paysBefore, willPayIn: willPayIn))
    }
  }

  /// The profile as a document, every value written out.
  public var json: JSONValue {
    var shares = JSONObject()
    for (index, kind) in Kind.allCases.enumerated() {
      shares[kind.rawValue] = .double(self.shares[index])
    }
    return [
      "format": .string(Self.formatName), "version": 1, "shares": .object(shares),
      "answer-delay": .string(answerDelay.description),
      "fast-pay-within": [
        .string(TimeSpan(seconds: fastPayWithin.lowerBound).description),
        .string(TimeSpan(seconds: fastPayWithin.upperBound).description),
      ],
      "phone-after": [
        .string(TimeSpan(seconds: phoneAfter.lowerBound).description),
        .string(TimeSpan(seconds: phoneAfter.upperBound).description),
      ],
      "wrong-number-gives-phone": .double(wrongNumberGivesPhone),
      "call-answered": .double(callAnswered),
      "send-message": .double(sendMessage),
      "outcome": [
        "will-pay": .double(willPay), "postpone": .double(postpone), "refuse": .double(refuse),
      ],
      "will-pay-in": .string(willPayIn.description),
      "pays-when-promised": .double(paysWhenPromised),
      "pays-before": .string(paysBefore.description),
      "postpone-by": .string(postponeBy.description),
      "opens-message": .double(opensMessage),
      "opens-within": [
        .string(TimeSpan(seconds: opensWithin.lowerBound).description),
        .string(TimeSpan(seconds: opensWithin.upperBound).description),
      ],
    ]
  }
}
