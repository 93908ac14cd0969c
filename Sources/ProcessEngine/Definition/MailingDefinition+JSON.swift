import JSON

/// Reading and writing the `procsh-mailing` format (version 1); see docs/mailing-format.md.
extension MailingDefinition {
  public static let formatName = "procsh-mailing"
  public static let formatVersion: Int64 = 1

  /// Decodes a mailing file; every problem is reported at once, as `EngineError.definition`,
  /// each with its JSON path.
  public static func load(bytes: [UInt8]) throws(EngineError) -> MailingDefinition {
    let json: JSONValue
    do throws(JSONSyntaxError) {
      json = try JSONReader.parse(bytes)
    } catch {
      throw .definition([DefinitionProblem(.error, path: "", .notJSON(error))])
    }
    return try load(json: json)
  }

  /// Decodes a mailing from parsed JSON.
  public static func load(json: JSONValue) throws(EngineError) -> MailingDefinition {
    let (mailing, problems) = checked(json: json)
    guard let mailing else { throw .definition(problems) }
    return mailing
  }

  /// The mailing in `json`, or nil and every problem: for the session reader, which wants the
  /// first and no other case to rule out.
  static func checked(json: JSONValue) -> (
    mailing: MailingDefinition?, problems: [DefinitionProblem]
  ) {
    var decoder = DefinitionDecoder()
    let mailing = decoder.decodeMailing(json)
    return decoder.problems.isEmpty ? (mailing, []) : (nil, decoder.problems)
  }

  /// The mailing as a `procsh-mailing` document; `load(json:)` reads it back equal.
  public var json: JSONValue {
    var document = JSONObject()
    document["format"] = .string(Self.formatName)
    document["version"] = .integer(Self.formatVersion)
    document["name"] = .string(name)
    document["title"] = ProcessDefinition.wordingJSON(title, russian: russianTitle)
    document["object"] = .string(ObjectType.order.rawValue)
    document["to"] = .string(to.text(counters: []))
    document["text"] = .string(text)
    return .object(document)
  }
}

extension DefinitionDecoder {
  /// A mailing from `json`, or nil with `problems` saying why; problems may also come with a
  /// mailing, and then it is refused too.
  mutating func decodeMailing(_ json: JSONValue) -> MailingDefinition? {
    guard case .object(let root) = json else {
      error("", .mailingNotObject(found: JSONKind(json)))
      return nil
    }
    checkKeys(
      root, path: "", block: nil,
      allowed: ["format", "version", "name", "title", "object", "to", "text"])
    if let format = string(root, "format", path: "", block: nil),
      format != MailingDefinition.formatName
    {
      error("format", .wrongFormat(found: format, expected: MailingDefinition.formatName))
    }
    checkVersion(root, newest: MailingDefinition.formatVersion)
    let name = string(root, "name", path: "", block: nil)
    // Conditions name it (`received NAME`): it must read as one word there.
    if let name, !ConditionParser.isPlainWord(name) || ConditionParser.syntaxWords.contains(name) {
      error("name", .unusableName(name))
    }
    let title = wording(root, "title", path: "", block: nil)
    if let object = string(root, "object", path: "", block: nil, required: false),
      object != ObjectType.order.rawValue
    {
      error("object", .mailingNotOverOrders(found: object))
    }
    var to: Condition? = nil
    if let text = string(root, "to", path: "", block: nil) {
      to = condition(text, counters: [], path: "to", block: nil)
    }
    let text = string(root, "text", path: "", block: nil)
    if let text, text.isEmpty { error("text", .emptyMailingText) }
    guard let name, let to, let text else { return nil }
    return MailingDefinition(
      name: name, title: title.english.isEmpty ? name : title.english,
      russianTitle: title.russian, to: to, text: text)
  }
}
