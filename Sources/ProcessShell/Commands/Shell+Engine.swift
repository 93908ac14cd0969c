import ProcessEngine

/// Commands that change the session through the engine: they print every event they caused, in
/// order, and are journaled (for `undo`), recorded and autosaved.
extension Shell {
  func apply(_ command: Command, words: [Lexer.Word]) throws(ShellError) {
    let range: Range<Int>
    do throws(EngineError) {
      range = try engine.apply(command)
    } catch {
      throw .engine(error)
    }
    committed(.command(command), words: words)
    printEvents(range)
    switch command {
    case .advance, .advanceTo, .advanceToNext:
      if range.isEmpty { say(style.dim("nothing happened")) }
      say("now \(engine.clock) (\(weekdayName(engine.clock)))")
    case .transferTasks(let from, _) where range.isEmpty:
      say("nothing to transfer: \(from) has no open tasks")
    default:
      if range.isEmpty { say("done") }
    }
  }

  /// Prints the events in `range` of the log, one line each.
  func printEvents(_ range: Range<Int>) {
    let renderer = EventRenderer(engine: engine, style: style)
    for index in range {
      say(renderer.line(for: engine.log[index]))
    }
  }

  /// Remembers a command that changed the session: in the journal, in a running recording, and in
  /// the autosaved file.
  func committed(_ entry: Journal.Entry, words: [Lexer.Word]) {
    let text = words.map(\.display).joined(separator: " ")
    journal.append(entry, text: text)
    updateRecording { (recording) throws(ShellError) in try recording.append(text) }
    autosave()
  }

  /// Changes the running recording, if any; a file that cannot be written is reported, and the
  /// command that caused it stands.
  func updateRecording(_ change: (inout Recording) throws(ShellError) -> Void) {
    guard var active = recording else { return }
    do throws(ShellError) {
      try change(&active)
    } catch {
      errors.write(
        style.yellow("warning:") + " recording to \(active.path) failed: \(error.message)\n")
    }
    recording = active
  }
}
