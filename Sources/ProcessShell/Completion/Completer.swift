import ProcessEngine

#if canImport(Glibc)
  import Glibc
#endif

/// Tab completion: commands, sub-commands, flags, live ids, answer options, statuses, fields,
/// manager and process names, file names. Pure: it reads the line and the session, so tests can
/// ask it directly.
public struct Completer {
  public let engine: Engine

  public init(engine: Engine) {
    self.engine = engine
  }

  /// The candidates for the word the cursor is in; `prefix` is that word as typed so far.
  public struct Result: Equatable, Sendable {
    public var prefix: String
    public var candidates: [String]

    public init(prefix: String, candidates: [String]) {
      self.prefix = prefix
      self.candidates = candidates
    }

    /// How many candidates a listing shows: past that, a screenful of ids helps nobody.
    public static let listingLimit = 100

    /// The candidates as listed below the line when Tab cannot choose: the first
    /// `listingLimit`, then how many more there are.
    public var listing: String {
      let shown = candidates.prefix(Self.listingLimit).joined(separator: "  ")
      let more = candidates.count - Self.listingLimit
      return more > 0 ? shown + "  … and \(more) more: type more of the word" : shown
    }
  }

  /// Completes the end of `line` (the text before the cursor).
  public func complete(_ line: String) -> Result {
    // Only the last command of the line: `order new; pay or` completes `or`.
    var segment = line
    if let split = lastSeparator(in: line) { segment = String(line[line.index(after: split)...]) }
    var words = segment.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
    let current = segment.hasSuffix(" ") || segment.isEmpty ? "" : (words.popLast() ?? "")
    let candidates = self.candidates(after: words, current: current)
    // A simulated session has a million ids to offer: keep this linear.
    var seen = Set<String>()
    let unique = candidates.filter { $0.hasPrefix(current) && seen.insert($0).inserted }
    return Result(prefix: current, candidates: unique)
  }

  private func lastSeparator(in line: String) -> String.Index? {
    var quote: Character? = nil
    var last: String.Index? = nil
    for index in line.indices {
      let character = line[index]
      if let open = quote {
        if character == open { quote = nil }
      } else if character == "\"" || character == "'" {
        quote = character
      } else if character == ";" {
        last = index
      }
    }
    return last
  }

  func candidates(after words: [String], current: String) -> [String] {
    guard let command = words.first else { return CommandSpec.topLevelNames }
    let position = words.count
    if current.hasPrefix("--"),
      let spec = CommandSpec.named(command, second: words.count > 1 ? words[1] : nil)
    {
      return spec.flags
    }
    // The value after a flag.
    if let flag = words.last, flag.hasPrefix("--") {
      switch flag {
      case "--status": return statuses
      case "--state": return TaskState.allCases.map(\.rawValue)
      case "--order": return orderIDs { _ in true }
      case "--task": return taskIDs { _ in true }
      case "--user": return userIDs
      case "--profile": return files(matching: current)
      default: return []
      }
    }
    switch (command, position) {
    case ("order", 1): return ["new"] + orderIDs { _ in true }
    case ("order", _) where words[1] == "new":
      return CommandSpec.named("order", second: "new")!.flags
    case ("pay", 1), ("cancel", 1): return ["order"]
    case ("pay", 2): return orderIDs { $0.status.acceptsPayments && $0.remaining > .zero }
    case ("cancel", 2): return orderIDs { $0.status.isActual }
    case ("answer", 1): return ["task", "order"]
    case ("answer", 2):
      return words[1] == "task"
        ? taskIDs { $0.isOpen && $0.openSteps > 0 } : orderIDs { order in answerable(order.id) }
    case ("answer", 3):
      return options(target: words[1], id: words[2])
    case ("set", 1): return ["user", "order"]
    case ("set", 2): return words[1] == "user" ? userIDs : orderIDs { _ in true }
    case ("set", 3): return words[1] == "user" ? UserField.allCases.map(\.rawValue) : ["status"]
    case ("set", 4):
      return words[1] == "order"
        ? statuses.filter { !OrderStatus(slug: $0)!.isSetByPayments } : ["none"]
    case ("manager", 1): return ["add"]
    case ("as", 1): return engine.managers.map(\.name)
    case ("take", 1): return ["task"]
    case ("take", 2): return taskIDs { $0.isOpen }
    case ("transfer", 1): return ["tasks"]
    case ("transfer", 2): return ["from"]
    case ("transfer", 3): return engine.managers.map(\.name)
    case ("transfer", 4): return ["to"]
    case ("transfer", 5): return engine.managers.map(\.name) + ["nobody"]
    case ("process", 1): return CommandSpec.subcommands(of: "process")
    case ("process", 2):
      return ["load", "validate"].contains(words[1])
        ? files(matching: current) : engine.processNames
    case ("process", 3) where words[1] == "run": return ["order"]
    case ("process", 4) where words[1] == "run": return orderIDs { _ in true }
    case ("task", 1): return taskIDs { _ in true }
    case ("user", 1): return userIDs
    case ("why", 1): return ["order", "task"]
    case ("why", 2): return words[1] == "task" ? taskIDs { _ in true } : orderIDs { _ in true }
    case ("why", 3) where words[1] == "order":
      return [
        "status", "manager", "payment-date", "next-contact-date", "calls", "messages", "paid",
      ]
    case ("advance", 1): return ["next", "to", "1m", "10m", "30m", "1h", "1d", "3d", "5d"]
    case ("clock", 1): return ["set"]
    case ("help", 1): return CommandSpec.topLevelNames
    case ("source", 1), ("save", 1), ("load", 1): return files(matching: current)
    case ("record", 1): return ["stop"] + files(matching: current)
    case ("restore", 1): return []
    case ("simulate", 2): return ["orders"]
    case ("expect", _): return expectCandidates(words, position: position)
    default: return []
    }
  }

