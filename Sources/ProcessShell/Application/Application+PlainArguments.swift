extension Application.Options {
  /// The options of a plain command line, read without argument-parser: `FILE...`, `-c
  /// COMMANDS`, `--session FILE`, `--load FILE`, `--lang ru|en`, `--echo`, `--keep-going`, each
  /// at most once, every value a separate word that does not start with `-`. Nil for anything
  /// else (`--help`, `--version`, completion requests, `--session=FILE`, a repeated option, a
  /// word `help`): argument-parser reads those, with its own messages.
  ///
  /// argument-parser finds a command's options by reflecting on it, which costs a start-up
  /// about 9 million instructions, a third of `procsh -c status` (callgrind, docs/performance.md);
  /// scripts and `-c` run on every CI step and every support check, so the plain case is read by
  /// hand. Both readers give the same options for the lines this one accepts
  /// (`PlainArgumentsTests`).
  public init?(plainArguments arguments: [String]) {
    self.init()
    var seen: [String] = []
    var index = 0
    while index < arguments.count {
      let word = arguments[index]
      index += 1
      guard word.hasPrefix("-") else {
        guard word != "help" else { return nil }
        files.append(word)
        continue
      }
      guard !seen.contains(word) else { return nil }
      seen.append(word)
      switch word {
      case "--echo": echo = true
      case "--keep-going": keepGoing = true
      case "-c", "--session", "--load", "--lang":
        guard index < arguments.count, !arguments[index].hasPrefix("-") else { return nil }
        let value = arguments[index]
        index += 1
        switch word {
        case "-c": commands = value
        case "--session": session = value
        case "--load": load = value
        default: language = value
        }
      default: return nil
      }
    }
  }
}
