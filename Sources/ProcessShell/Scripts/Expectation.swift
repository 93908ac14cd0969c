import ProcessEngine
import Wording

/// What every `expect` does (SPEC §8.2): compares a value of the session with the value a script
/// expects, as values of the field's kind, and fails with `expected …, got …`.
struct Expectation {
  /// `order 1 status`
  let described: String
  let op: ComparisonOperator
  let expected: Expected
  let kind: FieldKind

  /// An expected value and the words it was written as, for the message.
  struct Expected: Sendable {
    let value: ExpectedValue
    let written: String
  }

  /// The operator of every `expect`; `==` when left out.
  static let op = Argument<ComparisonOperator>("OP", .choice())

  /// The expected value, read by the kind of the field named before it.
  static func value(
    _ placeholder: String, kind: @escaping @Sendable (Arguments) -> FieldKind?
  ) -> Argument<Expected> {
    Argument(
      placeholder,
      ValueType(
        noun: NounPhrase.value.phrase,
        candidates: { context in
          kind(context.earlier)?.candidates(typed: context.typed) ?? ["none"]
        }
      ) { (word, earlier) throws(ShellError) in
        Expected(value: try (kind(earlier) ?? .text).read(word), written: word.text)
      })
  }

  /// The expectation a command read; refuses `<` and the like on a field without an order.
  init(
    _ described: String, _ arguments: Arguments, value: Argument<Expected>, kind: FieldKind,
    syntax: CommandSyntax
  ) throws(ShellError) {
    self.described = described
    op = arguments.optional(Self.op) ?? .equal
    expected = arguments[value]
    self.kind = kind
    guard op.isEquality || kind.isOrdered else {
      throw .usage(.unordered(described), usage: syntax.usage)
    }
  }

  /// Checks the expectation against the value the session has; a failure names that value in
  /// `language` (`получено В работе`), the expectation as it was written.
  func check(_ actual: FieldValue, now: Instant, in language: Language) throws(ShellError) {
    guard actual.compared(op, to: expected.value.resolved(now: now)) else {
      throw .expectation(
        expected: "\(described) \(op.rawValue) \(expected.written)",
        got: kind.display(actual, in: language))
    }
  }
}
