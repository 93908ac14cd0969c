import ProcessEngine
import Wording

/// A kind of value a command takes: how a word is read as one, what Tab offers for it, and how a
/// message names it. Commands declare their arguments and options with these
/// (`ValueType.orderID`, `.duration`, `.choice(of: OrderStatus.self)`…), so that the parser, the
/// completer and `help` read one declaration and cannot disagree.
struct ValueType<Value>: Sendable {
  /// How a message names a value of this kind, in both languages: "an order id", «номер заказа».
  let noun: Phrase
  /// Reads a word (for an argument that takes the rest of the line: those words as one).
  /// `earlier` holds what the command's earlier words were read as.
  let read: @Sendable (_ word: Lexer.Word, _ earlier: Arguments) throws(ShellError) -> Value
  /// What Tab offers for a value of this kind in the session as it is.
  let candidates: @Sendable (_ context: CompletionContext) -> [String]
  /// Whether the candidates are all the valid values (keywords, enumerations), so that a word
  /// outside them can never be read.
  let isClosed: Bool

  init(
    noun: Phrase, isClosed: Bool = false,
    candidates: @escaping @Sendable (_ context: CompletionContext) -> [String] = { _ in [] },
    read: @escaping @Sendable (_ word: Lexer.Word, _ earlier: Arguments) throws(ShellError) -> Value
  ) {
    self.noun = noun
    self.isClosed = isClosed
    self.candidates = candidates
    self.read = read
  }

  /// The same value, read and then changed (and perhaps refused) by `transform`.
  func map<Other>(
    _ transform: @escaping @Sendable (Value) throws(ShellError) -> Other
  ) -> ValueType<Other> {
    let read = self.read
    return ValueType<Other>(noun: noun, isClosed: isClosed, candidates: candidates) {
      (word, earlier) throws(ShellError) in
      try transform(try read(word, earlier))
    }
  }

  /// The same value, with other candidates.
  func completing(
    _ candidates: @escaping @Sendable (_ context: CompletionContext) -> [String]
  ) -> ValueType {
    ValueType(noun: noun, isClosed: isClosed, candidates: candidates, read: read)
  }
}

/// What the completer knows when it asks a value type for candidates.
struct CompletionContext {
  /// The session as it is.
  let engine: Engine
  /// The checkpoints' names, oldest first.
  var checkpoints: [String] = []
  /// What the words before the cursor were read as.
  let earlier: Arguments
  /// The word being completed, as typed so far.
  let typed: String
}

/// Words with a fixed meaning: statuses, fields, answers of `expect`'s operators. Their cases are
/// what Tab offers and what the parser accepts.
protocol Choice: CaseIterable, Sendable {
  /// The word a user types for this case.
  var word: String { get }
  /// How a message names the kind, without an article: "status", «статус».
  static var category: Phrase { get }
  /// The name Russian output gives this case, if it has one of its own («ждёт ответа» for
  /// `waiting`): input accepts it too, in any case and with `ё` as `е` (SPEC §12.1: input is
  /// language-neutral, so a script can say what the screen shows).
  var nameInRussian: String? { get }
}

extension Choice {
  var nameInRussian: String? { nil }

  /// Other names a user may type for this case, as Tab offers them to Cyrillic typing: the
  /// Russian name in lower case, where it is one word (`"ждёт ответа"` is typed in quotes).
  var synonyms: [String] {
    guard let name = nameInRussian, !name.contains(" ") else { return [] }
    return [name.lowercased()]
  }

  /// What Tab offers of the cases `isOffered` accepts, for `typed`: their words, or their Russian
  /// names when `typed` is in Cyrillic (the alphabet being typed).
  static func candidates(typed: String, where isOffered: (Self) -> Bool = { _ in true })
    -> [String]
  {
    let offered = allCases.filter(isOffered)
    return typed.isTypedInRussian ? offered.flatMap(\.synonyms) : offered.map(\.word)
  }

  /// The case `text` names, by its word or its Russian name; nil when none.
  static func named(_ text: String) -> Self? {
    if let value = allCases.first(where: { $0.word == text }) { return value }
    let wanted = text.foldedName
    return allCases.first { $0.nameInRussian?.foldedName == wanted }
  }
}

extension ValueType where Value == String {
  /// A word, taken as typed.
  static func word(_ noun: Phrase) -> ValueType {
    ValueType(noun: noun) { (word, _) throws(ShellError) in word.text }
  }

  /// A fixed word, when the word alone says something (`nobody` in `transfer … to nobody`).
  static func keyword(_ word: String) -> ValueType {
    ValueType(
      noun: Phrase(en: "'\(word)'", ru: "слово '\(word)'"), isClosed: true,
      candidates: { _ in [word] }
    ) { (typed, _) throws(ShellError) in
      guard typed.text == word else {
        throw .value(.unknown(NounPhrase.keyword.phrase, typed.text, valid: [word]))
      }
      return word
    }
  }
}

extension ValueType where Value: Choice {
  /// One of the cases, by its word; an unknown word is refused naming the closest or the valid
  /// ones. Tab offers the cases `isOffered` accepts.
  static func choice(where isOffered: @escaping @Sendable (Value) -> Bool = { _ in true })
    -> ValueType
  {
    ValueType(
      noun: Phrase(en: "a \(Value.category.english)", ru: Value.category.russian), isClosed: true,
      candidates: { context in Value.candidates(typed: context.typed, where: isOffered) }
    ) { (word, _) throws(ShellError) in
      guard let value = Value.named(word.text) else {
        throw .value(.unknown(Value.category, word.text, valid: Value.allCases.map(\.word)))
      }
      return value
    }
  }
}
