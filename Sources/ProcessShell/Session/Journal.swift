import ProcessEngine

/// The session as it began (created or loaded) and every command that changed it since, as
/// the engine commands they were, with the words they were typed as.
///
/// The engine is deterministic, so replaying the first commands on the base gives exactly the
/// session as it was after them: that is how `undo` and `restore` step back, the clock
/// included. Sessions along the way are kept too (after every costly command, and every
/// `snapshotInterval` commands), so stepping back replays from the nearest one, not from the
/// start; a kept session shares its storage with the live one and costs what changed since.
struct Journal {
  struct Entry: Sendable {
    let command: Command
    /// As typed: what `undo` says it took back, and the steps `history` shows.
    let text: String
  }

  /// The session before the first command.
  private(set) var base: Engine
  private(set) var entries: [Entry] = []
  /// Sessions after some of the entries, by how many entries they follow, in order.
  private var kept: [(count: Int, engine: Engine)] = []

  /// How many commands may be replayed to step back at most, besides costly ones.
  static let snapshotInterval = 64

  init(base: Engine) {
    self.base = base
  }

  var count: Int { entries.count }

  /// Remembers a command and the session it left.
  mutating func append(_ command: Command, text: String, leaving engine: Engine) {
    entries.append(Entry(command: command, text: text))
    let sinceKept = entries.count - (kept.last?.count ?? 0)
    if Self.isCostly(command) || sinceKept >= Self.snapshotInterval {
      kept.append((entries.count, engine))
    }
  }

  /// A simulation is worth keeping the session after: replaying it takes seconds.
  static func isCostly(_ command: Command) -> Bool {
    if case .simulate = command { return true }
    return false
  }

  /// The session after the first `count` commands; later commands are forgotten. Refused,
  /// changing nothing, when a command cannot be replayed (a loaded history that does not fit
  /// its base).
  mutating func rewind(to count: Int) throws(ShellError) -> Engine {
    let start = kept.last { $0.count <= count }
    var engine = start?.engine ?? base
    for index in (start?.count ?? 0)..<count {
      do throws(EngineError) {
        try engine.apply(entries[index].command)
      } catch {
        throw .historyBroken(step: index + 1, text: entries[index].text, error)
      }
    }
    entries.removeLast(entries.count - count)
    kept.removeAll { $0.count > count }
    return engine
  }
}
