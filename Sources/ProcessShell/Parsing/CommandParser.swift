import ProcessEngine

/// Turns the words of one command into a `ShellCommand`, or explains what is wrong with them and
/// how the command is written.
struct CommandParser {
  private var words: [Lexer.Word]
  private var position = 0
  private var spec: CommandSpec

  /// Parses one command's words (as `Lexer.commands(in:)` splits them).
  static func parse(_ words: [Lexer.Word]) throws(ShellError) -> ShellCommand {
    guard let first = words.first else { throw .syntax("empty command") }
    let name = first.text
    guard let spec = CommandSpec.named(name, second: words.count > 1 ? words[1].text : nil) else {
      throw .unknownCommand(
        name, suggestion: Suggestion.closest(to: name, among: CommandSpec.topLevelNames))
    }
    var parser = CommandParser(words: words, position: 1, spec: spec)
    return try parser.parseCommand(name)
  }

  // MARK: - Cursor

  private var atEnd: Bool { position >= words.count }

  private func fail(_ message: String) -> ShellError {
    .usage(message, usage: spec.usage)
  }

  private var context: String {
    words[0..<min(position, words.count)].map(\.text).joined(separator: " ")
  }

  private mutating func next(_ what: String) throws(ShellError) -> String {
    guard position < words.count else { throw fail("'\(context)' needs \(what)") }
    defer { position += 1 }
    return words[position].text
  }

  private mutating func keyword(_ expected: [String]) throws(ShellError) -> String {
    guard position < words.count else {
      throw fail("'\(context)' needs \(Suggestion.list(expected)) next")
    }
    let word = words[position].text
    guard expected.contains(word) else {
      var message = "expected \(Suggestion.list(expected)) after '\(context)', found '\(word)'"
      if let suggestion = Suggestion.closest(to: word, among: expected) {
        message += "; did you mean '\(suggestion)'?"
      }
      throw fail(message)
    }
    position += 1
    return word
  }

  private mutating func id(_ what: String) throws(ShellError) -> Int32 {
    let text = try next("\(what) id")
    guard let value = Values.id(text) else {
      throw fail("'\(text)' is not \(what) id; write it like 12 or #12")
    }
    return value
  }

  private mutating func finish() throws(ShellError) {
    guard atEnd else { throw fail("unexpected '\(words[position].text)' after '\(context)'") }
  }

  /// The rest of the words, joined by spaces (a date-time may end a command unquoted).
  private mutating func rest(_ what: String) throws(ShellError) -> String {
    guard !atEnd else { throw fail("'\(context)' needs \(what)") }
    defer { position = words.count }
    return words[position...].map(\.text).joined(separator: " ")
  }

  private mutating func optionalRest() -> String? {
    atEnd ? nil : (try? rest(""))
  }

  /// Reads `--flag VALUE` and `--switch` options up to the end; `allowed` names the flags that take
  /// a value, `switches` those that do not.
  private mutating func options(values allowed: [String], switches: [String] = [])
    throws(ShellError) -> [String: String]
  {
    var result: [String: String] = [:]
    while !atEnd {
      let word = words[position].text
      guard word.hasPrefix("--"), !words[position].quoted else {
        throw fail("unexpected '\(word)' after '\(context)'")
      }
      position += 1
      if switches.contains(word) {
        result[word] = ""
      } else if allowed.contains(word) {
        guard !atEnd else { throw fail("\(word) needs a value") }
        result[word] = words[position].text
        position += 1
      } else {
        let known = allowed + switches
        var message = "unknown option '\(word)'"
        if let suggestion = Suggestion.closest(to: word, among: known) {
          message += "; did you mean '\(suggestion)'?"
        } else if !known.isEmpty {
          message += "; '\(words[0].text)' takes \(Suggestion.list(known))"
        } else {
          message += "; '\(words[0].text)' takes none"
        }
        throw fail(message)
      }
    }
    return result
  }

  private mutating func jsonOnly() throws(ShellError) -> Bool {
    try options(values: [], switches: ["--json"])["--json"] != nil
  }

  private func duration(_ text: String) throws(ShellError) -> TimeSpan {
    do throws(EngineError) { return try TimeSpan(parsing: text) } catch {
      throw fail(error.message)
    }
  }

  private func dateTime(_ text: String) throws(ShellError) -> DateTimeExpression {
    do throws(EngineError) { return try DateTimeExpression(parsing: text) } catch {
      throw fail(error.message)
    }
  }

  private func amount(_ text: String) throws(ShellError) -> Money {
    do throws(EngineError) { return try Money(parsing: text) } catch { throw fail(error.message) }
  }

