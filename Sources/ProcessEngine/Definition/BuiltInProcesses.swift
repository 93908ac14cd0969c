/// The processes every new session has (SPEC §7): `order-processing` and its sub-process
/// `call-3-days`, as in the GetCourse article, block ids and all. Their JSON files live in
/// `examples/processes/` and are embedded by `scripts/embed-processes.sh`.
public enum BuiltInProcesses {
  /// The decoded definitions, in load order.
  public static let definitions: [ProcessDefinition] = {
    var loaded: [ProcessDefinition] = []
    for (file, text) in sources {
      do throws(EngineError) {
        let (definition, _) = try ProcessDefinition.load(
          bytes: Array(text.utf8), catalog: { name in loaded.first(where: { $0.name == name }) })
        loaded.append(definition)
      } catch {
        preconditionFailure(
          "internal inconsistency: built-in \(file) is invalid: \(error.message)"
        )
      }
    }
    return loaded
  }()
}
