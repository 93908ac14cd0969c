import Dispatch
import Synchronization

/// Writes the pieces of a file on another thread while the caller makes the next ones.
///
/// A `save` of a million orders makes 924 MB in 1 MiB pieces; handing each to `write(2)` cost as
/// much again as making it (the kernel's page cache takes fresh memory for every page, which on
/// this project's VMs is slow), and the second core sat idle meanwhile. Here each piece is copied
/// (from a buffer the cache still holds) and written by a serial queue, at most `inFlight` pieces
/// ahead, so the two happen at once. After the first failed write the rest are dropped; `finish()`
/// waits for the queue and throws that failure.
final class PieceWriter: Sendable {
  /// Pieces copied and not yet written: enough to keep both threads busy, little memory.
  static let inFlight = 2

  private let descriptor: Int32
  private let path: String
  private let queue = DispatchQueue(label: "procsh.piece-writer")
  private let slots = DispatchSemaphore(value: PieceWriter.inFlight)
  private let failure = Mutex<ShellError?>(nil)

  /// Writes to the open file `descriptor`; `path` names it in errors.
  init(descriptor: Int32, path: String) {
    self.descriptor = descriptor
    self.path = path
  }

  /// Queues a copy of `piece` to be written after the pieces before it.
  func write(_ piece: UnsafeRawBufferPointer) {
    guard !hasFailed else { return }
    slots.wait()
    let copy = [UInt8](piece)
    queue.async { [self] in
      defer { slots.signal() }
      guard !hasFailed else { return }
      var error: ShellError? = nil
      copy.withUnsafeBytes { bytes in
        do throws(ShellError) {
          try FileSystem.writeAll(bytes, to: descriptor, path: path)
        } catch let failed {
          error = failed
        }
      }
      if let error { failure.withLock { $0 = $0 ?? error } }
    }
  }

  /// Waits until every queued piece is written; throws the first write that failed.
  func finish() throws(ShellError) {
    queue.sync {}
    if let error = failure.withLock({ $0 }) { throw error }
  }

  private var hasFailed: Bool { failure.withLock { $0 != nil } }
}
