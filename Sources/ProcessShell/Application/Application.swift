import ProcessEngine
import Wording

#if canImport(Glibc)
  import Glibc
#endif

/// What `procsh` does with its command line: run scripts, a `-c` string, piped input or the
/// interactive shell, in one session, and say how it went as an exit code.
public enum Application {
  /// The command line, as the executable parsed it.
  public struct Options: Sendable {
    public var commands: String?
    public var files: [String] = []
    public var load: String?
    public var session: String?
    public var keepGoing = false
    public var echo = false
    /// `--lang`: `ru` or `en`; nil to follow `PROCSH_LANG` and the locale.
    public var language: String?

    public init() {}
  }

  /// SPEC §10 exit codes.
  public enum ExitCode {
    public static let success: Int32 = 0
    public static let expectationFailed: Int32 = 1
    public static let commandFailed: Int32 = 2
    public static let usage: Int32 = 64
    /// Ctrl-C, as a shell reports a command ended by SIGINT.
    public static let interrupted: Int32 = 130
  }

  public static func exitCode(for outcome: Shell.Outcome) -> Int32 {
    switch outcome {
    case .success, .quit: return ExitCode.success
    case .expectationFailed: return ExitCode.expectationFailed
    case .commandFailed: return ExitCode.commandFailed
    case .interrupted: return ExitCode.interrupted
    }
  }

  /// Runs procsh as `options` say and returns the exit code.
  ///
  /// With `exit`, procsh exits through it while the session is still alive: freeing a session of
  /// a million orders piece by piece takes a noticeable part of a second and helps nobody.
  public static func run(_ options: Options, exit: ((Int32) -> Never)? = nil) -> Int32 {
    tuneMemory()
    let output = FileDescriptorOutput.standardOutput()
    let errors = FileDescriptorOutput.standardError()
    // no-color.org: NO_COLOR set to anything but the empty string turns colour off.
    let terminal = isTerminal(1) && (environment("NO_COLOR") ?? "").isEmpty
    let shell = Shell(
      output: output, errors: errors,
      style: Style(isColored: terminal, language: Language.ofEnvironment))
    let code = run(options, in: shell, output: output, errors: errors)
    output.flush()
    errors.flush()
    if let exit { exit(code) }
    return code
  }

  static func run(_ options: Options, in shell: Shell, output: TextOutput, errors: TextOutput)
    -> Int32
  {
    func usage(_ message: String) -> Int32 {
      errors.write("error: \(message)\n")
      return ExitCode.usage
    }
    if options.commands != nil && !options.files.isEmpty {
      return usage("give either FILE... or -c COMMANDS, not both")
    }
    if options.load != nil && options.session != nil {
      return usage("give either --load or --session, not both")
    }
    if let flag = options.language {
      guard let language = Language(rawValue: flag) else {
        return usage("unknown language '\(flag)' for --lang; use ru or en")
      }
      shell.style.language = language
    }

    shell.echoCommands = options.echo
    shell.progressBars = isTerminal(2)
    shell.reportsTiming = environment("PROCSH_TIMING").map { !$0.isEmpty && $0 != "0" } ?? false
    do throws(ShellError) {
      if let path = options.load {
        let loaded = try Shell.readSession(path: path)
        shell.replaceSession(with: loaded.engine, history: loaded.history)
      } else if let path = options.session {
        if FileSystem.exists(path) {
          let loaded = try Shell.readSession(path: path)
          shell.replaceSession(with: loaded.engine, history: loaded.history)
        }
        shell.autosavePath = path
      }
    } catch {
      shell.report(error, at: nil)
      return ExitCode.commandFailed
    }

    if let commands = options.commands {
      return exitCode(for: shell.runScript(commands, path: "-c", keepGoing: options.keepGoing))
    }
    if !options.files.isEmpty {
      var worst = Shell.Outcome.success
      for path in options.files {
        let text: String
        do throws(ShellError) {
          text = try FileSystem.readText(path)
        } catch {
          shell.report(error, at: nil)
          return ExitCode.commandFailed
        }
        let outcome = shell.runScript(
          text, path: path, folder: FileSystem.folder(of: path), keepGoing: options.keepGoing)
        if outcome == .commandFailed || (outcome == .expectationFailed && worst == .success) {
          worst = outcome
        }
        if outcome != .success && outcome != .quit && !options.keepGoing { break }
      }
      return exitCode(for: worst)
    }
    if isTerminal(0), let reader = EditLineReader(programName: "procsh", historyPath: historyPath())
    {
      reader.complete = { [unowned shell] text in Completer(shell: shell).complete(text) }
      REPL(shell: shell, reader: reader, interactive: true).run()
      return ExitCode.success
    }
    let outcome = REPL(
      shell: shell, reader: PlainLineReader(), interactive: false, keepGoing: options.keepGoing
    ).run()
    return exitCode(for: outcome)
  }

  /// `$PROCSH_HISTORY`, else `$XDG_STATE_HOME/procsh/history`, else `~/.procsh_history`.
  public static func historyPath() -> String? {
    if let path = environment("PROCSH_HISTORY"), !path.isEmpty { return path }
    if let state = environment("XDG_STATE_HOME"), !state.isEmpty {
      FileSystem.makeDirectories(state + "/procsh")
      return state + "/procsh/history"
    }
    guard let home = environment("HOME"), !home.isEmpty else { return nil }
    return home + "/.procsh_history"
  }
}