  private func expectCandidates(_ words: [String], position: Int) -> [String] {
    if position == 1 { return ["order", "user", "task", "clock", "count"] }
    let kind = words[1]
    if kind == "count" {
      if position == 2 { return ["orders", "tasks"] }
      let fields = words[2] == "orders" ? Expectation.orderFields : Expectation.taskFields
      return fields.map(\.name)
    }
    if kind == "clock" { return ComparisonOperator.allCases.map(\.rawValue) }
    switch position {
    case 2:
      switch kind {
      case "order": return orderIDs { _ in true }
      case "user": return userIDs
      default: return taskIDs { _ in true }
      }
    case 3:
      switch kind {
      case "order": return Expectation.orderFields.map(\.name)
      case "user": return Expectation.userFields.map(\.name)
      default: return Expectation.taskFields.map(\.name) + taskCounters(words[2])
      }
    default:
      let field = words[3]
      let values: [String]
      switch (kind, field) {
      case ("order", "status"): values = statuses
      case ("task", "state"): values = TaskState.allCases.map(\.rawValue)
      case ("task", "result"): values = TaskResult.allCases.map(\.rawValue)
      default: values = ["none"]
      }
      return position == 4 ? ComparisonOperator.allCases.map(\.rawValue) + values : values
    }
  }

  // MARK: - Live values

  var statuses: [String] { OrderStatus.allCases.map(\.slug) }

  var userIDs: [String] { engine.users.map { "\($0.id)" } }

  func orderIDs(where predicate: (Order) -> Bool) -> [String] {
    engine.orders.filter(predicate).map { "\($0.id)" }
  }

  func taskIDs(where predicate: (ProcessTask) -> Bool) -> [String] {
    engine.tasks.filter(predicate).map { "\($0.id)" }
  }

  func answerable(_ order: OrderID) -> Bool {
    engine.tasks(of: order).contains { $0.isOpen && $0.openSteps > 0 }
  }

  func taskCounters(_ text: String) -> [String] {
    guard let id = Values.id(text), let task = engine.task(TaskID(rawValue: id)) else { return [] }
    return engine.definition(of: task).counters.map { "counter.\($0)" }
  }

  /// The options of the open step(s) an `answer` names.
  func options(target: String, id text: String) -> [String] {
    guard let id = Values.id(text) else { return [] }
    var steps: [Engine.OpenStep] = []
    if target == "task", let task = engine.task(TaskID(rawValue: id)) {
      steps = engine.openSteps(of: task.id)
    } else if target == "order", engine.order(OrderID(rawValue: id)) != nil {
      steps = engine.tasks(of: OrderID(rawValue: id)).filter(\.isOpen).flatMap {
        engine.openSteps(of: $0.id)
      }
    }
    return steps.flatMap { $0.question.options.map(\.key) }
  }

  /// Files and folders in the folder `current` names, whose names start as it does.
  func files(matching current: String) -> [String] {
    let slash = current.lastIndex(of: "/")
    let folder = slash.map { String(current[...$0]) } ?? ""
    guard let directory = opendir(folder.isEmpty ? "." : folder) else { return [] }
    defer { closedir(directory) }
    var names: [String] = []
    while let entry = readdir(directory) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
      }
      if name.hasPrefix(".") { continue }
      let path = folder + name
      names.append(FileSystem.isDirectory(path) ? path + "/" : path)
    }
    return names.sorted()
  }
}
