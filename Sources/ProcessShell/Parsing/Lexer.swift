/// The lexical rules of the command language (SPEC §8): one command per line, `;` separates
/// commands, `#` starts a comment at the start of a line or after a space unless a digit follows
/// (`#12` is an id), words split on spaces, `"…"` and `'…'` quote.
///
///     pay order #1 500; advance 1d   # two commands and a comment
enum Lexer {
  /// A word of a command, and whether it was quoted (a quoted `none` is the text "none").
  struct Word: Equatable, Sendable {
    var text: String
    var quoted: Bool = false
  }

  /// The commands on one line, each as its words; empty commands are dropped.
  static func commands(in line: String) throws(ShellError) -> [[Word]] {
    var commands: [[Word]] = []
    var words: [Word] = []
    var current = ""
    var inWord = false
    var quoted = false
    var quote: Character? = nil
    var previous: Character? = nil
    var characters = Array(line)
    // A trailing carriage return (a script saved on Windows) is not part of the last word.
    if characters.last == "\r" { characters.removeLast() }
    var index = 0

    func endWord() {
      if inWord { words.append(Word(text: current, quoted: quoted)) }
      current = ""
      inWord = false
      quoted = false
    }

    while index < characters.count {
      let character = characters[index]
      defer {
        previous = character
        index += 1
      }
      if let open = quote {
        if character == open {
          quote = nil
        } else if character == "\\", open == "\"", index + 1 < characters.count,
          characters[index + 1] == "\"" || characters[index + 1] == "\\"
        {
          current.append(characters[index + 1])
          index += 1
        } else {
          current.append(character)
        }
        continue
      }
      switch character {
      case "\"", "'":
        quote = character
        inWord = true
        quoted = true
      case " ", "\t":
        endWord()
      case ";":
        endWord()
        if !words.isEmpty { commands.append(words) }
        words = []
      case "#" where previous == nil || previous == " " || previous == "\t" || previous == ";":
        let next = index + 1 < characters.count ? characters[index + 1] : nil
        if let next, next.isASCII, next.isNumber {
          current.append(character)
          inWord = true
        } else {
          endWord()
          if !words.isEmpty { commands.append(words) }
          return commands
        }
      default:
        current.append(character)
        inWord = true
      }
    }
    if let open = quote { throw .syntax("the quote \(open) is not closed") }
    endWord()
    if !words.isEmpty { commands.append(words) }
    return commands
  }

  /// `text` as one word of a script: as it is when the rules above keep it whole, otherwise in
  /// double quotes with `"` and `\` escaped. The text "none" is quoted, since a bare `none` means
  /// no value. Recorded scripts, `--echo` and the journal write words back through this.
  static func scriptWord(_ text: String) -> String {
    let plain =
      !text.isEmpty && text != "none" && !text.contains(where: { " \t;#\"'\\".contains($0) })
    guard !plain else { return text }
    return "\"" + text.replacingAll("\\", with: "\\\\").replacingAll("\"", with: "\\\"") + "\""
  }
}
