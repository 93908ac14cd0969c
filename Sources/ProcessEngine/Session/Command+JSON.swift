import JSON

/// A command as a session file's history writes it, for the shell's journal of a `--session`
/// file, which writes each step the same way (docs/session-format.md, "History" and "Journal").
extension Command {
  /// The command as JSON: `{"amount":250000,"command":"pay","order":3}`.
  public var json: JSONValue { CommandCodec.json(self) }

  /// The command written as `json`, every value checked as a history step's is; an error's JSON
  /// path starts with `path`. `catalog` finds, by name, the processes loaded before the command,
  /// which a `load-process` command's definition may run as sub-processes.
  public init(
    json: JSONValue, at path: String, catalog: (String) -> ProcessDefinition?
  ) throws(EngineError) {
    do throws(SessionReadError) {
      self = try CommandCodec.command(json, at: path, catalog: catalog)
    } catch {
      throw .session(error.problem)
    }
  }
}
