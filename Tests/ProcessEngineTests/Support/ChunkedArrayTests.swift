import Testing

@testable import ProcessEngine

/// `ChunkedArray` behaves as an array — indexes, appends, compares and copies like one — while its
/// copies share the chunks neither of them wrote to.
@Suite struct ChunkedArrayTests {
  static let chunk = ChunkedArray<Int>.chunkCapacity

  /// The sizes where something changes: the first chunk growing, a chunk filling, a new one.
  static let boundarySizes = [0, 1, 15, 16, 17, 32, 33, chunk - 1, chunk, chunk + 1, 2 * chunk + 7]

  @Test(arguments: boundarySizes)
  func appendingKeepsEveryElementInOrder(count: Int) {
    var array = ChunkedArray<Int>()
    for n in 0..<count {
      array.append(n * 3)
      #expect(array.count == n + 1)
      #expect(array.last == n * 3)
    }
    #expect(Array(array) == (0..<count).map { $0 * 3 })
    #expect(array.indices == 0..<count)
    #expect(array.isEmpty == (count == 0))
  }

  @Test func indexingWorksAcrossChunkBoundaries() {
    let array = ChunkedArray(0..<(3 * Self.chunk + 5))
    for index in [
      0, Self.chunk - 1, Self.chunk, Self.chunk + 1, 2 * Self.chunk, 3 * Self.chunk + 4,
    ] {
      #expect(array[index] == index)
    }
    #expect(array.reduce(0, +) == (0..<(3 * Self.chunk + 5)).reduce(0, +))
    #expect(
      Array(array[(Self.chunk - 2)..<(Self.chunk + 2)])
        == Array((Self.chunk - 2)..<(Self.chunk + 2)))
    #expect(array.first(where: { $0 > Self.chunk }) == Self.chunk + 1)
    #expect(array.last(where: { $0 < 2 * Self.chunk }) == 2 * Self.chunk - 1)
    #expect(array.prefix(3).map { $0 } == [0, 1, 2])
  }

  @Test func writingThroughTheSubscriptChangesOneElement() {
    var array = ChunkedArray(repeatElement(Pair(), count: 2 * Self.chunk + 1))
    array[Self.chunk].left = 7
    array[Self.chunk].right += 2
    array[2 * Self.chunk].left = 9
    #expect(array[Self.chunk] == Pair(left: 7, right: 2))
    #expect(array[2 * Self.chunk] == Pair(left: 9, right: 0))
    #expect(array.filter { $0 != Pair() }.count == 2)
  }

  @Test func mutableCollectionAlgorithmsWork() {
    var array = ChunkedArray((0..<(2 * Self.chunk + 3)).reversed())
    let copy = array
    array.sort()
    #expect(Array(array) == Array(0..<(2 * Self.chunk + 3)))
    #expect(Array(copy) == Array((0..<(2 * Self.chunk + 3)).reversed()))
  }

  @Test func equalityComparesElementsNotStorage() {
    let a = ChunkedArray(0..<(Self.chunk + 10))
    var b = ChunkedArray(0..<(Self.chunk + 10))
    #expect(a == b)
    b[Self.chunk + 3] = -1
    #expect(a != b)
    b[Self.chunk + 3] = Self.chunk + 3
    #expect(a == b)
    b.append(0)
    #expect(a != b)
    #expect(ChunkedArray<Int>() == [])
    #expect(ChunkedArray([1, 2]) != [2, 1])
  }

  @Test func writingToACopyLeavesTheOriginalAsItWas() {
    let original = ChunkedArray(0..<(3 * Self.chunk))
    var copy = original
    copy[Self.chunk + 1] = -1
    copy.append(99)
    #expect(original == ChunkedArray(0..<(3 * Self.chunk)))
    #expect(copy[Self.chunk + 1] == -1)
    #expect(copy.count == 3 * Self.chunk + 1)
    // Only the chunk written to was copied; appending started a chunk of the copy's own.
    #expect(copy.sharesStorage(with: original) == (shared: 2, total: 4))
  }

  @Test func writingToTheOriginalLeavesACopyAsItWas() {
    var original = ChunkedArray(0..<(2 * Self.chunk))
    original[0] = 1  // the original has written here: it knows this chunk as its own
    let copy = original
    original[0] = 2
    original[Self.chunk] = 3
    #expect(copy[0] == 1)
    #expect(copy[Self.chunk] == Self.chunk)
    #expect(original[0] == 2)
    #expect(original.sharesStorage(with: copy) == (shared: 0, total: 2))
  }

  @Test func twoCopiesThatBothWriteStayApart() {
    // Both holders of one list write to the same chunk, in turn: each gets its own.
    var first = ChunkedArray(0..<(2 * Self.chunk))
    first[5] = 0
    var second = first
    first[5] = 1
    second[5] = 2
    first[5] += 10
    second[5] += 20
    #expect(first[5] == 11)
    #expect(second[5] == 22)
    #expect(first.sharesStorage(with: second) == (shared: 1, total: 2))
  }

  @Test func aDroppedCopyLetsTheArrayWriteInPlaceAgain() {
    var array = ChunkedArray(0..<(2 * Self.chunk))
    do {
      let kept = array
      array[0] = -1  // copies chunk 0 while `kept` lives
      #expect(kept[0] == 0)
    }
    let chunks = array.chunkIdentities
    array[1] = -2
    array[Self.chunk] = -3  // shared with the dropped copy's list until now: taken back, not copied
    #expect(array.chunkIdentities == chunks)
  }

  @Test func writesWithoutCopiesCopyNothing() {
    var array = ChunkedArray(0..<(2 * Self.chunk + 1))
    let chunks = array.chunkIdentities
    for index in array.indices { array[index] *= 2 }
    array.append(1)
    #expect(array.chunkIdentities == chunks)
  }

  @Test func reservingCapacityKeepsTheElements() {
    var array = ChunkedArray([1, 2, 3])
    let copy = array
    array.reserveCapacity(3 * Self.chunk)
    for n in 4...(2 * Self.chunk) { array.append(n) }
    #expect(Array(array) == Array(1...(2 * Self.chunk)))
    #expect(copy == [1, 2, 3])
  }

  /// Random writes, appends, copies and drops against `Array` as the model.
  @Test(arguments: [1, 2, 3] as [UInt64])
  func copiesBehaveLikeArrays(seed: UInt64) {
    var random = SplitMix64(seed: seed)
    var arrays = [ChunkedArray(0..<(Self.chunk + 100))]
    var models = [Array(0..<(Self.chunk + 100))]
    for step in 0..<3_000 {
      let which = Int(random.next() % UInt64(arrays.count))
      switch random.next() % 10 {
      case 0 where arrays.count < 5:
        arrays.append(arrays[which])
        models.append(models[which])
      case 1 where arrays.count > 1:
        arrays.remove(at: which)
        models.remove(at: which)
      case 2:
        arrays[which].append(step)
        models[which].append(step)
      default:
        let index = Int(random.next() % UInt64(models[which].count))
        arrays[which][index] = step
        models[which][index] = step
      }
    }
    for (array, model) in zip(arrays, models) { #expect(Array(array) == model) }
  }

  @Test func elementsAreReleasedOnceEach() {
    let counter = Counter()
    do {
      var array = ChunkedArray((0..<(Self.chunk + 50)).map { _ in Tracked(counter) })
      var copy = array
      copy[3] = Tracked(counter)
      copy.append(Tracked(counter))
      array[Self.chunk] = Tracked(counter)
      #expect(counter.live == Self.chunk + 50 + 3)
    }
    #expect(counter.live == 0)
  }

  @Test func whatOnlyADroppedCopyHeldIsFreedByTheNextWrite() {
    let counter = Counter()
    var array = ChunkedArray((0..<(2 * Self.chunk)).map { _ in Tracked(counter) })
    do {
      let kept = array
      array[0] = Tracked(counter)  // chunk 0 copied; the kept one still holds the old element 0
      #expect(counter.live == 2 * Self.chunk + 1)
      withExtendedLifetime(kept) {}
    }
    // The old chunk 0 stays referenced by the list the array's own was copied from, until a write
    // that has to look finds that list held by nothing else.
    #expect(counter.live == 2 * Self.chunk + 1)
    array[Self.chunk] = array[Self.chunk + 1]
    #expect(counter.live == 2 * Self.chunk - 1)
  }

  /// The shell copies the session before every command and drops the copy after it: the
  /// versions a chunk went through must not pile up behind the array (a script of 2,000 orders
  /// once held 1.4 GB).
  @Test func copiesTakenAndDroppedOverAndOverLeaveNothingBehind() {
    let counter = Counter()
    var array = ChunkedArray((0..<10).map { _ in Tracked(counter) })
    for _ in 0..<50 {
      array.forgetDroppedCopies()
      let kept = array
      array[0] = Tracked(counter)  // copies the chunk; the kept one holds the old element 0
      withExtendedLifetime(kept) {}
      #expect(array.copyChainLength <= 2)
    }
    array.forgetDroppedCopies()
    #expect(counter.live == 10)
    #expect(array.copyChainLength == 0)
  }

  /// While a copy lives, it must still see its chunks as shared: writing in place would change
  /// the array too.
  @Test func forgettingDroppedCopiesLeavesALiveCopyApart() {
    var array = ChunkedArray(0..<(2 * Self.chunk))
    var kept = array
    array[0] = -1  // copies chunk 0; chunk 1 stays shared
    array.forgetDroppedCopies()
    kept[Self.chunk] = -2
    array[Self.chunk + 1] = -3
    #expect(array[Self.chunk] == Self.chunk)
    #expect(kept[Self.chunk + 1] == Self.chunk + 1)
    #expect(kept[0] == 0)
    #expect(array[0] == -1)
  }

  @Test(arguments: [0, 1, 15, Self.chunk, Self.chunk + 1, 2 * Self.chunk + 7])
  func truncatingKeepsTheFirstElementsAndLeavesACopyWhole(count: Int) {
    var array = ChunkedArray(0..<(2 * Self.chunk + 7))
    let copy = array
    array.truncate(to: count)
    #expect(Array(array) == Array(0..<count))
    #expect(Array(copy) == Array(0..<(2 * Self.chunk + 7)))
    array.append(-1)
    #expect(array.last == -1 && array.count == count + 1)
  }

  struct Pair: Equatable {
    var left = 0
    var right = 0
  }

  final class Counter {
    var live = 0
  }

  final class Tracked {
    let counter: Counter
    init(_ counter: Counter) {
      self.counter = counter
      counter.live += 1
    }
    deinit { counter.live -= 1 }
  }
}
