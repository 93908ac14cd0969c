import ProcessEngine
import Wording

/// `help [COMMAND]`: every command in a line, or one in detail, from the same declarations the
/// parser reads.
struct HelpCommand: ShellCommand {
  static let topic = Argument<String>(
    "COMMAND",
    ValueType.text(Phrase(en: "a command", ru: "команда")).completing { _ in
      CommandRegistry.topLevelWords
    })
  static let syntax = CommandSyntax(
    "help", [.optionalRest(topic)],
    summary: Phrase(
      en: "the commands, or one command in detail", ru: "команды или одна команда подробно"),
    examples: ["help", "help pay", "help process show"])

  let topic: String?

  init(_ arguments: Arguments) {
    topic = arguments.optional(Self.topic)
  }

  func run(in context: CommandContext) throws(ShellError) {
    let language = context.style.language
    func say(_ phrase: HelpPhrase) { context.say(language.text(phrase)) }
    guard let topic else {
      say(.preamble)
      say(.commands)
      let width = CommandRegistry.commands.map { $0.syntax.name.count }.max() ?? 10
      // On a terminal a long summary wraps under its column, not under the names.
      let column = width + 4
      let indent = String(repeating: " ", count: column)
      for command in CommandRegistry.commands {
        let summary = command.syntax.summary.template(language)
        let parts =
          context.style.width.map { TerminalFit.wrap(summary, width: max(20, $0 - column)) }
          ?? [summary]
        context.say("  " + command.syntax.name.padding(toLength: width + 2) + parts[0])
        for part in parts.dropFirst() { context.say(indent + part) }
      }
      say(.closing)
      return
    }
    let words = topic.split(separator: " ").map(String.init)
    let matching =
      CommandRegistry.aliases[topic].map { [$0] } ?? CommandRegistry.commands(startingWith: words)
    guard !matching.isEmpty else {
      // Families first, so `help proc` suggests `process`.
      let names = CommandRegistry.topLevelWords + CommandRegistry.commands.map { $0.syntax.name }
      throw .noHelp(topic, suggestion: Suggestion.closest(to: topic, among: names))
    }
    for (index, command) in matching.enumerated() {
      let syntax = command.syntax
      if index > 0 { context.say("") }
      context.say(context.style.bold(HelpPhrase.usageLines(syntax.usage, in: language)))
      context.say(syntax.summary.template(language))
      if let details = syntax.details { context.say(details.template(language)) }
      if !syntax.examples.isEmpty {
        say(.examples)
        for example in syntax.examples { context.say("  \(example)") }
      }
    }
  }
}
