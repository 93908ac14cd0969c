import JSON

/// Reading and writing the `procsh-process` format (version 1); see docs/process-format.md.
extension ProcessDefinition {
  public static let formatName = "procsh-process"
  public static let formatVersion: Int64 = 1

  /// Decodes and validates a definition file. `catalog` finds the other definitions a
  /// `subprocess` block may name.
  ///
  /// Every problem is reported at once, as `EngineError.definition`; warnings come back with a
  /// usable definition.
  public static func load(
    bytes: [UInt8], catalog: (String) -> ProcessDefinition?
  ) throws(EngineError) -> (definition: ProcessDefinition, warnings: [DefinitionProblem]) {
    let json: JSONValue
    do throws(JSONSyntaxError) {
      json = try JSONReader.parse(bytes)
    } catch {
      throw .definition([
        DefinitionProblem(.error, path: "", .notJSON(error))
      ])
    }
    return try load(json: json, catalog: catalog)
  }

  /// Decodes and validates a definition from parsed JSON.
  public static func load(
    json: JSONValue, catalog: (String) -> ProcessDefinition?
  ) throws(EngineError) -> (definition: ProcessDefinition, warnings: [DefinitionProblem]) {
    let (definition, problems) = checked(json: json, catalog: catalog)
    guard let definition else { throw .definition(problems) }
    return (definition, problems)
  }

  /// The definition in `json` and its warnings, or no definition and every problem, errors first:
  /// what `load(json:catalog:)` throws, for the session reader, which wants the first error and
  /// no other case to rule out.
  static func checked(
    json: JSONValue, catalog: (String) -> ProcessDefinition?
  ) -> (definition: ProcessDefinition?, problems: [DefinitionProblem]) {
    var decoder = DefinitionDecoder()
    guard let decoded = decoder.decodeDefinition(json) else {
      return (nil, decoder.problems)
    }
    // Validated even when some values could not be read (SPEC §12.4: every problem in one pass):
    // the blocks that did not decode stand in as placeholders with their ids and exits, so the
    // wiring and the graph around them are still checked.
    let (validated, problems) = decoded.validated(
      catalog: catalog, placeholders: decoder.placeholders)
    let all = decoder.problems + problems
    guard !all.contains(where: { $0.severity == .error }) else {
      return (nil, all.filter { $0.severity == .error } + all.filter { $0.severity == .warning })
    }
    return (validated, all)
  }

  /// The definition as a `procsh-process` document; `load(json:catalog:)` reads it back equal.
  public var json: JSONValue {
    var document = JSONObject()
    document["format"] = .string(Self.formatName)
    document["version"] = .integer(Self.formatVersion)
    document["name"] = .string(name)
    document["title"] = Self.wordingJSON(title, russian: russianTitle)
    document["object"] = .string(object.rawValue)
    document["launch"] = .string(launch.name)
    if case .periodic(let interval) = launch {
      document["interval"] = .string(interval.description)
    }
    if entry != .always { document["entry"] = .string(entry.text(counters: counters)) }
    if !counters.isEmpty { document["counters"] = .array(counters.map { .string($0) }) }
    document["blocks"] = .array(blocks.map { $0.json(counters: counters) })
    return .object(document)
  }

}

