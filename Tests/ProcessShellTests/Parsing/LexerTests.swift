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
    #expect(try words(#"echo "say \"hi\"""#) == [["echo", "say \"hi\""]])
  }

  @Test func aHashStartsACommentAtTheStartOrAfterASpaceUnlessADigitFollows() throws {
    #expect(try words("# a comment") == [])
    #expect(try words("advance 1d # a day later") == [["advance", "1d"]])
    #expect(try words("answer task #12 yes") == [["answer", "task", "#12", "yes"]])
    #expect(try words("echo C#sharp") == [["echo", "C#sharp"]])
    #expect(try words(##"echo "# not a comment""##) == [["echo", "# not a comment"]])
  }

  @Test func quotedWordsAreMarked() throws {
    let commands = try Lexer.commands(in: #"set user 1 phone "none""#)
    #expect(commands[0].last == Lexer.Word(text: "none", quoted: true))
  }

  @Test func anOpenQuoteIsAnError() {
    #expect(throws: ShellError.unclosedQuote("\"")) {
      try Lexer.commands(in: #"echo "oops"#)
    }
  }

  /// What procsh writes back as a word (recordings, `--echo`, `expect … reason`) reads back as
  /// the same text, whatever characters it holds.
  @Test(arguments: [
    "plain", "two words", "tab\there", "semi;colon", "#hash", "a#b", "it's", #"say "hi""#,
    #"back\slash"#, #"\""#, "", "none", "Анна Петрова", "'", #"""#,
  ])
  func aScriptWordReadsBackAsTheSameText(text: String) throws {
    let commands = try Lexer.commands(in: "echo " + Lexer.scriptWord(text) + " end")
    #expect(commands.count == 1)
    #expect(commands.first?.map(\.text) == ["echo", text, "end"])
  }

  /// The end of a line drops a carriage return (a script saved on Windows), so a word that ends
  /// in one is written quoted: `echo a\r ;` was recorded as `echo a\r` and replayed as `echo a`
  /// (found by fuzzing, Fuzz/CommandLine.swift).
  @Test func aWordEndingInACarriageReturnReadsBackAtTheEndOfALine() throws {
    let words = try Lexer.commands(in: "echo a\r ;")[0]
    #expect(words.map(\.text) == ["echo", "a\r"])
    let written = words.map(\.display).joined(separator: " ")
    #expect(try self.words(written) == [["echo", "a\r"]])
    #expect(try self.words("echo " + Lexer.scriptWord("b\r")) == [["echo", "b\r"]])
  }

  @Test func aScriptWordIsBareWhenNothingNeedsQuoting() {
    #expect(Lexer.scriptWord("no-answer") == "no-answer")
    #expect(Lexer.scriptWord("#12") == ##""#12""##)
    #expect(Lexer.scriptWord("none") == #""none""#)
  }
}
