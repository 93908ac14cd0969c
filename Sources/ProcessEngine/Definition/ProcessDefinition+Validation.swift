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
    func error(_ index: Int?, _ suffix: String, _ reason: DefinitionProblem.Reason) {
      let path = index.map { "blocks[\($0)]\(suffix)" } ?? suffix
      problems.append(DefinitionProblem(.error, path: path, block: index.flatMap(id), reason))
    }
    func warning(_ index: Int, _ suffix: String, _ reason: DefinitionProblem.Reason) {
      problems.append(
        DefinitionProblem(.warning, path: "blocks[\(index)]\(suffix)", block: id(index), reason))
    }
    func isPlaceholder(_ index: Int) -> Bool { index < placeholders.count && placeholders[index] }
    let hasPlaceholders = placeholders.contains(true)
    // "Did you mean" costs an edit distance per candidate; see `Suggestion.closest(…budget:)`.
    var suggestionBudget = 200_000

    // Limits: the session format has no room for more (see `Limits`). Past the block limit the
    // checks below still run, on positions kept as `Int`; only the destinations stay unset.
    let fitsBlockIndex = blocks.count <= Limits.blocks
    if !fitsBlockIndex {
      error(nil, "blocks", .tooManyBlocks(blocks.count))
    }
    if counters.count > Limits.counters {
      error(nil, "counters", .tooManyCounters(counters.count))
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
      error(index, index == nil ? "entry" : ".condition", .conditionTooDeep)
    }

    // Ids: unique; the first of two equal ids is the one exits lead to.
    var indexByID: [String: Int] = [:]
    indexByID.reserveCapacity(blocks.count)
    for (index, block) in blocks.enumerated() where !block.id.isEmpty {
      if let first = indexByID[block.id] {
        error(index, ".id", .idTwice(block.id, first: first))
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
      error(nil, "blocks", .noStart)
    }
    for index in starts.dropFirst() {
      error(index, ".type", .secondStart(first: blocks[starts[0]].id))
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
            warning(index, suffix, .emptyExit(exit.name))
          }
          continue
        }
        guard let destination = indexByID[target] else {
          if ids == nil { ids = blocks.map(\.id) }
          let suggestion = Suggestion.closest(
            to: target, among: ids ?? [], budget: &suggestionBudget)
          error(index, suffix, .missingBlock(target, suggestion: suggestion))
          continue
        }
        successors[index].append(destination)
        if fitsBlockIndex {
          result.blocks[index].exits[position].destination = BlockIndex(destination)
        }
      }
      if isFork && block.exits.isEmpty && !isPlaceholder(index) {
        warning(index, ".exits", .forkWithoutExits)
      }
    }

    // What the entry condition and each block need of the object, and sub-processes.
    if object == .user && !entry.nests(deeperThan: Limits.conditionDepth) && entry.needsOrder {
      error(nil, "entry", .conditionReadsOrder)
    }
    for (index, block) in blocks.enumerated() where !isPlaceholder(index) {
      switch block.kind {
      case .condition(let condition), .wait(let condition, _):
        if object == .user && !tooDeep[index] && condition.needsOrder {
          error(index, ".condition", .conditionReadsOrder)
        }
      case .question(let question):
        if question.options.count > Limits.optionsPerQuestion {
          error(index, ".options", .tooManyOptions(question.options.count))
        }
      case .operation(let operations):
        for operation in operations where object == .user && operation.needsOrder {
          error(index, "", .actionNeedsOrder(operation.actionName))
        }
      case .delay(.until(.orderField)):
        if object == .user {
          error(index, ".until", .orderFieldForUsers)
        }
      case .subprocess(let process):
        let child = process == name ? self : catalog(process)
        guard let child else {
          error(index, ".process", .noSubprocess(process))
          continue
        }
        if child.object != object {
          error(index, ".process", .subprocessObject(process, child: child.object))
        }
        let (names, rank) = ends(of: child)
        for exit in block.exits where rank[exit.name] == nil {
          error(index, ".exits.\(exit.name)", .noEndNamed(exit.name, process: process, ends: names))
        }
        let exitNames = Set(block.exits.map(\.name))
        for end in names where !exitNames.contains(end) {
          warning(index, ".exits", .noExitForEnd(end))
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
            error(index, ".options[\(position)]", .variableKindClash(variable, elsewhere: known))
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
          warning(index, suffix, .variableNeverSet(name))
        }
        return
      }
      if known != kind {
        error(index, suffix, .variableKindNeeded(name, holds: known))
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
        index, "", .tooManyVariables(count: variables.count, first: variables[Limits.variables]))
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
        error(index, "", .unreachable(blocks[index].id))
      }
    }

    // Instant cycles: a loop of blocks that all pass a token on at once would never let go of it.
    let instant = blocks.indices.map { !isPlaceholder($0) && blocks[$0].kind.isInstant }
    for cycle in Self.instantCycles(successors: successors, instant: instant) {
      error(cycle[0], "", .instantCycle((cycle + [cycle[0]]).map { blocks[$0].id }))
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
