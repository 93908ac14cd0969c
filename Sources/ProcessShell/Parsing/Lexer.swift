/// The lexical rules of the command language (SPEC §8): one command per line, `;` separates
/// commands, `#` starts a comment at the start of a line or after a space unless a digit follows
/// (`#12` is an id), words split on spaces, `"…"` and `'…'` quote. `echo` is narration: the rest
/// of its line is one word as written, quotes, `;` and `#` included (issue 12), so a trainer
/// writes a sentence without quoting it.
///
///     pay order #1 500; advance 1d   # two commands and a comment
///     echo Step 2: the manager calls; nobody answers   # all of it is printed
enum Lexer {
  /// A word of a command, and whether it was quoted (a quoted `none` is the text "none").
  struct Word: Equatable, Sendable {
    var text: String
    var quoted: Bool = false
    /// The rest of an `echo` line, written back as it was typed.
    var isVerbatim = false

    /// The words as one, joined by spaces: an argument that takes the rest of the line. It counts
    /// as quoted unless it is one unquoted word, so that only a bare `none` means no value.
    init<Words: Collection>(joining words: Words) where Words.Element == Word {
      text = words.map(\.text).joined(separator: " ")
      quoted = words.count != 1 || words.first!.quoted
    }

    init(text: String, quoted: Bool = false, isVerbatim: Bool = false) {
      self.text = text
      self.quoted = quoted
      self.isVerbatim = isVerbatim
    }
  }

  /// The commands on one line, each as its words; empty commands are dropped.
  static func commands(in line: String) throws(ShellError) -> [[Word]] {
    let scan = Scan(line)
    if let open = scan.openQuote { throw .unclosedQuote(open) }
    var last = scan.words
    if let typing = scan.typing { last.append(typing) }
    return (scan.commands + [last]).filter { !$0.isEmpty }
  }

  /// The last command of a line being typed: its finished words, and the word the cursor is in
  /// (empty after a space), unquoted if a quote is open. The completer reads lines this way.
  static func partialCommand(in line: String) -> (words: [Word], typing: String) {
    let scan = Scan(line)
    guard !scan.endedByComment else { return ([], "") }
    return (scan.words, scan.typing?.text ?? "")
  }

  /// One pass over a line: the commands it finished, the words of the command it ends in, and
  /// the word it ends in, if it does not end with a space.
  private struct Scan {
    var commands: [[Word]] = []
    var words: [Word] = []
    var typing: Word? = nil
    var openQuote: Character? = nil
    var endedByComment = false

    init(_ line: String) {
      var current = ""
      var inWord = false
      var quoted = false
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
      func endCommand() {
        endWord()
        if !words.isEmpty { commands.append(words) }
        words = []
      }

      while index < characters.count {
        let character = characters[index]
        defer {
          previous = character
          index += 1
        }
        if let open = openQuote {
          if character == open {
            openQuote = nil
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
          openQuote = character
          inWord = true
          quoted = true
        case " ", "\t":
          endWord()
          if words.count == 1, words[0] == Word(text: "echo") {
            let rest = characters[(index + 1)...].drop { $0 == " " || $0 == "\t" }
            if !rest.isEmpty {
              words.append(Word(text: String(rest), quoted: true, isVerbatim: true))
            }
            return
          }
        case ";":
          endCommand()
        case "#" where previous == nil || previous == " " || previous == "\t" || previous == ";":
          let next = index + 1 < characters.count ? characters[index + 1] : nil
          if let next, next.isASCII, next.isNumber {
            current.append(character)
            inWord = true
          } else {
            endCommand()
            endedByComment = true
            return
          }
        default:
          current.append(character)
          inWord = true
        }
      }
      if inWord { typing = Word(text: current, quoted: quoted) }
    }
  }

  /// `text` as one word of a script: as it is when the rules above keep it whole, otherwise in
  /// double quotes with `"` and `\` escaped. The text "none" is quoted, since a bare `none` means
  /// no value, and so is text that ends in a carriage return, which the end of a line loses.
  /// Recorded scripts, `--echo` and the journal write words back through this.
  static func scriptWord(_ text: String) -> String {
    let plain =
      !text.isEmpty && text != "none" && !text.contains(where: { " \t;#\"'\\".contains($0) })
      && text.unicodeScalars.last != "\r"
    guard !plain else { return text }
    return "\"" + text.replacingAll("\\", with: "\\\\").replacingAll("\"", with: "\\\"") + "\""
  }
}
