import Foundation
import Testing

/// A built-in definition as its file in examples/processes/ says it, read with Foundation's JSON
/// reader rather than procsh's: what a diagram must show is taken from the file, not from the
/// code that draws it.
struct BuiltInDefinitionFile {
  struct Block {
    let id: String
    let type: String
    let englishTitle: String
    let russianTitle: String
    /// Each exit's name and target (nil for an empty exit); a fork's exits are named by their
    /// position, 1, 2, …, in the order they are taken.
    let exits: [(name: String, target: String?)]
    /// A question's options: key, kind mark (SPEC §12.2: + 0 −) and Russian label.
    let options: [(key: String, mark: String, russianLabel: String)]
    /// Whether a wait has a timeout (without one, its `timeout` exit is never taken).
    let hasTimeout: Bool
  }

  static let folder = "\(#filePath)".components(separatedBy: "/Tests/")[0] + "/examples/processes"

  let name: String
  let blocks: [Block]

  init(_ name: String) throws {
    self.name = name
    let data = try Data(contentsOf: URL(fileURLWithPath: "\(Self.folder)/\(name).json"))
    let document = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    let blocks = try #require(document["blocks"] as? [[String: Any]])
    self.blocks = try blocks.map { block in
      let title = block["title"] as? [String: String] ?? [:]
      var exits: [(name: String, target: String?)] = []
      if let fork = block["exits"] as? [Any] {
        for (index, target) in fork.enumerated() {
          exits.append(("\(index + 1)", target as? String))
        }
      } else if let named = block["exits"] as? [String: Any] {
        for (name, target) in named { exits.append((name, target as? String)) }
      }
      let marks = ["positive": "+", "neutral": "0", "negative": "-"]
      let options = try (block["options"] as? [[String: Any]] ?? []).map { option in
        let kind = try #require(option["kind"] as? String)
        return (
          key: try #require(option["key"] as? String), mark: try #require(marks[kind]),
          russianLabel: (option["label"] as? [String: String])?["ru"] ?? ""
        )
      }
      return Block(
        id: try #require(block["id"] as? String), type: try #require(block["type"] as? String),
        englishTitle: title["en"] ?? "", russianTitle: title["ru"] ?? "", exits: exits,
        options: options, hasTimeout: block["timeout"] != nil)
    }
  }

  /// The exits a diagram draws: all but the `timeout` of a wait without a timeout, which no
  /// token can take (SPEC §12.4).
  func drawnExits(of block: Block) -> [(name: String, target: String?)] {
    block.exits.filter { !(block.type == "wait" && !block.hasTimeout && $0.name == "timeout") }
  }
}
