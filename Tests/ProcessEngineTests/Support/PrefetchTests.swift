import Testing

@testable import ProcessEngine

/// A prefetch is a hint and nothing else: it changes no element, and a position outside the table
/// (which a look-ahead may compute from a row not yet written) is ignored rather than followed
/// into the list of chunks.
@Suite struct PrefetchTests {
  static let positions = [-1, 0, 5, 4_095, 4_096, 9_999, 10_000, 1 << 40, Int.max, Int.min]

  @Test func aChunkedArrayIsUnchangedByPrefetchesInAndOutOfRange() {
    var table = ChunkedArray<Int>()
    for value in 0..<10_000 { table.append(value * 3) }
    for position in Self.positions { table.prefetch(position) }
    #expect(Array(table) == (0..<10_000).map { $0 * 3 })
    ChunkedArray<Int>().prefetch(0)
    ChunkedArray<Int>().prefetch(1 << 40)
  }

  @Test func anArrayIsUnchangedByPrefetchesInAndOutOfRange() {
    let array = (0..<10_000).map { $0 * 3 }
    for position in Self.positions { array.prefetch(position) }
    #expect(array == (0..<10_000).map { $0 * 3 })
    [Int]().prefetch(0)
  }
}

/// A prefetch asks for every cache line a row covers: a row's fields past its first line (a
/// task's links, the end of a token that straddles two lines) would miss otherwise.
@Suite struct CacheLineCoverageTests {
  /// The lines (by number) that `forEachCacheLine` names for `size` bytes at `offset` from a
  /// line's start.
  static func linesNamed(offset: Int, size: Int) -> Set<Int> {
    let buffer = UnsafeMutableRawPointer.allocate(byteCount: 1024, alignment: 64)
    defer { buffer.deallocate() }
    var lines: Set<Int> = []
    forEachCacheLine(of: UnsafeRawPointer(buffer + offset), size: size) {
      lines.insert(($0 - UnsafeRawPointer(buffer)) / 64)
    }
    return lines
  }

  @Test(arguments: [
    // (offset, size, the lines bytes offset..<offset+size lie in)
    (0, 8, [0]), (0, 64, [0]), (56, 8, [0]), (60, 8, [0, 1]),
    // A 56-byte token, the second and the eighth of a chunk.
    (56, 56, [0, 1]), (392, 56, [6]),
    // A 128-byte task on a line, and a 112-byte order straddling three lines.
    (0, 128, [0, 1]), (112, 112, [1, 2, 3]), (60, 112, [0, 1, 2]),
    (0, 0, [0]),
  ])
  func everyLineTheBytesCoverIsNamedAndNoOther(offset: Int, size: Int, lines: [Int]) {
    #expect(Self.linesNamed(offset: offset, size: size) == Set(lines))
  }
}
