import ProcessEngine
import Testing

@testable import ProcessShell
@testable import Wording

/// The registry is the one list of commands: every command's declaration must read its own
/// examples, complete its own words, and show in `help`; no two commands may be written alike.
@Suite struct CommandRegistryTests {
  static let names = CommandRegistry.commands.map { $0.syntax.name }

  static func command(named name: String) -> any ShellCommand.Type {
    CommandRegistry.commands.first { $0.syntax.name == name }!
  }

  /// A session where the examples' ids exist: orders 1 and 2, tasks 1 to 3, a manager anna.
  static func session() -> Transcript {
    let session = Transcript()
    session.ok("manager add anna; manager add boris; order new; order new; advance 1m")
    session.ok("answer task 1 yes")
    return session
  }

  @Test func everyCommandHasOneNameAndASummary() {
    #expect(Set(Self.names).count == Self.names.count)
    for command in CommandRegistry.commands {
      #expect(!command.syntax.summary.english.isEmpty, "\(command.syntax.name) has no summary")
      #expect(!command.syntax.examples.isEmpty, "\(command.syntax.name) has no example")
    }
  }

  /// Issue 11: `help` in Russian. Every command says what it does in both languages, and every
  /// value it takes is named in both, for the parser's messages: Russian in Cyrillic, with the
  /// same placeholders (none, so far) as the English.
  @Test func everyCommandsHelpAndNounsAreInBothLanguages() {
    for command in CommandRegistry.commands {
      let syntax = command.syntax
      let values =
        syntax.parameters.flatMap { parameter -> [ErasedValue] in
          switch parameter.shape {
          case .word: return []
          case .required(let value), .optional(let value), .rest(let value),
            .optionalRest(let value):
            return [value]
          case .pairs(let key, let value): return [key, value]
          case .keyed(_, let value): return [value]
          }
        } + syntax.flags.compactMap(\.value)
      let texts =
        [("summary", syntax.summary)] + (syntax.details.map { [("details", $0)] } ?? [])
        + values.map { ("\($0.placeholder)'s noun", $0.noun) }
      for (what, phrase) in texts {
        let name = "\(syntax.name) \(what)"
        #expect(!phrase.english.isEmpty && !phrase.russian.isEmpty, "\(name)")
        #expect(phrase.english != phrase.russian, "\(name): \(phrase.russian)")
        #expect(
          phrase.russian.unicodeScalars.contains { (0x0400...0x04FF).contains($0.value) },
          "\(name): \(phrase.russian)")
        #expect(
          Phrase.placeholders(in: phrase.english) == Phrase.placeholders(in: phrase.russian),
          "\(name)")
      }
    }
  }

  @Test(arguments: names)
  func everyExampleReadsAsItsOwnCommand(_ name: String) throws {
    let type = Self.command(named: name)
    for example in type.syntax.examples {
      let words = try Lexer.commands(in: example)
      #expect(words.count == 1, "'\(example)' is one command")
      let (command, _) = try CommandRegistry.parse(words[0])
      #expect(
        ObjectIdentifier(Swift.type(of: command)) == ObjectIdentifier(type),
        "'\(example)' reads as \(Swift.type(of: command)), not \(type)")
    }
  }

  /// Tab offers each word of each example at its place: command words, fixed words, flags and
  /// words from closed sets (statuses, fields, operators); ids from the session.
  @Test(arguments: names)
  func everyExampleCompletesWordByWord(_ name: String) throws {
    let type = Self.command(named: name)
    let completer = Completer(engine: Self.session().engine)
    for example in type.syntax.examples {
      let words = try Lexer.commands(in: example)[0]
      for (position, word) in words.enumerated() where !word.quoted {
        let before = words[..<position].map(\.display).joined(separator: " ")
        let line = (before.isEmpty ? "" : before + " ") + String(word.text.prefix(1))
        let candidates = completer.complete(line).candidates
        guard completesFixedWord(type.syntax, words: words.map(\.text), at: position) else {
          continue
        }
        #expect(
          candidates.contains(word.text),
          "Tab after '\(line)' offers \(candidates.prefix(12)), not '\(word.text)' (\(example))")
      }
    }
  }

  /// Whether the word at `position` of an example is one Tab must know: a command word, a
  /// fixed word, a flag, or a value of a closed set.
  func completesFixedWord(_ syntax: CommandSyntax, words: [String], at position: Int) -> Bool {
    if position < syntax.words.count { return true }
    let word = words[position]
    if word.hasPrefix("--") { return syntax.flags.contains { $0.name == word } }
    if position > 0, let flag = syntax.flags.first(where: { $0.name == words[position - 1] }) {
      return flag.value?.isClosed ?? false
    }
    return syntax.parameters.contains { parameter in
      switch parameter.shape {
      case .word(let fixed): return fixed == word
      case .required(let value), .optional(let value):
        return value.isClosed && (try? value.read(Lexer.Word(text: word), Arguments())) != nil
      case .keyed(let fixed, let value):
        return fixed == word
          || value.isClosed && (try? value.read(Lexer.Word(text: word), Arguments())) != nil
      case .rest, .optionalRest, .pairs: return false
      }
    }
  }

  @Test func anArgumentThatTakesTheRestOfTheLineComesLast() {
    for command in CommandRegistry.commands {
      let parameters = command.syntax.parameters
      for (index, parameter) in parameters.enumerated() {
        switch parameter.shape {
        case .rest, .optionalRest:
          #expect(index == parameters.count - 1, "\(command.syntax.name): the rest comes last")
        case .word, .required, .optional, .pairs, .keyed: continue
        }
      }
    }
  }

  @Test func usageLinesComeFromTheDeclaration() {
    #expect(Self.command(named: "pay").syntax.usage == "pay order N [AMOUNT]")
    #expect(
      Self.command(named: "expect count orders").syntax.usage
        == "expect count orders [FIELD VALUE]... [OP] N")
    #expect(
      Self.command(named: "transfer").syntax.usage == "transfer tasks from NAME to NAME|nobody")
    #expect(Self.command(named: "status").syntax.usage == "status [--json]")
    // SPEC §12.4 writes it so.
    #expect(
      Self.command(named: "expect count messages").syntax.usage
        == "expect count messages [mailing NAME] [opened yes|no] [OP] N")
    #expect(
      Self.command(named: "expect message").syntax.usage == "expect message N opened yes|no")
  }

  @Test func helpShowsEveryCommandAndEachOnesUsageAndExamples() {
    let session = Transcript()
    let listing = session.ok("help")
    for command in CommandRegistry.commands {
      #expect(
        listing.contains(" \(command.syntax.name) ")
          && listing.contains(command.syntax.summary.english),
        "help lists \(command.syntax.name)")
      let detail = session.ok("help \(command.syntax.name)")
      #expect(detail.contains("usage: \(command.syntax.usage)\n"))
      for example in command.syntax.examples { #expect(detail.contains("  \(example)\n")) }
    }
    // A family: every command that starts with the words.
    #expect(lines(session.ok("help advance")).filter { $0.hasPrefix("usage:") }.count == 3)
  }

  /// Issue 11: in Russian, `help` describes every command in Russian and keeps what is typed
  /// (command words, flags, placeholders, examples) as it is.
  @Test func helpInRussianDescribesInRussianAndKeepsTheCommandWords() {
    let session = Transcript()
    session.ok("lang ru")
    let listing = lines(session.ok("help"))
    #expect(
      listing.first == "procsh ведёт процесс обработки заказов онлайн-школы по виртуальным часам.")
    #expect(listing.contains { $0.hasPrefix("  advance next ") && $0.contains("расписания") })
    #expect(listing.contains { $0.hasPrefix("  pay ") && $0.contains("клиент платит") })
    #expect(listing.last?.hasPrefix("Номера пишутся как 12 или #12") == true)
    let width = Self.names.map(\.count).max()! + 2
    for command in CommandRegistry.commands {
      let syntax = command.syntax
      #expect(
        listing.contains("  " + syntax.name.padding(toLength: width) + syntax.summary.russian),
        "help lists \(syntax.name) in Russian")
    }

    let advance = lines(session.ok("help advance"))
    #expect(advance.filter { $0.hasPrefix("как писать: advance") }.count == 3)
    #expect(advance[0] == "как писать: advance DURATION")
    #expect(advance[1].contains("время"))
    #expect(
      advance.contains(
        "Длительности: 30s 5m 2h 1d 1w, в сочетании — от крупных к мелким (1d2h30m)."))
    #expect(advance.contains("примеры:"))
    #expect(advance.contains("  advance 1d2h"))
    #expect(advance.contains("как писать: advance to DATETIME"))
    #expect(advance.contains("  advance next"))
    #expect(!advance.contains { $0.hasPrefix("usage:") || $0 == "examples:" })
  }
}
