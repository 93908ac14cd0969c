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
  /// Where output and errors go, with control characters escaped (`EscapingOutput`).
  let output: TextOutput
  let errors: TextOutput
  /// Standard error as it is, for the progress bar's carriage returns.
  let progressOutput: TextOutput
  public var style: Style
  /// Print each command before its output, so a script's run reads as a transcript.
  public var echoCommands = false
  /// Draw a progress bar for long simulations (on a terminal).
  public var progressBars = false
  /// Report each command's wall time on standard error (`PROCSH_TIMING=1`), for the benchmark.
  public var reportsTiming = false
  /// Scripts being run by `source`, innermost last (a loop of sources is refused).
  var sourceStack: [String] = []
  /// The session as it was created or loaded, the commands that changed it since and its
  /// checkpoints: `undo` and `restore` replay from here, and `save` keeps it in the file.
  var journal: Journal
  /// Sessions `load` replaced, the latest last: `undo` past a `load` brings one back.
  var replaced: [ReplacedSession] = []
  var recording: Recording?
  /// The file saved after every command that changes the session (`procsh --session FILE`),
  /// with its journal; `openSession(_:)` opens one.
  var sessionFile: SessionFile?
  /// Where the session is saved after every change: set, the first change writes the file
  /// whole (and removes a journal beside it); `openSession(_:)` reads what is there first.
  public var autosavePath: String? {
    get { sessionFile?.path }
    set { sessionFile = newValue.map { SessionFile(unknownAt: $0) } }
  }
  /// Where the exits the session's tokens take are noted (`procsh test --coverage`); every
  /// engine the shell works on, loaded or replayed, gets it.
  public var exitTrace: ExitTrace? {
    didSet { engine.exitTrace = exitTrace }
  }
  /// Starts the live page's server for `view`: set by the executable; nil in tests and fuzzing,
  /// where `view` is refused (ProcessShell has no network code; see `LivePageServer`).
  public var liveViewStarter: LivePageStarter?
  /// The live page's server while `view` runs it; handed a new page after every line.
  var liveView: (any LivePageServer)?

  /// What a line or a script came to.
  public enum Outcome: Equatable, Sendable {
    case success
    /// An `expect` did not hold (exit code 1).
    case expectationFailed
    /// A command was refused (exit code 2).
    case commandFailed
    /// `quit` was given.
    case quit
    /// Ctrl-C stopped a command, and the session is as it was before it.
    case interrupted
  }

  /// Where a line comes from, for `FILE:LINE:` in messages, and the folder paths written in it
  /// are relative to (a script's own; nil for the current folder).
  public struct Location: Equatable, Sendable {
    public var path: String
    public var line: Int
    public var folder: String?

    public init(path: String, line: Int, folder: String? = nil) {
      self.path = path
      self.line = line
      self.folder = folder
    }
  }

  public init(
    engine: Engine = Engine(), output: TextOutput, errors: TextOutput, style: Style = .plain
  ) {
    self.engine = engine
    self.output = EscapingOutput(output)
    self.errors = EscapingOutput(errors)
    progressOutput = errors
    self.style = style
    journal = Journal(base: engine)
  }

  /// Set by `quit`: the line stops there and the caller ends the session.
  var quitRequested = false

  // MARK: - Lines

  /// Runs one line of input: one or more commands separated by `;`. Stops at the first that fails
  /// unless `keepGoing` (`--keep-going`: a script's `a; b` runs `b` after `a` failed, as its next
  /// line would run); then returns the worst outcome, a refused command before a failed
  /// expectation.
  @discardableResult
  public func run(line: String, at location: Location? = nil, keepGoing: Bool = false) -> Outcome {
    defer {
      output.flush()
      errors.flush()
      publishLiveView()
    }
    let commands: [[Lexer.Word]]
    do throws(ShellError) {
      commands = try Lexer.commands(in: line)
    } catch {
      report(error, at: location)
      return .commandFailed
    }
    var worst = Outcome.success
    for words in commands {
      let text = words.map(\.display).joined(separator: " ")
      if echoCommands { output.write(style.cyan("> " + text) + "\n") }
      // The outermost command keeps the session to put back when Ctrl-C stops it; a command of
      // a sourced script leaves that to the `source` that runs it.
      let isOutermost = sourceStack.isEmpty
      if isOutermost { Interrupts.reset() }
      let kept = takeSnapshot()
      do throws(ShellError) {
        let (command, arguments) = try CommandRegistry.parse(words)
        let started = reportsTiming ? monotonicSeconds() : 0
        try command.run(
          in: CommandContext(
            shell: self, text: text, location: location, wantsJSON: arguments[Switch.json]))
        if reportsTiming {
          errors.write(
            "timing: \(words[0].text) \(String(fixed: monotonicSeconds() - started, digits: 3)) s\n"
          )
        }
        if quitRequested { return .quit }
      } catch .interrupted(_) {
        guard isOutermost else { return .interrupted }
        restore(kept)
        report(.interrupted(command: text), at: location)
        return .interrupted
      } catch {
        report(error, at: location)
        let failed: Outcome = error.isExpectation ? .expectationFailed : .commandFailed
        guard keepGoing else { return failed }
        if worst != .commandFailed { worst = failed }
      }
    }
    return worst
  }

  /// Runs a script: one command per line, a `#!` first line allowed. Stops at the first failing
  /// command or `expect` unless `keepGoing`; then reports the worst outcome (a refused command
  /// before a failed expectation).
  ///
  /// Paths written in a script file (`source`, `load`, `save`, `process load`, `record`) are
  /// relative to its folder, `folder`, as psql's `\\ir` reads them: a script runs the same from
  /// wherever it is started.
  public func runScript(
    _ text: String, path: String, folder: String? = nil, keepGoing: Bool = false
  ) -> Outcome {
    var worst = Outcome.success
    // Split by scalars: Swift reads "\r\n" as one character, and a script saved on Windows would
    // be one line. The lexer drops the "\r" left at each line's end.
    var lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map {
      String($0)
    }
    if lines.last?.isEmpty == true { lines.removeLast() }
    for (index, line) in lines.enumerated() {
      if index == 0 && line.hasPrefix("#!") { continue }
      // Ctrl-C during a command too quick to notice it still stops the script.
      if Interrupts.wereRequested { return .interrupted }
      let outcome = run(
        line: line, at: Location(path: path, line: index + 1, folder: folder),
        keepGoing: keepGoing)
      switch outcome {
      case .success: continue
      case .quit, .interrupted: return outcome == .quit ? worst : .interrupted
      case .expectationFailed:
        if worst == .success { worst = .expectationFailed }
      case .commandFailed:
        worst = .commandFailed
      }
      if !keepGoing { return worst }
    }
    return worst
  }

  /// Writes an error: `FILE:LINE: error: …` (`ошибка:` in Russian, as compilers say it), or
  /// `error: …` in the REPL; a failed expectation without `error:`.
  ///
  /// At a terminal, a long message wraps at spaces like normal output (a refused `set order 1
  /// status bogus` lists every status: 170 columns, broken mid-word by the terminal).
  func report(_ error: ShellError, at location: Location?) {
    let prefix = location.map { "\($0.path):\($0.line): " } ?? ""
    let message = error.message(in: style.language)
    let text =
      error.isExpectation
      ? prefix + style.red(message)
      : prefix + style.red(style.text(ErrorPhrase.error) + ":") + " " + message
    guard let width = style.width else {
      errors.write(text + "\n")
      return
    }
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      for part in TerminalFit.wrap(String(line), width: width, cuttingLongWords: false) {
        errors.write(part + "\n")
      }
    }
  }

  /// Writes a line of normal output.
  func say(_ text: String) {
    guard let width = style.width else {
      output.write(text.hasSuffix("\n") ? text : text + "\n")
      return
    }
    let lines = (text.hasSuffix("\n") ? String(text.dropLast()) : text)
      .split(separator: "\n", omittingEmptySubsequences: false)
    for line in lines {
      for part in TerminalFit.wrap(String(line), width: width) { output.write(part + "\n") }
    }
  }

  /// Writes a warning that does not stop the command.
  func warn(_ text: String) {
    errors.write(style.yellow(style.text(ErrorPhrase.warning) + ":") + " \(text)\n")
  }
}

extension Lexer.Word {
  /// The word as it would be typed: a quoted word quoted again where it needs it, and a word
  /// that ends in a carriage return quoted, or the end of the line would drop it (found by
  /// fuzzing: `echo a\r ;` was recorded as `echo a\r` and replayed as `echo a`).
  var display: String {
    guard !isVerbatim else { return text }
    return quoted || text.unicodeScalars.last == "\r" ? Lexer.scriptWord(text) : text
  }
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
