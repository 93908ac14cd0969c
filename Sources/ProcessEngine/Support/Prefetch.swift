import CMemoryHints

// Prefetching: the run loops know a step or two ahead which rows they will read (the simulation's
// queued answers, for one), and at a million orders each of those rows is a cache miss, some
// 100 ns of a step of about a microsecond. A prefetch starts the load and lets the step before
// run meanwhile. It is only a hint: it reads nothing into the program and cannot fault, so
// results, and the engine's determinism, do not depend on it.

extension ChunkedArray {
  /// Asks the processor to start loading the element at `position` into the cache, for a read
  /// soon after; does nothing when `position` is out of range.
  @inlinable @inline(__always)
  func prefetch(_ position: Int) {
    guard UInt(bitPattern: position) < UInt(bitPattern: elementCount) else { return }
    procsh_prefetch(bases[position &>> Self.chunkShift] + (position & Self.offsetMask))
  }
}

extension Array {
  /// Asks the processor to start loading the element at `position` into the cache, for a read
  /// soon after; does nothing when `position` is out of range.
  @inline(__always)
  func prefetch(_ position: Int) {
    guard UInt(bitPattern: position) < UInt(bitPattern: count) else { return }
    withUnsafeBufferPointer { procsh_prefetch($0.baseAddress! + position) }
  }
}
