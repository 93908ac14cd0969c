import Wording

/// A positional value of a command, declared once as a static constant of the command's type and
/// used in its syntax and to take its value out of the parsed `Arguments`:
///
///     static let order = Argument<OrderID>("N", .orderID)
///     …
///     order = arguments[Self.order]
///
/// An argument is a class so that the declaration itself is the key of its value.
final class Argument<Value: Sendable>: Sendable {
  /// How usage lines write it: `N`, `AMOUNT`, `DATETIME`.
  let placeholder: String
  let type: ValueType<Value>

  init(_ placeholder: String, _ type: ValueType<Value>) {
    self.placeholder = placeholder
    self.type = type
  }

  var erased: ErasedValue {
    let read = type.read
    return ErasedValue(
      key: ObjectIdentifier(self), placeholder: placeholder, noun: type.noun,
      isClosed: type.isClosed, candidates: type.candidates,
      read: { (word, earlier) throws(ShellError) in try read(word, earlier) })
  }
}

/// A flag with a value: `--reason S`.
final class Option<Value: Sendable>: Sendable {
  /// `--reason`
  let name: String
  let placeholder: String
  let type: ValueType<Value>

  init(_ name: String, _ placeholder: String, _ type: ValueType<Value>) {
    self.name = name
    self.placeholder = placeholder
    self.type = type
  }
}

/// A flag without a value: `--json`, `--no-phone`.
final class Switch: Sendable {
  let name: String

  init(_ name: String) {
    self.name = name
  }

  /// `--json`, which every query command takes.
  static let json = Switch("--json")
}

/// A value of any type, as the parser and the completer handle it.
struct ErasedValue: Sendable {
  let key: ObjectIdentifier
  let placeholder: String
  let noun: Phrase
  let isClosed: Bool
  let candidates: @Sendable (CompletionContext) -> [String]
  let read: @Sendable (Lexer.Word, Arguments) throws(ShellError) -> any Sendable
}

/// One part of a command line after its words, in order.
struct Parameter: Sendable {
  enum Shape: Sendable {
    /// A fixed word: `order` in `pay order N`.
    case word(String)
    /// One value, which must be there.
    case required(ErasedValue)
    /// One value, which may be left out.
    case optional(ErasedValue)
    /// All the remaining words, at least one, as one value: a text, or a date-time with its space.
    case rest(ErasedValue)
    /// All the remaining words, if any, as one value.
    case optionalRest(ErasedValue)
    /// Any number of `KEY VALUE` pairs: the filters of `expect count`.
    case pairs(ErasedValue, ErasedValue)
    /// A fixed word and the value after it, both or neither: `mailing NAME` in
    /// `expect count messages [mailing NAME] [opened yes|no] N`.
    case keyed(String, ErasedValue)
  }

  let shape: Shape

  static func word(_ word: String) -> Parameter { Parameter(shape: .word(word)) }
  static func value<V: Sendable>(_ argument: Argument<V>) -> Parameter {
    Parameter(shape: .required(argument.erased))
  }
  static func optional<V: Sendable>(_ argument: Argument<V>) -> Parameter {
    Parameter(shape: .optional(argument.erased))
  }
  static func rest<V: Sendable>(_ argument: Argument<V>) -> Parameter {
    Parameter(shape: .rest(argument.erased))
  }
  static func optionalRest<V: Sendable>(_ argument: Argument<V>) -> Parameter {
    Parameter(shape: .optionalRest(argument.erased))
  }
  static func pairs<K: Sendable, V: Sendable>(_ key: Argument<K>, _ value: Argument<V>) -> Parameter
  {
    Parameter(shape: .pairs(key.erased, value.erased))
  }
  static func keyed<V: Sendable>(_ word: String, _ argument: Argument<V>) -> Parameter {
    Parameter(shape: .keyed(word, argument.erased))
  }

