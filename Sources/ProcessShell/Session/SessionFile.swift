import ProcessEngine

#if canImport(Glibc)
  import Glibc
#endif

/// Where `procsh --session FILE` keeps the session, so that a kill at any moment loses at most
/// the command in flight, while a small command costs what it changed rather than the whole
/// session (SPEC §12.6; docs/session-format.md, "Journal"):
///
/// - `FILE`, the snapshot: a whole session document with its history, written atomically, as
///   `save` writes one;
/// - `FILE.journal`, what changed since: one JSON line per step, rewind or checkpoint
///   (`JournalLine`), appended and flushed to disk (`fdatasync`) after every command.
///
/// The snapshot is written again after a costly command (`simulate`), when the journal has
/// grown as large as the snapshot, when the session is replaced (`load`, an `undo` past one),
/// and at exit if it is small (`close`); the journal is then removed. Opening replays the
/// journal's lines on the snapshot (`SessionFile+Opening.swift`): the engine is deterministic,
/// so that gives the session as it was.
///
/// The snapshot is replaced in an order that a kill cannot break at any point: the new file is
/// written under a temporary name and flushed; a `replaced-by` line naming it (its size, a hash
/// of its bytes and its step count) is appended to the journal; the file is renamed over `FILE`;
/// the journal is removed. A journal found beside a `FILE` it names in a `replaced-by` line is
/// done with, and nothing in it is applied twice.
final class SessionFile {
  let path: String
  var journalPath: String { path + ".journal" }
  /// What `FILE` and `FILE.journal` hold together, as the journal that wrote them left it: nil
  /// when that is not known, and the next save writes `FILE` whole.
  private(set) var written: Written?
  /// `FILE` as last written or read; nil when there is none yet.
  private(set) var snapshot: SnapshotIdentity?
  private(set) var journalState: JournalState

  /// A journal as the file holds it: which base, which entries (by their numbers, `Journal.ids`)
  /// and which checkpoints.
  ///
  /// Its numbers are a list of its own, never the journal's: held from one command to the next,
  /// a shared list would be shared whenever the shell lets go of what dropped copies needed, so
  /// every version of its last chunk stayed alive (`ChunkedArray.forgetDroppedCopies`; 4,000
  /// commands with `--session` held 1.4 GB). After each command it follows the journal by the
  /// numbers that changed (`follow(_:)`).
  struct Written: Equatable {
    var lineage: Int
    var ids: ChunkedArray<Int>
    var checkpoints: [Journal.Checkpoint]

    init(_ journal: Journal) {
      lineage = journal.lineage
      ids = ChunkedArray(journal.ids)
      checkpoints = journal.checkpoints
    }

    /// How many first entries the two hold alike: up to where their numbers first differ.
    static func commonCount(_ written: ChunkedArray<Int>, _ journal: ChunkedArray<Int>) -> Int {
      var low = 0
      var high = min(written.count, journal.count)
      while low < high {
        let middle = (low + high) / 2
        if written[middle] == journal[middle] { low = middle + 1 } else { high = middle }
      }
      return low
    }

    /// Becomes `Written(journal)` (of the same lineage), copying only the numbers after the
    /// entries the two hold alike.
    mutating func follow(_ journal: Journal) {
      let common = Self.commonCount(ids, journal.ids)
      ids.truncate(to: common)
      for index in common..<journal.ids.count { ids.append(journal.ids[index]) }
      ids.forgetDroppedCopies()
      checkpoints = journal.checkpoints
    }
  }

  enum JournalState: Equatable {
    /// There is none: the first line creates it, after a header naming `snapshot`.
    case absent
    /// There may be one nobody read (the autosave path was set without opening the session):
    /// it is removed when `FILE` is next written.
    case unknown
    /// It continues `snapshot`; its first `length` bytes are whole lines, and anything after
    /// them is a line torn by a kill, cut off before the next line is appended.
    case lines(length: Int)
    /// It ends with a `replaced-by` line naming `snapshot` (or has no whole line at all): its
    /// lines are in `FILE` already. The next line starts it anew; the next snapshot appends
    /// another `replaced-by` line to it after its first `length` bytes.
    case stale(length: Int)
  }

