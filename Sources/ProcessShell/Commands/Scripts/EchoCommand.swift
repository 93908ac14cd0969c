import ProcessEngine
import Wording

/// `echo TEXT`: narration in a script.
struct EchoCommand: ShellCommand {
  static let text = Argument<String>("TEXT", .text(Phrase(en: "a text", ru: "текст")))
  static let syntax = CommandSyntax(
    "echo", [.optionalRest(text)],
    summary: Phrase(
      en: "print a line (narration in a script)", ru: "вывести строку (пояснение в сценарии)"),
    examples: ["echo Now the manager takes the order"])

  let text: String

  init(_ arguments: Arguments) {
    text = arguments.optional(Self.text) ?? ""
  }

  func run(in context: CommandContext) {
    context.say(text)
  }
}
