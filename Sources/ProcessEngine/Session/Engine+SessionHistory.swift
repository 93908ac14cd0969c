import JSON

/// Writing and reading a session's history (`SessionHistory`): the optional `history` member of a
/// version-1 session file (docs/session-format.md, "History").
///
///     "history":{"base":{
///     "acting-manager":1,
///     …
///     "version":1
///     },"checkpoints":[
///     ["ordered",1]
///     ],"steps":[
///     ["order new",{"command":"create-order","order":{}}]
///     ]},
///
/// The base is a whole session document, its records one per line as at the top; then each
/// checkpoint and each step on a line of its own, so that a history diffs as well as a session.
extension Engine {
  /// A session file and the history it keeps, if it keeps one.
  ///
  /// Everything is checked as `init(sessionBytes:)` checks it, the base of the history included;
  /// a step's command is checked for what it can be without the session it ran on (its types,
  /// ranges, definition and simulation profile). Whether it replays on the base is for whoever
  /// replays it to find out: replaying a simulation takes seconds.
  public static func readSession(_ bytes: [UInt8]) throws(EngineError) -> (
    engine: Engine, history: SessionHistory?
  ) {
    try bytes.withUnsafeBufferPointer { (buffer) throws(EngineError) in
      try readSession(borrowing: buffer)
    }
  }

  /// The same, read from bytes lent for the time of the call: a file mapped into memory, which
  /// a million-order session need not be copied out of.
  public static func readSession(borrowing bytes: UnsafeBufferPointer<UInt8>) throws(EngineError)
    -> (engine: Engine, history: SessionHistory?)
  {
    var reader = SessionReader(borrowing: bytes)
    do throws(SessionReadError) {
      return try reader.read()
    } catch {
      throw .session(error.problem)
    }
  }

  func writeHistory(_ history: SessionHistory, into writer: inout ByteBuffer) {
    var names = Set<String>()
    for checkpoint in history.checkpoints {
      guard (0...history.steps.count).contains(checkpoint.step),
        names.insert(checkpoint.name).inserted
      else {
        preconditionFailure(
          "internal inconsistency: checkpoint '\(checkpoint.name)' after \(checkpoint.step) of \(history.steps.count) steps, or named twice"
        )
      }
    }
    writer.append("{\"base\":")
    history.base.writeDocument(into: &writer, history: nil)
    writer.append(",\"checkpoints\":[")
    for (index, checkpoint) in history.checkpoints.enumerated() {
      writer.append(index == 0 ? "\n" : ",\n")
      var line = JSONWriter()
      line.write([.string(checkpoint.name), .integer(Int64(checkpoint.step))])
      writer.append(contentsOf: line.bytes)
    }
    writer.append(history.checkpoints.isEmpty ? "]" : "\n]")
    writer.append(",\"steps\":[")
    for (index, step) in history.steps.enumerated() {
      writer.append(index == 0 ? "\n" : ",\n")
      var line = JSONWriter()
      line.write([.string(step.text), CommandCodec.json(step.command)])
      writer.append(contentsOf: line.bytes)
    }
    writer.append(history.steps.isEmpty ? "]" : "\n]")
    writer.append("}")
  }
}

extension SessionHistory {
  /// About how many bytes the history takes in a session file.
  var sizeEstimate: Int {
    base.sessionSizeEstimate + steps.count * 120 + checkpoints.count * 40
  }
}

extension SessionReader {
  /// The members of `history`: where each value starts.
  enum HistoryKey: String, CaseIterable {
    case base
    case checkpoints
    case steps

    /// What the member holds, for the docs.
    var meaning: String {
      switch self {
      case .base:
        "the session before the first step: a whole session document (without a history), its records one per line"
      case .checkpoints:
        "one row per checkpoint, in the order they were made: `[name, steps]`, the session after its first `steps` steps"
      case .steps:
        "one row per step, oldest first: `[text, command]`, the line as typed and the engine command it ran"
      }
    }
  }

