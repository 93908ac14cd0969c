import ProcessEngine
import Wording

/// `process validate FILE`: every problem of a definition, without loading it.
struct ProcessValidateCommand: ShellCommand {
  static let file = Argument<String>(
    "FILE", .file(Phrase(en: "a definition file", ru: "файл описания процесса")))
  static let syntax = CommandSyntax(
    "process validate", [.value(file)],
    summary: Phrase(
      en: "check a process definition and list every problem, without loading it",
      ru: "проверить описание процесса и перечислить все проблемы, не загружая его"),
    examples: ["process validate examples/processes/call-3-days.json"])

  let file: String

  init(_ arguments: Arguments) {
    file = arguments[Self.file]
  }

  func run(in context: CommandContext) throws(ShellError) {
    let path = context.resolve(file)
    let (definition, warnings) = try DefinitionFile.read(path, against: context.engine)
    let style = context.style
    context.say(
      style.text(
        warnings.isEmpty ? ShellPhrase.valid : .validWithWarnings,
        [
          "path": .text(path), "name": .text(definition.name),
          "n": .number(definition.blocks.count),
          "launch": .text(style.language.name(of: definition.launch)),
          "warnings": .number(warnings.count),
        ]))
    for warning in warnings {
      context.say(
        "  \(style.text(ErrorPhrase.warning)): " + warning.description(in: style.language))
    }
  }
}