  /// The journal is folded into `FILE` once it is as large as `FILE`, and at least this large:
  /// reading it would take as long as reading the snapshot again.
  static let smallestFold = 4096
  /// The journal is folded into `FILE` at this size, however large `FILE` is: replaying
  /// hundreds of thousands of lines at start-up would take seconds.
  static let largestJournal = 64 << 20
  /// At exit, a journal is folded into a `FILE` of at most this many bytes, so that a small
  /// session is one file again; a larger one keeps its journal (writing it would take seconds).
  static let largestFoldAtExit = 8 << 20

  /// A session file whose files are not known: the first save writes `FILE` and removes any
  /// journal beside it (`Shell.autosavePath`).
  init(unknownAt path: String) {
    self.path = path
    written = nil
    snapshot = nil
    journalState = .unknown
  }

  init(path: String, written: Written?, snapshot: SnapshotIdentity?, journalState: JournalState) {
    self.path = path
    self.written = written
    self.snapshot = snapshot
    self.journalState = journalState
  }

  // MARK: - Saving

  /// Brings the files up to `journal`, the session being `engine`: appends the lines for what
  /// changed, or writes `FILE` whole when the change cannot be written as lines (a new base, or
  /// files not known). A failure throws `.autosaveFailed`: the change stands in the shell but
  /// not on disk. A journal grown large, or a costly step, is then folded into `FILE`; that
  /// failing is returned, not thrown, for the change itself is saved.
  func save(_ engine: Engine, _ journal: Journal) throws(ShellError) -> ShellError? {
    if let written, snapshot != nil, journalState != .unknown,
      let lines = Self.lines(from: written, to: journal)
    {
      if lines.isEmpty { return nil }
      do throws(ShellError) {
        try append(lines)
      } catch {
        throw .autosaveFailed(path: journalPath, error)
      }
      self.written?.follow(journal)
      guard isWorthFolding(after: lines, of: journal) else { return nil }
      do throws(ShellError) {
        try writeSnapshot(of: engine, journal)
      } catch {
        return error
      }
      return nil
    }
    if written == Written(journal) && snapshot == nil && journalState == .absent {
      return nil  // a new session nothing has changed yet: no file
    }
    do throws(ShellError) {
      try writeSnapshot(of: engine, journal)
    } catch {
      throw .autosaveFailed(path: path, error)
    }
    return nil
  }

  /// At exit: a journal beside a small `FILE` is folded into it, so that the session is one
  /// file again. A failure is returned; the journal still holds everything.
  func close(_ engine: Engine, _ journal: Journal) -> ShellError? {
    guard case .lines(let length) = journalState, let snapshot,
      snapshot.bytes <= Self.largestFoldAtExit,
      length > JournalLine.header(snapshot).bytes.count,
      written == Written(journal)
    else { return nil }
    do throws(ShellError) {
      try writeSnapshot(of: engine, journal)
    } catch {
      return error
    }
    return nil
  }

  /// The lines that bring a journal written as `written` to `journal`: a rewind to where they
  /// part, the entries after it, then the checkpoints made or moved; nil when it cannot be
  /// written as lines (another base, or checkpoints that lines cannot reorder).
  static func lines(from written: Written, to journal: Journal) -> [JournalLine]? {
    guard written.lineage == journal.lineage else { return nil }
    // The entries agree up to where their numbers first differ (`Journal.ids`).
    let common = Written.commonCount(written.ids, journal.ids)
    var lines: [JournalLine] = []
    var checkpoints = written.checkpoints
    if common < written.ids.count {
      lines.append(.rewind(to: common))
      checkpoints.removeAll { $0.step > common }  // as `Journal.rewind(to:)` forgets them
    }
    for index in common..<journal.count {
      lines.append(.step(after: index, journal.entries[index]))
    }
    let kept = zip(checkpoints, journal.checkpoints).prefix { $0 == $1 }.count
    for checkpoint in journal.checkpoints[kept...] {
      checkpoints.removeAll { $0.name == checkpoint.name }
      checkpoints.append(checkpoint)
      lines.append(.checkpoint(checkpoint.name, step: checkpoint.step))
    }
    return checkpoints == journal.checkpoints ? lines : nil
  }