  private func status(_ text: String) throws(ShellError) -> OrderStatus {
    guard let status = OrderStatus(slug: text) else {
      throw fail(Values.unknown("status", text, among: OrderStatus.allCases.map(\.slug)))
    }
    return status
  }

  private func number(_ text: String, _ what: String, in range: ClosedRange<Int>) throws(ShellError)
    -> Int
  {
    guard let value = Int(text), range.contains(value) else {
      throw fail("'\(text)' is not \(what) (\(range.lowerBound)–\(range.upperBound))")
    }
    return value
  }

  // MARK: - Commands

  private mutating func parseCommand(_ name: String) throws(ShellError) -> ShellCommand {
    switch name {
    case "clock":
      if !atEnd, words[position].text == "set" {
        position += 1
        return .engine(.setClock(try dateTime(try rest("a date-time"))))
      }
      return .clock(json: try jsonOnly())

    case "advance":
      let first = try next("a duration, 'to DATETIME' or 'next'")
      if first == "next" {
        try finish()
        return .engine(.advanceToNext)
      }
      if first == "to" { return .engine(.advanceTo(try dateTime(try rest("a date-time")))) }
      let span = try duration(first)
      try finish()
      return .engine(.advance(by: span))

    case "order":
      let word = try next("'new' or an order id")
      if word == "new" { return .engine(.createOrder(try newOrder())) }
      guard let id = Values.id(word) else {
        throw fail("expected 'new' or an order id after 'order', found '\(word)'")
      }
      return .order(OrderID(rawValue: id), json: try jsonOnly())

    case "orders":
      let options = try options(values: ["--status"], switches: ["--json"])
      return .orders(json: options["--json"] != nil, status: try options["--status"].map(status))

    case "pay":
      _ = try keyword(["order"])
      let order = OrderID(rawValue: try id("an order"))
      let amount = atEnd ? nil : try amount(try next("an amount"))
      try finish()
      return .engine(.pay(order, amount))

    case "cancel":
      _ = try keyword(["order"])
      let order = OrderID(rawValue: try id("an order"))
      let options = try options(values: ["--reason"])
      return .engine(.cancel(order, reason: options["--reason"]))

    case "set":
      let kind = try keyword(["user", "order"])
      if kind == "user" {
        let user = UserID(rawValue: try id("a user"))
        let fieldName = try keyword(UserField.allCases.map(\.rawValue))
        let field = UserField(rawValue: fieldName)!
        guard !atEnd else { throw fail("'\(context)' needs a value (none clears it)") }
        let word = words[position]
        let value = try rest("a value")
        let cleared = value == "none" && !word.quoted
        return .engine(.setUserField(user, field, cleared ? nil : value))
      }
      let order = OrderID(rawValue: try id("an order"))
      _ = try keyword(["status"])
      let slug = try status(try next("a status"))
      let options = try options(values: ["--reason"])
      return .engine(.setOrderStatus(order, slug, reason: options["--reason"]))

    case "answer":
      let kind = try keyword(["task", "order"])
      let number = try id(kind == "task" ? "a task" : "an order")
      let option = try next("an option")
      let argument = optionalRest()
      let target: AnswerTarget =
        kind == "task" ? .task(TaskID(rawValue: number)) : .order(OrderID(rawValue: number))
      return .engine(.answer(target, option: option, argument: argument.map(AnswerArgument.text)))

    case "manager":
      _ = try keyword(["add"])
      let name = try next("a name")
      try finish()
      return .engine(.addManager(name))

    case "managers":
      return .managers(json: try jsonOnly())

    case "as":
      let name = try next("a manager's name (or admin)")
      try finish()
      return .engine(.actAs(name))

    case "take":
      _ = try keyword(["task"])
      let task = TaskID(rawValue: try id("a task"))
      try finish()
      return .engine(.takeTask(task))

    case "transfer":
      _ = try keyword(["tasks"])
      _ = try keyword(["from"])
      let from = try next("a manager's name")
      _ = try keyword(["to"])
      let to = try next("a manager's name or nobody")
      try finish()
      return .engine(.transferTasks(from: from, to: to == "nobody" ? nil : to))

    case "process":
      let verb = try keyword(["load", "validate", "start", "stop", "restart", "run", "show"])
      switch verb {
      case "load", "validate":
        let path = try next("a file")
        try finish()
        return verb == "load" ? .processLoad(path: path) : .processValidate(path: path)
      case "run":
        let name = try next("a process name")
        _ = try keyword(["order"])
        let order = OrderID(rawValue: try id("an order"))
        try finish()
        return .engine(.runProcess(name, order: order))
      case "show":
        let name = try next("a process name")
        let options = try options(values: ["--task"], switches: ["--json"])
        var task: TaskID? = nil
        if let text = options["--task"] {
          guard let value = Values.id(text) else {
            throw fail("'\(text)' is not a task id; write it like 12 or #12")
          }
          task = TaskID(rawValue: value)
        }
        return .processShow(name: name, task: task, json: options["--json"] != nil)
      default:
        let name = try next("a process name")
        try finish()
        switch verb {
        case "start": return .engine(.startProcess(name))
        case "stop": return .engine(.stopProcess(name))
        default: return .engine(.restartProcess(name))
        }
      }

    case "processes":
      return .processes(json: try jsonOnly())

    case "status":
      return .status(json: try jsonOnly())

    case "users":
      return .users(json: try jsonOnly())

    case "user":
      let user = UserID(rawValue: try id("a user"))
      return .user(user, json: try jsonOnly())

    case "tasks":
      let options = try options(values: ["--state", "--order", "--process"], switches: ["--json"])
      var filter = TaskFilter()
      if let text = options["--state"] {
        guard let state = TaskState(rawValue: text) else {
          throw fail(Values.unknown("task state", text, among: TaskState.allCases.map(\.rawValue)))
        }
        filter.state = state
      }
      if let text = options["--order"] {
        guard let value = Values.id(text) else { throw fail("'\(text)' is not an order id") }
        filter.order = OrderID(rawValue: value)
      }
      filter.process = options["--process"]
      return .tasks(json: options["--json"] != nil, filter: filter)

    case "task":
      let task = TaskID(rawValue: try id("a task"))
      return .task(task, json: try jsonOnly())

    case "timers":
      let options = try options(values: ["--limit"], switches: ["--json"])
      let limit = try options["--limit"].map { text throws(ShellError) in
        try number(text, "a limit", in: 1...1_000_000)
      }
      return .timers(json: options["--json"] != nil, limit: limit)

    case "log":
      let options = try options(values: ["--order", "--task", "--last"], switches: ["--json"])
      var filter = LogFilter()
      if let text = options["--order"] {
        guard let value = Values.id(text) else { throw fail("'\(text)' is not an order id") }
        filter.order = OrderID(rawValue: value)
      }
      if let text = options["--task"] {
        guard let value = Values.id(text) else { throw fail("'\(text)' is not a task id") }
        filter.task = TaskID(rawValue: value)
      }
      if let text = options["--last"] {
        filter.last = try number(text, "a number of events", in: 1...100_000_000)
      }
      return .log(filter, json: options["--json"] != nil)

    case "why":
      let kind = try keyword(["order", "task"])
      let number = try id(kind == "task" ? "a task" : "an order")
      if kind == "task" {
        try finish()
        return .why(.task(TaskID(rawValue: number)))
      }
      let field =
        atEnd
        ? nil
        : try keyword([
          "status", "manager", "payment-date", "next-contact-date", "calls", "messages", "paid",
        ])
      try finish()
      return .why(.order(OrderID(rawValue: number), field: field))

    case "expect":
      return .expect(try expectation())

    case "source":
      let path = try next("a script file")
      try finish()
      return .source(path: path)

    case "save", "load":
      let path = try next("a session file")
      try finish()
      return name == "save" ? .save(path: path) : .load(path: path)

    case "echo":
      return .echo(words[1...].map(\.text).joined(separator: " "))

    case "help":
      let topic = atEnd ? nil : words[position...].map(\.text).joined(separator: " ")
      position = words.count
      return .help(topic: topic)

    case "record":
      let word = try next("a file, or 'stop'")
      if word == "stop" {
        let options = try options(values: [], switches: ["--expect"])
        return .recordStop(withExpectations: options["--expect"] != nil)
      }
      try finish()
      return .record(path: word)

    case "undo":
      let steps =
        atEnd
        ? 1
        : try number(try next("a number of commands"), "a number of commands", in: 1...1_000_000)
      try finish()
      return .undo(steps: steps)

    case "checkpoint", "restore":
      let label = try next("a name")
      try finish()
      return name == "checkpoint" ? .checkpoint(name: label) : .restore(name: label)

    case "simulate":
      let count = try number(
        try next("a number of orders"), "a number of orders", in: 1...10_000_000)
      _ = try keyword(["orders"])
      let options = try options(
        values: ["--over", "--seed", "--profile", "--until", "--log"], switches: ["--json"])
      var request = SimulationRequest(orders: count)
      if let text = options["--over"] { request.window = try duration(text) }
      if let text = options["--until"] { request.horizon = try duration(text) }
      if let text = options["--seed"] {
        guard let seed = UInt64(text) else {
          throw fail("'\(text)' is not a seed; write a whole number")
        }
        request.seed = seed
      }
      request.profilePath = options["--profile"]
      switch options["--log"] {
      case nil: break
      case "full": request.logsSteps = true
      case "changes": request.logsSteps = false
      case let other?: throw fail("--log takes 'full' or 'changes', not '\(other)'")
      }
      request.json = options["--json"] != nil
      return .simulate(request)

    case "stats":
      return .stats(json: try jsonOnly())

    case "quit", "exit":
      try finish()
      return .quit

    default:
      preconditionFailure("internal inconsistency: command '\(name)' has a spec but no parser")
    }
  }

