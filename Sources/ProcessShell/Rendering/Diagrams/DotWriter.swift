import Wording

/// A diagram in Graphviz's DOT language: for `dot -Tsvg` (what `--format svg` runs), or for
/// anyone who lays it out another way (`-Tpng`, another engine).
///
/// Nodes get generated ids (`n0`, `n1`, …) and every name and label is a quoted string
/// (`DotWriter.quote`); no record shapes are used, since those read `{`, `|` and `<` in a label
/// as fields. Marked nodes also get a `class` (`current`, `visited`), which Graphviz copies into
/// the SVG for a page's style sheet.
enum DotWriter {
  static func write(_ diagram: Diagram, language: Language) -> String {
    var heading = "\(diagram.name): \(diagram.title)"
    if let task = diagram.task {
      heading += "\n" + language.text(DiagramPhrase.legend, ["task": .text("\(task)")])
    }
    var text = "digraph \(quote(diagram.name)) {\n"
    text += "  graph [label=\(quote(heading)), labelloc=t, fontname=\"sans-serif\"];\n"
    text += "  node [fontname=\"sans-serif\", fontsize=11, margin=\"0.15,0.05\"];\n"
    text += "  edge [fontname=\"sans-serif\", fontsize=10];\n"
    for (index, node) in diagram.nodes.enumerated() {
      var attributes = node.block == nil ? ["label=\"\""] : ["label=\(quote(node.lines))"]
      attributes += shape(of: node.shape) + style(of: node.mark, shape: node.shape)
      text += "  n\(index) [\(attributes.joined(separator: ", "))];\n"
    }
    for edge in diagram.edges {
      text += "  n\(edge.from) -> n\(edge.to) [label=\(quote(edge.label))];\n"
    }
    return text + "}\n"
  }

  /// DOT's node shapes: start an ellipse, fork a trapezium (one in, several out), condition a
  /// diamond, wait a flag (`cds`), delay a parallelogram, question a hexagon, operation a box,
  /// subprocess a box with a double border, end a rounded box with a double border (a double
  /// circle grows to the width of its title), a branch end a dot.
  static func shape(of shape: Diagram.Shape) -> [String] {
    switch shape {
    case .start: return ["shape=ellipse"]
    case .fork: return ["shape=trapezium"]
    case .condition: return ["shape=diamond"]
    case .wait: return ["shape=cds"]
    case .delay: return ["shape=parallelogram"]
    case .question: return ["shape=hexagon"]
    case .operation: return ["shape=box"]
    case .subprocess: return ["shape=box", "peripheries=2"]
    case .end: return ["shape=box", "peripheries=2"]
    case .branchEnd: return ["shape=point", "width=0.12"]
    }
  }

  /// The colours of a mark, the same as `MermaidWriter`'s, with the rounded corners of an end
  /// (DOT takes one `style` for both).
  static func style(of mark: Diagram.Mark, shape: Diagram.Shape) -> [String] {
    let rounded = shape == .end ? ["rounded"] : []
    let styles: [String]
    var attributes: [String]
    switch mark {
    case .none:
      styles = rounded
      attributes = []
    case .visited:
      styles = rounded + ["filled"]
      attributes = ["class=\"visited\"", "fillcolor=\"#dbeafe\"", "color=\"#1d4ed8\""]
    case .current:
      styles = rounded + ["filled", "bold"]
      attributes = [
        "class=\"current\"", "fillcolor=\"#ffe08a\"", "color=\"#d62728\"", "penwidth=3",
      ]
    }
    if !styles.isEmpty { attributes.insert("style=\"\(styles.joined(separator: ","))\"", at: 0) }
    return attributes
  }

  /// Lines as one label, broken where they break.
  static func quote(_ lines: [String]) -> String {
    quote(lines.joined(separator: "\n"))
  }

  /// A text as a DOT quoted string.
  ///
  /// Inside quotes DOT itself reads only `\"`; but a label then reads `\n`, `\l`, `\N`, `\G`
  /// and the like, and `\\` as one backslash. So `\` is doubled (a title's `\N` stays two
  /// characters, not the node's name) and `"` is `\"`. Graphviz also reads HTML entities in a
  /// label (`&alpha;` is drawn α), so `&` is `&amp;`. A line break is `\n`, which Graphviz
  /// centres as the next line; other control characters become spaces.
  static func quote(_ text: String) -> String {
    var result = "\""
    var scalars = text.unicodeScalars[...]
    while let scalar = scalars.popFirst() {
      switch scalar {
      case "\\": result += "\\\\"
      case "\"": result += "\\\""
      case "&": result += "&amp;"
      case "\r":
        if scalars.first == "\n" { scalars.removeFirst() }
        result += "\\n"
      case "\n", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}": result += "\\n"
      default:
        if scalar.value < 0x20 || scalar.value == 0x7F {
          result += " "
        } else {
          result.unicodeScalars.append(scalar)
        }
      }
    }
    return result + "\""
  }
}
