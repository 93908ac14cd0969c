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
    abstract: "A shell for order-processing business processes on a virtual clock.",
    discussion: """
      With no FILE and no -c, procsh is an interactive shell on a terminal, or reads commands from
      standard input. 'procsh test PATH...' runs scripts as a test suite (procsh test --help).
      Exit codes: 0 success, 1 an expectation failed, 2 a command failed, 64 bad usage.
      """,
    version: Application.versionText,
    subcommands: [Test.self])

  @Option(
    name: .customShort("c"),
    help: ArgumentHelp("Run these commands (';' separates them), then exit.", valueName: "commands")
  )
  var commands: String?

  @Option(
    help: ArgumentHelp("Start from a saved session.", valueName: "file"),
    completion: .file(extensions: ["json"]))
  var load: String?

  @Option(
    help: ArgumentHelp(
      "Open a session file if it exists and save it after every change.", valueName: "file"),
    completion: .file(extensions: ["json"]))
  var session: String?

  @Flag(help: "Go on after a failed command or expectation.")
  var keepGoing = false

  @Flag(help: "Print each command before its output, as a transcript.")
  var echo = false

  @Option(
    help: ArgumentHelp(
      "Write in Russian (ru) or English (en); by default PROCSH_LANG, else the locale.",
      valueName: "ru|en"),
    completion: .list(["ru", "en"]))
  var lang: String?

  @Argument(
    help: ArgumentHelp("Scripts to run in one session.", valueName: "file"),
    completion: .custom { words, index, typed in
      // `words` starts with the command itself: the first argument is at index 1.
      Application.completions(forArgument: typed, isFirst: index <= 1)
    })
  var files: [String] = []

  func run() throws {
    var options = Application.Options()
    options.commands = commands
    options.files = files
    options.load = load
    options.session = session
    options.keepGoing = keepGoing
    options.echo = echo
    options.language = lang
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
    abstract:
      "Run procsh scripts, each in its own session, in parallel; report ok or FAIL for each.",
    usage:
      "procsh test [-j <jobs>] [--junit <file>] [--coverage] [--coverage-json <file>] [--lang ru|en] <path> ..."
  )

  @Option(
    name: .customShort("j"), help: "How many scripts run at once (default: the number of cores).")
  var jobs: Int?

  @Option(
    help: ArgumentHelp("Also write the results as JUnit XML.", valueName: "file"),
    completion: .file(extensions: ["xml"]))
  var junit: String?

  @Flag(
    help:
      "Print, per process version, the blocks entered and the exits taken by the whole suite, and the exits never taken."
  )
  var coverage = false

  @Option(
    help: ArgumentHelp("Also write the coverage as JSON (docs/testing.md).", valueName: "file"),
    completion: .file(extensions: ["json"]))
  var coverageJSON: String?

  @Option(
    help: ArgumentHelp(
      "The language of the report and of each script's session (ru or en; default: PROCSH_LANG or the locale).",
      valueName: "ru|en"))
  var lang: String?

  @Argument(
    help: ArgumentHelp("Scripts, or folders of *.procsh scripts.", valueName: "path"),
    completion: .file(extensions: ["procsh"]))
  var paths: [String] = []

  func validate() throws {
    if let jobs, jobs < 1 { throw ValidationError("-j needs at least 1") }
    if let lang, Language(rawValue: lang) == nil {
      throw ValidationError("--lang takes ru or en, not '\(lang)'")
    }
  }

  func run() throws {
    let code = TestRunner.main(
      paths: paths, jobs: jobs, junitPath: junit, coverage: coverage,
      coverageJSONPath: coverageJSON, language: lang.flatMap(Language.init(rawValue:)))
    if code != 0 { throw ExitCode(code) }
  }
}

// argument-parser would read `procsh test …` as a script called "test" (the root command takes
// files), so the subcommand is picked here; it is still declared as one so that `--help` and the
// generated completion scripts know it. `procsh help [test]`, which those scripts offer, prints
// the help.
let arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case "test": Test.main(Array(arguments.dropFirst()))
// `procsh --lang ru test …`: the language given before the subcommand is the subcommand's.
case "--lang" where arguments.count > 2 && arguments[2] == "test":
  Test.main(["--lang", arguments[1]] + arguments.dropFirst(3))
case "help" where arguments.count == 1: print(Procsh.helpMessage())
case "help" where arguments == ["help", "test"]: print(Test.helpMessage())
default:
  // A plain command line is read without argument-parser's reflection (a third of a start-up).
  if let options = Application.Options(plainArguments: arguments) {
    Procsh.run(options)
  } else {
    Procsh.main(arguments)
  }
}
