import ProcessEngine

/// The engine's enumerations as words of the language: what the parser accepts and Tab offers.

extension OrderStatus: Choice {
  var word: String { slug }
  static var category: String { "status" }
}

extension UserField: Choice {
  var word: String { rawValue }
  static var category: String { "field" }
}

extension TaskState: Choice {
  var word: String { rawValue }
  static var category: String { "task state" }
}

extension TaskResult: Choice {
  var word: String { rawValue }
  static var category: String { "result" }
}

extension Language: Choice {
  var word: String { rawValue }
  static var category: String { "language" }
}
