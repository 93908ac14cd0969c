import Foundation
import Synchronization
import Testing

#if canImport(Glibc)
  import Glibc
#endif

extension Process {
  /// Starts the process, runs `body` (which talks to it and waits for it), and makes sure the
  /// process is gone when `body` is done, returned or thrown, or when `seconds` have passed: a
  /// failing test, or a procsh that a bug makes loop, never leaves it running. Foundation starts
  /// it in a process group of its own, so nothing that stops the test run reaches it (one such
  /// procsh once ran at full CPU for 45 minutes after its test was over). Past the limit it is
  /// killed, which ends its output, so a `body` reading it goes on and fails.
  func runEnded<T>(within seconds: Double = 120, _ body: () throws -> T) throws -> T {
    try run()
    let pid = processIdentifier
    let overran = Overran()
    let watchdog = DispatchWorkItem {
      overran.value.withLock { $0 = true }
      kill(pid, SIGKILL)
    }
    DispatchQueue.global().asyncAfter(deadline: .now() + seconds, execute: watchdog)
    defer {
      watchdog.cancel()
      if isRunning {
        kill(pid, SIGKILL)
        waitUntilExit()
      }
      if overran.value.withLock({ $0 }) {
        Issue.record(
          "\(executableURL?.lastPathComponent ?? "the child") ran over \(seconds) s: killed")
      }
    }
    return try body()
  }
}

private final class Overran: Sendable {
  let value = Mutex(false)
}
