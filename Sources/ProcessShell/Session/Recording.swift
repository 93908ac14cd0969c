import ProcessEngine

/// `record FILE`: the commands that change the session, written as a runnable script as they
/// succeed, so a live reproduction becomes a script to hand on or a regression test.
struct Recording {
  let path: String
  let header: String
  var lines: [String] = []
  /// Where the recorded events start in the log: `record stop --expect` pins what they touched.
  var firstEvent: Int

  /// Starts the file with a header comment.
  init(path: String, engine: Engine) throws(ShellError) {
    self.path = path
    header = """
      #!/usr/bin/env procsh
      # Recorded by procsh from a session at \(engine.clock) (\(engine.orders.count) orders, \(engine.tasks.count) tasks then).
      # Run it with: procsh \(path)

      """
    firstEvent = engine.log.count
    try write()
  }

  /// The file is rewritten whole (atomically) on every change, so `undo` can take lines back.
  func write() throws(ShellError) {
    try FileSystem.writeAtomically(
      Array((header + lines.map { $0 + "\n" }.joined()).utf8), to: path)
  }

  /// Adds a line and rewrites the file.
  mutating func append(_ line: String) throws(ShellError) {
    lines.append(line)
    try write()
  }

  /// Takes back the last `count` recorded lines (after `undo` or `restore`).
  mutating func dropLast(_ count: Int) throws(ShellError) {
    lines.removeLast(min(count, lines.count))
    try write()
  }

  /// `expect` lines pinning the current state of the orders and tasks the recording touched.
  func expectations(in engine: Engine) -> [String] {
    var orders: [OrderID] = []
    var tasks: [TaskID] = []
    for index in min(firstEvent, engine.log.count)..<engine.log.count {
      let event = engine.log[index]
      if let order = event.order, !orders.contains(order) { orders.append(order) }
      if let task = event.task, !tasks.contains(task) { tasks.append(task) }
    }
    var lines = ["expect clock \(engine.clock)"]
    for id in orders.sorted() {
      let order = engine.orders[id.index]
      lines.append("expect order \(id) status \(order.status.slug)")
      if order.status == .cancelled {
        lines.append(
          "expect order \(id) reason \(order.cancelReason.map { Lexer.scriptWord(engine.text($0)) } ?? "none")"
        )
      }
      lines.append("expect order \(id) paid \(order.paid)")
      lines.append("expect order \(id) calls \(order.calls)")
      lines.append("expect order \(id) messages \(order.messages)")
    }
    for id in tasks.sorted() {
      let task = engine.tasks[id.index]
      lines.append("expect task \(id) state \(task.state.rawValue)")
      if case .ended(let result, _, _) = task.outcome {
        lines.append("expect task \(id) result \(result.rawValue)")
        lines.append("expect task \(id) end \(engine.endName(of: task) ?? "none")")
      }
      if let step = engine.openSteps(of: id).first {
        lines.append("expect task \(id) question \(step.question.key)")
      }
    }
    return lines
  }

}
