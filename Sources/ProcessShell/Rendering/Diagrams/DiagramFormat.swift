import Wording

/// How `process show` draws a definition (`--format`): the table it always printed, or a
/// diagram as Mermaid (pasted into Markdown: tickets, wikis), Graphviz DOT, or an SVG picture
/// Graphviz draws from the DOT.
enum DiagramFormat: String, Choice {
  case text
  case mermaid
  case dot
  case svg

  var word: String { rawValue }
  static var category: Phrase { Phrase(en: "format", ru: "формат") }
}
