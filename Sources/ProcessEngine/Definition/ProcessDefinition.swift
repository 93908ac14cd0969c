/// A named process: a graph of blocks over one type of object, with how it is launched
/// (SPEC §4, §6). Definitions are data: JSON files read at runtime (`procsh-process` version 1).
public struct ProcessDefinition: Equatable, Sendable {
  public var name: String
  public var title: String
  /// The title in Russian, if the definition gives one (SPEC §12.1).
  public var russianTitle: String?
  public var object: ObjectType
  public var launch: Launch
  /// Which objects automatic launching picks; `.always` when the file gives none.
  public var entry: Condition
  /// The task counters, all starting at 0; conditions and operations refer to them by position.
  public var counters: [String]
  public var blocks: [Block]

  public init(
    name: String, title: String, object: ObjectType, launch: Launch, entry: Condition = .always,
    counters: [String] = [], blocks: [Block]
  ) {
    self.name = name
    self.title = title
    self.object = object
    self.launch = launch
    self.entry = entry
    self.counters = counters
    self.blocks = blocks
  }

  /// The block with `id`, if any.
  public func blockIndex(id: String) -> BlockIndex? {
    blocks.firstIndex(where: { $0.id == id }).map(BlockIndex.init)
  }

  public subscript(index: BlockIndex) -> Block { blocks[index.index] }

  /// The names of the `end` blocks, in block order: the exits a `subprocess` block running this
  /// definition may have.
  public var endNames: [String] {
    var names: [String] = []
    var seen: Set<String> = []
    for block in blocks {
      if case .end(let name, _) = block.kind, seen.insert(name).inserted { names.append(name) }
    }
    return names
  }

  /// Every task variable the definition reads or writes, in first-use order; a task keeps their
  /// values in this order.
  public var variables: [String] {
    var names: [String] = []
    var seen: Set<String> = []
    func add(_ name: String?) {
      if let name, seen.insert(name).inserted { names.append(name) }
    }
    for block in blocks {
      switch block.kind {
      case .question(let question): question.options.forEach { add($0.variable) }
      case .delay(.until(.variable(let name))): add(name)
      case .operation(let operations): operations.flatMap(\.variablesRead).forEach(add)
      case .start, .fork, .condition, .wait, .delay, .subprocess, .end: break
      }
    }
    return names
  }
}

/// The kind of object a process runs over.
public enum ObjectType: String, CaseIterable, Sendable {
  case order
  case user
}

/// How tasks of a process start (SPEC §6).
public enum Launch: Equatable, Sendable {
  /// When a matching object is created.
  case onCreate
  /// Every interval, for matching objects that have no task of the process yet.
  case periodic(TimeSpan)
  /// Once, at `process start`, for the objects matching then.
  case once
  /// Only by hand (`process run`) or as a sub-process.
  case disabled

  public static let defaultInterval = TimeSpan.minutes(5)

  /// The name used in files and listings.
  public var name: String {
    switch self {
    case .onCreate: return "on-create"
    case .periodic: return "periodic"
    case .once: return "once"
    case .disabled: return "disabled"
    }
  }

  public static let names = ["on-create", "periodic", "once", "disabled"]
}

/// How a task ended, as GetCourse's end blocks classify it.
public enum TaskResult: String, CaseIterable, Sendable {
  case positive
  case neutral
  case negative
  /// The task ended without reaching an `end` block (its last branch took an empty exit, it was
  /// stopped with its parent, or it failed).
  case none
}
