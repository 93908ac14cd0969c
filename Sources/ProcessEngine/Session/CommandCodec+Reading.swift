import JSON

/// Reading a history step's command back, every value checked as the rest of the session reader
/// checks its values, with the JSON path in the error: `history.steps[3][1].order: expected an
/// order id`. What only the session at that step can tell (does order 3 exist?) is the engine's
/// to check when the step is replayed.
extension CommandCodec {
  /// The command written as `value` at `path`. `catalog` finds the processes loaded before the
  /// step, which a `load-process` step's definition may run as sub-processes.
  static func command(
    _ value: JSONValue, at path: String, catalog: (String) -> ProcessDefinition?
  ) throws(SessionReadError) -> Command {
    guard case .object(let object) = value else {
      throw SessionReadError(path: path, .commandNotObject(found: JSONKind(value)))
    }
    guard case .string(let nameText)? = object["command"] else {
      throw SessionReadError(path: path + ".command", .commandNameMissing)
    }
    guard let name = Name(rawValue: nameText) else {
      let names = Name.allCases.map(\.rawValue)
      throw SessionReadError(
        path: path + ".command",
        .unknownCommand(nameText, suggestion: Suggestion.closest(to: nameText, among: names)))
    }
    let members = name.members
    let fields = try Fields(
      object, at: path, keys: ["command"] + members.map(\.key),
      required: members.filter { $0.whenMissing == nil }.map(\.key))
    switch name {
    case .setClock: return .setClock(try fields.dateTime("to"))
    case .advance: return .advance(by: try fields.span("by"))
    case .advanceTo: return .advanceTo(try fields.dateTime("to"))
    case .advanceToNext: return .advanceToNext
    case .createOrder:
      let order = try fields.object("order", keys: newOrderKeys, required: [])
      return .createOrder(
        NewOrder(
          user: try order.optionalID("user"), name: try order.optionalString("name"),
          email: try order.optionalString("email"), phone: try order.phone("phone"),
          product: try order.optionalString("product"), amount: try order.optionalMoney("amount")))
    case .pay: return .pay(try fields.id("order"), try fields.optionalMoney("amount"))
    case .cancel:
      return .cancel(try fields.id("order"), reason: try fields.optionalString("reason"))
    case .setUserField:
      let fieldName = try fields.string("field")
      guard let field = UserField(rawValue: fieldName) else {
        throw fields.fail("field", .notAUserField(fieldName))
      }
      return .setUserField(try fields.id("user"), field, try fields.optionalString("value"))
    case .setOrderStatus:
      let slug = try fields.string("status")
      guard let status = OrderStatus(slug: slug) else {
        throw fields.fail("status", .notAStatus(slug))
      }
      return .setOrderStatus(
        try fields.id("order"), status, reason: try fields.optionalString("reason"))
    case .setOrderDate:
      let fieldName = try fields.string("field")
      guard let field = OrderDateField(rawValue: fieldName) else {
        throw fields.fail("field", .notADateField(fieldName))
      }
      let value = fields.has("value") ? try fields.instant("value") : nil
      return .setOrderDate(try fields.id("order"), field, value)
    case .answer:
      let target: AnswerTarget
      switch (try fields.optionalID("task") as TaskID?, try fields.optionalID("order") as OrderID?)
      {
      case (let task?, nil): target = .task(task)
      case (nil, let order?): target = .order(order)
      case (nil, nil):
        throw SessionReadError(path: path, .answerWithoutTarget)
      case (_?, _?):
        throw SessionReadError(path: path, .answerWithTwoTargets)
      }
      var argument: AnswerArgument? = nil
      if fields.has("argument") {
        let given = try fields.object("argument", keys: ["date", "text"], required: [])
        switch (given.has("text"), given.has("date")) {
        case (true, false): argument = .text(try given.string("text"))
        case (false, true): argument = .date(try given.instant("date"))
        default:
          throw SessionReadError(path: given.path, .argumentShape)
        }
      }
      return .answer(
        target, option: try fields.string("option"), argument: argument,
        by: try fields.optionalID("by"))
    case .addManager: return .addManager(try fields.string("name"))
    case .actAs: return .actAs(try fields.string("name"))
    case .takeTask: return .takeTask(try fields.id("task"))
    case .transferTasks:
      return .transferTasks(from: try fields.string("from"), to: try fields.optionalString("to"))
    case .loadProcess:
      let (definition, problems) = ProcessDefinition.checked(
        json: fields.object["definition"]!, catalog: catalog)
      guard let definition else {
        let problem = problems.first { $0.severity == .error }!
        throw SessionReadError(
          path: path + ".definition" + (problem.path.isEmpty ? "" : ".\(problem.path)"),
          .definition(problem))
      }
      return .loadProcess(definition)
    case .loadMailing:
      let (mailing, problems) = MailingDefinition.checked(json: fields.object["definition"]!)
      guard let mailing else {
        let problem = problems[0]
        throw SessionReadError(
          path: path + ".definition" + (problem.path.isEmpty ? "" : ".\(problem.path)"),
          .definition(problem))
      }
      return .loadMailing(mailing)
    case .startMailing: return .startMailing(try fields.string("name"))
    case .stopMailing: return .stopMailing(try fields.string("name"))
    case .openMessage: return .openMessage(try fields.id("message"))
    case .startProcess: return .startProcess(try fields.string("name"))
    case .stopProcess: return .stopProcess(try fields.string("name"))
    case .restartProcess: return .restartProcess(try fields.string("name"))
    case .runProcess: return .runProcess(try fields.string("name"), order: try fields.id("order"))
    case .runProcessOnUser:
      return .runProcessOnUser(try fields.string("name"), user: try fields.id("user"))
    case .simulate:
      let given = try fields.object("parameters", keys: parameterKeys, required: parameterKeys)
      guard case .bool(let logsSteps)? = given.object["logs-steps"] else {
        throw given.fail("logs-steps", .expectedBool)
      }
      let parameters = SimulationParameters(
        orders: Int(try given.integer("orders", in: 0...Int64(SimulationParameters.mostOrders))),
        window: try given.span("window"), seed: try given.seed("seed"),
        horizon: try given.span("horizon"), logsSteps: logsSteps)
      do throws(EngineError) {
        try parameters.check()
      } catch {
        throw SessionReadError(path: given.path, .refused(error))
      }
      var problems: [ProfileProblem] = []
      let profile = SimulationProfile(json: fields.object["profile"]!, problems: &problems)
      if let problem = problems.first {
        throw SessionReadError(path: path + ".profile", .profile(problem))
      }
      return .simulate(parameters, profile)
    }
  }