extension Block {
  func json(counters: [String]) -> JSONValue {
    var object = JSONObject()
    object["id"] = .string(id)
    object["type"] = .string(kind.typeName)
    if !title.isEmpty || russianTitle != nil {
      object["title"] = ProcessDefinition.wordingJSON(title, russian: russianTitle)
    }
    switch kind {
    case .start, .fork:
      break
    case .condition(let condition):
      object["condition"] = .string(condition.text(counters: counters))
    case .wait(let condition, let timeout):
      object["condition"] = .string(condition.text(counters: counters))
      if let timeout { object["timeout"] = .string(timeout.description) }
    case .delay(.duration(let span)):
      object["duration"] = .string(span.description)
    case .delay(.until(let source)):
      object["until"] = source.json
    case .question(let question):
      object["key"] = .string(question.key)
      object["text"] = .string(question.text)
      if !question.script.isEmpty || question.russianScript != nil {
        object["script"] = ProcessDefinition.wordingJSON(
          question.script, russian: question.russianScript)
      }
      if question.countsAsCall { object["call"] = .bool(true) }
      object["options"] = .array(question.options.map(\.json))
    case .operation(let operations) where operations.count == 1:
      operations[0].write(into: &object, counters: counters)
    case .operation(let operations):
      object["actions"] = .array(
        operations.map { operation in
          var action = JSONObject()
          operation.write(into: &action, counters: counters)
          return .object(action)
        })
    case .subprocess(let process):
      object["process"] = .string(process)
    case .end(let name, let result):
      object["name"] = .string(name)
      object["result"] = .string(result.rawValue)
    }
    if case .fork = kind {
      object["exits"] = .array(exits.map { $0.target.map(JSONValue.string) ?? .null })
    } else if case .end = kind {
    } else {
      object["exits"] = .object(
        JSONObject(exits.map { (key: $0.name, value: $0.target.map(JSONValue.string) ?? .null) }))
    }
    return .object(object)
  }
}

extension QuestionOption {
  var json: JSONValue {
    var object = JSONObject()
    object["key"] = .string(key)
    if !label.isEmpty || russianLabel != nil {
      object["label"] = ProcessDefinition.wordingJSON(label, russian: russianLabel)
    }
    object["kind"] = .string(kind.rawValue)
    if let argument { object["argument"] = .string(argument.rawValue) }
    if let variable, variable != argument?.rawValue { object["variable"] = .string(variable) }
    return .object(object)
  }
}

extension DateSource {
  var json: JSONValue {
    switch self {
    case .variable(let name): return ["variable": .string(name)]
    case .orderField(let field): return ["field": .string("order.\(field.rawValue)")]
    }
  }
}

extension TextSource {
  var json: JSONValue {
    switch self {
    case .literal(let text): return .string(text)
    case .variable(let name, let fallback):
      var object = JSONObject()
      object["variable"] = .string(name)
      if let fallback { object["default"] = .string(fallback) }
      return .object(object)
    }
  }
}

extension Operation {
  func write(into object: inout JSONObject, counters: [String]) {
    object["do"] = .string(actionName)
    switch self {
    case .setStatus(let status, let reason):
      object["status"] = .string(status.slug)
      if let reason { object["reason"] = reason.json }
    case .assignManager:
      break
    case .setUserField(let field, let value):
      object["field"] = .string("user.\(field.rawValue)")
      if let value { object["value"] = value.json }
    case .setOrderDate(let field, let value):
      object["field"] = .string("order.\(field.rawValue)")
      if let value { object["value"] = value.json }
    case .sendMessage(let channel, let text):
      object["channel"] = .string(channel)
      object["text"] = .string(text)
    case .setCounter(let counter, let value), .addCounter(let counter, let value):
      object["counter"] = .string(counters[counter])
      object["value"] = .integer(value)
    }
  }
}

// MARK: - Decoding

/// Turns a JSON tree into a definition, collecting every problem with its JSON path instead of
/// stopping at the first.
struct DefinitionDecoder {
  var problems: [DefinitionProblem] = []
  /// For each block, whether it is a placeholder for one that could not be decoded (its kind
  /// stands in: it says nothing of the block).
  var placeholders: [Bool] = []
  /// The counters' positions by name, for conditions and counter actions.
  var counterPositions: [String: Int] = [:]

  mutating func error(_ path: String, block: String? = nil, _ reason: DefinitionProblem.Reason) {
    problems.append(DefinitionProblem(.error, path: path, block: block, reason))
  }

