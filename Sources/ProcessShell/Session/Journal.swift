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
struct Journal {
  typealias Entry = SessionHistory.Step
  typealias Checkpoint = SessionHistory.Checkpoint

  /// The session before the first command.
  private(set) var base: Engine
  private(set) var entries: [Entry] = []
  /// In the order they were made; names are unique.
  private(set) var checkpoints: [Checkpoint] = []
  /// How many of the entries came with a file that `load` read: `undo` takes that `load` back
  /// as one command rather than stepping into the file's own steps (`restore` may still go back
  /// to the file's checkpoints, and the steps show in `history`).
  private(set) var loadedEntries = 0
  /// Sessions after some of the entries, by how many entries they follow, in order.
  private var kept: [(count: Int, engine: Engine)] = []
  /// Which base the entries start from: a number of its own for every journal begun on a new
  /// base, kept by copies, appends and rewinds. The `--session` file compares it (with `ids`)
  /// with what it wrote, to append only what changed (`SessionFile`).
  private(set) var lineage = Journal.newNumber()
  /// A number for each entry, never given twice: entries are only appended and dropped from the
  /// end, so two journals of one lineage hold the same first `n` entries exactly when their
  /// `n`-th numbers agree, whatever copies, undos and Ctrl-C restores came between.
  private(set) var ids: [Int] = []

  /// Numbers for lineages and entries, shared by every journal of the process.
  private static let numbers = Atomic<Int>(0)

  private static func newNumber() -> Int {
    numbers.wrappingAdd(1, ordering: .relaxed).newValue
  }

  /// How many commands may be replayed to step back at most, besides costly ones.
  static let snapshotInterval = 64

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
    entries = history.steps
    ids = entries.map { _ in Self.newNumber() }
    checkpoints = history.checkpoints
    loadedEntries = byLoad ? entries.count : 0
    if !entries.isEmpty { kept = [(entries.count, current)] }
  }

  var count: Int { entries.count }

  /// How many commands `undo` may take back one by one.
  var undoableCount: Int { entries.count - loadedEntries }

  /// What a session file keeps of this journal; nil when there is nothing to keep (no command
  /// and no checkpoint: the base is the session itself), so that such a file is what it was.
  var history: SessionHistory? {
    guard !entries.isEmpty || !checkpoints.isEmpty else { return nil }
    return SessionHistory(base: base, steps: entries, checkpoints: checkpoints)
  }

  /// Remembers a command and the session it left.
  mutating func append(_ command: Command, text: String, leaving engine: Engine) {
    entries.append(Entry(command, text: text))
    ids.append(Self.newNumber())
    let sinceKept = entries.count - (kept.last?.count ?? 0)
    if Self.isCostly(command) || sinceKept >= Self.snapshotInterval {
      kept.append((entries.count, engine))
    }
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
    // A costly command met on the way is kept, so that the next step back does not replay it
    // again (a session read from a file keeps only its last state).
    var met: [(count: Int, engine: Engine)] = []
    for index in (start?.count ?? 0)..<count {
      do throws(EngineError) {
        try engine.apply(entries[index].command)
      } catch {
        throw .historyBroken(step: index + 1, text: entries[index].text, error)
      }
      if Self.isCostly(entries[index].command) { met.append((index + 1, engine)) }
    }
    entries.removeLast(entries.count - count)
    ids.removeLast(ids.count - count)
    kept.removeAll { $0.count > count }
    kept += met  // all after `start`, the last kept at or before `count`
    checkpoints.removeAll { $0.step > count }
    loadedEntries = min(loadedEntries, count)
    return engine
  }
}
