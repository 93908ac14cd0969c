import Testing

/// A strict reader of the Mermaid flowcharts procsh writes, standing in for Mermaid itself
/// (mermaid-cli needs npm, which this machine cannot reach). Every line must be one statement of
/// the small grammar below, or reading fails naming the line; every label must be one quoted
/// string with no raw quote, line break, bracket, `|`, `;`, `%`, backquote, backslash or HTML
/// character, every `#` the start of an entity code Mermaid knows, and no `style` or `classDef`
/// inside (Mermaid's preprocessor rewrites lines that say those). Labels are decoded as Mermaid
/// shows them, so a test compares them with what they should say.
///
///     flowchart TD
///     n0(["1 · start<br>Start"])           a node: id, shape brackets, "label"
///     n0 -->|"next"| n1                    an edge with its "label"
///     classDef current fill:#ffe08a,…      a class
///     class n2,n4 current                  nodes in a class
struct MermaidFlowchart {
  struct Node {
    let id: String
    /// The opening bracket, which names the shape: `([`, `{{`, `(((`…
    let shape: String
    let label: String
  }

  struct Edge {
    let from: String
    let to: String
    let label: String
  }

  struct Problem: Error, CustomStringConvertible {
    let line: Int
    let text: String
    let reason: String
    var description: String { "line \(line): \(reason): \(text)" }
  }

  private(set) var nodes: [Node] = []
  private(set) var edges: [Edge] = []
  private(set) var classes: [String: [String]] = [:]
  private(set) var classDefinitions: Set<String> = []

  /// The shapes' brackets, opening to closing.
  static let brackets: [(String, String)] = [
    ("(((", ")))"), ("([", "])"), ("[[", "]]"), ("[/", "\\]"), ("[/", "/]"), ("{{", "}}"),
    ("((", "))"), ("{", "}"), (">", "]"), ("[", "]"),
  ]

  init(parsing text: String) throws(Problem) {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    guard lines.first == "flowchart TD" else {
      throw Problem(line: 1, text: lines.first ?? "", reason: "not a flowchart")
    }
    guard lines.last == "" else {
      throw Problem(line: lines.count, text: lines.last!, reason: "no final line break")
    }
    for (index, line) in lines.enumerated().dropFirst().dropLast() {
      func problem(_ reason: String) -> Problem {
        Problem(line: index + 1, text: line, reason: reason)
      }
      if let match = line.wholeMatch(of: #/  (n[0-9]+) -->\|"([^"]*)"\| (n[0-9]+)/#) {
        edges.append(
          Edge(
            from: String(match.1), to: String(match.3),
            label: try Self.decode(String(match.2), problem: problem)))
      } else if let match = line.wholeMatch(of: #/  classDef ([a-z]+) ([a-z0-9#:,.-]+)/#) {
        classDefinitions.insert(String(match.1))
      } else if let match = line.wholeMatch(of: #/  class (n[0-9]+(?:,n[0-9]+)*) ([a-z]+)/#) {
        classes[String(match.2), default: []] += match.1.split(separator: ",").map(String.init)
      } else if let match = line.wholeMatch(of: #/  (n[0-9]+)([^"]+)"([^"]*)"([^"]+)/#) {
        let (open, close) = (String(match.2), String(match.4))
        guard Self.brackets.contains(where: { $0 == (open, close) }) else {
          throw problem("unknown shape \(open)…\(close)")
        }
        guard !nodes.contains(where: { $0.id == match.1 }) else { throw problem("a second node") }
        nodes.append(
          Node(
            id: String(match.1), shape: open,
            label: try Self.decode(String(match.3), problem: problem)
          ))
      } else {
        throw problem("not a statement procsh writes")
      }
    }
    let ids = Set(nodes.map(\.id))
    for edge in edges where !ids.contains(edge.from) || !ids.contains(edge.to) {
      throw Problem(line: 0, text: "\(edge)", reason: "an edge to a node that is not there")
    }
    for (name, members) in classes {
      guard classDefinitions.contains(name) else {
        throw Problem(line: 0, text: name, reason: "a class without a classDef")
      }
      for id in members where !ids.contains(id) {
        throw Problem(line: 0, text: id, reason: "a class of a node that is not there")
      }
    }
  }

  /// A label as Mermaid shows it: entity codes decoded, `<br>` a line break.
  static func decode(_ label: String, problem: (String) -> Problem) throws(Problem) -> String {
    for word in ["style", "classDef"] where label.contains(word) {
      throw problem("'\(word)' in a label: Mermaid's preprocessor rewrites such lines")
    }
    var result = ""
    var rest = label[...]
    while let first = rest.first {
      if rest.hasPrefix("<br>") {
        result += "\n"
        rest = rest.dropFirst(4)
      } else if first == "#" {
        if rest.hasPrefix("#quot;") {
          result += "\""
          rest = rest.dropFirst(6)
        } else if let match = rest.prefixMatch(of: /#([0-9]+);/),
          let scalar = Unicode.Scalar(UInt32(match.1)!)
        {
          result.unicodeScalars.append(scalar)
          rest = rest[match.range.upperBound...]
        } else {
          throw problem("a '#' that starts no entity code")
        }
      } else if "\"\n\r<>&|[](){};%`\\".contains(first) {
        throw problem("a raw '\(first)' in a label")
      } else {
        result.append(first)
        rest = rest.dropFirst()
      }
    }
    return result
  }

  func node(_ id: String) -> Node? { nodes.first { $0.id == id } }
}
