import Synchronization

/// The exits tokens took, per process version: what `procsh test --coverage` adds up over a
/// suite (SPEC §12.5).
///
/// Off unless asked for (`Engine.exitTrace` is nil), and never saved: it observes a run, it is
/// not part of the session. A trace is shared by reference, so every copy of an engine writes
/// to the same one; whoever replaces an engine (a `load`, an `undo` that replays) hands the trace
/// to the new one. Versions are told apart by their compiled program, so two sessions that load
/// different files under one name never mix.
public final class ExitTrace: Sendable {
  /// One process version and the exits taken in it.
  public struct Version: Sendable {
    public let definition: ProcessDefinition
    /// Its version number among the processes of its name in the session that ran it.
    public let number: Int
    /// The exits taken, as (block position, exit position).
    public var taken: Set<ExitPlace>
  }

  /// Exit `port` of the block at position `block`.
  public struct ExitPlace: Hashable, Sendable, Comparable {
    public let block: Int
    public let port: Int

    public init(block: Int, port: Int) {
      self.block = block
      self.port = port
    }

    public static func < (lhs: ExitPlace, rhs: ExitPlace) -> Bool {
      (lhs.block, lhs.port) < (rhs.block, rhs.port)
    }
  }

  private struct Entry: Sendable {
    /// Kept so that its identity is not reused while the trace lives.
    let program: CompiledProcess
    var version: Version
  }

  /// The versions by program, and the programs in the order they were first seen.
  private let state = Mutex<(entries: [ObjectIdentifier: Entry], order: [ObjectIdentifier])>(
    ([:], []))

  public init() {}

  /// Every version seen, in the order first seen.
  public var versions: [Version] {
    state.withLock { state in state.order.compactMap { state.entries[$0]?.version } }
  }

  /// Notes every process loaded in `engine`, taken or not: a version nothing entered counts too.
  public func include(_ engine: Engine) {
    for index in engine.processes.indices { note(nil, inProcessAt: index, of: engine) }
  }

  /// Notes exit `port` of the block at `block`, taken in the process at `index` of `engine`.
  func record(port: Int, of block: Int, inProcessAt index: Int, of engine: Engine) {
    note(ExitPlace(block: block, port: port), inProcessAt: index, of: engine)
  }

  private func note(_ place: ExitPlace?, inProcessAt index: Int, of engine: Engine) {
    let process = engine.processes[index]
    let key = ObjectIdentifier(process.program)
    state.withLock { state in
      if state.entries[key] == nil {
        let number = engine.processes[...index].filter { $0.name == process.name }.count
        state.entries[key] = Entry(
          program: process.program,
          version: Version(definition: process.definition, number: number, taken: []))
        state.order.append(key)
      }
      if let place { state.entries[key]?.version.taken.insert(place) }
    }
  }
}

extension ProcessDefinition {
  /// The positions of the blocks a token came into, when the exits `taken` were taken: a start
  /// whose exit was taken, and where every taken exit leads.
  public func blocksEntered(taking taken: Set<ExitTrace.ExitPlace>) -> Set<Int> {
    var entered = Set<Int>()
    for place in taken {
      if case .start = blocks[place.block].kind { entered.insert(place.block) }
      if let target = blocks[place.block].exits[place.port].target.flatMap(blockIndex(id:)) {
        entered.insert(target.index)
      }
    }
    return entered
  }
}
