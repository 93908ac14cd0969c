import ProcessEngine
import Synchronization

/// The session as it began (created, or as far back as a loaded file's history goes), every
/// command that changed it since, as the engine commands they were with the words they were typed
/// as, and the checkpoints between them. A session file keeps all three (`SessionHistory`), so
/// they go on after `load`: SPEC §12.3.
///
/// The engine is deterministic, so replaying the first commands on the base gives exactly the
/// session as it was after them: that is how `undo` and `restore` step back, the clock
/// included. Sessions along the way are kept too (after every costly command, and every
/// `snapshotInterval` commands), so stepping back replays from the nearest one, not from the
/// start; a kept session shares its storage with the live one and costs what changed since.
///
/// What changed since is at least the last chunk of each table the commands grew (up to 4,096
/// rows each): 1.5 MB per session kept after 2,000 `order new` lines, 3 MB after 4,000 (massif),
/// so keeping one every 64 commands for ever cost more with every line. Older sessions are
/// thinned out instead (`spacing(at:)`): the last 1,024 commands have one every 64, and each
/// doubling of the distance beyond doubles the spacing, so a journal of n commands keeps about
/// 16 + 8·log₂(n/1,024) of them, and a step back to d commands ago replays at most about d/8.
/// Sessions after costly commands stay.
struct Journal {
  typealias Entry = SessionHistory.Step
  typealias Checkpoint = SessionHistory.Checkpoint

  /// The session before the first command.
  private(set) var base: Engine
  /// Chunked, as the engine's tables are: the shell keeps the journal before every command (for
  /// Ctrl-C), and the next append then copies one chunk, not every entry (a script of 4,000
  /// lines spent a tenth of its time copying the entries before it).
  private(set) var entries = ChunkedArray<Entry>()
  /// In the order they were made; names are unique.
  private(set) var checkpoints: [Checkpoint] = []
  /// How many of the entries came with a file that `load` read: `undo` takes that `load` back
  /// as one command rather than stepping into the file's own steps (`restore` may still go back
  /// to the file's checkpoints, and the steps show in `history`).
  private(set) var loadedEntries = 0
  /// Sessions after some of the entries, by how many entries they follow, in order. `pinned`:
  /// never thinned out (after a costly command, or the session a file stated).
  private var kept: [Kept] = []

  private struct Kept {
    let count: Int
    var engine: Engine
    let pinned: Bool
  }
  /// Which base the entries start from: a number of its own for every journal begun on a new
  /// base, kept by copies, appends and rewinds. The `--session` file compares it (with `ids`)
  /// with what it wrote, to append only what changed (`SessionFile`).
  private(set) var lineage = Journal.newNumber()
  /// A number for each entry, never given twice: entries are only appended and dropped from the
  /// end, so two journals of one lineage hold the same first `n` entries exactly when their
  /// `n`-th numbers agree, whatever copies, undos and Ctrl-C restores came between.
  private(set) var ids = ChunkedArray<Int>()

  /// Numbers for lineages and entries, shared by every journal of the process.
  private static let numbers = Atomic<Int>(0)

  private static func newNumber() -> Int {
    numbers.wrappingAdd(1, ordering: .relaxed).newValue
  }

  /// How many commands may be replayed to step back at most over the last `recentCommands`,
  /// besides costly ones.
  static let snapshotInterval = 64
  /// How far back sessions stay `snapshotInterval` apart.
  static let recentCommands = 16 * snapshotInterval

  /// How far apart the sessions kept `distance` commands back may be: `snapshotInterval` over the
  /// last `recentCommands`, then twice as far for each doubling of the distance beyond. Always a
  /// power of two times `snapshotInterval`, so the counts kept at one spacing include those kept
  /// at the next.
  static func spacing(at distance: Int) -> Int {
    guard distance >= recentCommands else { return snapshotInterval }
    let doublings = Int.bitWidth - (distance / recentCommands).leadingZeroBitCount
    return snapshotInterval << doublings
  }

  /// After how many entries the journal keeps a session, in order; a test hook.
  var keptCounts: [Int] { kept.map(\.count) }

  /// The kept sessions, in order; a test hook.
  var keptSessions: [Engine] { kept.map(\.engine) }

  init(base: Engine) {
    self.base = base
  }

