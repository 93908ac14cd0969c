import ProcessEngine

#if canImport(Glibc)
  import Glibc
#endif

/// One procsh session as a person or a script drives it: parses lines, runs them on the engine,
/// and writes what happened. No terminal here; the REPL and the executable feed it lines.
///
///     let shell = Shell(output: BufferedOutput(), errors: BufferedOutput())
///     shell.run(line: "order new; advance 1m")
public final class Shell {
  public internal(set) var engine: Engine
  let output: TextOutput
  let errors: TextOutput
  public var style: Style
  /// Print each command before its output, so a script's run reads as a transcript.
  public var echoCommands = false
  /// Draw a progress bar for long simulations (on a terminal).
  public var progressBars = false
  /// Report each command's wall time on standard error (`PROCSH_TIMING=1`), for the benchmark.
  public var reportsTiming = false
  /// Scripts being run by `source`, innermost last (a loop of sources is refused).
  var sourceStack: [String] = []
  /// The session as it was created or loaded, and the commands that changed it since: `undo` and
  /// `restore` replay from here.
  var journal: Journal
  var checkpoints: [(name: String, journalLength: Int)] = []
  var recording: Recording?
  /// Saved after every command that changes the session (`procsh --session FILE`).
  public var autosavePath: String?

  /// What a line or a script came to.
  public enum Outcome: Equatable, Sendable {
    case success
    /// An `expect` did not hold (exit code 1).
    case expectationFailed
    /// A command was refused (exit code 2).
    case commandFailed
    /// `quit` was given.
    case quit
  }

  /// Where a line comes from, for `FILE:LINE:` in messages.
  public struct Location: Equatable, Sendable {
    public var path: String
    public var line: Int

    public init(path: String, line: Int) {
      self.path = path
      self.line = line
    }
  }

  public init(
    engine: Engine = Engine(), output: TextOutput, errors: TextOutput, style: Style = .plain
  ) {
    self.engine = engine
    self.output = output
    self.errors = errors
    self.style = style
    journal = Journal(base: engine)
  }

  // MARK: - Lines

  /// Runs one line of input: one or more commands separated by `;`. Stops at the first that fails.
  @discardableResult
  public func run(line: String, at location: Location? = nil) -> Outcome {
    defer {
      output.flush()
      errors.flush()
    }
    let commands: [[Lexer.Word]]
    do throws(ShellError) {
      commands = try Lexer.commands(in: line)
    } catch {
      report(error, at: location)
      return .commandFailed
    }
    for words in commands {
      if echoCommands {
        output.write(style.cyan("> " + words.map(\.display).joined(separator: " ")) + "\n")
      }
      do throws(ShellError) {
        let command = try CommandParser.parse(words)
        if case .quit = command { return .quit }
        let started = reportsTiming ? monotonicSeconds() : 0
        try execute(command, words: words, at: location)
        if reportsTiming {
          errors.write(
            "timing: \(words[0].text) \(String(fixed: monotonicSeconds() - started, digits: 3)) s\n"
          )
        }
      } catch {
        report(error, at: location)
        return error.isExpectation ? .expectationFailed : .commandFailed
      }
    }
    return .success
  }

  /// Runs a script: one command per line, a `#!` first line allowed. Stops at the first failing
  /// command or `expect` unless `keepGoing`; then reports the worst outcome (a refused command
  /// before a failed expectation).
  public func runScript(_ text: String, path: String, keepGoing: Bool = false) -> Outcome {
    var worst = Outcome.success
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    if lines.last?.isEmpty == true { lines.removeLast() }
    for (index, line) in lines.enumerated() {
      if index == 0 && line.hasPrefix("#!") { continue }
      let outcome = run(line: String(line), at: Location(path: path, line: index + 1))
      switch outcome {
      case .success: continue
      case .quit: return worst
      case .expectationFailed:
        if worst == .success { worst = .expectationFailed }
      case .commandFailed:
        worst = .commandFailed
      }
      if !keepGoing { return worst }
    }
    return worst
  }

