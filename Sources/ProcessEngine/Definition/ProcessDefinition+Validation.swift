/// Validation (SPEC §4.2): everything that would make a definition misbehave is found before the
/// definition is used, each problem naming the block id and the JSON path.
extension ProcessDefinition {
  /// The definition with every exit's destination resolved, and the problems found. Use it only if
  /// no problem is an error.
  ///
  /// `catalog` finds the definitions `subprocess` blocks name (this definition finds itself).
  public func validated(
    catalog: (String) -> ProcessDefinition?
  ) -> (definition: ProcessDefinition, problems: [DefinitionProblem]) {
    var result = self
    var problems: [DefinitionProblem] = []
    func error(_ index: Int?, _ suffix: String, _ message: String) {
      let path = index.map { "blocks[\($0)]\(suffix)" } ?? suffix
      problems.append(
        DefinitionProblem(.error, path: path, block: index.map { blocks[$0].id }, message))
    }
    func warning(_ index: Int, _ suffix: String, _ message: String) {
      problems.append(
        DefinitionProblem(
          .warning, path: "blocks[\(index)]\(suffix)", block: blocks[index].id, message))
    }

    // Ids: unique; the first of two equal ids is the one exits lead to.
    var indexByID: [String: Int] = [:]
    for (index, block) in blocks.enumerated() {
      if let first = indexByID[block.id] {
        error(index, ".id", "the id '\(block.id)' is already used by blocks[\(first)]")
      } else {
        indexByID[block.id] = index
      }
    }

    // Exactly one start.
    let starts = blocks.indices.filter {
      if case .start = blocks[$0].kind { return true } else { return false }
    }
    if starts.isEmpty {
      error(nil, "blocks", "there is no start block; add one block of type \"start\"")
    }
    for index in starts.dropFirst() {
      error(
        index, ".type",
        "a second start block (the first is block \(blocks[starts[0]].id)); a process has one")
    }

    // Sub-process exits are chosen by name, so their order in the file carries no meaning: list
    // them in the order of the child's end blocks, which also makes the definition's form unique.
    for (index, block) in blocks.enumerated() {
      guard case .subprocess(let process) = block.kind,
        let child = process == name ? self : catalog(process)
      else {
        continue
      }
      let ends = child.endNames
      result.blocks[index].exits.sort { a, b in
        let (x, y) = (
          ends.firstIndex(of: a.name) ?? ends.count, ends.firstIndex(of: b.name) ?? ends.count
        )
        return x != y ? x < y : a.name.utf8.lexicographicallyPrecedes(b.name.utf8)
      }
    }

    // Wiring.
    for (index, block) in result.blocks.enumerated() {
      let isFork = if case .fork = block.kind { true } else { false }
      for (position, exit) in block.exits.enumerated() {
        let suffix = isFork ? ".exits[\(position)]" : ".exits.\(exit.name)"
        guard let target = exit.target else {
          warning(
            index, suffix, "the exit '\(exit.name)' is empty: a token that takes it ends there")
          continue
        }
        guard let destination = indexByID[target] else {
          var message = "leads to block '\(target)', which does not exist"
          if let suggestion = Suggestion.closest(to: target, among: blocks.map(\.id)) {
            message += "; did you mean '\(suggestion)'?"
          }
          error(index, suffix, message)
          continue
        }
        result.blocks[index].exits[position].destination = BlockIndex(destination)
      }
      if isFork && block.exits.isEmpty {
        warning(index, ".exits", "a fork without exits ends its token")
      }
    }

    // What each block needs of the object, and sub-processes.
    for (index, block) in blocks.enumerated() {
      switch block.kind {
      case .condition(let condition), .wait(let condition, _):
        if object == .user && condition.needsOrder {
          error(
            index, ".condition", "this condition reads an order, but the process runs over users")
        }
      case .operation(let operations):
        for operation in operations where object == .user && operation.needsOrder {
          error(
            index, "", "'\(operation.actionName)' needs an order, but the process runs over users")
        }
      case .delay(.until(.orderField)):
        if object == .user {
          error(index, ".until", "an order field, but the process runs over users")
        }
      case .subprocess(let process):
        let child = process == name ? self : catalog(process)
        guard let child else {
          error(index, ".process", "there is no process '\(process)'; load it before this one")
          continue
        }
        if child.object != object {
          error(
            index, ".process",
            "'\(process)' runs over \(child.object.rawValue)s, this process over \(object.rawValue)s"
          )
        }
        let ends = child.endNames
        for exit in block.exits where !ends.contains(exit.name) {
          error(
            index, ".exits.\(exit.name)",
            "'\(process)' has no end block named '\(exit.name)'; its ends are \(Suggestion.list(ends, conjunction: "and"))"
          )
        }
        for end in ends where block.exit(named: end) == nil {
          warning(
            index, ".exits", "no exit for the child's end '\(end)': a token that gets it ends there"
          )
        }
      case .start, .fork, .delay, .question, .end:
        break
      }
    }

    // Variables: each has one kind (a date or a text), and is written before it can be read.
    var variableKinds: [(name: String, kind: ArgumentKind)] = []
    for (index, block) in blocks.enumerated() {
      guard case .question(let question) = block.kind else { continue }
      for (position, option) in question.options.enumerated() {
        guard let variable = option.variable, let kind = option.argument else { continue }
        if let known = variableKinds.first(where: { $0.name == variable }) {
          if known.kind != kind {
            error(
              index, ".options[\(position)]",
              "the variable '\(variable)' holds a \(known.kind.rawValue) elsewhere, a \(kind.rawValue) here"
            )
          }
        } else {
          variableKinds.append((variable, kind))
        }
      }
    }
    func checkRead(_ name: String, as kind: ArgumentKind, _ index: Int, _ suffix: String) {
      guard let known = variableKinds.first(where: { $0.name == name }) else {
        warning(index, suffix, "no answer stores the variable '\(name)', so it is never set")
        return
      }
      if known.kind != kind {
        error(
          index, suffix,
          "the variable '\(name)' holds a \(known.kind.rawValue), but a \(kind.rawValue) is needed here"
        )
      }
    }
    for (index, block) in blocks.enumerated() {
      switch block.kind {
      case .delay(.until(.variable(let name))):
        checkRead(name, as: .date, index, ".until")
      case .operation(let operations):
        for operation in operations {
          switch operation {
          case .setStatus(_, .variable(let name, _)): checkRead(name, as: .text, index, "")
          case .setUserField(_, .variable(let name, _)): checkRead(name, as: .text, index, "")
          case .setOrderDate(_, .variable(let name)): checkRead(name, as: .date, index, "")
          case .setStatus, .assignManager, .setUserField, .setOrderDate, .sendMessage, .setCounter,
            .addCounter:
            break
          }
        }
      case .start, .fork, .condition, .wait, .delay, .question, .subprocess, .end:
        break
      }
    }

    // Reachability from the start.
    if let start = starts.first {
      var reached = [Bool](repeating: false, count: blocks.count)
      var stack = [start]
      reached[start] = true
      while let index = stack.popLast() {
        for exit in result.blocks[index].exits {
          if let next = exit.destination?.index, !reached[next] {
            reached[next] = true
            stack.append(next)
          }
        }
      }
      for index in blocks.indices where !reached[index] {
        error(index, "", "block \(blocks[index].id) cannot be reached from the start block")
      }
    }

    // Instant cycles: a loop of blocks that all pass a token on at once would never let it go.
    for cycle in result.instantCycles() {
      let ids = (cycle + [cycle[0]]).map { blocks[$0].id }.joined(separator: " → ")
      error(
        cycle[0], "",
        "an instant cycle \(ids): nothing on it waits, so a token would loop forever; put a delay, wait, question or subprocess on it"
      )
    }

    return (result, problems)
  }

