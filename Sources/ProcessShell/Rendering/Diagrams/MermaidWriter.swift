/// A diagram as a Mermaid `flowchart`: the text support staff paste into a ticket or a Markdown
/// file between ```` ```mermaid ```` fences, where it must render whatever the titles say.
///
/// Nodes get generated ids (`n0`, `n1`, …): a block id may be anything a definition allows, and
/// Mermaid reads words such as `end` or `graph` as keywords. Every label is quoted (`["…"]`,
/// `|"…"|`) and written with Mermaid's entity codes (`#quot;`, `#35;`), so no character of a
/// title can close it or be read as syntax (`MermaidWriter.escape`).
enum MermaidWriter {
  static func write(_ diagram: Diagram) -> String {
    var text = "flowchart TD\n"
    for (index, node) in diagram.nodes.enumerated() {
      let (open, close) = brackets(of: node.shape)
      let label = node.block == nil ? "∅" : node.lines.map(escape).joined(separator: "<br>")
      text += "  n\(index)\(open)\"\(label)\"\(close)\n"
    }
    for edge in diagram.edges {
      text += "  n\(edge.from) -->|\"\(escape(edge.label))\"| n\(edge.to)\n"
    }
    let marked: [(Diagram.Mark, String)] = [(.current, "current"), (.visited, "visited")]
    for (mark, name) in marked {
      let ids = diagram.nodes.indices.filter { diagram.nodes[$0].mark == mark }.map { "n\($0)" }
      guard !ids.isEmpty else { continue }
      text += "  classDef \(name) \(style(of: mark))\n"
      text += "  class \(ids.joined(separator: ",")) \(name)\n"
    }
    return text
  }

  /// The colours of a mark, the same as `DotWriter`'s: a bold red border on a yellow fill where
  /// the task is, a blue fill where it has been.
  static func style(of mark: Diagram.Mark) -> String {
    switch mark {
    case .none: return ""
    case .visited: return "fill:#dbeafe,stroke:#1d4ed8"
    case .current: return "fill:#ffe08a,stroke:#d62728,stroke-width:4px"
    }
  }

  /// Mermaid's node shapes: start a stadium, fork a trapezoid (one in, several out), condition
  /// a diamond, wait a flag, delay a parallelogram, question a hexagon, operation a rectangle,
  /// subprocess a subroutine box, end a double circle, a branch end a small circle.
  static func brackets(of shape: Diagram.Shape) -> (String, String) {
    switch shape {
    case .start: return ("([", "])")
    case .fork: return ("[/", "\\]")
    case .condition: return ("{", "}")
    case .wait: return (">", "]")
    case .delay: return ("[/", "/]")
    case .question: return ("{{", "}}")
    case .operation: return ("[", "]")
    case .subprocess: return ("[[", "]]")
    case .end: return ("(((", ")))")
    case .branchEnd: return ("((", "))")
    }
  }

  /// A text as it goes between the quotes of a Mermaid label.
  ///
  /// Mermaid has no backslash escapes: a character is written `#code;`, which it turns into the
  /// HTML entity `&#code;` (and `#quot;` into `&quot;`). So `"` is `#quot;`, and `#` itself is
  /// `#35;`, or a title's `#9829;` would become a heart. The characters that are syntax
  /// anywhere near a label (brackets, `|`, `;`, `%`, `` ` ``, `\`) and those HTML reads
  /// (`<`, `>`, `&`) are written as codes too: Mermaid shows labels as HTML, and a label that
  /// begins with a backquote is read as Markdown. Line breaks, which would end the statement,
  /// become `<br>`; other control characters, spaces.
  ///
  /// One more trap: before parsing, Mermaid drops the last `;` of any line that says `style`
  /// or `classDef` before a `:` and a `#`, which would cut an entity short. Their first letter
  /// is written as a code too, so a label never says either word.
  static func escape(_ text: String) -> String {
    var result = ""
    var scalars = text.unicodeScalars[...]
    while let scalar = scalars.popFirst() {
      switch scalar {
      case "\"": result += "#quot;"
      case "#", "&", "<", ">", "|", "[", "]", "{", "}", "(", ")", ";", "%", "`", "\\":
        result += "#\(scalar.value);"
      case "\r":
        if scalars.first == "\n" { scalars.removeFirst() }
        result += "<br>"
      case "\n", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}": result += "<br>"
      case "s" where scalars.starts(with: "tyle".unicodeScalars),
        "c" where scalars.starts(with: "lassDef".unicodeScalars):
        result += "#\(scalar.value);"
      default:
        if scalar.value < 0x20 || scalar.value == 0x7F {
          result += " "
        } else {
          result.unicodeScalars.append(scalar)
        }
      }
    }
    return result
  }
}
