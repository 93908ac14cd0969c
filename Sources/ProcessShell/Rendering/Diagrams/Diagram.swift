import ProcessEngine
import Wording

/// A process definition as a picture, before any notation: its blocks as nodes with a shape for
/// their type, its exits as labelled edges, all in the words of one language, and a task's
/// trail marked on it (`process show NAME --format mermaid|dot|svg [--task N]`).
///
/// The writers (`MermaidWriter`, `DotWriter`) only spell this out. Keeping what is drawn apart
/// from how each notation writes it means the two cannot disagree about the picture, and each
/// writer's escaping is the only thing left to get right in it.
struct Diagram: Equatable, Sendable {
  /// What a node looks like: one per block type, so a reader tells a question from a wait at a
  /// glance, and the small mark where an empty exit ends a branch.
  enum Shape: Equatable, Sendable {
    case start, fork, condition, wait, delay, question, operation, subprocess, end
    /// Where an empty exit (`null` in the file) ends the branch that takes it.
    case branchEnd
  }

  /// How a task's trail shows on a node.
  enum Mark: Equatable, Sendable {
    case none
    /// The task passed through the block.
    case visited
    /// One of the task's branches is in the block now.
    case current
  }

  struct Node: Equatable, Sendable {
    /// The block's id (`8`, `15e`); nil for a branch end.
    let block: String?
    /// The block's type as a person reads it (`question`, «вопрос»).
    let type: String
    /// The block's title in the language, or nil when the definition gives none (the type
    /// says it all then).
    let title: String?
    let shape: Shape
    var mark: Mark

    /// The lines a writer puts in the node: `8 · question`, then the title (which may hold
    /// line breaks of its own; each writer writes them its way).
    var lines: [String] {
      guard let block else { return [] }
      return ["\(block) · \(type)"] + (title.map { [$0] } ?? [])
    }
  }

  /// One exit: from a node to a node, with the exit's name.
  struct Edge: Equatable, Sendable {
    let from: Int
    let to: Int
    let label: String
  }

  /// The process's name (`order-processing`).
  let name: String
  /// Its title in the language.
  let title: String
  /// The blocks in the definition's order, then the branch ends.
  private(set) var nodes: [Node] = []
  private(set) var edges: [Edge] = []
  /// The task whose trail is marked, if any.
  let task: TaskID?

  /// The picture of `definition` in `language`, with `trail` marked on it.
  init(_ definition: ProcessDefinition, language: Language, trail: TaskTrail? = nil) {
    name = definition.name
    title = language.title(of: definition)
    task = trail?.task
    for (index, block) in definition.blocks.enumerated() {
      let titled = !block.title.isEmpty || !(block.russianTitle ?? "").isEmpty
      var mark = Mark.none
      if let trail {
        if trail.current.contains(index) {
          mark = .current
        } else if trail.visited.contains(index) {
          mark = .visited
        }
      }
      nodes.append(
        Node(
          block: block.id, type: language.name(of: block.kind),
          title: titled ? language.title(of: block) : nil, shape: Self.shape(of: block.kind),
          mark: mark))
    }
    for (index, block) in definition.blocks.enumerated() {
      for exit in block.exits where block.kind.mayTake(exit: exit.name) {
        let label = Self.label(of: exit, of: block, in: language)
        // An exit to a block the definition lacks cannot be loaded; drawn, it ends the branch.
        if let target = exit.target, let destination = definition.blockIndex(id: target) {
          edges.append(Edge(from: index, to: destination.index, label: label))
        } else {
          nodes.append(Node(block: nil, type: "", title: nil, shape: .branchEnd, mark: .none))
          edges.append(Edge(from: index, to: nodes.count - 1, label: label))
        }
      }
    }
  }

  /// The picture of `definition` with the trails of several tasks marked as one, and no task's
  /// legend: a block is current where any of them is now, visited where any has been (`report`
  /// draws each process once for all the orders it shows).
  init(_ definition: ProcessDefinition, language: Language, trails: [TaskTrail]) {
    self.init(definition, language: language)
    for index in nodes.indices where nodes[index].block != nil {
      if trails.contains(where: { $0.current.contains(index) }) {
        nodes[index].mark = .current
      } else if trails.contains(where: { $0.visited.contains(index) }) {
        nodes[index].mark = .visited
      }
    }
  }

  static func shape(of kind: BlockKind) -> Shape {
    switch kind {
    case .start: .start
    case .fork: .fork
    case .condition: .condition
    case .wait: .wait
    case .delay: .delay
    case .question: .question
    case .operation: .operation
    case .subprocess: .subprocess
    case .end: .end
    }
  }

  /// The exit's name as the definition writes it (`yes`, `timeout`, a fork's `1`, `2`, …); a
  /// question's option also with its kind mark, and in Russian its label, as the event lines
  /// write it: `yes «Да» (+)`.
  static func label(of exit: Exit, of block: Block, in language: Language) -> String {
    guard case .question(let question) = block.kind, let option = question.option(exit.name)
    else { return exit.name }
    let label = language == .russian ? language.label(of: option) : ""
    return option.key + (label.isEmpty ? "" : " «\(label)»") + " (\(option.kind.mark))"
  }
}
