import ProcessEngine

/// Sessions as files (`save`, `load`, autosave), stepping back (`undo`, `checkpoint`, `restore`)
/// and `record`.
extension Shell {
  func save(path: String) throws(ShellError) {
    let size = try engine.withSessionBytes { (bytes) throws(ShellError) -> Int in
      try FileSystem.writeAtomically(bytes, to: path)
      return bytes.count
    }
    say(
      "saved \(path): \(counted(engine.orders.count, "order")), \(counted(engine.tasks.count, "task")), \(counted(engine.log.count, "event")) at \(engine.clock) (\(sizeText(size)))"
    )
  }

  /// Replaces the session with a saved one; a file that cannot be read changes nothing.
  func load(path: String, words: [Lexer.Word]) throws(ShellError) {
    try replaceSession(with: Self.readSession(path: path))
    updateRecording { (recording) throws(ShellError) in
      recording.firstEvent = engine.log.count
      try recording.append(words.map(\.display).joined(separator: " "))
    }
    autosave()
    say(
      "loaded \(path): \(counted(engine.orders.count, "order")), \(counted(engine.tasks.count, "task")), \(counted(engine.log.count, "event")); clock \(engine.clock) (\(weekdayName(engine.clock)))"
    )
  }

  /// A session read from a file, or why it cannot be.
  public static func readSession(path: String) throws(ShellError) -> Engine {
    let bytes = try FileSystem.read(path)
    do throws(SessionError) {
      return try Engine(sessionBytes: bytes)
    } catch {
      throw .session(path: path, reason: error.description)
    }
  }

  /// Starts over from `engine`: undo and checkpoints count from here.
  public func replaceSession(with engine: Engine) {
    self.engine = engine
    journal = Journal(base: engine)
    checkpoints = []
  }

  /// Saves the session to the autosave file after a change; a failure is reported, not fatal.
  func autosave() {
    guard let path = autosavePath else { return }
    do throws(ShellError) {
      try engine.withSessionBytes { (bytes) throws(ShellError) in
        try FileSystem.writeAtomically(bytes, to: path)
      }
    } catch {
      errors.write(style.yellow("warning:") + " autosave failed: \(error.message)\n")
    }
  }

  func undo(_ steps: Int) throws(ShellError) {
    guard steps <= journal.count else {
      throw .other(
        journal.count == 0
          ? "nothing to undo since the session started or was loaded"
          : "only \(journal.count) command\(journal.count == 1 ? "" : "s") can be undone (since the session started or was loaded)"
      )
    }
    let undone = journal.entries.suffix(steps).map(\.text)
    stepBack(to: journal.count - steps)
    say("undone: " + undone.joined(separator: "; "))
    say("now \(engine.clock) (\(weekdayName(engine.clock)))")
  }

  func checkpoint(_ name: String) {
    checkpoints.removeAll { $0.name == name }
    checkpoints.append((name, journal.count))
    say(
      "checkpoint \(name) at \(engine.clock), after \(journal.count) command\(journal.count == 1 ? "" : "s")"
    )
  }

  func restore(_ name: String) throws(ShellError) {
    guard let checkpoint = checkpoints.first(where: { $0.name == name }) else {
      let names = checkpoints.map(\.name)
      throw .other(
        "there is no checkpoint '\(name)'"
          + (Suggestion.closest(to: name, among: names).map { "; did you mean '\($0)'?" }
            ?? (names.isEmpty
              ? "; make one with 'checkpoint NAME'"
              : "; the checkpoints are \(Suggestion.list(names, conjunction: "and"))"))
      )
    }
    let steps = journal.count - checkpoint.journalLength
    stepBack(to: checkpoint.journalLength)
    say(
      "restored \(name): \(steps) command\(steps == 1 ? "" : "s") taken back; now \(engine.clock) (\(weekdayName(engine.clock)))"
    )
  }

  /// Replays the journal up to `count` commands; later checkpoints and recorded lines go.
  private func stepBack(to count: Int) {
    let dropped = journal.count - count
    engine = journal.rewind(to: count)
    checkpoints.removeAll { $0.journalLength > count }
    updateRecording { (recording) throws(ShellError) in try recording.dropLast(dropped) }
    autosave()
  }

  func startRecording(path: String) throws(ShellError) {
    guard recording == nil else {
      throw .other("already recording to \(recording!.path); 'record stop' first")
    }
    recording = try Recording(path: path, engine: engine)
    say(
      "recording to \(path): every command that changes the session is written there; 'record stop' ends"
    )
  }

  func stopRecording(withExpectations: Bool) throws(ShellError) {
    guard var active = recording else { throw .other("not recording; 'record FILE' starts") }
    if withExpectations {
      active.lines += ["", "# The state at the end of the recording:"]
      active.lines += active.expectations(in: engine)
    }
    try active.write()  // on failure the recording goes on, and `record stop` can be tried again
    recording = nil
    say(
      "recorded \(active.lines.filter { !$0.isEmpty && !$0.hasPrefix("#") }.count) lines to \(active.path)"
    )
  }

  /// `1 order`, `2 orders`.
  func counted(_ count: Int, _ noun: String) -> String {
    "\(count) \(noun)\(count == 1 ? "" : "s")"
  }

  func sizeText(_ bytes: Int) -> String {
    if bytes < 10_000 { return "\(bytes) bytes" }
    if bytes < 10_000_000 { return "\(bytes / 1000) KB" }
    return "\(bytes / 1_000_000) MB"
  }
}
