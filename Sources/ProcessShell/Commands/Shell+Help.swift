import ProcessEngine

/// `help` and `help COMMAND`, from the command catalogue.
extension Shell {
  func help(_ topic: String?) throws(ShellError) {
    guard let topic else {
      say("procsh drives the order-processing process of an online school over a virtual clock.")
      say("Commands (help COMMAND for details and examples):")
      let width = CommandSpec.all.map(\.name.count).max() ?? 10
      for spec in CommandSpec.all where spec.name != "exit" {
        say("  " + spec.name.padding(toLength: width + 2) + spec.summary)
      }
      say("Ids are written 12 or #12; ';' separates commands; '#' starts a comment.")
      return
    }
    let words = topic.split(separator: " ").map(String.init)
    let matching = CommandSpec.all.filter { spec in
      spec.words == words || (words.count == 1 && spec.words[0] == words[0])
    }
    guard !matching.isEmpty else {
      let names = CommandSpec.all.map(\.name)
      throw .other(
        "no help for '\(topic)'"
          + (Suggestion.closest(to: topic, among: names).map { "; did you mean '\($0)'?" }
            ?? "; type 'help' for the list"))
    }
    for (index, spec) in matching.enumerated() {
      if index > 0 { say("") }
      say(style.bold("usage: \(spec.usage)"))
      say(spec.summary)
      if !spec.details.isEmpty { say(spec.details) }
      if !spec.examples.isEmpty {
        say("examples:")
        for example in spec.examples { say("  \(example)") }
      }
    }
  }
}
