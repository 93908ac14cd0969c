import ProcessEngine

/// How a change reaches the session: the engine applies it, its events are printed, and it is
/// journaled (for `undo`), recorded and autosaved.
extension Shell {
  /// Applies an engine command, prints the events it caused and remembers it; returns the
  /// positions of its events in the log.
  func apply(_ command: Command, text: String) throws(ShellError) -> Range<Int> {
    let range: Range<Int>
    do throws(EngineError) {
      range = try engine.apply(command)
    } catch {
      throw .engine(error)
    }
    committed(.command(command), text: text)
    printEvents(range)
    return range
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
  func committed(_ entry: Journal.Entry, text: String) {
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
      warn("recording to \(active.path) failed: \(error.message)")
    }
    recording = active
  }

  /// Saves the session to the autosave file after a change; a failure is reported, not fatal.
  func autosave() {
    guard let path = autosavePath else { return }
    do throws(ShellError) {
      try engine.withSessionBytes { (bytes) throws(ShellError) in
        try FileSystem.writeAtomically(bytes, to: path)
      }
    } catch {
      warn("autosave failed: \(error.message)")
    }
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

  /// Replays the journal up to `count` commands; later checkpoints and recorded lines go.
  func stepBack(to count: Int) {
    let dropped = journal.count - count
    engine = journal.rewind(to: count)
    checkpoints.removeAll { $0.journalLength > count }
    updateRecording { (recording) throws(ShellError) in try recording.dropLast(dropped) }
    autosave()
  }
}
