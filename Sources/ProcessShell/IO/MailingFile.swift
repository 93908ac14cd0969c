import ProcessEngine

/// Mailing files (`procsh-mailing`, docs/mailing-format.md): read and checked; a bad one is
/// refused naming the file and the JSON path of every problem.
enum MailingFile {
  /// The mailing in the file.
  static func read(_ path: String) throws(ShellError) -> MailingDefinition {
    let bytes = try FileSystem.read(path, limit: FileSystem.largestText)
    do throws(EngineError) {
      return try MailingDefinition.load(bytes: bytes)
    } catch .definition(let problems) {
      throw .mailingDefinition(path: path, problems: problems)
    } catch {
      throw .engine(error)
    }
  }
}