  /// The members of one object of a step, each read and checked by type, errors naming the path.
  struct Fields {
    let object: JSONObject
    let path: String

    /// Refuses members that are not in `keys`, and missing members of `required`.
    init(_ object: JSONObject, at path: String, keys: [String], required: [String])
      throws(SessionReadError)
    {
      self.object = object
      self.path = path
      for key in object.keys where !keys.contains(key) {
        throw SessionReadError(
          path: "\(path).\(key)",
          .unknownMember(suggestion: Suggestion.closest(to: key, among: keys)))
      }
      for key in required where object[key] == nil {
        throw SessionReadError(path: "\(path).\(key)", .missing)
      }
    }

    func fail(_ key: String, _ reason: SessionProblem.Reason) -> SessionReadError {
      SessionReadError(path: "\(path).\(key)", reason)
    }

    func has(_ key: String) -> Bool { object[key] != nil }

    func found(_ key: String) -> JSONKind { JSONKind(object[key]) }

    /// A nested object, with its own members checked.
    func object(_ key: String, keys: [String], required: [String]) throws(SessionReadError)
      -> Fields
    {
      guard case .object(let nested)? = object[key] else {
        throw fail(key, .expectedObjectFound(found(key)))
      }
      return try Fields(nested, at: "\(path).\(key)", keys: keys, required: required)
    }

    func string(_ key: String) throws(SessionReadError) -> String {
      guard case .string(let text)? = object[key] else {
        throw fail(key, .expectedStringFound(found(key)))
      }
      return text
    }

    func optionalString(_ key: String) throws(SessionReadError) -> String? {
      has(key) ? try string(key) : nil
    }

    /// `"phone"`: left out, not given; null, no phone; a string, that phone.
    func phone(_ key: String) throws(SessionReadError) -> String?? {
      switch object[key] {
      case nil: return nil
      case .null?: return .some(nil)
      default: return .some(try string(key))
      }
    }