  mutating func decodeDefinition(_ json: JSONValue) -> ProcessDefinition? {
    guard case .object(let root) = json else {
      error("", .documentNotObject(found: JSONKind(json)))
      return nil
    }
    checkKeys(
      root, path: "", block: nil,
      allowed: [
        "format", "version", "name", "title", "object", "launch", "interval", "entry", "counters",
        "blocks",
      ])
    let format = string(root, "format", path: "", block: nil)
    if let format, format != ProcessDefinition.formatName {
      error("format", .wrongFormat(found: format, expected: ProcessDefinition.formatName))
    }
    checkVersion(root, newest: ProcessDefinition.formatVersion)
    let name = string(root, "name", path: "", block: nil)
    if let name, name.isEmpty || name.contains(where: \.isWhitespace) {
      error("name", .unusableName(name))
    }
    let title = wording(root, "title", path: "", block: nil)
    var objectType = ObjectType.order
    if let text = string(root, "object", path: "", block: nil) {
      if let parsed = ObjectType(rawValue: text) {
        objectType = parsed
      } else {
        error("object", .unknownObjectType(text))
      }
    }
    var counters: [String] = []
    if let value = root["counters"] {
      if case .array(let items) = value {
        for (index, item) in items.enumerated() {
          guard case .string(let counter) = item, !counter.isEmpty,
            !counter.contains(where: \.isWhitespace)
          else {
            error("counters[\(index)]", .badCounterName)
            continue
          }
          if counterPositions[counter] != nil {
            error("counters[\(index)]", .counterTwice(counter))
          } else {
            counterPositions[counter] = counters.count
          }
          counters.append(counter)
        }
      } else {
        error("counters", .countersNotArray(found: JSONKind(value)))
      }
    }
    var launch = Launch.disabled
    if let text = string(root, "launch", path: "", block: nil) {
      switch text {
      case "on-create": launch = .onCreate
      case "once": launch = .once
      case "disabled": launch = .disabled
      case "periodic":
        var interval = Launch.defaultInterval
        if let intervalText = string(root, "interval", path: "", block: nil, required: false) {
          if let span = duration(intervalText, path: "interval", block: nil) {
            if span.seconds <= 0 {
              error("interval", .intervalNotPositive)
            } else {
              interval = span
            }
          }
        }
        launch = .periodic(interval)
      default:
        error("launch", .unknownLaunch(text))
      }
    }
    if root["interval"] != nil, case .periodic = launch {
    } else if root["interval"] != nil {
      error("interval", .intervalWithoutPeriodic)
    }
    var entry = Condition.always
    if let text = string(root, "entry", path: "", block: nil, required: false) {
      if let parsed = condition(text, counters: counters, path: "entry", block: nil) {
        if parsed.readsCounters {
          error("entry", .entryReadsCounters)
        }
        entry = parsed
      }
    }
    var blocks: [Block] = []
    if let value = root["blocks"] {
      if case .array(let items) = value {
        for (index, item) in items.enumerated() {
          let (block, decoded) = decodeBlock(item, path: "blocks[\(index)]", counters: counters)
          blocks.append(block)
          placeholders.append(!decoded)
        }
        if items.isEmpty { error("blocks", .noBlocks) }
      } else {
        error("blocks", .blocksNotArray(found: JSONKind(value)))
      }
    } else {
      error("blocks", .blocksMissing)
    }
    // Without blocks there is no graph to check, and "no start block" would only repeat the
    // error above. Without a name the definition is refused already, but its blocks are checked.
    guard !blocks.isEmpty else { return nil }
    var definition = ProcessDefinition(
      name: name ?? "", title: title.english, object: objectType, launch: launch, entry: entry,
      counters: counters,
      blocks: blocks)
    definition.russianTitle = title.russian
    return definition
  }