  /// The cycles made only of instant blocks, each as block positions starting at its lowest, found
  /// with Tarjan's strongly connected components over the resolved exits.
  func instantCycles() -> [[Int]] {
    let count = blocks.count
    var order = [Int](repeating: -1, count: count)
    var low = [Int](repeating: 0, count: count)
    var onStack = [Bool](repeating: false, count: count)
    var stack: [Int] = []
    var counter = 0
    var cycles: [[Int]] = []

    func successors(_ index: Int) -> [Int] {
      guard blocks[index].kind.isInstant else { return [] }
      return blocks[index].exits.compactMap { exit in
        guard let next = exit.destination?.index, blocks[next].kind.isInstant else { return nil }
        return next
      }
    }

    // Iterative, so a long chain of blocks cannot overflow the stack.
    for root in 0..<count where order[root] < 0 && blocks[root].kind.isInstant {
      var work: [(node: Int, next: Int)] = [(root, 0)]
      order[root] = counter
      low[root] = counter
      counter += 1
      stack.append(root)
      onStack[root] = true
      while let (node, position) = work.last {
        let next = successors(node)
        if position < next.count {
          work[work.count - 1].next += 1
          let child = next[position]
          if order[child] < 0 {
            order[child] = counter
            low[child] = counter
            counter += 1
            stack.append(child)
            onStack[child] = true
            work.append((child, 0))
          } else if onStack[child] {
            low[node] = min(low[node], order[child])
          }
          continue
        }
        work.removeLast()
        if let parent = work.last?.node { low[parent] = min(low[parent], low[node]) }
        if low[node] == order[node] {
          var component: [Int] = []
          while let top = stack.popLast() {
            onStack[top] = false
            component.append(top)
            if top == node { break }
          }
          let selfLoop = component.count == 1 && successors(node).contains(node)
          if component.count > 1 || selfLoop {
            cycles.append(cyclePath(through: component.sorted(), successors: successors))
          }
        }
      }
    }
    return cycles.sorted { $0[0] < $1[0] }
  }

  /// One simple cycle inside a strongly connected component, from its lowest block, for the error
  /// message.
  private func cyclePath(through component: [Int], successors: (Int) -> [Int]) -> [Int] {
    let members = Set(component)
    let start = component[0]
    // Breadth-first from start back to start, staying inside the component.
    var previous: [Int: Int] = [:]
    var queue = [start]
    var head = 0
    var found = false
    while head < queue.count, !found {
      let node = queue[head]
      head += 1
      for next in successors(node) where members.contains(next) {
        if next == start {
          previous[start] = node
          found = true
          break
        }
        if previous[next] == nil {
          previous[next] = node
          queue.append(next)
        }
      }
    }
    var path: [Int] = []
    var node = previous[start] ?? start
    while node != start {
      path.append(node)
      node = previous[node] ?? start
    }
    path.append(start)
    return path.reversed()
  }
}
