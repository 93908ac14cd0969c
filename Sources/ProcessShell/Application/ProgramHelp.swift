import Wording

/// `procsh --help` and `procsh test --help`, in the language of the run.
///
/// argument-parser still reads the command line when it is not plain (and writes the completion
/// scripts), but its help is English only, and a Russian-speaking trainer's first `procsh --help`
/// met SPEC §12.1's "every word for a person in Russian and English" in English. So the help is
/// asked for here, before argument-parser sees the words, and written from the phrase book
/// (`ProgramHelpPhrase`), fitted to the terminal (80 columns when there is none, as a help
/// is read by a person).
public enum ProgramHelp {
  /// Whose help: the program's or the test runner's.
  public enum Topic: Sendable {
    case procsh
    case test
  }

  /// The options that take a value, for each topic: a `--help` after one of them is its value
  /// (`procsh -c --help` runs a command called `--help`, and says it does not know it).
  static func optionsWithValues(of topic: Topic) -> Set<String> {
    switch topic {
    case .procsh: ["-c", "--load", "--session", "--lang"]
    case .test: ["-j", "--junit", "--coverage-json", "--lang"]
    }
  }

  /// The help the words after `procsh` ask for, if they ask for one: `-h` or `--help` anywhere
  /// but as an option's value, or `help` (`help test`) as the only words but a `--lang`, which
  /// is what the shell completion scripts argument-parser writes offer. The test runner's help when the
  /// first word is `test` (or comes after `--lang X`, as `main.swift` dispatches it).
  public static func asked(in arguments: [String]) -> Topic? {
    // `help`, `help test`, with a `--lang X` anywhere.
    var unlanguaged = arguments
    if let index = unlanguaged.firstIndex(of: "--lang"), index + 1 < unlanguaged.count {
      unlanguaged.removeSubrange(index...index + 1)
    }
    if unlanguaged == ["help"] { return .procsh }
    if unlanguaged == ["help", "test"] { return .test }
    var words = arguments[...]
    var topic = Topic.procsh
    if words.first == "--lang", words.count > 2, words[words.startIndex + 2] == "test" {
      words = words.dropFirst(3)
      topic = .test
    } else if words.first == "test" {
      words = words.dropFirst()
      topic = .test
    }
    let takingValues = optionsWithValues(of: topic)
    var index = words.startIndex
    while index < words.endIndex {
      let word = words[index]
      if word == "-h" || word == "--help" { return topic }
      index += takingValues.contains(word) ? 2 : 1
    }
    return nil
  }

  /// The language a help is written in: `--lang`'s (`--lang ru`, `--lang=ru`) when it names
  /// one, else the environment's.
  public static func language(of arguments: [String]) -> Language {
    for (index, word) in arguments.enumerated() {
      let chosen =
        word == "--lang" && index + 1 < arguments.count
        ? arguments[index + 1] : word.hasPrefix("--lang=") ? String(word.dropFirst(7)) : nil
      if let chosen, let language = Language(rawValue: chosen) { return language }
    }
    return .ofEnvironment
  }

  /// A command line that does not read, as standard error shows it: the reason (argument-parser's
  /// own, in English, or one of procsh's checks), the usage and where the help is, in the frame
  /// of `language`.
  public static func refusal(_ reason: String, _ topic: Topic, in language: Language) -> String {
    let width = terminalWidth() ?? 80
    var lines = TerminalFit.wrap(
      language.text(ProgramHelpPhrase.refused, ["reason": .text(reason)]), width: width,
      cuttingLongWords: false)
    lines += usage(language.text(ProgramHelpPhrase.usage), forms(of: topic), width: width)
    let help = topic == .procsh ? "procsh --help" : "procsh test --help"
    lines.append(language.text(ProgramHelpPhrase.more, ["command": .text(help)]))
    return lines.joined(separator: "\n") + "\n"
  }

  /// How the program, or the test runner, is started.
  static func forms(of topic: Topic) -> [String] {
    let test =
      "procsh test [-j N] [--junit FILE] [--coverage] [--coverage-json FILE] [--lang ru|en] PATH..."
    switch topic {
    case .procsh:
      return [
        "procsh [FILE...] [-c COMMANDS] [--load FILE | --session FILE] [--keep-going] [--echo] [--lang ru|en]",
        test,
      ]
    case .test: return [test]
    }
  }

