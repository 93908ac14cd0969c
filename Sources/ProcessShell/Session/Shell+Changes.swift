import ProcessEngine
import Wording

/// How a change reaches the session: the engine applies it (watched for Ctrl-C), its events are
/// printed, and it is journaled (for `undo`), recorded and autosaved.
extension Shell {
  /// Applies an engine command, prints the events it caused and remembers it; returns the
  /// positions of its events in the log.
  func apply(_ command: Command, text: String) throws(ShellError) -> Range<Int> {
    let range = try perform(command, text: text)
    printEvents(range)
    return range
  }

  /// Applies an engine command and remembers it, printing nothing: for a command with
  /// millions of events (`simulate`), which says what happened its own way.
  func perform(_ command: Command, text: String, progress: ((Double) -> Void)? = nil)
    throws(ShellError) -> Range<Int>
  {
    let monitor = CommandMonitor(
      progress: progress ?? { _ in }, isCancelled: { Interrupts.wereRequested })
    let range: Range<Int>
    do throws(EngineError) {
      range = try engine.apply(command, monitor: monitor)
    } catch .interrupted {
      throw .interrupted(command: nil)
    } catch {
      throw .engine(error)
    }
    try committed(command, text: text)
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
  func committed(_ command: Command, text: String) throws(ShellError) {
    journal.append(command, text: text, leaving: engine)
    updateRecording { (recording) throws(ShellError) in try recording.append(text) }
    try autosave()
  }

  /// Changes the running recording, if any; a file that cannot be written is reported, and the
  /// command that caused it stands.
  func updateRecording(_ change: (inout Recording) throws(ShellError) -> Void) {
    guard var active = recording else { return }
    do throws(ShellError) {
      try change(&active)
    } catch {
      warn(
        style.text(
          ShellPhrase.recordingFailed,
          ["path": .text(active.path), "problem": .text(error.message(in: style.language))]))
    }
    recording = active
  }

  /// Saves the change to the `--session` file: a line appended to its journal, or the file
  /// written whole (`SessionFile.save`). A failure fails the command (the change stands in the
  /// shell, but the file `--session` promised to keep is behind it); a journal that could not be
  /// folded into the file is only a warning, for the change is saved.
  func autosave() throws(ShellError) {
    guard let sessionFile else { return }
    if let problem = try sessionFile.save(engine, journal) {
      warnNotFolded(problem)
    }
  }

  /// A session read from a file, with the history it keeps, or why it cannot be.
  public static func readSession(path: String) throws(ShellError) -> (
    engine: Engine, history: SessionHistory?
  ) {
    let read = try readSessionFile(path: path) { _, _ in () }
    return (read.engine, read.history)
  }

  /// A session file for `load` and `--load`, as procsh left it: when a `--session` journal lies
  /// beside it (`FILE.journal`), its commands are replayed on the file, as `--session FILE`
  /// opens it, for the file alone is then an older session (a colleague handed `FILE` would
  /// otherwise lose the last commands without a word). Nothing on disk changes. A journal that
  /// cannot be replayed is left out with a warning, and the file loads as it is.
  func readSessionAsLeft(path: String) throws(ShellError) -> (
    engine: Engine, history: SessionHistory?
  ) {
    guard FileSystem.exists(path + ".journal") else { return try Self.readSession(path: path) }
    do throws(ShellError) {
      let opened = try SessionFile.open(path)
      warnIfTorn(opened)
      return (opened.engine, opened.journal.history)
    } catch .journal(let journal, let line, let problem) {
      let reason = ShellError.journal(path: journal, line: line, problem)
      warn(
        style.text(
          JournalPhrase.leftOutOnLoad,
          [
            "reason": .text(reason.message(in: style.language)), "path": .text(path),
            "journal": .text(journal),
          ]))
      // The file is read a second time on this rare path: `open` reads it before the journal.
      return try Self.readSession(path: path)
    }
  }

  /// The same, and what `identify` makes of the file's bytes and the history read from them (a
  /// `--session` journal names the file it continues by its `SnapshotIdentity`). A million-order
  /// file is 924 MB read into 1.2 GB of tables: a file that large is mapped rather than copied
  /// into the heap (`MappedFile`), and the heap is prefaulted meanwhile (`HeapPrefaulter`).
  static func readSessionFile<Identity>(
    path: String,
    identifying identify: (UnsafeBufferPointer<UInt8>, SessionHistory?) -> Identity
  ) throws(ShellError) -> (engine: Engine, history: SessionHistory?, identity: Identity) {
    try HeapPrefaulter.whilePerforming { () throws(ShellError) in
      let file = try MappedFile(path)
      let read = Result { () throws(ShellError) in
        try file.reading { (bytes) throws(ShellError) in
          do throws(EngineError) {
            let read = try Engine.readSession(borrowing: bytes)
            return (read.engine, read.history, identify(bytes, read.history))
          } catch .session(let problem) {
            throw .session(path: path, problem)
          } catch {
            throw .engine(error)
          }
        }
      }
      // What was read, or failed to read, was not the file if it shrank under the reader.
      guard !file.wasCutShort else { throw .file(path: path, .changedWhileRead) }
      return try read.get()
    }
  }

  /// Starts over from a session read from a file, forgetting every step of this one, and going
  /// on with the file's own (`undo` steps into them): what `procsh --load` and `--session` do.
  public func replaceSession(with engine: Engine, history: SessionHistory? = nil) {
    adopt(engine)
    journal = Journal(current: engine, history: history, byLoad: false)
    replaced = []
  }

  /// Works on `engine` from now on, with this shell's exit trace: the one place an engine is
  /// replaced (by `load`, `undo`, a replay, an interrupted command put back).
  func adopt(_ engine: Engine) {
    self.engine = engine
    self.engine.exitTrace = exitTrace
  }

  /// Replays the journal up to `count` commands; later checkpoints and recorded lines go.
  func stepBack(to count: Int) throws(ShellError) {
    let dropped = journal.count - count
    let forgotten = journal.checkpoints.filter { $0.step > count }.map(\.name)
    adopt(try journal.rewind(to: count))
    updateRecording { (recording) throws(ShellError) in try recording.dropLast(dropped) }
    try autosave()
    // The checkpoints after the point go with the commands (`restore` cannot come back to
    // them): say so, for a trainer who meant to return there.
    if !forgotten.isEmpty {
      warn(
        style.text(
          HistoryPhrase.checkpointsForgotten,
          [
            "n": .number(forgotten.count),
            "names": .text(forgotten.joined(separator: ", ")),
          ]))
    }
  }

  /// Everything a command may change, kept before it runs to be put back when it is interrupted.
  struct Snapshot {
    let engine: Engine
    let journal: Journal
    let replaced: [ReplacedSession]
    let recording: Recording?
  }

  /// The session as it is now. Taken before every command, so it first lets go of what the one
  /// taken before the last command needed (`ChunkedArray.forgetDroppedCopies`): otherwise every
  /// version of the tables stays behind the live ones, and a script of 2,000 `order new` lines
  /// held 1.4 GB.
  func takeSnapshot() -> Snapshot {
    engine.forgetDroppedCopies()
    journal.forgetDroppedCopies()
    return Snapshot(
      engine: engine, journal: journal, replaced: replaced,
      recording: recording)
  }

  /// Puts the session back as it was, the recording's file and the autosaved file with it.
  func restore(_ snapshot: Snapshot) {
    adopt(snapshot.engine)
    journal = snapshot.journal
    replaced = snapshot.replaced
    if let kept = snapshot.recording {
      recording = kept
      updateRecording { (recording) throws(ShellError) in try recording.write() }
    }
    do throws(ShellError) { try autosave() } catch { report(error, at: nil) }
  }
}

/// A session that `load` replaced, kept so that `undo` can bring it back.
struct ReplacedSession {
  let engine: Engine
  let journal: Journal
  /// The `load` command that replaced it.
  let text: String
}
