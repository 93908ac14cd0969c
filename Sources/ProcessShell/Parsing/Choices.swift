import ProcessEngine
import Wording

/// The engine's enumerations as words of the language: what the parser accepts and Tab offers.

extension OrderStatus: Choice {
  var word: String { slug }
  static var category: Phrase { Phrase(en: "status", ru: "статус") }
  /// GetCourse's name (`OrderStatus(name:)` reads it the same way).
  var nameInRussian: String? { russianName }
}

extension UserField: Choice {
  var word: String { rawValue }
  static var category: Phrase { Phrase(en: "field", ru: "поле") }
}

extension TaskState: Choice {
  var word: String { rawValue }
  static var category: Phrase { Phrase(en: "task state", ru: "состояние задачи") }
  var nameInRussian: String? { Language.russian.name(of: self) }
}

extension TaskResult: Choice {
  var word: String { rawValue }
  static var category: Phrase { Phrase(en: "result", ru: "результат") }
  var nameInRussian: String? { Language.russian.name(of: self) }
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
