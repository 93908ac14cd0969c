#if canImport(Glibc)
  import Glibc
#endif

/// How procsh asks glibc for memory. A session is a few large arrays (orders, tasks, branches,
/// the event log) that grow by doubling and are read at random; with glibc's defaults a
/// million-order `simulate` spent a quarter of its time zeroing fresh pages and much of the rest
/// waiting on TLB misses.
extension Application {
  /// The glibc tunables procsh runs under unless the caller set `GLIBC_TUNABLES` (even to
  /// nothing): transparent huge pages for the heap. With the heap-only arrays of `tuneMemory` they
  /// cut a 1,000,000-order run from a median of 20.0 s to 16.5 s and a 100,000-order run from
  /// 1.22 s to 0.97 s (3 runs each), mostly fewer TLB misses and page faults (568,000 → 1,900).
  static let mallocTunables = "glibc.malloc.hugetlb=1"

  /// Starts procsh again with `mallocTunables` in its environment, since glibc reads tunables only
  /// when a process starts; returns only when that is not wanted or not possible, and procsh then
  /// runs as it is. Costs one `exec` at start-up: `procsh -c status` takes about 20 ms rather
  /// than 9 (hyperfine, 40 runs), against a target of 30.
  ///
  /// Not under valgrind, whose tools would lose the process at the `exec`; for a debugger, set
  /// `GLIBC_TUNABLES=` (empty) to keep procsh from restarting.
  public static func restartWithMallocTunables() {
    #if os(Linux)
      guard getenv("GLIBC_TUNABLES") == nil else { return }
      if let preload = getenv("LD_PRELOAD"), String(cString: preload).contains("vgpreload") {
        return
      }
      guard setenv("GLIBC_TUNABLES", mallocTunables, 1) == 0 else { return }
      _ = execv("/proc/self/exe", CommandLine.unsafeArgv)
      unsetenv("GLIBC_TUNABLES")  // exec failed (no /proc): run as we are
    #endif
  }

  /// Keeps the memory a session grows into, instead of handing it back to the system and
  /// faulting it in again: all of it comes from the heap (no `mmap` per large array, which is
  /// unmapped when the array grows and leaves fresh pages to zero for the next), and the heap is
  /// never trimmed. Measured together with the huge pages above.
  public static func tuneMemory() {
    // Swift's Glibc module does not export <malloc.h>; glibc's mallopt is found by name instead.
    typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
    guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") else { return }
    let mallopt = unsafeBitCast(symbol, to: Mallopt.self)
    let trimThreshold: Int32 = -1  // M_TRIM_THRESHOLD
    let topPad: Int32 = -2  // M_TOP_PAD
    let mmapMax: Int32 = -4  // M_MMAP_MAX
    _ = mallopt(trimThreshold, Int32.max)
    _ = mallopt(topPad, 256 << 20)
    _ = mallopt(mmapMax, 0)
  }
}