    func integer(_ key: String, in range: ClosedRange<Int64>) throws(SessionReadError) -> Int64 {
      guard case .integer(let value)? = object[key] else {
        throw fail(key, .expectedWholeNumberFound(found(key)))
      }
      guard range.contains(value) else {
        throw fail(key, .outOfRange(value, range))
      }
      return value
    }

    func id<ID: EntityID>(_ key: String) throws(SessionReadError) -> ID {
      ID(rawValue: Int32(try integer(key, in: 1...Int64(Int32.max))))
    }

    func optionalID<ID: EntityID>(_ key: String) throws(SessionReadError) -> ID? {
      has(key) ? try id(key) : nil
    }

    func optionalMoney(_ key: String) throws(SessionReadError) -> Money? {
      has(key) ? Money(cents: try integer(key, in: 1...Money.maximum.cents)) : nil
    }

    /// `1d2h30m`, as `CommandCodec.json(_: TimeSpan)` writes it.
    func span(_ key: String) throws(SessionReadError) -> TimeSpan {
      let text = try string(key)
      guard let span = CommandCodec.span(text) else {
        throw fail(key, .notASpan(text))
      }
      return span
    }

    func instant(_ key: String) throws(SessionReadError) -> Instant {
      switch object[key] {
      case .integer(let seconds)?:
        return Instant(secondsSinceEpoch: seconds)
      case .string(let text)?:
        do throws(EngineError) {
          return try Instant(parsing: text)
        } catch {
          throw fail(key, .refused(error))
        }
      default:
        throw fail(key, .expectedDateTimeFound(found(key)))
      }
    }

    /// A date-time, or `+SPAN` after the clock.
    func dateTime(_ key: String) throws(SessionReadError) -> DateTimeExpression {
      if case .string(let text)? = object[key], text.hasPrefix("+") {
        guard let span = CommandCodec.span(String(text.dropFirst())) else {
          throw fail(key, .notADateTimeOrSpan(text))
        }
        return .relative(span)
      }
      return .absolute(try instant(key))
    }

    func seed(_ key: String) throws(SessionReadError) -> UInt64 {
      switch object[key] {
      case .integer(let value)? where value >= 0: return UInt64(value)
      case .string(let text)?:
        if let value = UInt64(text), value > UInt64(Int64.max) { return value }
      default: break
      }
      throw fail(key, .expectedSeed)
    }
  }

  /// The span `TimeSpan.description` writes, read back exactly: an optional `-`, then numbers
  /// with units from the largest to the smallest (`w d h m s`). Wider than `TimeSpan(parsing:)`,
  /// which takes only what a person may type, because a step may hold any span a program gave.
  static func span(_ text: String) -> TimeSpan? {
    var bytes = Substring(text).utf8[...]
    let negative = bytes.first == UInt8(ascii: "-")
    if negative { bytes = bytes.dropFirst() }
    guard !bytes.isEmpty else { return nil }
    var total: UInt64 = 0
    var number: UInt64? = nil
    var lastUnit = -1
    for byte in bytes {
      if byte >= 0x30, byte <= 0x39 {
        let (times10, overflow) = (number ?? 0).multipliedReportingOverflow(by: 10)
        guard !overflow, times10 <= UInt64.max - UInt64(byte - 0x30) else { return nil }
        number = times10 + UInt64(byte - 0x30)
        continue
      }
      guard let value = number,
        let unit = TimeSpan.units.firstIndex(where: { $0.symbol.asciiValue == byte }),
        unit > lastUnit
      else { return nil }
      let (seconds, overflow) = value.multipliedReportingOverflow(
        by: UInt64(TimeSpan.units[unit].seconds))
      guard !overflow, total <= UInt64.max - seconds else { return nil }
      total += seconds
      lastUnit = unit
      number = nil
    }
    guard number == nil else { return nil }
    if negative {
      guard total <= UInt64(Int64.max) + 1 else { return nil }
      return TimeSpan(seconds: total == UInt64(Int64.max) + 1 ? .min : -Int64(total))
    }
    guard total <= UInt64(Int64.max) else { return nil }
    return TimeSpan(seconds: Int64(total))
  }
}
