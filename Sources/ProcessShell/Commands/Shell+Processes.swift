import ProcessEngine

/// Process definitions: loading and validating files, and showing a graph block by block.
extension Shell {
  /// Reads and checks a definition file against the processes loaded now.
  func readDefinition(path: String) throws(ShellError) -> (ProcessDefinition, [DefinitionProblem]) {
    let bytes = try FileSystem.read(path)
    let engine = self.engine
    do throws(DefinitionErrors) {
      return try ProcessDefinition.load(
        bytes: bytes, catalog: { engine.currentProcess(named: $0)?.definition })
    } catch {
      throw .definition(path: path, problems: error.problems)
    }
  }

  func loadProcess(path: String, words: [Lexer.Word]) throws(ShellError) {
    let (definition, warnings) = try readDefinition(path: path)
    for warning in warnings { say(style.yellow("warning:") + " \(path): \(warning)") }
    try apply(.loadProcess(definition), words: words)
  }

  func validateProcess(path: String) throws(ShellError) {
    let (definition, warnings) = try readDefinition(path: path)
    say(
      "\(path): \(definition.name) is valid: \(definition.blocks.count) blocks, launch \(definition.launch.name)"
        + (warnings.isEmpty ? "" : ", \(warnings.count) warning\(warnings.count == 1 ? "" : "s")"))
    for warning in warnings { say("  warning: \(warning)") }
  }

  func showProcess(name: String, task taskID: TaskID?, json: Bool) throws(ShellError) {
    var process: LoadedProcess
    do throws(EngineError) {
      guard let current = engine.currentProcess(named: name) else {
        throw .unknownProcess(
          name, suggestion: Suggestion.closest(to: name, among: engine.processNames))
      }
      process = current
    } catch {
      throw .engine(error)
    }
    var branches: [Engine.Branch] = []
    if let taskID {
      guard let task = engine.task(taskID) else {
        throw .engine(.unknownTask(taskID, count: engine.tasks.count))
      }
      guard engine.process(task.definition).name == name else {
        throw .other("task \(taskID) runs \(engine.definition(of: task).name), not \(name)")
      }
      // The task may run an older version of the process: show that one.
      process = engine.process(task.definition)
      branches = engine.branches(of: taskID)
    }
    let definition = process.definition
    if json {
      guard case .object(var object) = definition.json else { return }
      if let taskID {
        object["task"] = .id(taskID)
        object["branches"] = .array(
          branches.map { ["block": .string(definition[$0.block].id), "since": .instant($0.since)] })
      }
      sayJSON(.object(object))
      return
    }
    var header =
      style.bold(definition.name)
      + ": \(definition.title) — over \(definition.object.rawValue)s, launch \(definition.launch.name)"
    if case .periodic(let interval) = definition.launch { header += " every \(interval)" }
    header += process.isStarted ? " (started)" : " (not started)"
    say(header)
    if definition.entry != .always {
      say("entry: \(definition.entry.text(counters: definition.counters))")
    }
    if !definition.counters.isEmpty {
      say("counters: \(definition.counters.joined(separator: ", "))")
    }
    var table = Table("", "BLOCK", "TYPE", "TITLE", "DOES", "EXITS")
    for (index, block) in definition.blocks.enumerated() {
      let here = branches.filter { $0.block.index == index }
      table.append([
        here.isEmpty ? "" : "▶", block.id, block.kind.typeName, block.title.truncated(32),
        describe(block.kind, counters: definition.counters).truncated(90), exits(of: block),
      ])
    }
    output.write(table.render(style: style))
    if let taskID {
      say("task \(taskID) is at:")
      for branch in branches {
        let label = "[\(definition[branch.block].id)] \(definition[branch.block].displayTitle)"
        switch branch.state {
        case .asking: say("  ▶ \(label): asking since \(branch.since)")
        case .sleeping: say("  ▶ \(label): sleeping since \(branch.since)")
        case .waiting: say("  ▶ \(label): waiting since \(branch.since)")
        case .awaitingChild(let child): say("  ▶ \(label): waiting for task \(child)")
        }
      }
      if branches.isEmpty { say("  nowhere: it is \(engine.tasks[taskID.index].state.rawValue)") }
    }
  }

  /// What a block does, in a few words.
  func describe(_ kind: BlockKind, counters: [String]) -> String {
    switch kind {
    case .start, .fork: return ""
    case .condition(let condition): return condition.text(counters: counters) + "?"
    case .wait(let condition, let timeout):
      return "until \(condition.text(counters: counters))"
        + (timeout.map { ", at most \($0)" } ?? "")
    case .delay(.duration(let span)): return "for \(span)"
    case .delay(.until(.variable(let name))): return "until variable \(name)"
    case .delay(.until(.orderField(let field))): return "until order \(field.rawValue)"
    case .question(let question):
      return "asks \(question.key): "
        + question.options.map { "\($0.key) (\($0.kind.mark))" }.joined(separator: " ")
        + (question.countsAsCall ? "; a call" : "")
    case .operation(let operations):
      return operations.map { operation in
        switch operation {
        case .setStatus(let status, nil): return "status := \(status.slug)"
        case .setStatus(let status, .literal(let reason)):
          return "status := \(status.slug) (\(reason))"
        case .setStatus(let status, .variable(let name, let fallback)):
          return "status := \(status.slug) (reason: \(name)\(fallback.map { " or \($0)" } ?? ""))"
        case .assignManager: return "assign to the manager who answered"
        case .setUserField(let field, nil): return "clear customer \(field.rawValue)"
        case .setUserField(let field, .literal(let text)):
          return "customer \(field.rawValue) := \(text)"
        case .setUserField(let field, .variable(let name, _)):
          return "customer \(field.rawValue) := \(name)"
        case .setOrderDate(let field, nil): return "clear \(field.rawValue)"
        case .setOrderDate(let field, .variable(let name)): return "\(field.rawValue) := \(name)"
        case .setOrderDate(let field, .orderField(let source)):
          return "\(field.rawValue) := \(source.rawValue)"
        case .sendMessage(let channel, let text): return "\(channel): \(text)"
        case .setCounter(let counter, let value): return "\(counters[counter]) := \(value)"
        case .addCounter(let counter, let value): return "\(counters[counter]) += \(value)"
        }
      }.joined(separator: "; ")
    case .subprocess(let process): return "runs \(process)"
    case .end(let name, let result): return "end \(name) (\(result.rawValue))"
    }
  }

  /// `met → 4, timeout → ∅`
  func exits(of block: Block) -> String {
    if case .fork = block.kind {
      return block.exits.map { $0.target ?? "∅" }.joined(separator: ", ")
    }
    if block.exits.count == 1, block.exits[0].name == "next" { return block.exits[0].target ?? "∅" }
    return block.exits.map { "\($0.name) → \($0.target ?? "∅")" }.joined(separator: ", ")
  }
}