  /// Reads the `history` member.
  mutating func readHistory() throws(SessionReadError) -> SessionHistory {
    seek(.history)
    var starts: [HistoryKey: Int] = [:]
    guard reader.consume(0x7B) else { throw fail("history", .expectedObject) }
    if !reader.consume(0x7D) {
      repeat {
        let name = try syntax("history") { (json) throws(JSONSyntaxError) in
          let name = try json.readString()
          try json.expect(0x3A)
          json.skipWhitespace()
          return name
        }
        guard let key = HistoryKey(rawValue: name) else {
          throw fail("history.\(name)", .unknownHistoryKey)
        }
        guard starts[key] == nil else { throw fail("history.\(name)", .keyTwice) }
        starts[key] = reader.position
        try syntax("history.\(name)") { (json) throws(JSONSyntaxError) in
          if let next = json.peek(), next == 0x5B || next == 0x7B {
            try json.skipContainer()
          } else {
            try json.skipValue()
          }
        }
      } while try syntax("history") { (json) throws(JSONSyntaxError) in
        try json.continues(until: 0x7D)
      }
    }
    for key in HistoryKey.allCases where starts[key] == nil {
      throw fail("history.\(key.rawValue)", .missing)
    }

    // The base: a whole session document, read as one, with its paths under `history.base`.
    var baseReader = SessionReader(borrowing: reader.bytes, at: starts[.base]!)
    let base: Engine
    do throws(SessionReadError) {
      base = try baseReader.read().engine
    } catch {
      throw error.inside("history.base")
    }

    // The steps, each a small tree; definitions are read against the processes loaded before
    // them, as `process load` read them.
    var catalog = base.processes.map(\.definition)
    var steps: [SessionHistory.Step] = []
    reader.position = starts[.steps]!
    try forEachElement(of: "history.steps") { (value, path) throws(SessionReadError) in
      guard case .array(let pair) = value, pair.count == 2 else {
        throw SessionReadError(path: path, .stepShape)
      }
      guard case .string(let text) = pair[0] else {
        throw SessionReadError(path: path + "[0]", .stepTextFound(JSONKind(pair[0])))
      }
      let command = try CommandCodec.command(
        pair[1], at: path + "[1]",
        catalog: { name in catalog.last(where: { $0.name == name }) })
      if case .loadProcess(let definition) = command { catalog.append(definition) }
      steps.append(SessionHistory.Step(command, text: text))
    }

    var checkpoints: [SessionHistory.Checkpoint] = []
    reader.position = starts[.checkpoints]!
    try forEachElement(of: "history.checkpoints") { (value, path) throws(SessionReadError) in
      guard case .array(let pair) = value, pair.count == 2 else {
        throw SessionReadError(path: path, .checkpointShape)
      }
      guard case .string(let name) = pair[0] else {
        throw SessionReadError(path: path + "[0]", .checkpointNameMissing)
      }
      guard !checkpoints.contains(where: { $0.name == name }) else {
        throw SessionReadError(path: path + "[0]", .checkpointTwice(name))
      }
      guard case .integer(let step) = pair[1], (0...Int64(steps.count)).contains(step) else {
        throw SessionReadError(path: path + "[1]", .checkpointSteps(steps.count))
      }
      checkpoints.append(SessionHistory.Checkpoint(name: name, step: Int(step)))
    }
    return SessionHistory(base: base, steps: steps, checkpoints: checkpoints)
  }

  /// Reads the array at the reader's position element by element, each as a tree.
  mutating func forEachElement(
    of path: String, _ body: (JSONValue, String) throws(SessionReadError) -> Void
  ) throws(SessionReadError) {
    do throws(JSONSyntaxError) { try reader.expect(0x5B) } catch {
      throw fail(path, .expectedArray)
    }
    if reader.consume(0x5D) { return }
    var index = 0
    repeat {
      let value: JSONValue
      do throws(JSONSyntaxError) {
        value = try reader.readValue()
      } catch {
        throw fail("\(path)[\(index)]", .syntax(error))
      }
      try body(value, "\(path)[\(index)]")
      index += 1
    } while try continues("\(path)[\(index - 1)]")
  }
}

extension SessionReader {
  /// Runs `body` on the JSON reader, a syntax error becoming a session error at `path`.
  mutating func syntax<Result>(
    _ path: String, _ body: (inout JSONReader) throws(JSONSyntaxError) -> Result
  ) throws(SessionReadError) -> Result {
    do throws(JSONSyntaxError) {
      return try body(&reader)
    } catch {
      throw fail(path, .syntax(error))
    }
  }
}

extension SessionReadError {
  /// The error with its path under `prefix`: `history.base` + `orders[3][2]`.
  func inside(_ prefix: String) -> SessionReadError {
    SessionReadError(path: path.isEmpty ? prefix : "\(prefix).\(path)", reason)
  }
}