  private mutating func newOrder() throws(ShellError) -> NewOrder {
    let options = try options(
      values: ["--user", "--name", "--email", "--phone", "--product", "--amount"],
      switches: ["--no-phone"])
    var request = NewOrder()
    if let text = options["--user"] {
      guard let value = Values.id(text) else {
        throw fail("'\(text)' is not a user id; write it like 12 or #12")
      }
      request.user = UserID(rawValue: value)
    }
    request.name = options["--name"]
    request.email = options["--email"]
    if options["--phone"] != nil && options["--no-phone"] != nil {
      throw fail("--phone and --no-phone contradict each other")
    }
    if let phone = options["--phone"] { request.phone = .some(phone) }
    if options["--no-phone"] != nil { request.phone = .some(nil) }
    request.product = options["--product"]
    if let text = options["--amount"] { request.amount = try amount(text) }
    return request
  }

  private mutating func expectation() throws(ShellError) -> Expectation {
    let kind = try keyword(["order", "user", "task", "clock", "count"])
    var subject: Expectation.Subject
    var valueType: Expectation.FieldType
    var described: String
    switch kind {
    case "clock":
      subject = .clock
      valueType = .dateTime
      described = "clock"
    case "count":
      let objects = Expectation.CountedObjects(rawValue: try keyword(["orders", "tasks"]))!
      // From the end: N, then an optional operator; what is before are FIELD VALUE pairs.
      var tail = Array(words[position...])
      guard let last = tail.popLast() else { throw fail("'\(context)' needs a count") }
      var op = ComparisonOperator.equal
      if let candidate = tail.last, let parsed = ComparisonOperator(rawValue: candidate.text),
        !candidate.quoted
      {
        op = parsed
        tail.removeLast()
      }
      guard tail.count % 2 == 0 else {
        throw fail("filters come in pairs, FIELD VALUE; '\(tail.last!.text)' has no value")
      }
      let fields = objects == .orders ? Expectation.orderFields : Expectation.taskFields
      var filters: [Expectation.Filter] = []
      for pair in stride(from: 0, to: tail.count, by: 2) {
        let field = try Expectation.field(
          tail[pair].text, among: fields, allowCounters: objects == .tasks)
        filters.append(Expectation.Filter(field: field, value: tail[pair + 1].text))
      }
      position = words.count
      let filterText = filters.map { " \($0.field.name) \($0.value)" }.joined()
      return Expectation(
        subject: .count(objects, filters: filters), op: op, value: last.text,
        text: "count \(objects.rawValue)\(filterText) \(op.rawValue) \(last.text)")
    default:
      let number = try id("\(kind == "order" ? "an" : "a") \(kind)")
      let fieldName = try next("a field")
      let field: Expectation.Field
      switch kind {
      case "order":
        field = try Expectation.field(
          fieldName, among: Expectation.orderFields, allowCounters: false)
        subject = .order(OrderID(rawValue: number), field)
      case "user":
        field = try Expectation.field(
          fieldName, among: Expectation.userFields, allowCounters: false)
        subject = .user(UserID(rawValue: number), field)
      default:
        field = try Expectation.field(fieldName, among: Expectation.taskFields, allowCounters: true)
        subject = .task(TaskID(rawValue: number), field)
      }
      valueType = field.type
      described = "\(kind) \(number) \(field.name)"
    }
    var op = ComparisonOperator.equal
    if !atEnd, !words[position].quoted,
      let parsed = ComparisonOperator(rawValue: words[position].text)
    {
      op = parsed
      position += 1
    }
    if !op.isEquality && !valueType.isOrdered {
      throw fail("\(described) compares only with == or !=")
    }
    let value = try rest("a value")
    return Expectation(
      subject: subject, op: op, value: value, text: "\(described) \(op.rawValue) \(value)")
  }
}
