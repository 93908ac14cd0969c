/// Something procsh says to a person, in both its languages, with `{placeholders}` for the
/// values it names. A placeholder followed by word forms, `{count:order|orders}` in English and
/// `{count:заказ|заказа|заказов}` in Russian, is the form of the word the count takes: Russian
/// has three (1 заказ, 2 заказа, 5 заказов, 21 заказ).
///
///     let phrase = Phrase(en: "{n} {n:order|orders} saved", ru: "{n} {n:заказ|заказа|заказов} сохранено")
///     phrase.text(.russian, ["n": 2])   // "2 заказа сохранено"
public struct Phrase: Equatable, Sendable {
  public let english: String
  public let russian: String

  public init(en english: String, ru russian: String) {
    self.english = english
    self.russian = russian
  }

  /// The template in `language`.
  public func template(_ language: Language) -> String {
    switch language {
    case .english: english
    case .russian: russian
    }
  }

  /// The phrase in `language` with its placeholders filled from `values`.
  public func text(_ language: Language, _ values: PhraseValues = [:]) -> String {
    Self.fill(template(language), language: language, values: values)
  }

  /// The names of the placeholders a template uses, each once.
  static func placeholders(in template: String) -> Set<String> {
    var names: Set<String> = []
    var rest = Substring(template)
    while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
      let inside = rest[rest.index(after: open)..<close]
      names.insert(String(inside.split(separator: ":", maxSplits: 1).first ?? inside))
      rest = rest[rest.index(after: close)...]
    }
    return names
  }

  /// The template with its placeholders filled. It scans bytes, not characters: `log` fills
  /// several phrases for each of hundreds of thousands of events, and walking Russian text by
  /// grapheme made it three times slower than the English it replaced.
  static func fill(_ template: String, language: Language, values: PhraseValues) -> String {
    let bytes = template.utf8
    guard var open = bytes.firstIndex(of: UInt8(ascii: "{")) else { return template }
    var result = ""
    result.reserveCapacity(bytes.count + 32)
    var literal = bytes.startIndex
    while let close = bytes[open...].firstIndex(of: UInt8(ascii: "}")) {
      result += template[literal..<open]
      let inside = template[bytes.index(after: open)..<close]
      let colon = inside.utf8.firstIndex(of: UInt8(ascii: ":"))
      let name = inside[..<(colon ?? inside.endIndex)]
      let value = values.first { $0.key == name }?.value
      if let colon {
        let forms = inside[inside.utf8.index(after: colon)...]
          .split(separator: "|", omittingEmptySubsequences: false).map(String.init)
        result += language.form(of: forms, for: value?.count ?? 0)
      } else {
        switch value {
        case .number(let number)?: result += language.grouped(number)
        case .text(let text)?: result += text
        case nil: result += "{\(name)}"
        }
      }
      literal = bytes.index(after: close)
      guard let next = bytes[literal...].firstIndex(of: UInt8(ascii: "{")) else { break }
      open = next
    }
    return result + template[literal...]
  }
}

/// The values of a phrase's placeholders, by name: a few pairs, looked up by a linear search
/// (cheaper than hashing for the one to four a phrase has), written as a dictionary literal.
public typealias PhraseValues = KeyValuePairs<String, PhraseValue>

/// A value a phrase names: a text as it is, or a number (which also chooses word forms).
public enum PhraseValue: Sendable, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral {
  case text(String)
  case number(Int)

  public init(stringLiteral value: String) { self = .text(value) }
  public init(integerLiteral value: Int) { self = .number(value) }

  public var text: String {
    switch self {
    case .text(let text): text
    case .number(let number): String(number)
    }
  }

  public var count: Int {
    switch self {
    case .text(let text): Int(text) ?? 0
    case .number(let number): number
    }
  }
}

extension Language {
  /// A whole number with its thousands grouped from five digits up, as SI and Russian
  /// typography do (`9999`, `12,345`; `12 345` in Russian, with a no-break space), so that the
  /// funnel of a large simulation reads at a glance.
  public func grouped(_ number: Int) -> String {
    let digits = String(number.magnitude)
    guard digits.utf8.count >= 5 else { return String(number) }
    let separator = self == .russian ? "\u{00A0}" : ","
    var result = number < 0 ? "-" : ""
    for (index, digit) in digits.enumerated() {
      if index > 0 && (digits.utf8.count - index) % 3 == 0 { result += separator }
      result.append(digit)
    }
    return result
  }

  /// The form of a word for `count`: English has one and other; Russian one (1, 21, 101…), few
  /// (2–4, 22–24…, but not 12–14) and many (the rest, 11–14 included).
  public func form(of forms: [String], for count: Int) -> String {
    guard !forms.isEmpty else { return "" }
    let index: Int
    switch self {
    case .english:
      index = count == 1 ? 0 : 1
    case .russian:
      let n = abs(count)
      if n % 10 == 1 && n % 100 != 11 {
        index = 0
      } else if (2...4).contains(n % 10) && !(12...14).contains(n % 100) {
        index = 1
      } else {
        index = 2
      }
    }
    return forms[min(index, forms.count - 1)]
  }
}
