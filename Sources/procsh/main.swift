import ArgumentParser
import Glibc
import LiveView
import ProcessShell
import Wording

/// `procsh [FILE...] [-c COMMANDS] [--load SESSION | --session SESSION] [--keep-going] [--echo]
/// [--lang ru|en]`
struct Procsh: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "procsh",
    abstract: english(.summary),
    discussion: [english(.interactive), english(.testUsage), english(.exitCodes)].joined(
      separator: "\n"),
    version: Application.versionText,
    subcommands: [Test.self])

  @Option(
    name: .customShort("c"),
    help: ArgumentHelp(english(.commands), valueName: "commands")
  )
  var commands: [String] = []

  @Option(
    help: ArgumentHelp(english(.load), valueName: "file"),
    completion: .file(extensions: ["json"]))
  var load: [String] = []

  @Option(
    help: ArgumentHelp(english(.session), valueName: "file"),
    completion: .file(extensions: ["json"]))
  var session: [String] = []

  @Flag(help: ArgumentHelp(english(.keepGoing)))
  var keepGoing = false

  @Flag(help: ArgumentHelp(english(.echo)))
  var echo = false

  @Option(
    help: ArgumentHelp(english(.language), valueName: "ru|en"),
    completion: .list(["ru", "en"]))
  var lang: [String] = []

  @Argument(
    help: ArgumentHelp(english(.files), valueName: "file"),
    completion: .custom { words, index, typed in
      // `words` starts with the command itself: the first argument is at index 1.
      Application.completions(forArgument: typed, isFirst: index <= 1)
    })
  var files: [String] = []

  // The options that take a value are read as lists only to refuse one given twice, which
  // argument-parser would let the last of win (`-c 'echo a' -c 'echo b'` ran only `echo b`).
  func validate() throws {
    for (name, values) in [
      ("-c", commands), ("--load", load), ("--session", session), ("--lang", lang),
    ]
    where values.count > 1 {
      throw ValidationError(
        ProgramHelp.language(of: arguments).text(
          ProgramHelpPhrase.givenTwice, ["option": .text(name)]))
    }
  }

  func run() throws {
    var options = Application.Options()
    options.commands = commands.first
    options.files = files
    options.load = load.first
    options.session = session.first
    options.keepGoing = keepGoing
    options.echo = echo
    options.language = lang.first
    Self.run(options)
  }

  /// Runs procsh with `options`, the live page's server at hand.
  static func run(_ options: Application.Options) {
    var options = options
    options.liveViewStarter = LiveViewServer.start
    // procsh exits from inside, while the session is still alive (see Application.run).
    _ = Application.run(options, exit: { code in Glibc.exit(code) })
  }
}

/// `procsh test [-j N] [--junit FILE] [--coverage] [--coverage-json FILE] PATH...`
struct Test: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "test",
    abstract: english(.testSummary))

  // Unconditional: `-j -1` is refused as too few jobs, not as "-1" being an unknown option.
  @Option(name: .customShort("j"), parsing: .unconditional, help: ArgumentHelp(english(.jobs)))
  var jobs: Int?

  @Option(
    help: ArgumentHelp(english(.junit), valueName: "file"),
    completion: .file(extensions: ["xml"]))
  var junit: String?

  @Flag(help: ArgumentHelp(english(.coverage)))
  var coverage = false

  @Option(
    help: ArgumentHelp(english(.coverageJSON), valueName: "file"),
    completion: .file(extensions: ["json"]))
  var coverageJSON: String?

  @Option(
    help: ArgumentHelp(english(.testLanguage), valueName: "ru|en"))
  var lang: String?

  @Argument(
    help: ArgumentHelp(english(.paths), valueName: "path"),
    completion: .file(extensions: ["procsh"]))
  var paths: [String] = []

  func validate() throws {
    let language = ProgramHelp.language(of: arguments)
    if let jobs, jobs < 1 {
      throw ValidationError(language.text(ProgramHelpPhrase.tooFewJobs, ["n": .number(jobs)]))
    }
    if let lang, Language(rawValue: lang) == nil {
      throw ValidationError(language.text(ProgramHelpPhrase.unknownLanguage, ["lang": .text(lang)]))
    }
  }

  func run() throws {
    let code = TestRunner.main(
      paths: paths, jobs: jobs, junitPath: junit, coverage: coverage,
      coverageJSONPath: coverageJSON, language: lang.flatMap(Language.init(rawValue:)))
    if code != 0 { throw ExitCode(code) }
  }
}

/// argument-parser's help texts: the phrase book's English (`ProgramHelp` writes the help itself).
func english(_ phrase: ProgramHelpPhrase) -> String { Language.english.text(phrase) }

// argument-parser would read `procsh test …` as a script called "test" (the root command takes
// files), so the subcommand is picked here; it is still declared as one so that the generated
// completion scripts know it. The help, `--help` or `procsh help [test]` (which those scripts
// offer), is written in the run's language before argument-parser sees the words.
let arguments = Array(CommandLine.arguments.dropFirst())
if let topic = ProgramHelp.asked(in: arguments) {
  print(ProgramHelp.text(topic, in: ProgramHelp.language(of: arguments)))
  exit(0)
}

/// Reads `words` with argument-parser and runs what they say; a line that does not read is
/// refused in the run's language (`ProgramHelp.refusal`), with exit code 64 as before.
func parseAndRun<Command: ParsableCommand>(
  _: Command.Type, _ words: [String], topic: ProgramHelp.Topic
) -> Never {
  do {
    var command = try Command.parseAsRoot(words)
    try command.run()
    exit(0)
  } catch let code as ExitCode {
    exit(code.rawValue)
  } catch {
    // `--version` and the completion scripts end here too, as argument-parser's clean exits.
    guard Command.exitCode(for: error) == .validationFailure else { Command.exit(withError: error) }
    FileDescriptorOutput.standardError().write(
      ProgramHelp.refusal(
        Command.message(for: error), topic, in: ProgramHelp.language(of: arguments)))
    exit(ExitCode.validationFailure.rawValue)
  }
}

switch arguments.first {
case "test": parseAndRun(Test.self, Array(arguments.dropFirst()), topic: .test)
// `procsh --lang ru test …`: the language given before the subcommand is the subcommand's.
case "--lang" where arguments.count > 2 && arguments[2] == "test":
  parseAndRun(Test.self, ["--lang", arguments[1]] + arguments.dropFirst(3), topic: .test)
default:
  // A plain command line is read without argument-parser's reflection (a third of a start-up).
  if let options = Application.Options(plainArguments: arguments) {
    Procsh.run(options)
  } else {
    parseAndRun(Procsh.self, arguments, topic: .procsh)
  }
}
