import CEditLine
import Dispatch
import Synchronization

#if canImport(Glibc)
  import Glibc
#endif

/// Faults in the heap's next pages on the other core while a long command fills the heap.
///
/// A million-order `simulate` writes 1.5 GB of fresh memory, and the kernel zeroes each page on
/// its first write: on this project's 2-core VMs that took 1.2–4.1 s of a 9–12 s run, on the
/// engine's thread (docs/performance.md). While a prefaulter runs, a thread of its own keeps the
/// pages just above the heap's top populated (`madvise(MADV_POPULATE_WRITE)`), so the zeroing
/// happens there. The advice never changes a byte (it maps the pages a write would have mapped,
/// and leaves mapped ones alone), so racing the engine's writes is harmless and nothing the
/// engine computes can depend on it. Where the kernel refuses the advice, the thread stops and
/// everything is as without it.
///
/// The thread looks at the heap's top every `interval` (glibc's `mallinfo2`, which holds the
/// heap's lock while it counts: some 200 µs at a million orders, so not more often) and keeps
/// two intervals' growth populated ahead of it, between `minimumLead` and `maximumLead`. What
/// is populated and never used (at most the lead, at the end) stays with the process: with
/// 64 MiB at most, `simulate 100000 orders` peaked 53 MiB higher than without; with 32 MiB, its
/// zeroing still happened on the other thread.
final class HeapPrefaulter: Sendable {
  static let interval = DispatchTimeInterval.milliseconds(10)
  static let minimumLead = 4 << 20
  static let maximumLead = 32 << 20
  /// Populated in steps of a huge page, the heap's grain under `Application.tuneMemory`.
  static let step = 2 << 20

  private let stopping = Atomic<Bool>(false)
  /// Signalled by `stop()`, so that a command that ends while the thread waits for its next look
  /// does not wait out the interval too (a small `load` takes a millisecond or two).
  private let wake = DispatchSemaphore(value: 0)
  private let finished = DispatchSemaphore(value: 0)

  /// Where the heap's top and end are now.
  typealias Heap = @Sendable () -> (top: Int, end: Int)

  /// Runs `body` with the heap prefaulted on another thread; `heap` tells where the heap is (the
  /// main thread's, which the engine allocates from, unless a test says otherwise).
  static func whilePerforming<Result, Failure>(
    heap: @escaping Heap = mainHeap, _ body: () throws(Failure) -> Result
  ) throws(Failure) -> Result {
    let prefaulter = HeapPrefaulter(heap: heap)
    defer { prefaulter.stop() }
    return try body()
  }

  /// glibc's main heap: its top is where allocations that fit no free block are carved from, its
  /// end the program break (far above the top under `Application.tuneMemory`).
  static func mainHeap() -> (top: Int, end: Int) {
    let end = Int(bitPattern: sbrk(0))
    return (end - procsh_heap_top_free(), end)
  }

  /// Starts the thread; `stop()` must follow.
  private init(heap: @escaping Heap) {
    DispatchQueue.global(qos: .userInitiated).async { [self] in
      populateAhead(heap)
      finished.signal()
    }
  }

  /// Stops the thread and waits for it (at most one step of populating).
  private func stop() {
    stopping.store(true, ordering: .relaxed)
    wake.signal()
    finished.wait()
  }

  private func populateAhead(_ heap: Heap) {
    #if os(Linux)
      let grain = ~(Self.step - 1)
      // Where the next round starts: the top at the first look, then where the last round
      // stopped rather than the top, since an allocation larger than the lead moves the top past
      // pages nobody has populated yet.
      var populated: Int? = nil
      var lastTop = 0
      while !stopping.load(ordering: .relaxed) {
        let (top, end) = heap()
        // The first look only notes the top: a command over within one interval (a small
        // `load`, `simulate 10 orders`) costs the thread and nothing more.
        if let start = populated {
          let growth = max(0, top - lastTop)
          let lead = min(max(2 * growth, Self.minimumLead), Self.maximumLead)
          let target = min(end, top + lead) & grain
          var next = start
          while next < target, !stopping.load(ordering: .relaxed) {
            let advice = madvise(
              UnsafeMutableRawPointer(bitPattern: next), Self.step, MADV_POPULATE_WRITE)
            guard advice == 0 else { return }
            next += Self.step
          }
          populated = next
        } else {
          populated = top & grain
        }
        lastTop = top
        _ = wake.wait(timeout: .now() + Self.interval)
      }
    #endif
  }
}