  /// The block at `path`, and whether it decoded. One that did not is a placeholder keeping
  /// what can be read of its id and exits (an empty id if it has none); its problems are
  /// reported already.
  mutating func decodeBlock(_ json: JSONValue, path: String, counters: [String]) -> (
    block: Block, decoded: Bool
  ) {
    if let block = decodeWholeBlock(json, path: path, counters: counters) { return (block, true) }
    guard case .object(let object) = json else { return (Block(id: "", kind: .fork), false) }
    var id = ""
    if case .string(let text)? = object["id"] { id = text }
    func target(_ value: JSONValue) -> String? {
      if case .string(let id) = value { return id } else { return nil }
    }
    // A fork's kind for exits in an array, so validation names them `exits[2]`; a subprocess's
    // (whose exits have any names) for exits in an object.
    switch object["exits"] {
    case .array(let items)?:
      let exits = items.enumerated().map { Exit(name: String($0 + 1), target: target($1)) }
      return (Block(id: id, kind: .fork, exits: exits), false)
    case .object(let given)?:
      let exits = given.members.map { Exit(name: $0.key, target: target($0.value)) }
      return (Block(id: id, kind: .subprocess(process: ""), exits: exits), false)
    default:
      return (Block(id: id, kind: .subprocess(process: "")), false)
    }
  }

  private mutating func decodeWholeBlock(_ json: JSONValue, path: String, counters: [String])
    -> Block?
  {
    guard case .object(let object) = json else {
      error(path, .blockNotObject(found: JSONKind(json)))
      return nil
    }
    var id: String? = nil
    if case .string(let text)? = object["id"], !text.isEmpty {
      id = text
    } else {
      error(path + ".id", .blockWithoutID)
    }
    guard let type = string(object, "type", path: path, block: id) else { return nil }
    let title = wording(object, "title", path: path, block: id)
    var keys = ["id", "type", "title", "exits"]
    // A block whose kind cannot be read still has its keys checked: a typo beside a mistake is
    // reported with it, not after it is fixed.
    func givingUp() -> Block? {
      checkKeys(object, path: path, block: id, allowed: keys)
      return nil
    }
    let kind: BlockKind
    switch type {
    case "start":
      kind = .start
    case "fork":
      kind = .fork
    case "condition":
      keys += ["condition"]
      guard let text = string(object, "condition", path: path, block: id),
        let parsed = condition(text, counters: counters, path: path + ".condition", block: id)
      else { return givingUp() }
      kind = .condition(parsed)
    case "wait":
      keys += ["condition", "timeout"]
      let parsed = string(object, "condition", path: path, block: id).flatMap {
        condition($0, counters: counters, path: path + ".condition", block: id)
      }
      var timeout: TimeSpan? = nil
      var timeoutFailed = false
      if let text = string(object, "timeout", path: path, block: id, required: false) {
        timeout = duration(text, path: path + ".timeout", block: id)
        timeoutFailed = timeout == nil
      }
      guard let parsed, !timeoutFailed else { return givingUp() }
      kind = .wait(parsed, timeout: timeout)
    case "delay":
      keys += ["duration", "until"]
      if object["duration"] != nil, object["until"] != nil {
        error(path, block: id, .delayWithTwoLengths)
        return givingUp()
      }
      if let text = string(object, "duration", path: path, block: id, required: false) {
        guard let span = duration(text, path: path + ".duration", block: id) else {
          return givingUp()
        }
        kind = .delay(.duration(span))
      } else if let until = object["until"] {
        guard let source = dateSource(until, path: path + ".until", block: id) else {
          return givingUp()
        }
        kind = .delay(.until(source))
      } else {
        error(path, block: id, .delayWithoutLength)
        return givingUp()
      }
    case "question":
      keys += ["key", "text", "script", "call", "options"]
      guard let question = decodeQuestion(object, path: path, block: id) else { return givingUp() }
      kind = .question(question)
    case "operation":
      if let actions = object["actions"] {
        // Several actions, done in order: `"actions": [{"do": …}, …]`.
        keys += ["actions"]
        guard case .array(let items) = actions, !items.isEmpty else {
          error(path + ".actions", block: id, .actionsNotArray)
          return givingUp()
        }
        var operations: [Operation] = []
        for (index, item) in items.enumerated() {
          let actionPath = "\(path).actions[\(index)]"
          guard case .object(let action) = item else {
            error(actionPath, block: id, .actionNotObject)
            continue
          }
          if let (operation, actionKeys) = decodeOperation(
            action, path: actionPath, block: id, counters: counters)
          {
            checkKeys(action, path: actionPath, block: id, allowed: actionKeys)
            operations.append(operation)
          }
        }
        guard operations.count == items.count else { return givingUp() }
        kind = .operation(operations)
      } else {
        guard
          let (operation, operationKeys) = decodeOperation(
            object, path: path, block: id, counters: counters)
        else {
          // Which keys it may have depends on the action it failed to read.
          return nil
        }
        keys += operationKeys
        kind = .operation([operation])
      }
    case "subprocess":
      keys += ["process"]
      guard let process = string(object, "process", path: path, block: id) else {
        return givingUp()
      }
      kind = .subprocess(process: process)
    case "end":
      keys += ["name", "result"]
      guard let name = string(object, "name", path: path, block: id) else { return givingUp() }
      var result = TaskResult.neutral
      if let text = string(object, "result", path: path, block: id) {
        if let parsed = TaskResult(rawValue: text), parsed != .none {
          result = parsed
        } else {
          error(path + ".result", block: id, .unknownResult(text))
        }
      }
      kind = .end(name: name, result: result)
    default:
      let suggestion = Suggestion.closest(to: type, among: BlockKind.typeNames)
      error(path + ".type", block: id, .unknownBlockType(type, suggestion: suggestion))
      return nil
    }
    checkKeys(object, path: path, block: id, allowed: keys)
    let exits = decodeExits(object["exits"], kind: kind, path: path + ".exits", block: id)
    guard let id else { return nil }
    return Block(
      id: id, title: title.english, russianTitle: title.russian, kind: kind, exits: exits)
  }

