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
    let read = try Shell.readSessionFile(path: path) { bytes, history in
      SnapshotIdentity(of: UnsafeRawBufferPointer(bytes), steps: history?.steps.count ?? 0)
    }
    let identity = read.identity
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
