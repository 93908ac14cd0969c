import ProcessEngine
import Wording

/// `process load FILE`: a definition from a file; a name already loaded gets a new version.
struct ProcessLoadCommand: EngineCommand {
  static let file = Argument<String>(
    "FILE", .file(Phrase(en: "a definition file", ru: "файл описания процесса")))
  static let syntax = CommandSyntax(
    "process load", [.value(file)],
    summary: Phrase(
      en: "load a process definition (JSON); a known name gets a new version for new tasks",
      ru: "загрузить описание процесса (JSON); известное имя получает новую версию для новых задач"),
    examples: ["process load examples/processes/order-processing.json"])

  let file: String

  init(_ arguments: Arguments) {
    file = arguments[Self.file]
  }

  func command(in context: CommandContext) throws(ShellError) -> Command {
    let path = context.resolve(file)
    let (definition, warnings) = try DefinitionFile.read(path, against: context.engine)
    for warning in warnings {
      let style = context.style
      context.say(
        style.yellow(style.text(ErrorPhrase.warning) + ":") + " \(path): "
          + warning.description(in: style.language))
    }
    return .loadProcess(definition)
  }
}
