/// A definition loaded into the session, with its launch switch.
///
/// Loading a definition under a name that is already loaded adds a new version: tasks that
/// started on the old one keep running on it, new tasks use the new one.
public struct LoadedProcess: Sendable {
  public let id: DefinitionID
  public let definition: ProcessDefinition
  /// Whether automatic launching is on (`process start` / `process stop`).
  public internal(set) var isStarted: Bool
  /// Whether this is the newest version of its name.
  public internal(set) var isCurrent: Bool = true
  /// Bumped by `process stop`, so a pending periodic check is recognised as stale.
  var launchEpoch: UInt32 = 0
  /// `Engine.objectChanges` when a periodic check of this process last launched nothing: while
  /// it is the same, the next check would launch nothing either. Not saved: after a load the
  /// first check runs in full.
  var quietSince: UInt64? = nil
  let program: CompiledProcess
  /// `program` again, not counted: the run loop reads the program through this
  /// (`Engine.withProgram`), since a strong reference read from `processes` costs a retain and a
  /// release each time (callgrind: 2 % of a simulation's instructions, most of them in `leave`).
  /// `program` keeps it alive as long as this process is loaded.
  let unretainedProgram: Unmanaged<CompiledProcess>
  /// The task variables, in slot order after the counters.
  public let variables: [String]

  init(
    id: DefinitionID, definition: ProcessDefinition, isStarted: Bool, isCurrent: Bool = true,
    launchEpoch: UInt32 = 0, quietSince: UInt64? = nil, program: CompiledProcess,
    variables: [String]
  ) {
    self.id = id
    self.definition = definition
    self.isStarted = isStarted
    self.isCurrent = isCurrent
    self.launchEpoch = launchEpoch
    self.quietSince = quietSince
    self.program = program
    unretainedProgram = Unmanaged.passUnretained(program)
    self.variables = variables
  }

  public var name: String { definition.name }
}

/// Somebody who answers manager steps.
public struct Manager: Equatable, Sendable {
  public let id: ManagerID
  public let name: String

  /// The name of the administrator every session starts with.
  public static let adminName = "admin"
}