  /// How a usage line writes it: `N`, `[AMOUNT]`, `[FIELD VALUE]...`.
  var usage: String {
    switch shape {
    case .word(let word): return word
    case .required(let value), .rest(let value): return value.placeholder
    case .optional(let value), .optionalRest(let value): return "[\(value.placeholder)]"
    case .pairs(let key, let value): return "[\(key.placeholder) \(value.placeholder)]..."
    case .keyed(let word, let value): return "[\(word) \(value.placeholder)]"
    }
  }

  /// The fewest words it takes.
  var fewestWords: Int {
    switch shape {
    case .word, .required, .rest: return 1
    case .optional, .optionalRest, .pairs, .keyed: return 0
    }
  }

  /// The most words it takes.
  var mostWords: Int {
    switch shape {
    case .word, .required, .optional: return 1
    case .keyed: return 2
    case .rest, .optionalRest, .pairs: return .max
    }
  }
}

/// A flag of a command, of any type.
struct Flag: Sendable {
  let name: String
  /// nil for a switch.
  let value: ErasedValue?
  let placeholder: String?
  /// Whether it may be given more than once (`report FILE --order 1 --order 2`); its values are
  /// then read with `Arguments.all(_:)`.
  var isRepeatable = false

  static func option<V: Sendable>(_ option: Option<V>) -> Flag {
    let read = option.type.read
    return Flag(
      name: option.name,
      value: ErasedValue(
        key: ObjectIdentifier(option), placeholder: option.placeholder, noun: option.type.noun,
        isClosed: option.type.isClosed, candidates: option.type.candidates,
        read: { (word, earlier) throws(ShellError) in try read(word, earlier) }),
      placeholder: option.placeholder)
  }

  /// An option that may be given any number of times.
  static func repeated<V: Sendable>(_ option: Option<V>) -> Flag {
    var flag = Flag.option(option)
    flag.isRepeatable = true
    return flag
  }

  static func `switch`(_ flag: Switch) -> Flag {
    Flag(name: flag.name, value: nil, placeholder: nil)
  }

  /// `[--reason S]`, `[--json]`, `[--order N]...`
  var usage: String {
    (placeholder.map { "[\(name) \($0)]" } ?? "[\(name)]") + (isRepeatable ? "..." : "")
  }
}

/// What a command line was read as: the values of its arguments and flags, taken out by their
/// declarations.
struct Arguments: Sendable {
  private var values: [ObjectIdentifier: any Sendable] = [:]
  private var repeated: [ObjectIdentifier: [any Sendable]] = [:]
  private var switches: Set<String> = []

  mutating func set(_ value: any Sendable, for key: ObjectIdentifier) {
    values[key] = value
  }

  mutating func append(_ value: any Sendable, for key: ObjectIdentifier) {
    repeated[key, default: []].append(value)
  }

  mutating func turnOn(_ name: String) {
    switches.insert(name)
  }

  func has(_ key: ObjectIdentifier) -> Bool { values[key] != nil }

  /// The value of an argument the syntax requires.
  subscript<V: Sendable>(_ argument: Argument<V>) -> V {
    guard let value = values[ObjectIdentifier(argument)] as? V else {
      preconditionFailure(
        "internal inconsistency: the argument \(argument.placeholder) was not read")
    }
    return value
  }

  /// The value of an optional argument, if it was given.
  func optional<V: Sendable>(_ argument: Argument<V>) -> V? {
    values[ObjectIdentifier(argument)] as? V
  }

  /// Every value of an argument in repeated pairs, in order.
  func all<V: Sendable>(_ argument: Argument<V>) -> [V] {
    (repeated[ObjectIdentifier(argument)] ?? []).compactMap { $0 as? V }
  }

  /// Every value of a repeatable flag, in the order given.
  func all<V: Sendable>(_ option: Option<V>) -> [V] {
    (repeated[ObjectIdentifier(option)] ?? []).compactMap { $0 as? V }
  }

  /// The value of a flag, if it was given.
  subscript<V: Sendable>(_ option: Option<V>) -> V? {
    values[ObjectIdentifier(option)] as? V
  }

  /// Whether a switch was given.
  subscript(_ flag: Switch) -> Bool {
    switches.contains(flag.name)
  }
}
