import ProcessEngine
import Wording

/// Tab completion, from the same syntax the parser reads: command words, sub-commands, flags,
/// and for each argument what its value type offers (live ids, answer options, statuses, fields,
/// manager and process names, files). Pure: it reads the line and the session, so tests ask it
/// directly.
public struct Completer: Sendable {
  public let engine: Engine
  /// The names `restore` takes, which the shell keeps beside the session.
  public let checkpoints: [String]

  public init(engine: Engine, checkpoints: [String] = []) {
    self.engine = engine
    self.checkpoints = checkpoints
  }

  /// Completes in what `shell` holds now.
  public init(shell: Shell) {
    self.init(engine: shell.engine, checkpoints: shell.journal.checkpoints.map(\.name))
  }

  /// The candidates for the word the cursor is in; `prefix` is that word as typed so far.
  public struct Result: Equatable, Sendable {
    public var prefix: String
    public var candidates: [String]

    public init(prefix: String, candidates: [String]) {
      self.prefix = prefix
      self.candidates = candidates
    }

    /// How many candidates a listing shows: past that, a screenful of ids helps nobody.
    public static let listingLimit = 100

    /// The candidates as listed below the line when Tab cannot choose: the first
    /// `listingLimit` in columns, as a shell lists files (down each column, then across),
    /// fitted to `width` so that the terminal never breaks a word; then how many more there are.
    public func listing(width: Int, in language: Language) -> String {
      let shown = candidates.prefix(Self.listingLimit)
      let cell = (shown.map(\.count).max() ?? 0) + 2
      let columns = max(1, (width + 2) / cell)
      let rows = (shown.count + columns - 1) / columns
      var lines: [String] = []
      for row in 0..<rows {
        let cells = stride(from: row, to: shown.count, by: rows).map {
          shown[shown.startIndex + $0]
        }
        let line = cells.dropLast().map { $0.padding(toLength: cell) } + cells.suffix(1)
        lines.append(line.joined())
      }
      let more = candidates.count - Self.listingLimit
      if more > 0 { lines.append(language.text(ShellPhrase.moreCandidates, ["n": .number(more)])) }
      return lines.joined(separator: "\n")
    }
  }

  /// Completes the end of `line` (the text before the cursor).
  public func complete(_ line: String) -> Result {
    let (words, typing) = Lexer.partialCommand(in: line)
    let candidates = self.candidates(after: words.map(\.text), words: words, typing: typing)
    // A simulated session has a million ids to offer: keep this linear.
    var seen = Set<String>()
    // Russian names are offered in lower case and read in any, with `ё` as `е`, as the parser
    // reads them: `От` finds `отложен`, `отмене` finds `отменён`.
    let folded = typing.foldedName
    let folds = typing.isTypedInRussian
    let unique = candidates.filter {
      ($0.hasPrefix(typing) || (folds && $0.foldedName.hasPrefix(folded)))
        && seen.insert($0).inserted
    }
    return Result(prefix: typing, candidates: unique)
  }

  func candidates(after texts: [String], words: [Lexer.Word], typing: String) -> [String] {
    guard !texts.isEmpty else { return CommandRegistry.topLevelWords }
    // While the command is being named, the next words of the commands that start this way
    // (`new` after `order`), with what the shorter command takes there (order ids).
    let following = CommandRegistry.siblings(of: texts)
    guard let command = CommandRegistry.aliases[texts[0]] ?? CommandRegistry.longestMatch(texts)
    else { return following }
    let nameLength =
      CommandRegistry.aliases[texts[0]] == nil ? command.syntax.words.count : 1
    return following
      + ArgumentCompleter(syntax: command.syntax, engine: engine, checkpoints: checkpoints)
      .candidates(
        after: words[nameLength...], typing: typing)
  }
}

/// What may come next after some of a command's words: walks them as the parser would, taking
/// every word an optional parameter could read, then asks the parameters that could take the
/// next word.
struct ArgumentCompleter {
  let syntax: CommandSyntax
  let engine: Engine
  var checkpoints: [String] = []

  func candidates(after words: ArraySlice<Lexer.Word>, typing: String) -> [String] {
    var arguments = Arguments()
    var positional: [Lexer.Word] = []
    var usedFlags: Set<String> = []
    var index = words.startIndex
    while index < words.endIndex {
      let word = words[index]
      index += 1
      if !syntax.flags.isEmpty, !word.quoted, word.text.hasPrefix("--"),
        let flag = syntax.flags.first(where: { $0.name == word.text })
      {
        // A repeatable flag stays on offer after it is given.
        if !flag.isRepeatable { usedFlags.insert(flag.name) }
        guard let value = flag.value else { continue }
        // The flag's value is being typed.
        guard index < words.endIndex else { return offer(value, arguments, typing) }
        if let read = try? value.read(words[index], arguments) {
          arguments.set(read, for: value.key)
        }
        index += 1
        continue
      }
      positional.append(word)
    }
    let unusedFlags = syntax.flags.map(\.name).filter { !usedFlags.contains($0) }
    if typing.hasPrefix("-") { return unusedFlags }

    // Walk the parameters over the finished words.
    var parameter = 0
    var position = 0
    var pairPending = false
    while position < positional.count, parameter < syntax.parameters.count {
      let word = positional[position]
      switch syntax.parameters[parameter].shape {
      case .word(let expected):
        guard word.text == expected else { return [] }
        position += 1
        parameter += 1
      case .required(let value):
        if let read = try? value.read(word, arguments) { arguments.set(read, for: value.key) }
        position += 1
        parameter += 1
      case .optional(let value):
        if let read = try? value.read(word, arguments) {
          arguments.set(read, for: value.key)
          position += 1
        }
        parameter += 1
      case .rest, .optionalRest:
        return []  // free text to the end of the line: nothing to offer
      case .keyed(let keyword, let value):
        if word.text == keyword {
          // The value is being typed.
          guard position + 1 < positional.count else { return offer(value, arguments, typing) }
          if let read = try? value.read(positional[position + 1], arguments) {
            arguments.set(read, for: value.key)
          }
          position += 2
        }
        parameter += 1
      case .pairs(let key, let value):
        if pairPending {
          if let read = try? value.read(word, arguments) { arguments.append(read, for: value.key) }
          pairPending = false
          position += 1
        } else if let read = try? key.read(word, arguments) {
          arguments.set(read, for: key.key)
          pairPending = true
          position += 1
        } else {
          parameter += 1
        }
      }
    }
    guard position == positional.count else { return [] }

    // The word being typed: what the parameters from here could take, up to a required one.
    var offered: [String] = []
    var allOptional = true
    while parameter < syntax.parameters.count {
      switch syntax.parameters[parameter].shape {
      case .word(let word):
        offered.append(word)
        allOptional = false
      case .required(let value), .rest(let value):
        offered += offer(value, arguments, typing)
        allOptional = false
      case .optional(let value), .optionalRest(let value):
        offered += offer(value, arguments, typing)
      case .keyed(let keyword, _):
        offered.append(keyword)
      case .pairs(let key, let value):
        if pairPending { return offer(value, arguments, typing) }
        offered += offer(key, arguments, typing)
      }
      if !allOptional { break }
      parameter += 1
    }
    if allOptional { offered += unusedFlags }
    return offered
  }

  private func offer(_ value: ErasedValue, _ arguments: Arguments, _ typing: String) -> [String] {
    value.candidates(
      CompletionContext(
        engine: engine, checkpoints: checkpoints, earlier: arguments, typed: typing))
  }
}
