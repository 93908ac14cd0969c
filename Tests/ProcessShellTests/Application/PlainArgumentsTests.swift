import ProcessShell
import Testing

/// The command lines procsh reads without argument-parser (`Application.Options(plainArguments:)`):
/// the plain ones a script, CI or support types, read to the same options; anything else is left
/// to argument-parser, whose help, errors and completion stay as they are.
@Suite struct PlainArgumentsTests {
  @Test func aPlainLineReadsToItsOptions() throws {
    let options = try #require(
      Application.Options(plainArguments: [
        "--session", "s.json", "a.procsh", "--echo", "-c", "order new; status", "b.procsh",
        "--lang", "ru", "--keep-going",
      ]))
    #expect(options.session == "s.json")
    #expect(options.files == ["a.procsh", "b.procsh"])
    #expect(options.commands == "order new; status")
    #expect(options.language == "ru")
    #expect(options.echo && options.keepGoing)
    #expect(options.load == nil)
    let loading = try #require(Application.Options(plainArguments: ["--load", "x.json"]))
    #expect(loading.load == "x.json")
    #expect(loading.session == nil && loading.commands == nil && loading.files.isEmpty)
    #expect(!loading.echo && !loading.keepGoing)
  }

  @Test(arguments: [
    ["--help"], ["-h"], ["--version"], ["--generate-completion-script", "bash"],
    ["--session=s.json"], ["-c"], ["-c", "--echo"], ["--echo", "--echo"], ["-c", "a", "-c", "b"],
    ["help"], ["--colour"], ["-x"],
  ])
  func anythingElseIsLeftToArgumentParser(arguments: [String]) {
    #expect(Application.Options(plainArguments: arguments) == nil)
  }
}