  /// Whether to fold the journal into `FILE` after appending `lines`, which brought it to
  /// `journal`: after a costly step (opening would replay it), or once the journal is as large
  /// as `FILE`.
  private func isWorthFolding(after lines: [JournalLine], of journal: Journal) -> Bool {
    guard case .lines(let length) = journalState, let snapshot else { return false }
    let costly = lines.contains { line in
      guard case .step(let after, _, _) = line else { return false }
      return Journal.isCostly(journal.entries[after].command)
    }
    return costly || length >= min(max(snapshot.bytes, Self.smallestFold), Self.largestJournal)
  }

  /// Appends `lines` to the journal, starting it with a header when there is none (or only a
  /// stale one): written whole and renamed into place, so that a journal always has its header.
  private func append(_ lines: [JournalLine]) throws(ShellError) {
    guard let snapshot else {
      preconditionFailure("internal inconsistency: a journal line with no session file")
    }
    var bytes: [UInt8] = []
    for line in lines { bytes += line.bytes }
    switch journalState {
    case .absent, .stale:
      bytes = JournalLine.header(snapshot).bytes + bytes
      try FileSystem.writeAtomically(bytes, to: journalPath)
      journalState = .lines(length: bytes.count)
    case .lines(let length):
      journalState = .lines(length: try FileSystem.append(bytes, to: journalPath, after: length))
    case .unknown:
      preconditionFailure("internal inconsistency: a journal line appended to an unread journal")
    }
  }

  /// Writes `FILE` whole, in the order the type's comment gives, and removes the journal.
  private func writeSnapshot(of engine: Engine, _ journal: Journal) throws(ShellError) {
    let before = written
    // From the `replaced-by` line on, until the new file is in place, what the files hold
    // together is not known: if the rename fails, the next save writes `FILE` whole again.
    written = nil
    var announced = false
    var hasher = SnapshotIdentity.Hasher()
    var identity: SnapshotIdentity? = nil
    do throws(ShellError) {
      try FileSystem.writeAtomically(
        to: path,
        beforeRename: { () throws(ShellError) in
          // Every piece is written by now: the hash is of the whole file.
          let whole = SnapshotIdentity(
            bytes: hasher.count, hash: hasher.value, steps: journal.count)
          try self.announce(whole)
          announced = true
          identity = whole
        },
        contents: { write in
          engine.writeSession(history: journal.history) { piece in
            hasher.add(piece)
            write(piece)
          }
        })
    } catch {
      if !announced { written = before }
      throw error
    }
    guard let identity else {
      preconditionFailure("internal inconsistency: a session file renamed without its identity")
    }
    snapshot = identity
    written = Written(journal)
    journalState = .absent
    if !FileSystem.remove(journalPath) {
      journalState = .stale(length: Self.length(of: journalPath))
    }
  }

  /// Tells the journal that `FILE` is about to become the file `identity` names.
  private func announce(_ identity: SnapshotIdentity) throws(ShellError) {
    switch journalState {
    case .absent: break
    case .unknown:
      guard FileSystem.remove(journalPath) else {
        throw .file(path: journalPath, FileSystem.problem())
      }
      journalState = .absent
    case .lines(let length), .stale(let length):
      let line = JournalLine.replacedBy(identity).bytes
      journalState = .stale(
        length: try FileSystem.append(line, to: journalPath, after: length))
    }
  }

  /// The size of the file at `path`, 0 when it cannot be read.
  static func length(of path: String) -> Int {
    var info = stat()
    return stat(path, &info) == 0 ? Int(info.st_size) : 0
  }
}
