import CMemoryHints

// Prefetching: the run loops know a step or two ahead which rows they will read (the simulation's
// queued answers, for one), and at a million orders each of those rows is a cache miss, some
// 100 ns of a step of about a microsecond. A prefetch starts the load and lets the step before
// run meanwhile. It is only a hint: it reads nothing into the program and cannot fault, so
// results, and the engine's determinism, do not depend on it.

/// The size of a cache line on the processors procsh runs on (x86-64 and arm64 alike).
@usableFromInline let cacheLineSize = 64

/// Asks for every cache line that `element` covers. A row is rarely one line: a task is two,
/// and a 56-byte token in a table of 64-byte lines straddles two lines seven times in eight. A
/// prefetch of the row's first byte alone leaves the fields past the line's end to miss when
/// they are read (`lastToken` and `subject` lie in a task's second line).
@inlinable @inline(__always)
func prefetchLines<Element>(of element: UnsafePointer<Element>) {
  forEachCacheLine(of: UnsafeRawPointer(element), size: MemoryLayout<Element>.size) {
    procsh_prefetch($0)
  }
}

/// Calls `body` with an address in each cache line that the `size` bytes from `start` cover (the
/// last line may come twice).
@inlinable @inline(__always)
func forEachCacheLine(
  of start: UnsafeRawPointer, size: Int, _ body: (UnsafeRawPointer) -> Void
) {
  let last = start + max(size - 1, 0)
  // Steps of a line from the first byte meet every line up to the last byte's, then that one.
  var line = start
  while line < last {
    body(line)
    line += cacheLineSize
  }
  body(last)
}

extension ChunkedArray {
  /// Asks the processor to start loading the element at `position` into the cache, for a read
  /// soon after; does nothing when `position` is out of range.
  @inlinable @inline(__always)
  func prefetch(_ position: Int) {
    guard UInt(bitPattern: position) < UInt(bitPattern: elementCount) else { return }
    prefetchLines(of: bases[position &>> Self.chunkShift] + (position & Self.offsetMask))
  }
}

extension Array {
  /// Asks the processor to start loading the element at `position` into the cache, for a read
  /// soon after; does nothing when `position` is out of range.
  @inline(__always)
  func prefetch(_ position: Int) {
    guard UInt(bitPattern: position) < UInt(bitPattern: count) else { return }
    withUnsafeBufferPointer { prefetchLines(of: $0.baseAddress! + position) }
  }
}