  /// The journal of a session read from a file: its history, if it kept one, with `current`
  /// (the session the file states) kept as the session after the last step. `byLoad`: read by a
  /// `load` command, which `undo` takes back as a whole.
  init(current: Engine, history: SessionHistory?, byLoad: Bool) {
    guard let history else {
      self.init(base: current)
      return
    }
    self.init(base: history.base)
    entries = ChunkedArray(history.steps)
    ids = ChunkedArray(entries.map { _ in Self.newNumber() })
    checkpoints = history.checkpoints
    loadedEntries = byLoad ? entries.count : 0
    if !entries.isEmpty { kept = [Kept(count: entries.count, engine: current, pinned: true)] }
  }

  var count: Int { entries.count }

  /// How many commands `undo` may take back one by one.
  var undoableCount: Int { entries.count - loadedEntries }

  /// What a session file keeps of this journal; nil when there is nothing to keep (no command
  /// and no checkpoint: the base is the session itself), so that such a file is what it was.
  var history: SessionHistory? {
    guard !entries.isEmpty || !checkpoints.isEmpty else { return nil }
    return SessionHistory(base: base, steps: Array(entries), checkpoints: checkpoints)
  }

  /// Remembers a command and the session it left.
  mutating func append(_ command: Command, text: String, leaving engine: Engine) {
    entries.append(Entry(command, text: text))
    ids.append(Self.newNumber())
    keep(engine, after: entries.count, command)
  }

  /// Keeps `engine`, the session after the first `count` entries (the last of them `command`), if
  /// it is costly to replay or `count` is a multiple of `snapshotInterval`; then thins out the
  /// older sessions.
  private mutating func keep(_ engine: Engine, after count: Int, _ command: Command) {
    let pinned = Self.isCostly(command)
    guard pinned || count % Self.snapshotInterval == 0 else { return }
    kept.append(Kept(count: count, engine: engine, pinned: pinned))
    kept.removeAll { !$0.pinned && $0.count % Self.spacing(at: count - $0.count) != 0 }
  }

  /// Lets go of what copies of this journal since dropped needed: see
  /// `Engine.forgetDroppedCopies`. The kept sessions too: one is kept while the shell's copy of
  /// the session before the command still holds the versions of the tables before it, and once
  /// the live session has written past it, nothing else will let those go.
  mutating func forgetDroppedCopies() {
    entries.forgetDroppedCopies()
    ids.forgetDroppedCopies()
    for index in kept.indices { kept[index].engine.forgetDroppedCopies() }
  }

  /// Marks this moment as `name`, replacing an older checkpoint of that name.
  mutating func checkpoint(_ name: String) {
    mark(name, at: entries.count)
  }

  /// Marks the session after the first `step` entries as `name`, replacing an older checkpoint
  /// of that name: a checkpoint read back from a `--session` file's journal.
  mutating func mark(_ name: String, at step: Int) {
    precondition(
      (0...entries.count).contains(step),
      "internal inconsistency: checkpoint '\(name)' after \(step) of \(entries.count) entries")
    checkpoints.removeAll { $0.name == name }
    checkpoints.append(Checkpoint(name: name, step: step))
  }

  /// A simulation is worth keeping the session after: replaying it takes seconds.
  static func isCostly(_ command: Command) -> Bool {
    if case .simulate = command { return true }
    return false
  }

  /// The session after the first `count` commands; later commands and checkpoints are
  /// forgotten. Refused, changing nothing, when a command cannot be replayed (a loaded history
  /// that does not fit its base).
  mutating func rewind(to count: Int) throws(ShellError) -> Engine {
    let start = kept.last { $0.count <= count }
    var engine = start?.engine ?? base
    // The sessions met on the way are kept as `append` would have kept them, so that the next
    // step back does not replay them again (a session read from a file keeps only its last).
    let original = self
    kept.removeAll { $0.count > count }
    for index in (start?.count ?? 0)..<count {
      do throws(EngineError) {
        try engine.apply(entries[index].command)
      } catch {
        self = original
        throw .historyBroken(step: index + 1, text: entries[index].text, error)
      }
      keep(engine, after: index + 1, entries[index].command)
    }
    entries.truncate(to: count)
    ids.truncate(to: count)
    checkpoints.removeAll { $0.step > count }
    loadedEntries = min(loadedEntries, count)
    return engine
  }
}
