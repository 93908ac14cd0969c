import ProcessEngine

/// Reads the words after a command's name by its `CommandSyntax`: the flags wherever they are,
/// then the positional parameters in order. Refusals say what is wrong and how the command is
/// written.
///
/// An optional parameter takes a word only when the word reads as its value and the parameters
/// after it still get the words they need; repeated pairs take pairs on the same terms. So
/// `expect order 1 status == cancelled` and `expect order 1 status cancelled` both read.
struct CommandParser {
  let syntax: CommandSyntax
  /// The words of longer commands that start as this one does (`new` for `order`), for a better
  /// message when the first word after the name is neither.
  let siblings: [String]

  /// The arguments in `words` (the command's own words already taken off).
  func arguments(in words: ArraySlice<Lexer.Word>) throws(ShellError) -> Arguments {
    var arguments = Arguments()
    let positional = try readFlags(in: words, into: &arguments)
    do throws(ShellError) {
      try readParameters(positional, into: &arguments)
    } catch {
      // A command without flags reads `--json` as a value, and would refuse it as one ("unknown
      // field '--json'; did you mean 'reason'?"); when the words do not read, a word written as
      // a flag was most likely meant as one, so the refusal says the command takes none.
      if syntax.flags.isEmpty, let flag = positional.first(where: \.looksLikeAFlag) {
        throw fail(.unknownFlag(flag.text, command: syntax.name, valid: []))
      }
      throw error
    }
    return arguments
  }

  private func fail(_ problem: ShellError.UsageProblem) -> ShellError {
    .usage(problem, usage: syntax.usage)
  }

  /// Reads a value; a word that is not one is refused with the usage.
  private func read(_ value: ErasedValue, _ word: Lexer.Word, _ arguments: Arguments)
    throws(ShellError) -> any Sendable
  {
    do throws(ShellError) {
      return try value.read(word, arguments)
    } catch .value(let problem) {
      throw fail(.invalid(problem))
    }
  }

  // MARK: - Flags

  /// Takes the flags out of `words` into `arguments` and returns the other words. Only commands
  /// that have flags see `--words` as flags, so `echo --like this` prints what it is given.
  private func readFlags(in words: ArraySlice<Lexer.Word>, into arguments: inout Arguments)
    throws(ShellError) -> [Lexer.Word]
  {
    guard !syntax.flags.isEmpty else { return Array(words) }
    var positional: [Lexer.Word] = []
    var index = words.startIndex
    while index < words.endIndex {
      let word = words[index]
      index += 1
      guard word.looksLikeAFlag else {
        positional.append(word)
        continue
      }
      guard let flag = syntax.flags.first(where: { $0.name == word.text }) else {
        throw fail(
          .unknownFlag(word.text, command: syntax.name, valid: syntax.flags.map(\.name)))
      }
      guard let value = flag.value else {
        arguments.turnOn(flag.name)
        continue
      }
      guard index < words.endIndex else {
        throw fail(.flagNeedsValue(flag.name, noun: value.noun))
      }
      if flag.isRepeatable {
        arguments.append(try read(value, words[index], arguments), for: value.key)
        index += 1
        continue
      }
      guard !arguments.has(value.key) else { throw fail(.flagGivenTwice(flag.name)) }
      arguments.set(try read(value, words[index], arguments), for: value.key)
      index += 1
    }
    return positional
  }

  // MARK: - Positional parameters

  private func readParameters(_ words: [Lexer.Word], into arguments: inout Arguments)
    throws(ShellError)
  {
    var position = 0
    /// `'pay order 1'`: the command as far as it was read, for messages.
    func context() -> String {
      (syntax.words + words[..<position].map(\.text)).joined(separator: " ")
    }
    for (index, parameter) in syntax.parameters.enumerated() {
      let remaining = words.count - position
      let neededLater = syntax.fewestWords(from: index + 1)
      let roomLater = syntax.mostWords(from: index + 1)
      let isFirst = position == 0
      switch parameter.shape {
      case .word(let word):
        guard remaining > 0 else { throw fail(.expectedWord([word], found: nil, after: context())) }
        guard words[position].text == word else {
          throw fail(.expectedWord([word], found: words[position].text, after: context()))
        }
        position += 1

      case .required(let value):
        guard remaining > 0 else { throw missing(value, first: isFirst, after: context()) }
        arguments.set(
          try readFirst(value, words[position], arguments, first: isFirst, after: context()),
          for: value.key)
        position += 1

      case .optional(let value):
        guard remaining > neededLater else { continue }
        do throws(ShellError) {
          arguments.set(try value.read(words[position], arguments), for: value.key)
          position += 1
        } catch .value(let problem) {
          // Skipped when the words after can do without it; otherwise the word was meant here.
          guard roomLater < remaining else { continue }
          if isFirst, Suggestion.closest(to: words[position].text, among: siblings) != nil {
            throw fail(
              .expectedSubcommandOrValue(
                siblings, noun: value.noun, found: words[position].text, after: context()))
          }
          throw fail(.invalid(problem))
        }

      case .rest(let value), .optionalRest(let value):
        guard remaining > 0 else {
          if case .rest = parameter.shape {
            throw missing(value, first: isFirst, after: context())
          }
          continue
        }
        let rest = Lexer.Word(joining: words[position...])
        arguments.set(
          try readFirst(value, rest, arguments, first: isFirst, after: context()), for: value.key)
        position = words.count

      case .keyed(let word, let value):
        // Taken when its word comes next; the value must then follow it.
        guard remaining > 0, words[position].text == word else { continue }
        position += 1
        guard remaining > 1 else { throw fail(.missing(noun: value.noun, after: context())) }
        arguments.set(try read(value, words[position], arguments), for: value.key)
        position += 1

      case .pairs(let key, let value):
        while words.count - position >= 2 + neededLater {
          let field = try read(key, words[position], arguments)
          arguments.set(field, for: key.key)
          arguments.append(field, for: key.key)
          let given = try read(value, words[position + 1], arguments)
          arguments.append(given, for: value.key)
          position += 2
        }
        // A field left without its value reads as the field, not as what follows.
        let left = words.count - position
        if left >= 1 + neededLater, left < 2 + neededLater,
          (try? key.read(words[position], arguments)) != nil
        {
          throw fail(.unpaired(words[position].text))
        }
      }
    }
    guard position == words.count else {
      throw fail(.unexpected(words[position].text, after: context()))
    }
  }

  private func missing(_ value: ErasedValue, first: Bool, after: String) -> ShellError {
    guard first, !siblings.isEmpty else { return fail(.missing(noun: value.noun, after: after)) }
    return fail(.missingSubcommandOrValue(siblings, noun: value.noun, after: after))
  }

  /// Reads the first word after the name: when it is neither a value nor a longer command's
  /// word, the message names both.
  private func readFirst(
    _ value: ErasedValue, _ word: Lexer.Word, _ arguments: Arguments, first: Bool, after: String
  ) throws(ShellError) -> any Sendable {
    // Only a word that looks like a longer command's (`advance nxet`) is taken for one.
    guard first, Suggestion.closest(to: word.text, among: siblings) != nil else {
      return try read(value, word, arguments)
    }
    do throws(ShellError) {
      return try value.read(word, arguments)
    } catch .value {
      throw fail(
        .expectedSubcommandOrValue(siblings, noun: value.noun, found: word.text, after: after))
    }
  }
}

extension Lexer.Word {
  /// `--json`: unquoted, two dashes and a name.
  var looksLikeAFlag: Bool { !quoted && text.hasPrefix("--") && text.count > 2 }
}