  /// Writes an error: `FILE:LINE: error: …`, or `error: …` in the REPL; a failed expectation
  /// without `error:`.
  func report(_ error: ShellError, at location: Location?) {
    let prefix = location.map { "\($0.path):\($0.line): " } ?? ""
    let message = error.message
    if error.isExpectation {
      errors.write(prefix + style.red(message) + "\n")
    } else {
      errors.write(prefix + style.red("error:") + " " + message + "\n")
    }
  }

  /// Writes a line of normal output.
  func say(_ text: String) {
    output.write(text.hasSuffix("\n") ? text : text + "\n")
  }

  // MARK: - Dispatch

  func execute(_ command: ShellCommand, words: [Lexer.Word], at location: Location?)
    throws(ShellError)
  {
    switch command {
    case .engine(let engineCommand):
      try apply(engineCommand, words: words)
    case .processLoad(let path):
      try loadProcess(path: path, words: words)
    case .processValidate(let path):
      try validateProcess(path: path)
    case .processShow(let name, let task, let json):
      try showProcess(name: name, task: task, json: json)
    case .processes(let json):
      listProcesses(json: json)
    case .clock(let json):
      if json {
        sayJSON(["clock": .string(engine.clock.isoDescription)])
      } else {
        say("\(engine.clock) (\(weekdayName(engine.clock)))")
      }
    case .status(let json):
      showStatus(json: json)
    case .orders(let json, let status):
      listOrders(json: json, status: status)
    case .order(let id, let json):
      try showOrder(id, json: json)
    case .users(let json):
      listUsers(json: json)
    case .user(let id, let json):
      try showUser(id, json: json)
    case .tasks(let json, let filter):
      listTasks(json: json, filter: filter)
    case .task(let id, let json):
      try showTask(id, json: json)
    case .managers(let json):
      listManagers(json: json)
    case .timers(let json, let limit):
      listTimers(json: json, limit: limit)
    case .log(let filter, let json):
      showLog(filter, json: json)
    case .why(let subject):
      try explain(subject)
    case .expect(let expectation):
      try expectation.check(in: engine)
    case .source(let path):
      try source(path: path)
    case .save(let path):
      try save(path: path)
    case .load(let path):
      try load(path: path, words: words)
    case .echo(let text):
      say(text)
    case .help(let topic):
      try help(topic)
    case .record(let path):
      try startRecording(path: path)
    case .recordStop(let withExpectations):
      try stopRecording(withExpectations: withExpectations)
    case .undo(let steps):
      try undo(steps)
    case .checkpoint(let name):
      checkpoint(name)
    case .restore(let name):
      try restore(name)
    case .simulate(let request):
      try simulate(request, words: words)
    case .stats(let json):
      showStats(json: json)
    case .quit:
      break
    }
  }

  /// Runs a script file inside this session, its errors located in that file.
  func source(path: String) throws(ShellError) {
    guard !sourceStack.contains(path) else {
      throw .other("\(path) is already being run: a script that sources itself would never end")
    }
    let text = try FileSystem.readText(path)
    sourceStack.append(path)
    defer { sourceStack.removeLast() }
    switch runScript(text, path: path) {
    case .success, .quit: return
    case .expectationFailed: throw .other("\(path) stopped at a failed expectation")
    case .commandFailed: throw .other("\(path) stopped at a failed command")
    }
  }
}

extension Lexer.Word {
  /// The word as it would be typed: a quoted word quoted again where it needs it.
  var display: String { quoted ? Lexer.scriptWord(text) : text }
}

extension String {
  /// Every occurrence of `target` replaced.
  func replacingAll(_ target: String, with replacement: String) -> String {
    split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
  }
}

/// Seconds on the monotonic clock: only for `PROCSH_TIMING` and `procsh test`, never for behaviour.
func monotonicSeconds() -> Double {
  var time = timespec()
  clock_gettime(CLOCK_MONOTONIC, &time)
  return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

/// `Mon`, `Tue`, …
func weekdayName(_ instant: Instant) -> String {
  ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][instant.weekday - 1]
}
