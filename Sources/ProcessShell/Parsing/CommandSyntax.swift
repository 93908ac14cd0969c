import Wording

/// How a command is written and what it is for: its words, its arguments and flags in order, and
/// its help. The parser reads lines by it, the completer offers what it allows, `help` prints it,
/// and a test checks that every command reads its own examples; so they cannot disagree.
///
/// The help is in both languages, each command's two texts side by side in its own file; the
/// words a user types (command words, flags, placeholders, examples) are the same in both.
struct CommandSyntax: Sendable {
  /// The words that name the command: `["order", "new"]`.
  let words: [String]
  let parameters: [Parameter]
  let flags: [Flag]
  /// One line: what the command does.
  let summary: Phrase
  /// More, when one line is not enough.
  let details: Phrase?
  /// Lines that run as written (each is parsed by a test).
  let examples: [String]

  init(
    _ words: String, _ parameters: [Parameter] = [], flags: [Flag] = [], summary: Phrase,
    details: Phrase? = nil, examples: [String] = []
  ) {
    self.words = words.split(separator: " ").map(String.init)
    self.parameters = parameters
    self.flags = flags
    self.summary = summary
    self.details = details
    self.examples = examples
  }

  /// A query's syntax: the same, with `--json`.
  static func query(
    _ words: String, _ parameters: [Parameter] = [], flags: [Flag] = [], summary: Phrase,
    details: Phrase? = nil, examples: [String] = []
  ) -> CommandSyntax {
    CommandSyntax(
      words, parameters, flags: flags + [.switch(.json)], summary: summary, details: details,
      examples: examples)
  }

  /// `order new`
  var name: String { words.joined(separator: " ") }

  /// `pay order N [AMOUNT]`, `cancel order N [--reason S]`
  var usage: String {
    (words + parameters.map(\.usage) + flags.map(\.usage)).joined(separator: " ")
  }

  /// The fewest words the parameters from `index` on take.
  func fewestWords(from index: Int) -> Int {
    parameters[index...].reduce(0) { $0 + $1.fewestWords }
  }

  /// The most words the parameters from `index` on take.
  func mostWords(from index: Int) -> Int {
    parameters[index...].reduce(0) { total, parameter in
      parameter.mostWords == .max || total == .max ? .max : total + parameter.mostWords
    }
  }
}
