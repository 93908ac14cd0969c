#if canImport(Glibc)
  import Glibc
#endif

/// How procsh asks glibc and the kernel for memory. A large session is a few big tables (orders,
/// tasks, branches, the event log's 2 MiB chunks) that grow as a simulation runs and are read
/// at random; with the defaults a million-order `simulate` spends a quarter of its time on page
/// faults (370,000 of them, one per 4 KiB page) and TLB misses.
extension Application {
  /// How much address space the heap reserves for huge pages at start-up: about what a
  /// million simulated orders peak at. Only address space: nothing is touched, so it costs no
  /// memory until used. It stays under glibc's largest trim threshold (2 GiB, an `int`) with
  /// the top pad, or freeing the reserve would hand it straight back.
  static let hugePageReserve = 1536 << 20

  /// Keeps the memory a session grows into instead of handing it back and faulting it in again,
  /// and backs it with transparent huge pages.
  ///
  /// All of it comes from the heap (no `mmap` per large array, which is unmapped when the array
  /// grows and leaves fresh pages to zero for the next), and the heap is never trimmed. Then the
  /// heap grows once by `hugePageReserve` (a `malloc` freed at once) and that range is advised
  /// `MADV_HUGEPAGE`, so that the tables allocated in it fault in 2 MiB at a time. The kernel
  /// honours the advice when transparent huge pages are `always` or `madvise` (Debian's
  /// default); where it cannot, nothing changes. This replaces starting procsh again under
  /// `GLIBC_TUNABLES=glibc.malloc.hugetlb=1`, which cost an `exec` on every run (docs/performance.md).
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
    reserveHugePageHeap()
  }

  /// Grows the heap by up to `hugePageReserve` without touching it and advises the new range for
  /// huge pages; a smaller reserve is tried when the system refuses a large one.
  static func reserveHugePageHeap() {
    #if os(Linux)
      // Called through a pointer: the compiler removes a `free(malloc(n))` it can see.
      typealias Malloc = @convention(c) (Int) -> UnsafeMutableRawPointer?
      guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc") else { return }
      let allocate = unsafeBitCast(symbol, to: Malloc.self)
      let hugePage = 2 << 20
      var reserve = hugePageReserve
      while reserve >= 256 << 20 {
        let before = Int(bitPattern: sbrk(0))
        if let block = allocate(reserve) {
          free(block)
          let after = Int(bitPattern: sbrk(0))
          let start = (before + hugePage - 1) & ~(hugePage - 1)
          if after > start {
            _ = madvise(UnsafeMutableRawPointer(bitPattern: start), after - start, MADV_HUGEPAGE)
          }
          return
        }
        reserve /= 2
      }
    #endif
  }
}
