import ProcessEngine

/// Opening `procsh --session FILE`: the snapshot read, then the journal's lines replayed on it.
extension SessionFile {
  /// A session as its files left it.
  struct Opened {
    var engine: Engine
    var journal: Journal
    var file: SessionFile
    /// The number of a last line left out because it was torn (procsh was killed while writing
    /// it); the shell warns about it.
    var tornLine: Int?
  }

  /// The session `FILE` and `FILE.journal` hold: `FILE` read (a new session when there is
  /// none), then every whole line of the journal replayed on it. A journal without `FILE`, one
  /// that continues another file, and a line that cannot be read or replayed are refused with
  /// `FILE.journal:LINE`; a torn last line is left out. Nothing on disk changes here: a torn
  /// line is cut off when the next line is appended.
  static func open(_ path: String) throws(ShellError) -> Opened {
    let journalPath = path + ".journal"
    let journalBytes = FileSystem.exists(journalPath) ? try FileSystem.read(journalPath) : nil
    guard FileSystem.exists(path) else {
      if let journalBytes, !journalBytes.isEmpty {
        throw .journal(path: journalPath, line: nil, .withoutSession(session: path))
      }
      let engine = Engine()
      let journal = Journal(base: engine)
      let state: JournalState = journalBytes == nil ? .absent : .stale(length: 0)
      return Opened(
        engine: engine, journal: journal,
        file: SessionFile(
          path: path, written: Written(journal), snapshot: nil, journalState: state))
    }
    let bytes = try FileSystem.read(path)
    let read: (engine: Engine, history: SessionHistory?)
    do throws(EngineError) {
      read = try Engine.readSession(bytes)
    } catch .session(let problem) {
      throw .session(path: path, problem)
    } catch {
      throw .engine(error)
    }
    let identity = bytes.withUnsafeBytes {
      SnapshotIdentity(of: $0, steps: read.history?.steps.count ?? 0)
    }
    var opened = Opened(
      engine: read.engine,
      journal: Journal(current: read.engine, history: read.history, byLoad: false),
      file: SessionFile(path: path, written: nil, snapshot: identity, journalState: .absent))
    guard let journalBytes else {
      opened.file = SessionFile(
        path: path, written: Written(opened.journal), snapshot: identity, journalState: .absent)
      return opened
    }
    let text = JournalText(journalBytes)
    opened.tornLine = text.tornLine
    let state = try text.replay(onto: &opened, snapshot: identity, path: journalPath)
    opened.file = SessionFile(
      path: path, written: state.canAppend ? Written(opened.journal) : nil, snapshot: identity,
      journalState: state.journalState)
    return opened
  }
}

/// A journal's bytes cut into lines: the whole ones, each with its number from 1, and whether
/// a torn one follows.
struct JournalText {
  let bytes: [UInt8]
  /// Where each whole line starts and ends (without its newline).
  let lines: [Range<Int>]
  /// Bytes up to the end of the last whole line's newline: what the journal keeps.
  let wholeLength: Int

  init(_ bytes: [UInt8]) {
    self.bytes = bytes
    var lines: [Range<Int>] = []
    var start = 0
    for index in bytes.indices where bytes[index] == 0x0A {
      lines.append(start..<index)
      start = index + 1
    }
    self.lines = lines
    wholeLength = start
  }

  /// The number of the torn last line, if the journal does not end with a newline.
  var tornLine: Int? { wholeLength < bytes.count ? lines.count + 1 : nil }

  /// Line `number` (from 1), read.
  func line(_ number: Int, path: String) throws(ShellError) -> JournalLine {
    do throws(JournalProblem) {
      return try JournalLine(parsing: bytes[lines[number - 1]])
    } catch {
      throw .journal(path: path, line: number, error)
    }
  }

  /// What replaying left the journal as.
  struct Outcome {
    var journalState: SessionFile.JournalState
    /// Whether lines may be appended (the journal does not end with a `replaced-by` line that
    /// names a file that never took `FILE`'s place).
    var canAppend: Bool
  }

  /// Replays the lines on `opened` if the journal continues `snapshot`; leaves it as it is if
  /// the journal is done with (its last lines name `snapshot` as having replaced it).
  func replay(onto opened: inout SessionFile.Opened, snapshot: SnapshotIdentity, path: String)
    throws(ShellError) -> Outcome
  {
    // A journal ends with the `replaced-by` lines of the snapshots written since it began; one
    // naming this `FILE` means `FILE` holds all of it.
    var trailing = lines.count
    while trailing > 0, case .replacedBy(let named)? = try? line(trailing, path: path) {
      if named == snapshot {
        return Outcome(journalState: .stale(length: wholeLength), canAppend: true)
      }
      trailing -= 1
    }
    guard !lines.isEmpty else {
      return Outcome(journalState: .stale(length: wholeLength), canAppend: true)
    }
    guard case .header(let named) = try line(1, path: path) else {
      throw .journal(path: path, line: 1, .notAJournal)
    }
    guard named == snapshot else {
      throw .journal(
        path: path, line: nil,
        .ofAnotherSession(session: opened.file.path, named: named, found: snapshot))
    }
    var engine = opened.engine
    var journal = opened.journal
    var replaced = false
    for number in lines.indices.dropFirst().map({ $0 + 1 }) {
      let line = try line(number, path: path)
      func fail(_ problem: JournalProblem) -> ShellError {
        .journal(path: path, line: number, problem)
      }
      if replaced {
        guard case .replacedBy = line else { throw fail(.lineAfterReplacement) }
      }
      switch line {
      case .header:
        throw fail(.headerNotFirst)
      case .step(let after, let text, let json):
        guard after == journal.count else {
          throw fail(.stepOutOfPlace(after: after, count: journal.count))
        }
        let command: Command
        do throws(EngineError) {
          command = try Command(
            json: json, at: "command",
            catalog: { name in engine.currentProcess(named: name)?.definition })
          try engine.apply(command)
        } catch .session(let problem) {
          throw fail(.command(problem))
        } catch {
          throw fail(.doesNotReplay(text: text, error))
        }
        journal.append(command, text: text, leaving: engine)
      case .rewind(let count):
        guard count <= journal.count else {
          throw fail(.rewindPastEnd(to: count, count: journal.count))
        }
        do throws(ShellError) {
          engine = try journal.rewind(to: count)
        } catch .historyBroken(let step, let text, let error) {
          throw fail(.rewindBroken(step: step, text: text, error))
        } catch {
          throw error
        }
      case .checkpoint(let name, let step):
        guard step <= journal.count else {
          throw fail(.checkpointPastEnd(step: step, count: journal.count))
        }
        journal.mark(name, at: step)
      case .replacedBy:
        replaced = true
      }
    }
    opened.engine = engine
    opened.journal = journal
    return Outcome(journalState: .lines(length: wholeLength), canAppend: !replaced)
  }
}
