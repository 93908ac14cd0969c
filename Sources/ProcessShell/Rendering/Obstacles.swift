import ProcessEngine
import Wording

/// What stands in the way of a task's end (`why not`): each branch still waiting, and why it
/// waits (the step nobody answered, the delay not yet due, the wait whose condition does not
/// hold, the child task that has not ended); and the branches that ended early, a wait that
/// timed out into an empty exit above all: support's "why did nobody notice the payment?" (a
/// payment after block 3's 30 days) is answered by one of these lines.
struct Obstacles {
  let engine: Engine
  let style: Style

  private func say(_ phrase: WhyNotPhrase, _ values: PhraseValues = [:]) -> String {
    style.text(phrase, values)
  }

  /// The lines for a task that has not ended, indented by `depth`; a child task's own
  /// obstacles follow its parent's line, one level deeper.
  func lines(for id: TaskID, depth: Int = 1) -> [String] {
    let indent = String(repeating: "  ", count: depth)
    let renderer = EventRenderer(engine: engine, style: style)
    let task = engine.tasks[id.index]
    let definition = engine.definition(of: task)
    var lines: [String] = []
    for index in engine.log.indices where engine.log[index].task == id {
      let event = engine.log[index]
      guard case .branchEnded = event.change, let block = event.block else { continue }
      let timedOut =
        index > 0 && engine.log[index - 1].task == id && engine.log[index - 1].block == block
        && engine.log[index - 1].change == .waitTimedOut
      let exit =
        timedOut ? "timeout" : (definition[block].exits.first { $0.target == nil }?.name ?? "")
      lines.append(
        indent
          + say(
            timedOut ? .timedOutIntoNothing : .endedByEmptyExit,
            [
              "block": .text(renderer.blockLabel(task: id, block: block)),
              "time": .text("\(event.time)"), "exit": .text(exit),
            ]))
    }
    let due = engine.scheduledItems().filter { $0.task == id }
    let branches = engine.branches(of: id)
    for branch in branches {
      let label = renderer.blockLabel(task: id, block: branch.block)
      let timer = due.first { $0.block == branch.block }?.due
      switch branch.state {
      case .asking:
        guard case .question(let question) = definition[branch.block].kind else { continue }
        let options = question.options.map(\.key).joined(separator: " | ")
        lines.append(
          indent
            + say(
              .asking,
              [
                "block": .text(label), "since": .text("\(branch.since)"),
                "options": .text(options),
              ]))
      case .sleeping:
        lines.append(
          indent
            + say(.sleeping, ["block": .text(label), "due": .text(timer.map { "\($0)" } ?? "?")]))
      case .waiting:
        guard case .wait(let condition, _) = definition[branch.block].kind else { continue }
        let values: PhraseValues = [
          "block": .text(label),
          "condition": .text(condition.text(counters: definition.counters, in: style.language)),
          "due": .text(timer.map { "\($0)" } ?? ""),
        ]
        lines.append(indent + say(timer == nil ? .waitingForever : .waiting, values))
      case .awaitingChild(let child):
        lines.append(
          indent + say(.awaitingChild, ["block": .text(label), "child": .text("\(child)")]))
        lines += self.lines(for: child, depth: depth + 1)
      }
    }
    if branches.isEmpty && lines.isEmpty { lines.append(indent + say(.nothingInTheWay)) }
    return lines
  }
}