  /// The help on `topic` in `language`, fitted to the terminal on standard output.
  public static func text(_ topic: Topic, in language: Language) -> String {
    text(topic, in: language, width: terminalWidth() ?? 80)
  }

  /// The help on `topic` in `language`, as lines of at most `width` characters (a word longer
  /// than that stays whole).
  static func text(_ topic: Topic, in language: Language, width: Int) -> String {
    func say(_ phrase: ProgramHelpPhrase) -> String { language.text(phrase) }
    let width = max(width, 40)
    var lines: [String] = []
    switch topic {
    case .procsh:
      lines += TerminalFit.wrap(say(.summary), width: width, cuttingLongWords: false)
      lines.append("")
      lines += usage(say(.usage), forms(of: .procsh), width: width)
      lines.append("")
      lines += TerminalFit.wrap(say(.interactive), width: width, cuttingLongWords: false)
      lines += TerminalFit.wrap(say(.testUsage), width: width, cuttingLongWords: false)
      lines.append("")
      lines.append(say(.options))
      lines += table(
        [
          ("FILE...", say(.files)), ("-c COMMANDS", say(.commands)), ("--load FILE", say(.load)),
          ("--session FILE", say(.session)), ("--keep-going", say(.keepGoing)),
          ("--echo", say(.echo)), ("--lang ru|en", say(.language)),
          ("--version", say(.version)), ("-h, --help", say(.help)),
        ], width: width)
    case .test:
      lines += TerminalFit.wrap(say(.testSummary), width: width, cuttingLongWords: false)
      lines.append("")
      lines += usage(say(.usage), forms(of: .test), width: width)
      lines.append("")
      lines.append(say(.options))
      lines += table(
        [
          ("PATH...", say(.paths)), ("-j N", say(.jobs)), ("--junit FILE", say(.junit)),
          ("--coverage", say(.coverage)), ("--coverage-json FILE", say(.coverageJSON)),
          ("--lang ru|en", say(.testLanguage)), ("-h, --help", say(.help)),
        ], width: width)
    }
    lines.append("")
    lines += TerminalFit.wrap(
      say(topic == .procsh ? .exitCodes : .testExitCodes), width: width, cuttingLongWords: false)
    return lines.joined(separator: "\n")
  }

  /// `usage: procsh [FILE...] …`, each form under the one before, a form too long for a line
  /// going on under its own start (after `procsh `), never inside a `[…]`.
  private static func usage(_ header: String, _ forms: [String], width: Int) -> [String] {
    var lines: [String] = []
    for (index, form) in forms.enumerated() {
      let lead = index == 0 ? header + " " : String(repeating: " ", count: header.count + 1)
      let program = form.prefix { $0 != "[" }.count
      // Inside brackets the spaces are held (U+00A0) while wrapping, then given back.
      var depth = 0
      let held = String(
        form.map { character -> Character in
          if character == "[" { depth += 1 } else if character == "]" { depth -= 1 }
          return character == " " && depth > 0 ? "\u{A0}" : character
        })
      lines += hanging(held, after: lead, indent: lead.count + program, width: width).map {
        String($0.map { $0 == "\u{A0}" ? " " : $0 })
      }
    }
    return lines
  }

  /// Two columns, the second fitted to what is left of the width and continued under itself.
  private static func table(_ rows: [(String, String)], width: Int) -> [String] {
    let column = (rows.map(\.0.count).max() ?? 0) + 4
    return rows.flatMap { label, text in
      hanging(text, after: "  " + label.padding(toLength: column - 2), indent: column, width: width)
    }
  }

  /// `text` after `lead`, wrapped at `width`, its continuation lines indented by `indent`.
  private static func hanging(_ text: String, after lead: String, indent: Int, width: Int)
    -> [String]
  {
    let first = TerminalFit.wrap(lead + text, width: width, cuttingLongWords: false)
    guard first.count > 1 else { return first }
    // The first line as wrapped; the rest again, narrower, under the indent.
    let taken = first[0].count - lead.count
    let rest = String(text.dropFirst(taken)).drop { $0 == " " }
    let margin = String(repeating: " ", count: indent)
    return [first[0]]
      + TerminalFit.wrap(String(rest), width: max(width - indent, 20), cuttingLongWords: false)
      .map { margin + $0 }
  }
}