  mutating func decodeExits(_ json: JSONValue?, kind: BlockKind, path: String, block: String?)
    -> [Exit]
  {
    func target(_ value: JSONValue, path: String) -> String?? {
      switch value {
      case .null: return .some(nil)
      case .string(let id): return .some(id)
      default:
        error(path, block: block, .exitNotTarget(found: JSONKind(value)))
        return nil
      }
    }
    if case .fork = kind {
      guard let json else { return [] }
      guard case .array(let items) = json else {
        error(path, block: block, .forkExitsNotArray)
        return []
      }
      var exits: [Exit] = []
      for (index, item) in items.enumerated() {
        if let id = target(item, path: "\(path)[\(index)]") {
          exits.append(Exit(name: String(index + 1), target: id))
        }
      }
      return exits
    }
    var given = JSONObject()
    if let json {
      guard case .object(let object) = json else {
        error(path, block: block, .exitsNotObject(found: JSONKind(json)))
        return []
      }
      given = object
    }
    if case .end = kind {
      if !given.members.isEmpty { error(path, block: block, .endWithExits) }
      return []
    }
    var exits: [Exit] = []
    if let names = kind.exitNames {
      // Fixed exits: canonical order, missing ones empty, unknown ones refused. A question has
      // one per option, which may be many: then they are looked up in a table, not searched.
      let table: [String: Int]? =
        names.count > 16
        ? Dictionary(names.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a }) : nil
      var values = [JSONValue?](repeating: nil, count: names.count)
      for member in given.members {
        let position = if let table { table[member.key] } else { names.firstIndex(of: member.key) }
        guard let position else {
          // Past the limit the question is refused anyway: no edit distances to all its options.
          let suggestion =
            names.count <= ProcessDefinition.Limits.optionsPerQuestion
            ? Suggestion.closest(to: member.key, among: names) : nil
          error(
            "\(path).\(member.key)", block: block,
            .unknownExit(member.key, blockType: kind.typeName, suggestion: suggestion, exits: names)
          )
          continue
        }
        values[position] = member.value
      }
      for (name, value) in zip(names, values) {
        var destination: String? = nil
        if let value, let id = target(value, path: "\(path).\(name)") {
          destination = id
        }
        exits.append(Exit(name: name, target: destination))
      }
    } else {
      // Sub-process exits: named after the child's end blocks, checked by validation.
      for member in given.members {
        if let id = target(member.value, path: "\(path).\(member.key)") {
          exits.append(Exit(name: member.key, target: id))
        }
      }
    }
    return exits
  }

  mutating func decodeQuestion(_ object: JSONObject, path: String, block: String?) -> Question? {
    // Everything is read before a missing field gives up: `process validate` reports every
    // problem in one pass (SPEC §12.4), not the next one after each fix.
    let key = string(object, "key", path: path, block: block)
    let text = string(object, "text", path: path, block: block)
    let script = wording(object, "script", path: path, block: block)
    var countsAsCall = false
    if let value = object["call"] {
      if case .bool(let flag) = value {
        countsAsCall = flag
      } else {
        error(path + ".call", block: block, .notABool(found: JSONKind(value)))
      }
    }
    guard case .array(let items)? = object["options"], !items.isEmpty else {
      error(path + ".options", block: block, .noOptions)
      return nil
    }
    var options: [QuestionOption] = []
    var keys: Set<String> = []
    for (index, item) in items.enumerated() {
      let optionPath = "\(path).options[\(index)]"
      guard case .object(let fields) = item else {
        error(optionPath, block: block, .optionNotObject)
        continue
      }
      checkKeys(
        fields, path: optionPath, block: block,
        allowed: ["key", "label", "kind", "argument", "variable"])
      guard let optionKey = string(fields, "key", path: optionPath, block: block) else { continue }
      if optionKey.isEmpty || optionKey.contains(where: \.isWhitespace) {
        error(optionPath + ".key", block: block, .badOptionKey)
      }
      if !keys.insert(optionKey).inserted {
        error(optionPath + ".key", block: block, .optionTwice(optionKey))
      }
      let label = wording(fields, "label", path: optionPath, block: block)
      var kind = OptionKind.neutral
      if let kindText = string(fields, "kind", path: optionPath, block: block) {
        if let parsed = OptionKind(rawValue: kindText) {
          kind = parsed
        } else {
          error(optionPath + ".kind", block: block, .unknownOptionKind(kindText))
        }
      }
      var argument: ArgumentKind? = nil
      if let argumentText = string(
        fields, "argument", path: optionPath, block: block, required: false)
      {
        if let parsed = ArgumentKind(rawValue: argumentText) {
          argument = parsed
        } else {
          error(optionPath + ".argument", block: block, .unknownArgument(argumentText))
        }
      }
      var variable = string(fields, "variable", path: optionPath, block: block, required: false)
      if variable != nil, argument == nil {
        error(optionPath + ".variable", block: block, .variableWithoutArgument)
      }
      if variable == nil { variable = argument?.rawValue }
      options.append(
        QuestionOption(
          key: optionKey, label: label.english, russianLabel: label.russian, kind: kind,
          argument: argument, variable: variable))
    }
    guard let key, let text else { return nil }
    return Question(
      key: key, text: text, script: script.english, russianScript: script.russian,
      options: options, countsAsCall: countsAsCall)
  }

  mutating func decodeOperation(
    _ object: JSONObject, path: String, block: String?, counters: [String]
  ) -> (Operation, [String])? {
    guard let action = string(object, "do", path: path, block: block) else { return nil }
    switch action {
    case "set-status":
      guard let slug = string(object, "status", path: path, block: block) else { return nil }
      guard let status = OrderStatus(name: slug) else {
        error(path + ".status", block: block, .unknownStatus(slug))
        return nil
      }
      if status.isSetByPayments {
        error(path + ".status", block: block, .statusSetByPayments(slug))
        return nil
      }
      var reason: TextSource? = nil
      if let value = object["reason"] {
        guard let source = textSource(value, path: path + ".reason", block: block) else {
          return nil
        }
        reason = source
      }
      return (.setStatus(status, reason: reason), ["do", "status", "reason"])
    case "assign-manager":
      return (.assignManager, ["do"])
    case "set-field", "clear-field":
      guard let field = string(object, "field", path: path, block: block) else { return nil }
      let clearing = action == "clear-field"
      var value: JSONValue? = nil
      if !clearing {
        guard let given = object["value"] else {
          error(path + ".value", block: block, .valueMissing)
          return nil
        }
        value = given
      }
      let keys = clearing ? ["do", "field"] : ["do", "field", "value"]
      if field.hasPrefix("user."), let userField = UserField(rawValue: String(field.dropFirst(5))) {
        guard let value else { return (.setUserField(userField, nil), keys) }
        guard let source = textSource(value, path: path + ".value", block: block) else {
          return nil
        }
        return (.setUserField(userField, source), keys)
      }
      if field.hasPrefix("order."),
        let dateField = OrderDateField(rawValue: String(field.dropFirst(6)))
      {
        guard let value else { return (.setOrderDate(dateField, nil), keys) }
        guard let source = dateSource(value, path: path + ".value", block: block) else {
          return nil
        }
        return (.setOrderDate(dateField, source), keys)
      }
      let fields =
        UserField.allCases.map { "user.\($0.rawValue)" }
        + OrderDateField.allCases.map { "order.\($0.rawValue)" }
      let suggestion = Suggestion.closest(to: field, among: fields)
      error(path + ".field", block: block, .unknownField(field, suggestion: suggestion))
      return nil
    case "send-message":
      let channel = string(object, "channel", path: path, block: block, required: false) ?? "email"
      guard let text = string(object, "text", path: path, block: block) else { return nil }
      return (.sendMessage(channel: channel, text: text), ["do", "channel", "text"])
    case "counter-set", "counter-add":
      guard let name = string(object, "counter", path: path, block: block) else { return nil }
      guard let index = counterPositions[name] else {
        error(path + ".counter", block: block, .unknownCounter(name, counters: counters))
        return nil
      }
      var value: Int64 = action == "counter-add" ? 1 : 0
      if let given = object["value"] {
        guard case .integer(let number) = given, abs(number) <= 1_000_000_000 else {
          error(path + ".value", block: block, .notAWholeNumber(found: JSONKind(given)))
          return nil
        }
        value = number
      }
      let keys = ["do", "counter", "value"]
      return action == "counter-add"
        ? (.addCounter(index, value), keys) : (.setCounter(index, value), keys)
    default:
      let suggestion = Suggestion.closest(to: action, among: Operation.actionNames)
      error(path + ".do", block: block, .unknownAction(action, suggestion: suggestion))
      return nil
    }
  }

  // MARK: - Values

  /// A title, a label or a script: a string, or `{"en": …, "ru": …}` with either or both (a Russian one
  /// alone stands for English too). Empty when absent.
  mutating func wording(_ object: JSONObject, _ key: String, path: String, block: String?) -> (
    english: String, russian: String?
  ) {
    let keyPath = path.isEmpty ? key : "\(path).\(key)"
    guard case .object(let languages)? = object[key] else {
      return (string(object, key, path: path, block: block, required: false) ?? "", nil)
    }
    for language in languages.keys where language != "en" && language != "ru" {
      error("\(keyPath).\(language)", block: block, .unknownLanguage(key: key))
    }
    let english = string(languages, "en", path: keyPath, block: block, required: false)
    let russian = string(languages, "ru", path: keyPath, block: block, required: false)
    if english == nil && russian == nil {
      error(keyPath, block: block, .wordingShape)
    }
    return (english ?? russian ?? "", russian)
  }

  mutating func string(
    _ object: JSONObject, _ key: String, path: String, block: String?, required: Bool = true
  ) -> String? {
    let keyPath = path.isEmpty ? key : "\(path).\(key)"
    guard let value = object[key] else {
      if required { error(keyPath, block: block, .missingString) }
      return nil
    }
    guard case .string(let text) = value else {
      error(keyPath, block: block, .notAString(found: JSONKind(value)))
      return nil
    }
    return text
  }

  mutating func duration(_ text: String, path: String, block: String?) -> TimeSpan? {
    do throws(EngineError) {
      return try TimeSpan(parsing: text)
    } catch .malformedDuration(let text, let reason) {
      self.error(path, block: block, .badDuration(text, reason))
      return nil
    } catch {
      preconditionFailure("internal inconsistency: TimeSpan(parsing:) threw \(error)")
    }
  }

  mutating func condition(_ text: String, counters: [String], path: String, block: String?)
    -> Condition?
  {
    do throws(ConditionSyntaxError) {
      return try Condition(parsing: text, counters: counters, positions: counterPositions)
    } catch {
      // A generated condition may be a megabyte long: quote its beginning, enough to find it.
      let length = text.count
      self.error(
        path, block: block,
        .badCondition(
          shown: String(text.prefix(60)), length: length > 60 ? length : nil, error.problem))
      return nil
    }
  }

  mutating func textSource(_ json: JSONValue, path: String, block: String?) -> TextSource? {
    switch json {
    case .string(let text): return .literal(text)
    case .object(let object):
      checkKeys(object, path: path, block: block, allowed: ["variable", "default"])
      guard let name = string(object, "variable", path: path, block: block) else { return nil }
      let fallback = string(object, "default", path: path, block: block, required: false)
      return .variable(name, default: fallback)
    default:
      error(path, block: block, .textSourceShape(found: JSONKind(json)))
      return nil
    }
  }

  mutating func dateSource(_ json: JSONValue, path: String, block: String?) -> DateSource? {
    guard case .object(let object) = json else {
      error(path, block: block, .dateSourceShape(found: JSONKind(json)))
      return nil
    }
    checkKeys(object, path: path, block: block, allowed: ["variable", "field"])
    if let name = string(object, "variable", path: path, block: block, required: false) {
      return .variable(name)
    }
    if let field = string(object, "field", path: path, block: block, required: false) {
      guard field.hasPrefix("order."),
        let parsed = OrderDateField(rawValue: String(field.dropFirst(6)))
      else {
        error(path + ".field", block: block, .unknownDateField(field))
        return nil
      }
      return .orderField(parsed)
    }
    error(path, block: block, .dateSourceEmpty)
    return nil
  }

  /// Checks `version`: present, a whole number, from 1 to `newest`.
  mutating func checkVersion(_ root: JSONObject, newest: Int64) {
    guard let version = root["version"] else {
      error("version", .versionMissing)
      return
    }
    guard case .integer(let number) = version else {
      error("version", .notAWholeNumber(found: JSONKind(version)))
      return
    }
    if number > newest {
      error("version", .newerVersion(number, newest: newest))
    } else if number < 1 {
      error("version", .versionNotOne(found: number))
    }
  }

  mutating func checkKeys(_ object: JSONObject, path: String, block: String?, allowed: [String]) {
    for key in object.keys where !allowed.contains(key) {
      let suggestion = Suggestion.closest(to: key, among: allowed)
      error(
        path.isEmpty ? key : "\(path).\(key)", block: block,
        .unknownKey(key, suggestion: suggestion, allowed: allowed))
    }
  }
}

extension ProcessDefinition {
  /// A title or label as `load(json:)` reads it: a plain string unless there is a Russian one,
  /// so a definition without Russian writes what it always did.
  static func wordingJSON(_ english: String, russian: String?) -> JSONValue {
    guard let russian else { return .string(english) }
    return .object(JSONObject([("en", .string(english)), ("ru", .string(russian))]))
  }
}
