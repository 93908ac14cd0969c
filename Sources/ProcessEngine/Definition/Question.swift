/// A question to a manager (GetCourse's "question to manager" block): it opens a manager step and
/// the task waits until a manager picks one of the options.
public struct Question: Equatable, Sendable {
  /// A short name for the step, shown in listings and `expect task N question`: `take-order`.
  public var key: String
  /// What the manager is asked: "Take the order?".
  public var text: String
  /// What to say to the customer, shown with the step.
  public var script: String
  /// The script in Russian, if the definition gives one (SPEC §12.1): the manager reads it.
  public var russianScript: String?
  public var options: [QuestionOption]
  /// Whether every answer counts as a call attempt on the order (`call`, `control-call`).
  public var countsAsCall: Bool

  public init(
    key: String, text: String, script: String = "", russianScript: String? = nil,
    options: [QuestionOption], countsAsCall: Bool = false
  ) {
    self.key = key
    self.text = text
    self.script = script
    self.russianScript = russianScript
    self.options = options
    self.countsAsCall = countsAsCall
  }

  /// The option with `key`, if any.
  public func option(_ key: String) -> QuestionOption? {
    options.first(where: { $0.key == key })
  }
}

/// One answer a manager may give.
public struct QuestionOption: Equatable, Sendable {
  public var key: String
  public var label: String
  /// The label in Russian, if the definition gives one: shown in Russian listings, and a manager
  /// may answer by it (`answer task 1 Да`).
  public var russianLabel: String?
  public var kind: OptionKind
  /// What the manager supplies with this answer, if anything.
  public var argument: ArgumentKind?
  /// The task variable the argument is stored in (GetCourse's "Variables").
  public var variable: String?

  public init(
    key: String, label: String = "", russianLabel: String? = nil, kind: OptionKind,
    argument: ArgumentKind? = nil, variable: String? = nil
  ) {
    self.key = key
    self.label = label
    self.russianLabel = russianLabel
    self.kind = kind
    self.argument = argument
    self.variable = variable
  }
}

/// Whether an answer moves the sale forward, sideways or back: GetCourse colours the options.
public enum OptionKind: String, CaseIterable, Sendable {
  case positive
  case neutral
  case negative

  /// `+`, `0`, `−`: how listings mark the option.
  public var mark: String {
    switch self {
    case .positive: return "+"
    case .neutral: return "0"
    case .negative: return "-"
    }
  }
}

/// The kind of value an answer carries.
public enum ArgumentKind: String, CaseIterable, Sendable {
  /// A date-time, required: `answer task 3 will-pay 2026-01-09` (or `+2d`).
  case date
  /// A text, optional: `answer task 3 refuse "too expensive"`.
  case text
}
