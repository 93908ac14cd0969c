import ProcessEngine

/// `help [COMMAND]`: every command in a line, or one in detail, from the same declarations the
/// parser reads.
struct HelpCommand: ShellCommand {
  static let topic = Argument<String>(
    "COMMAND",
    ValueType.text("a command").completing { _ in CommandRegistry.topLevelWords })
  static let syntax = CommandSyntax(
    "help", [.optionalRest(topic)], summary: "the commands, or one command in detail",
    examples: ["help", "help pay", "help process show"])

  let topic: String?

  init(_ arguments: Arguments) {
    topic = arguments.optional(Self.topic)
  }

  func run(in context: CommandContext) throws(ShellError) {
    guard let topic else {
      context.say(
        "procsh drives the order-processing process of an online school over a virtual clock.")
      context.say("Commands (help COMMAND for details and examples):")
      let width = CommandRegistry.commands.map { $0.syntax.name.count }.max() ?? 10
      for command in CommandRegistry.commands {
        context.say(
          "  " + command.syntax.name.padding(toLength: width + 2) + command.syntax.summary)
      }
      context.say("Ids are written 12 or #12; ';' separates commands; '#' starts a comment.")
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
      context.say(context.style.bold("usage: \(syntax.usage)"))
      context.say(syntax.summary)
      if !syntax.details.isEmpty { context.say(syntax.details) }
      if !syntax.examples.isEmpty {
        context.say("examples:")
        for example in syntax.examples { context.say("  \(example)") }
      }
    }
  }
}
