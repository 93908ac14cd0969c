import Foundation
import Testing

/// What diagram tests share: the built-ins' expected words, and a definition whose titles,
/// labels, ids and option keys hold everything that could break a Mermaid or DOT label.
enum DiagramSamples {
  /// The block types as each language names them (SPEC §12.1: GetCourse's words in Russian).
  static let typeNames: [String: [String: String]] = [
    "en": [
      "start": "start", "fork": "fork", "condition": "condition", "wait": "wait",
      "delay": "delay", "question": "question", "operation": "operation",
      "subprocess": "subprocess", "end": "end",
    ],
    "ru": [
      "start": "начало", "fork": "прокси-скрипт", "condition": "условие", "wait": "ожидание",
      "delay": "задержка", "question": "вопрос", "operation": "операция",
      "subprocess": "подпроцесс", "end": "завершение",
    ],
  ]

  /// What a node of `block` says in `language` (`en`, `ru`): its id and type, then its title.
  static func label(of block: BuiltInDefinitionFile.Block, language: String) -> String {
    let title = language == "ru" ? block.russianTitle : block.englishTitle
    return "\(block.id) · \(typeNames[language]![block.type]!)\n\(title)"
  }

  /// What the edge of an exit says: its name, and for a question's option its kind mark (+ 0 -)
  /// and, in Russian, its label as the event lines write it: `yes «Да» (+)`.
  static func label(
    of exit: String, of block: BuiltInDefinitionFile.Block, language: String
  ) -> String {
    guard let option = block.options.first(where: { $0.key == exit }) else { return exit }
    let label = language == "ru" && !option.russianLabel.isEmpty ? " «\(option.russianLabel)»" : ""
    return "\(option.key)\(label) (\(option.mark))"
  }

  /// Titles that try every way out of a label: quotes, brackets, `?`, `|`, `<`, `>`, `#`, `;`,
  /// backslashes (and the escapes Graphviz reads after one), Mermaid's own syntax (arrows,
  /// entity codes, the `style`/`classDef` lines its preprocessor rewrites, directives,
  /// Markdown strings), HTML, Cyrillic and line breaks.
  static let nastyTitles = [
    "He said \"stop\" [now]? {x} (y) | z; #quot; #35; &amp; <b>bold</b>",
    "Line one\nline two --> end\r\nthird\tcolumn",
    "back\\slash \\N \\l \\\" ends with \\",
    "Заказ «оплачен»? — style:#x; classDef y:#z;",
    "`markdown` **bold** %%{init: {\"theme\": \"dark\"}}%% n1 --> n2",
    "]) --> n0[\"x\"] \"; digraph { a -> b }",
  ]

  /// What a nasty title shows as: a CR LF is one line break, a tab a space.
  static func shown(_ title: String) -> String {
    title.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\t", with: " ")
  }

  /// A definition over orders with a nasty title on every block and option, a nasty block id
  /// and a nasty option key, as a `procsh-process` file.
  static var nastyDefinition: String {
    func json(_ text: String) -> String {
      var result = "\""
      for scalar in text.unicodeScalars {
        switch scalar {
        case "\"": result += "\\\""
        case "\\": result += "\\\\"
        case "\n": result += "\\n"
        case "\r": result += "\\r"
        case "\t": result += "\\t"
        default: result.unicodeScalars.append(scalar)
        }
      }
      return result + "\""
    }
    let t = nastyTitles.map(json)
    let question = json(nastyQuestionID)
    let key = json(nastyOptionKey)
    return """
      {"format": "procsh-process", "version": 1, "name": "nasty",
       "title": {"en": \(t[0]), "ru": \(t[3])}, "object": "order", "launch": "disabled",
       "blocks": [
        {"id": "s", "type": "start", "title": {"en": \(t[0]), "ru": \(t[3])},
         "exits": {"next": \(question)}},
        {"id": \(question), "type": "question", "title": {"en": \(t[1]), "ru": \(t[4])},
         "key": "ask", "text": "Ask?",
         "options": [
           {"key": \(key), "label": {"en": \(t[2]), "ru": \(t[5])}, "kind": "positive"},
           {"key": "no", "label": {"en": "No", "ru": \(t[1])}, "kind": "negative"}],
         "exits": {\(key): "c", "no": "e"}},
        {"id": "c", "type": "condition", "title": {"en": \(t[2]), "ru": \(t[5])},
         "condition": "paid", "exits": {"yes": "e", "no": null}},
        {"id": "e", "type": "end", "title": {"en": \(t[5]), "ru": \(t[2])},
         "name": "done", "result": "positive"}
       ]}
      """
  }

  static let nastyQuestionID = "q\"]-->x #35; ?"
  static let nastyOptionKey = "a|b\"<c>"

  /// The nasty definition's blocks: id, type and titles, in file order.
  static var nastyBlocks: [(id: String, type: String, en: String, ru: String)] {
    [
      ("s", "start", nastyTitles[0], nastyTitles[3]),
      (nastyQuestionID, "question", nastyTitles[1], nastyTitles[4]),
      ("c", "condition", nastyTitles[2], nastyTitles[5]),
      ("e", "end", nastyTitles[5], nastyTitles[2]),
    ]
  }

  /// A session with the nasty definition loaded from a file in `folder`.
  static func nastySession(in folder: TemporaryDirectory) throws -> Transcript {
    try folder.write(nastyDefinition, to: "nasty.json")
    let session = Transcript()
    session.ok("process load \(folder.path)/nasty.json")
    return session
  }
}
