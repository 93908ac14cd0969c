/// Validation (SPEC §4.2): everything that would make a definition misbehave is found before the
/// definition is used, each problem naming the block id and the JSON path.
extension ProcessDefinition {
  /// The definition with every exit's destination resolved, and the problems found. Use it only if
  /// no problem is an error.
  ///
  /// `catalog` finds the definitions `subprocess` blocks name (this definition finds itself).
  /// Every pass is linear in the size of the definition (or n log n), so a generated definition
  /// of 100,000 blocks, options or exits is judged in about a second.
  public func validated(
    catalog: (String) -> ProcessDefinition?
  ) -> (definition: ProcessDefinition, problems: [DefinitionProblem]) {
    validated(catalog: catalog, placeholders: [])
  }

  /// `placeholders[i]` says block `i` stands in for one that could not be decoded (its problems
  /// are reported already): only its id and exits mean anything, so it is checked for nothing
  /// else, and it counts as waiting (it must not make up an instant cycle).
  func validated(
    catalog: (String) -> ProcessDefinition?, placeholders: [Bool]
  ) -> (definition: ProcessDefinition, problems: [DefinitionProblem]) {
    var result = self
    var problems: [DefinitionProblem] = []
    func id(_ index: Int) -> String? { blocks[index].id.isEmpty ? nil : blocks[index].id }
    func error(_ index: Int?, _ suffix: String, _ message: String) {
      let path = index.map { "blocks[\($0)]\(suffix)" } ?? suffix
      problems.append(DefinitionProblem(.error, path: path, block: index.flatMap(id), message))
    }
    func warning(_ index: Int, _ suffix: String, _ message: String) {
      problems.append(
        DefinitionProblem(.warning, path: "blocks[\(index)]\(suffix)", block: id(index), message))
    }
    func isPlaceholder(_ index: Int) -> Bool { index < placeholders.count && placeholders[index] }
    let hasPlaceholders = placeholders.contains(true)
    // "Did you mean" costs an edit distance per candidate; see `Suggestion.closest(…budget:)`.
    var suggestionBudget = 200_000

    // Limits: the session format has no room for more (see `Limits`). Past the block limit the
    // checks below still run, on positions kept as `Int`; only the destinations stay unset.
    let fitsBlockIndex = blocks.count <= Limits.blocks
    if !fitsBlockIndex {
      error(
        nil, "blocks",
        "a process may have at most \(Limits.blocks.grouped) blocks; this one has \(blocks.count.grouped)"
      )
    }
    if counters.count > Limits.counters {
      error(
        nil, "counters",
        "a process may have at most \(Limits.counters) counters; this one has \(counters.count.grouped)"
      )
    }
    let conditions: [(index: Int?, condition: Condition)] =
      [(nil, entry)]
      + blocks.indices.compactMap { index in
        switch blocks[index].kind {
        case .condition(let condition), .wait(let condition, _):
          return isPlaceholder(index) ? nil : (index, condition)
        case .start, .fork, .delay, .question, .operation, .subprocess, .end: return nil
        }
      }
    // Parsing refuses deeper conditions; one built in code is checked here, without recursing
    // deeper than the limit, before anything else walks it.
    var tooDeep = [Bool](repeating: false, count: blocks.count)
    for (index, condition) in conditions where condition.nests(deeperThan: Limits.conditionDepth) {
      if let index { tooDeep[index] = true }
      error(
        index, index == nil ? "entry" : ".condition",
        "the condition nests more than \(Limits.conditionDepth) levels deep")
    }

    // Ids: unique; the first of two equal ids is the one exits lead to.
    var indexByID: [String: Int] = [:]
    indexByID.reserveCapacity(blocks.count)
    for (index, block) in blocks.enumerated() where !block.id.isEmpty {
      if let first = indexByID[block.id] {
        error(index, ".id", "the id '\(block.id)' is already used by blocks[\(first)]")
      } else {
        indexByID[block.id] = index
      }
    }

    // Exactly one start.
    let starts = blocks.indices.filter {
      if case .start = blocks[$0].kind { return !isPlaceholder($0) } else { return false }
    }
    // A block that could not be read may be the start: then saying there is none would mislead.
    if starts.isEmpty && !hasPlaceholders {
      error(nil, "blocks", "there is no start block; add one block of type \"start\"")
    }
    for index in starts.dropFirst() {
      error(
        index, ".type",
        "a second start block (the first is block \(blocks[starts[0]].id)); a process has one")
    }

    // The end names of each process sub-processes name, with each name's rank: found once per
    // child, not once per block (a definition may run itself from thousands of blocks).
    var childEnds: [String: (names: [String], rank: [String: Int])] = [:]
    func ends(of child: ProcessDefinition) -> (names: [String], rank: [String: Int]) {
      if let known = childEnds[child.name] { return known }
      let names = child.endNames
      let rank = Dictionary(names.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
      childEnds[child.name] = (names, rank)
      return (names, rank)
    }

    // Sub-process exits are chosen by name, so their order in the file carries no meaning: list
    // them in the order of the child's end blocks, which also makes the definition's form unique.
    for (index, block) in blocks.enumerated() where !isPlaceholder(index) {
      guard case .subprocess(let process) = block.kind,
        let child = process == name ? self : catalog(process)
      else {
        continue
      }
      let rank = ends(of: child).rank
      result.blocks[index].exits.sort { a, b in
        let (x, y) = (rank[a.name] ?? rank.count, rank[b.name] ?? rank.count)
        return x != y ? x < y : a.name.utf8.lexicographicallyPrecedes(b.name.utf8)
      }
    }

    // Wiring. `successors[i]` are the positions block i's exits lead to, in exit order; the
    // graph checks below read them rather than the 16-bit destinations.
    var successors = [[Int]](repeating: [], count: blocks.count)
    var ids: [String]? = nil
    for (index, block) in result.blocks.enumerated() {
      let isFork = if case .fork = block.kind { true } else { false }
      for (position, exit) in block.exits.enumerated() {
        let suffix = isFork ? ".exits[\(position)]" : ".exits.\(exit.name)"
        guard let target = exit.target else {
          if !isPlaceholder(index) && block.kind.mayTake(exit: exit.name) {
            warning(
              index, suffix, "the exit '\(exit.name)' is empty: a token that takes it ends there")
          }
          continue
        }
        guard let destination = indexByID[target] else {
          var message = "leads to block '\(target)', which does not exist"
          if ids == nil { ids = blocks.map(\.id) }
          if let suggestion = Suggestion.closest(
            to: target, among: ids ?? [], budget: &suggestionBudget)
          {
            message += "; did you mean '\(suggestion)'?"
          }
          error(index, suffix, message)
          continue
        }
        successors[index].append(destination)
        if fitsBlockIndex {
          result.blocks[index].exits[position].destination = BlockIndex(destination)
        }
      }
      if isFork && block.exits.isEmpty && !isPlaceholder(index) {
        warning(index, ".exits", "a fork without exits ends its token")
      }
    }

    // What each block needs of the object, and sub-processes.
    for (index, block) in blocks.enumerated() where !isPlaceholder(index) {
      switch block.kind {
      case .condition(let condition), .wait(let condition, _):
        if object == .user && !tooDeep[index] && condition.needsOrder {
          error(
            index, ".condition", "this condition reads an order, but the process runs over users")
        }
      case .question(let question):
        if question.options.count > Limits.optionsPerQuestion {
          error(
            index, ".options",
            "a question may have at most \(Limits.optionsPerQuestion) options; this one has \(question.options.count.grouped)"
          )
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
        let (names, rank) = ends(of: child)
        for exit in block.exits where rank[exit.name] == nil {
          error(
            index, ".exits.\(exit.name)",
            "'\(process)' has no end block named '\(exit.name)'; its ends are \(Suggestion.list(names, conjunction: "and", atMost: 10))"
          )
        }
        let exitNames = Set(block.exits.map(\.name))
        for end in names where !exitNames.contains(end) {
          warning(
            index, ".exits", "no exit for the child's end '\(end)': a token that gets it ends there"
          )
        }
      case .start, .fork, .delay, .end:
        break
      }
    }

    // Variables: each has one kind (a date or a text), and is written before it can be read.
    var variableKinds: [String: ArgumentKind] = [:]
    for (index, block) in blocks.enumerated() where !isPlaceholder(index) {
      guard case .question(let question) = block.kind else { continue }
      for (position, option) in question.options.enumerated() {
        guard let variable = option.variable, let kind = option.argument else { continue }
        if let known = variableKinds[variable] {
          if known != kind {
            error(
              index, ".options[\(position)]",
              "the variable '\(variable)' holds a \(known.rawValue) elsewhere, a \(kind.rawValue) here"
            )
          }
        } else {
          variableKinds[variable] = kind
        }
      }
    }
    func checkRead(_ name: String, as kind: ArgumentKind, _ index: Int, _ suffix: String) {
      guard let known = variableKinds[name] else {
        // The answer that stores it may be in a block that could not be read.
        if !hasPlaceholders {
          warning(index, suffix, "no answer stores the variable '\(name)', so it is never set")
        }
        return
      }
      if known != kind {
        error(
          index, suffix,
          "the variable '\(name)' holds a \(known.rawValue), but a \(kind.rawValue) is needed here"
        )
      }
    }
    for (index, block) in blocks.enumerated() where !isPlaceholder(index) {
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
    // Named at the block where the first variable past the limit appears.
    let variables = variables
    if variables.count > Limits.variables, let index = firstUse(of: variables[Limits.variables]) {
      error(
        index, "",
        "a process may use at most \(Limits.variables) task variables; this one uses \(variables.count.grouped) ('\(variables[Limits.variables])' is the \(Limits.variables + 1)th)"
      )
    }

    // Reachability from the start.
    if let start = starts.first {
      var reached = [Bool](repeating: false, count: blocks.count)
      var stack = [start]
      reached[start] = true
      while let index = stack.popLast() {
        for next in successors[index] where !reached[next] {
          reached[next] = true
          stack.append(next)
        }
      }
      for index in blocks.indices where !reached[index] && !blocks[index].id.isEmpty {
        error(index, "", "block \(blocks[index].id) cannot be reached from the start block")
      }
    }

    // Instant cycles: a loop of blocks that all pass a token on at once would never let go of it.
    let instant = blocks.indices.map { !isPlaceholder($0) && blocks[$0].kind.isInstant }
    for cycle in Self.instantCycles(successors: successors, instant: instant) {
      let ids = (cycle + [cycle[0]]).map { blocks[$0].id }.joined(separator: " → ")
      error(
        cycle[0], "",
        "an instant cycle \(ids): nothing on it waits, so a token would loop forever; put a delay, wait, question or subprocess on it"
      )
    }

    return (result, problems)
  }

  /// The position of the first block using `variable`, in the order `variables` lists them.
  private func firstUse(of variable: String) -> Int? {
    blocks.indices.first { index in
      switch blocks[index].kind {
      case .question(let question): return question.options.contains { $0.variable == variable }
      case .delay(.until(.variable(let name))): return name == variable
      case .operation(let operations):
        return operations.contains { $0.variablesRead.contains(variable) }
      case .start, .fork, .condition, .wait, .delay, .subprocess, .end: return false
      }
    }
  }
}
