import Synchronization

#if canImport(Glibc)
  import Glibc
#endif

/// Ctrl-C while a command runs in the interactive shell: instead of ending procsh with the session
/// in it, it asks the running command to stop, and the command puts the session back as it was
/// (SPEC §12.3). Outside the interactive shell Ctrl-C ends procsh as usual (exit code 130); files
/// are written whole or not at all, so that leaves none half-written.
public enum Interrupts {
  /// Set by the signal handler; the running command looks at it now and then.
  static let requested = Atomic<Bool>(false)

  /// Whether Ctrl-C was pressed since the command began.
  static var wereRequested: Bool { requested.load(ordering: .relaxed) }

  /// Forgets an earlier Ctrl-C: at the start of each command.
  static func reset() { requested.store(false, ordering: .relaxed) }

  /// Runs `body` with Ctrl-C caught as a request to stop, then puts the previous handling back.
  /// The handler only sets a flag: nothing else is safe in a signal handler.
  public static func catching<Result>(_ body: () -> Result) -> Result {
    var action = sigaction()
    action.__sigaction_handler.sa_handler = { _ in
      Interrupts.requested.store(true, ordering: .relaxed)
    }
    sigemptyset(&action.sa_mask)
    // No SA_RESTART: a read blocked on a large file returns, so it can stop too.
    action.sa_flags = 0
    var previous = sigaction()
    sigaction(SIGINT, &action, &previous)
    defer { sigaction(SIGINT, &previous, nil) }
    return body()
  }
}
