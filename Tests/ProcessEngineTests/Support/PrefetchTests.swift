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
