import ProcessEngine

/// The interactive loop: a prompt with the virtual clock and the acting user, a line, its output,
/// again until `quit` or the end of input. Ctrl-C cancels the line being typed and keeps the shell.
public struct REPL {
  let shell: Shell
  let reader: LineReader
  /// Whether to print a greeting and prompts (a terminal) or nothing extra (a pipe).
  let interactive: Bool
  /// Not interactive: go on after a failure (else stop, as a script does).
  let keepGoing: Bool

  public init(shell: Shell, reader: LineReader, interactive: Bool, keepGoing: Bool = false) {
    self.shell = shell
    self.reader = reader
    self.interactive = interactive
    self.keepGoing = keepGoing
  }

  /// `procsh 2026-01-05 09:00 admin> `
  public static func prompt(for engine: Engine) -> String {
    "procsh \(engine.clock) \(engine.managerName(engine.actingUser))> "
  }

  /// Runs until the end of input or `quit`; returns the outcome of the last line (for the exit
  /// code when reading a pipe).
  @discardableResult
  public func run() -> Shell.Outcome {
    if interactive {
      shell.say(
        "procsh — order processing on a virtual clock. 'help' lists the commands; Ctrl-D leaves.")
      shell.output.flush()
    }
    var worst = Shell.Outcome.success
    var number = 0
    while true {
      let prompt = interactive ? Self.prompt(for: shell.engine) : ""
      switch reader.readLine(prompt: prompt) {
      case .end:
        if interactive { shell.say("") }
        shell.output.flush()
        return worst
      case .interrupted:
        continue
      case .unreadable(let problem):
        number += 1
        let location = interactive ? nil : Shell.Location(path: "<stdin>", line: number)
        shell.report(.line(problem), at: location)
        shell.errors.flush()
        worst = .commandFailed
        if !interactive && !keepGoing { return worst }
      case .line(let line):
        number += 1
        if interactive, !line.allSatisfy(\.isWhitespace) { reader.remember(line) }
        // Piped input is a script: its errors name the line, and it stops at the first failure.
        let location = interactive ? nil : Shell.Location(path: "<stdin>", line: number)
        // A terminal may have been resized since the last line.
        if shell.style.width != nil { shell.style.width = terminalWidth() }
        // At the terminal, Ctrl-C stops the command and the shell goes on; elsewhere it ends
        // procsh, as it ends any program.
        let outcome =
          interactive
          ? Interrupts.catching { shell.run(line: line, at: location) }
          : shell.run(line: line, at: location, keepGoing: keepGoing)
        switch outcome {
        case .quit: return worst
        case .success: continue
        case .interrupted:
          if interactive { continue }
          return .interrupted
        case .expectationFailed: if worst == .success { worst = .expectationFailed }
        case .commandFailed: worst = .commandFailed
        }
        if !interactive && !keepGoing { return worst }
      }
    }
  }
}
