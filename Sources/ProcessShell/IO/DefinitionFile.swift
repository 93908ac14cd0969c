import ProcessEngine

/// Process definition files: read and checked against the processes a session has loaded (a
/// `subprocess` block must name one of them).
enum DefinitionFile {
  /// The definition in the file, and its warnings; every problem when it is invalid.
  static func read(_ path: String, against engine: Engine) throws(ShellError) -> (
    definition: ProcessDefinition, warnings: [DefinitionProblem]
  ) {
    let bytes = try FileSystem.read(path, limit: FileSystem.largestText)
    do throws(EngineError) {
      return try ProcessDefinition.load(
        bytes: bytes, catalog: { engine.currentProcess(named: $0)?.definition })
    } catch .definition(let problems) {
      throw .definition(path: path, problems: problems)
    } catch {
      throw .engine(error)
    }
  }
}
