import ProcessEngine
import Wording

/// The engine's enumerations as words of the language: what the parser accepts and Tab offers.

extension OrderStatus: Choice {
  var word: String { slug }
  static var category: Phrase { Phrase(en: "status", ru: "статус") }
  /// GetCourse's name, as Tab offers it: lower case (input ignores case), and only where it is one
  /// word; `"В работе"` is typed in quotes.
  var synonyms: [String] {
    russianName.contains(" ") ? [] : [russianName.lowercased()]
  }
  static func named(_ text: String) -> OrderStatus? { OrderStatus(name: text) }
}

extension UserField: Choice {
  var word: String { rawValue }
  static var category: Phrase { Phrase(en: "field", ru: "поле") }
}

extension TaskState: Choice {
  var word: String { rawValue }
  static var category: Phrase { Phrase(en: "task state", ru: "состояние задачи") }
}

extension TaskResult: Choice {
  var word: String { rawValue }
  static var category: Phrase { Phrase(en: "result", ru: "результат") }
}

extension Language: Choice {
  var word: String { rawValue }
  static var category: Phrase { Phrase(en: "language", ru: "язык") }
}

extension ObjectType: Choice {
  var word: String { rawValue }
  static var category: Phrase { Phrase(en: "object", ru: "объект") }
}

/// `yes` or `no`: whether a message was opened, in `expect message N opened yes|no`.
enum YesNo: String, Choice {
  case yes
  case no

  var word: String { rawValue }
  static var category: Phrase { Phrase(en: "yes-or-no answer", ru: "ответ yes или no") }

  init(_ value: Bool) { self = value ? .yes : .no }

  var isYes: Bool { self == .yes }
}
