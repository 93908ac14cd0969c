import Testing

@testable import ProcessShell

@Suite struct LexerTests {
  func words(_ line: String) throws -> [[String]] {
    try Lexer.commands(in: line).map { $0.map(\.text) }
  }

  @Test func semicolonsSeparateCommands() throws {
    #expect(
      try words("order new; advance 1m ;status") == [
        ["order", "new"], ["advance", "1m"], ["status"],
      ])
  }

  @Test func quotesKeepSpacesAndSeparators() throws {
    #expect(
      try words(#"cancel order 1 --reason "changed; their mind""#) == [
        ["cancel", "order", "1", "--reason", "changed; their mind"]
      ])
    #expect(
      try words("set user 1 name 'Анна Петрова'") == [["set", "user", "1", "name", "Анна Петрова"]])
    #expect(try words(#"word "say \"hi\"""#) == [["word", "say \"hi\""]])
  }

  @Test func aHashStartsACommentAtTheStartOrAfterASpaceUnlessADigitFollows() throws {
    #expect(try words("# a comment") == [])
    #expect(try words("advance 1d # a day later") == [["advance", "1d"]])
    #expect(try words("answer task #12 yes") == [["answer", "task", "#12", "yes"]])
    #expect(try words("word C#sharp") == [["word", "C#sharp"]])
    #expect(try words(##"word "# not a comment""##) == [["word", "# not a comment"]])
  }

  @Test func quotedWordsAreMarked() throws {
    let commands = try Lexer.commands(in: #"set user 1 phone "none""#)
    #expect(commands[0].last == Lexer.Word(text: "none", quoted: true))
  }

  @Test func anOpenQuoteIsAnError() {
    #expect(throws: ShellError.unclosedQuote("\"")) {
      try Lexer.commands(in: #"word "oops"#)
    }
  }

  /// What procsh writes back as a word (recordings, `--echo`, `expect … reason`) reads back as
  /// the same text, whatever characters it holds.
  @Test(arguments: [
    "plain", "two words", "tab\there", "semi;colon", "#hash", "a#b", "it's", #"say "hi""#,
    #"back\slash"#, #"\""#, "", "none", "Анна Петрова", "'", #"""#,
  ])
  func aScriptWordReadsBackAsTheSameText(text: String) throws {
    let commands = try Lexer.commands(in: "word " + Lexer.scriptWord(text) + " end")
    #expect(commands.count == 1)
    #expect(commands.first?.map(\.text) == ["word", text, "end"])
  }

  /// The end of a line drops a carriage return (a script saved on Windows), so a word that ends
  /// in one is written quoted: `echo a\r ;` was recorded as `echo a\r` and replayed as `echo a`
  /// (found by fuzzing, Fuzz/CommandLine.swift).
  @Test func aWordEndingInACarriageReturnReadsBackAtTheEndOfALine() throws {
    let words = try Lexer.commands(in: "word a\r ;")[0]
    #expect(words.map(\.text) == ["word", "a\r"])
    let written = words.map(\.display).joined(separator: " ")
    #expect(try self.words(written) == [["word", "a\r"]])
    #expect(try self.words("word " + Lexer.scriptWord("b\r")) == [["word", "b\r"]])
  }

  @Test func aScriptWordIsBareWhenNothingNeedsQuoting() {
    #expect(Lexer.scriptWord("no-answer") == "no-answer")
    #expect(Lexer.scriptWord("#12") == ##""#12""##)
    #expect(Lexer.scriptWord("none") == #""none""#)
  }

  /// `echo` is narration: the rest of its line is printed as written, quotes, `;` and `#`
  /// included, and written back so by `--echo` (issue 12).
  @Test func echoTakesTheRestOfItsLineAsWritten() throws {
    let line = #"echo Step 2:  the "manager" calls; nobody answers # at #1"#
    let commands = try Lexer.commands(in: line)
    #expect(
      commands.map { $0.map(\.text) } == [
        ["echo", #"Step 2:  the "manager" calls; nobody answers # at #1"#]
      ])
    #expect(commands[0].map(\.display).joined(separator: " ") == line)
    #expect(
      try words("advance 1d; echo done; really") == [["advance", "1d"], ["echo", "done; really"]])
    #expect(try words("echo") == [["echo"]])
    #expect(try words(#""echo" a; b"#) == [["echo", "a"], ["b"]])
  }
}
