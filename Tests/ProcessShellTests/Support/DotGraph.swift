/// A strict reader of the DOT procsh writes: `digraph "name" { … }` with attribute statements,
/// nodes and edges, every name and value an identifier, a number or a quoted string. A quoted
/// string may hold only the escapes procsh writes (`\\`, `\"`, `\n`) and no raw line break, so a
/// title that could end its string early, or start an escape Graphviz would act on (`\N`, `\l`),
/// fails the reading; so does an `&` that is not `&amp;` (Graphviz reads entities in labels).
/// Strings are decoded as Graphviz shows them in a label.
struct DotGraph {
  struct Edge {
    let from: String
    let to: String
    let attributes: [String: String]
  }

  struct Problem: Error, CustomStringConvertible {
    let offset: Int
    let reason: String
    var description: String { "at character \(offset): \(reason)" }
  }

  private(set) var name = ""
  private(set) var graphAttributes: [String: String] = [:]
  private(set) var nodes: [(id: String, attributes: [String: String])] = []
  private(set) var edges: [Edge] = []

  private enum Token: Equatable {
    case word(String)
    case string(String)
    case symbol(String)
  }

  init(parsing text: String) throws(Problem) {
    var tokens = try Self.tokens(of: text)[...]
    func next() throws(Problem) -> Token {
      guard let token = tokens.popFirst() else {
        throw Problem(offset: text.count, reason: "ended")
      }
      return token
    }
    func expect(_ symbol: String) throws(Problem) {
      let token = try next()
      guard token == .symbol(symbol) else {
        throw Problem(offset: 0, reason: "expected \(symbol), found \(token)")
      }
    }
    func value() throws(Problem) -> String {
      switch try next() {
      case .word(let word): return word
      case .string(let string): return string
      case .symbol(let symbol):
        throw Problem(offset: 0, reason: "expected a value, found \(symbol)")
      }
    }
    func attributes() throws(Problem) -> [String: String] {
      var result: [String: String] = [:]
      guard tokens.first == .symbol("[") else { return result }
      tokens.removeFirst()
      while tokens.first != .symbol("]") {
        let key = try value()
        try expect("=")
        result[key] = try value()
        if tokens.first == .symbol(",") { tokens.removeFirst() }
      }
      tokens.removeFirst()
      return result
    }
    guard try next() == .word("digraph") else { throw Problem(offset: 0, reason: "not a digraph") }
    name = try value()
    try expect("{")
    while tokens.first != .symbol("}") {
      let first = try value()
      if ["graph", "node", "edge"].contains(first) {
        let given = try attributes()
        if first == "graph" { graphAttributes.merge(given) { $1 } }
      } else if tokens.first == .symbol("->") {
        tokens.removeFirst()
        let to = try value()
        edges.append(Edge(from: first, to: to, attributes: try attributes()))
      } else {
        nodes.append((first, try attributes()))
      }
      try expect(";")
    }
    tokens.removeFirst()
    guard tokens.isEmpty else { throw Problem(offset: 0, reason: "more after the graph") }
  }

  func node(_ id: String) -> [String: String]? { nodes.first { $0.id == id }?.attributes }

  /// An unquoted DOT identifier or number, as procsh writes them: ASCII only.
  private static func isWordCharacter(_ character: Character) -> Bool {
    character.isASCII && (character.isLetter || character.isNumber || "_.".contains(character))
  }

  private static func tokens(of text: String) throws(Problem) -> [Token] {
    var tokens: [Token] = []
    let characters = Array(text)
    var index = 0
    while index < characters.count {
      let character = characters[index]
      if character.isWhitespace {
        index += 1
      } else if character == "\"" {
        var string = ""
        index += 1
        while true {
          guard index < characters.count else {
            throw Problem(offset: index, reason: "a string that never ends")
          }
          let inside = characters[index]
          if inside == "\"" { break }
          if inside == "\n" { throw Problem(offset: index, reason: "a line break in a string") }
          if inside == "\\" {
            index += 1
            switch index < characters.count ? characters[index] : " " {
            case "\\": string += "\\"
            case "\"": string += "\""
            case "n": string += "\n"
            case let other: throw Problem(offset: index, reason: "the escape \\\(other)")
            }
          } else if inside == "&" {
            guard characters[index...].starts(with: "&amp;") else {
              throw Problem(offset: index, reason: "an '&' Graphviz would read as an entity")
            }
            string += "&"
            index += 4
          } else {
            string.append(inside)
          }
          index += 1
        }
        index += 1
        tokens.append(.string(string))
      } else if character == "-", index + 1 < characters.count, characters[index + 1] == ">" {
        tokens.append(.symbol("->"))
        index += 2
      } else if "{}[]=;,".contains(character) {
        tokens.append(.symbol(String(character)))
        index += 1
      } else if isWordCharacter(character) {
        var word = ""
        while index < characters.count, isWordCharacter(characters[index]) {
          word.append(characters[index])
          index += 1
        }
        tokens.append(.word(word))
      } else {
        throw Problem(offset: index, reason: "an unexpected '\(character)'")
      }
    }
    return tokens
  }
}
