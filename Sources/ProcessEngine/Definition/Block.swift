/// One block of a process graph: what it does and where each of its exits leads (SPEC §4).
public struct Block: Equatable, Sendable {
  /// Unique in its definition; the seed's numbers and letters for the built-ins (`18a`).
  public var id: String
  public var title: String
  /// The title in Russian, if the definition gives one (SPEC §12.1; the built-ins carry the
  /// seed's): listings in Russian show it, and `title` where there is none.
  public var russianTitle: String?
  public var kind: BlockKind
  /// The block's exits in their canonical order (see `BlockKind.exitNames`); a `nil` target is an
  /// empty exit, which ends the token that takes it.
  public var exits: [Exit]

  public init(
    id: String, title: String = "", russianTitle: String? = nil, kind: BlockKind,
    exits: [Exit] = []
  ) {
    self.id = id
    self.title = title
    self.russianTitle = russianTitle
    self.kind = kind
    self.exits = exits
  }

  /// The exit called `name`, if the block has one.
  public func exit(named name: String) -> Exit? {
    exits.first(where: { $0.name == name })
  }

  /// The title, or the block type when the title is empty: what listings show.
  public var displayTitle: String { title.isEmpty ? kind.typeName : title }
}

/// A named way out of a block.
public struct Exit: Equatable, Sendable {
  public var name: String
  /// The id of the block it leads to, or nil for an empty exit.
  public var target: String?
  /// The position of the target block, filled in by validation.
  public internal(set) var destination: BlockIndex?

  public init(name: String, target: String?) {
    self.name = name
    self.target = target
  }
}

/// What a block does.
public enum BlockKind: Equatable, Sendable {
  case start
  /// Every wired exit gets a token of its own, in exit order (GetCourse's proxy script).
  case fork
  case condition(Condition)
  /// Waits until the condition holds (checked on entry and whenever the object changes), or
  /// until the timeout.
  case wait(Condition, timeout: TimeSpan?)
  case delay(Delay)
  /// Opens a manager step and waits for the answer.
  case question(Question)
  /// One action or several, done in order at once.
  case operation([Operation])
  /// Runs the named process as a child task on the same object and waits for it to end; the
  /// parent leaves by the exit named after the child's end block.
  case subprocess(process: String)
  /// Ends the whole task with a name and a result.
  case end(name: String, result: TaskResult)

  /// The `type` written in definition files.
  public var typeName: String {
    switch self {
    case .start: return "start"
    case .fork: return "fork"
    case .condition: return "condition"
    case .wait: return "wait"
    case .delay: return "delay"
    case .question: return "question"
    case .operation: return "operation"
    case .subprocess: return "subprocess"
    case .end: return "end"
    }
  }

  public static let typeNames = [
    "start", "fork", "condition", "wait", "delay", "question", "operation", "subprocess", "end",
  ]

  /// The exits this kind of block has, in order, or nil when they are not fixed (fork: any
  /// number; subprocess: the child's end names).
  public var exitNames: [String]? {
    switch self {
    case .start, .delay, .operation: return ["next"]
    case .condition: return ["yes", "no"]
    case .wait: return ["met", "timeout"]
    case .question(let question): return question.options.map(\.key)
    case .end: return []
    case .fork, .subprocess: return nil
    }
  }

  /// Whether a token can ever leave by the exit `name`: not by the `timeout` of a wait without a
  /// timeout, so leaving that exit empty is no cause for a warning (SPEC §12.4).
  public func mayTake(exit name: String) -> Bool {
    if case .wait(_, timeout: nil) = self, name == "timeout" { return false }
    return true
  }

  /// Whether a token can pass through the block without virtual time passing or anyone acting:
  /// a cycle made only of such blocks would never let go of the token (SPEC §4.2).
  public var isInstant: Bool {
    switch self {
    case .start, .fork, .condition, .operation, .end: return true
    case .wait, .delay, .question, .subprocess: return false
    }
  }
}

/// How long a `delay` block waits.
public enum Delay: Equatable, Sendable {
  case duration(TimeSpan)
  /// Until the date held in an order field or a task variable; a date in the past (or none)
  /// continues at once.
  case until(DateSource)
}

/// Where a date comes from.
public enum DateSource: Equatable, Sendable {
  case variable(String)
  case orderField(OrderDateField)
}
