import ProcessEngine

/// Where a task is and where it has been, by block position in its definition: what
/// `process show NAME --task N` marks on a diagram.
///
/// The blocks a task passed through are read from the log, not kept by the engine: every event
/// a block makes carries the task and the block. Start and fork blocks make none, so they are
/// inferred: a task always began at its start block, and a fork was passed when a block it leads
/// to was reached. After `simulate --log changes` the steps that change nothing (a condition
/// decided, a delay over) are not logged, and a trail shows less of the way.
struct TaskTrail: Equatable, Sendable {
  let task: TaskID
  /// The blocks where the task's branches are now.
  let current: Set<Int>
  /// The blocks it passed through (including those it is in).
  let visited: Set<Int>

  init(task: TaskID, current: Set<Int>, visited: Set<Int>) {
    self.task = task
    self.current = current
    self.visited = visited
  }

  /// The trail of `task` in `engine`, which must know the task.
  init(of task: TaskID, in engine: Engine) {
    guard let found = engine.task(task) else {
      preconditionFailure("internal inconsistency: a trail of task \(task), which does not exist")
    }
    var blocks = Set<Int>()
    for event in engine.log where event.task == task {
      if let block = event.block { blocks.insert(block.index) }
    }
    self.init(
      task: task, in: engine.process(found.definition).definition,
      current: Set(engine.branches(of: task).map(\.block.index)), blocksWithEvents: blocks)
  }

  /// The trail of `task`, now at `current`, whose events were made at `blocksWithEvents`; the
  /// start and the forks it passed, which make no events, inferred.
  init(
    task: TaskID, in definition: ProcessDefinition, current: Set<Int>, blocksWithEvents: Set<Int>
  ) {
    var visited = current.union(blocksWithEvents)
    for (index, block) in definition.blocks.enumerated() {
      switch block.kind {
      case .start: visited.insert(index)
      case .fork:
        let reached = block.exits.contains { exit in
          exit.target.flatMap(definition.blockIndex(id:)).map { visited.contains($0.index) }
            ?? false
        }
        if reached { visited.insert(index) }
      case .condition, .wait, .delay, .question, .operation, .subprocess, .end: break
      }
    }
    self.init(task: task, current: current, visited: visited)
  }
}
