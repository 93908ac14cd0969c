import ProcessEngine

/// `record FILE`: the commands that change the session, written as a runnable script as they
/// succeed, so a live reproduction becomes a script to hand on or a regression test.
struct Recording {
  let path: String
  let header: String
  /// What the script begins with: loading the session it was recorded from, when that was not
  /// a new one. Never taken back by `undo`.
  let start: [String]
  var lines: [String] = []
  /// Where the recorded events start in the log: `record stop --expect` pins what they touched.
  var firstEvent: Int

  /// The second line of every recording, by which `record` knows a file it may replace.
  static let signature = "# Recorded by procsh"

  /// Starts the file with a header comment. A recording started in a session that already has
  /// something in it (objects, managers, a moved clock, loaded processes) must still run on its
  /// own: the session is saved beside the script as `NAME.start.json`, and the script begins by
  /// loading it (scripts read paths relative to their own folder, so the pair can be moved).
  init(path: String, engine: Engine, force: Bool) throws(ShellError) {
    self.path = path
    firstEvent = engine.log.count
    var start: [String] = []
    if !engine.isNew {
      let snapshot = Self.snapshotPath(for: path)
      try ExistingFile.check(snapshot, mayBecome: .session, force: force)
      try FileSystem.writeAtomically(to: snapshot) { write in engine.writeSession(to: write) }
      let name = snapshot.split(separator: "/").last.map(String.init) ?? snapshot
      start = ["load " + Lexer.scriptWord(name)]
    }
    self.start = start
    header = """
      #!/usr/bin/env procsh
      \(Self.signature) from a session at \(engine.clock) (\(counted(engine.orders.count, "order")), \(counted(engine.tasks.count, "task")) then).
      # Run it with: procsh \(path)

      """
    try write()
  }

  /// `case.procsh` → `case.start.json`
  static func snapshotPath(for path: String) -> String {
    let base = path.hasSuffix(".procsh") ? String(path.dropLast(7)) : path
    return base + ".start.json"
  }

  /// The file is rewritten whole (atomically) on every change, so `undo` can take lines back.
  func write() throws(ShellError) {
    try FileSystem.writeAtomically(
      Array((header + (start + lines).map { $0 + "\n" }.joined()).utf8), to: path)
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
    var messages: [MessageID] = []
    for index in min(firstEvent, engine.log.count)..<engine.log.count {
      let event = engine.log[index]
      if let order = event.order, !orders.contains(order) { orders.append(order) }
      if let task = event.task, !tasks.contains(task) { tasks.append(task) }
      switch event.change {
      case .messageSent, .mailingSent:
        if let id = engine.messageID(sentBy: event), !messages.contains(id) {
          messages.append(id)
        }
      case .messageOpened(let id):
        if !messages.contains(id) { messages.append(id) }
      default: break
      }
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
    for id in messages.sorted() {
      let opened = engine.message(id)?.openedAt != nil
      lines.append("expect message \(id) opened \(YesNo(opened).word)")
    }
    return lines
  }

}
