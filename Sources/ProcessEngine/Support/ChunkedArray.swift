/// An array kept in fixed-size chunks, each copied on write by itself.
///
/// A copy of a `ChunkedArray` shares every chunk with the original; the first write to an element
/// of a shared chunk copies that chunk alone (and the short list of chunks), not the whole table.
/// The shell keeps the engine as it was before each command (for Ctrl-C and `undo`): with a plain
/// `Array`, the first `pay order 5` after `simulate 1000000 orders` copied every order, task and
/// token (650 MB).
///
///     var orders = ChunkedArray<Int>()
///     for n in 0..<10_000 { orders.append(n) }
///     var kept = orders
///     kept[5] = -1  // copies the first chunk of 4,096 elements, shares the other two
///
/// Writing through the subscript mutates in place (`table[i].field = x`): the subscript hands out
/// the element's address once its chunk is known to be this array's alone, so nothing is copied
/// out and back.
///
/// What a write costs: `Array` checks that its one buffer is unshared; here there are two levels,
/// the list of chunks and the chunk. Checking both on every write cost 7 % more instructions in a
/// simulation (each check is a call into the runtime), so the list remembers which chunks it found
/// referenced by it alone (`Storage.writableBases`), and a write checks only the list. That memory stays true because a list is only ever copied while
/// shared, and the copy keeps the list it came from referenced (`Storage.source`) for as long as
/// the two may share chunks: the old list then never looks unshared, so its holder never trusts
/// what it remembered, and no list is ever written while another array can see it.
public struct ChunkedArray<Element> {
  /// Elements per chunk: 2^12. Copying the one chunk a command writes to stays well under a
  /// millisecond (4,096 tasks are 512 KB), and the list of chunks stays short (a million orders
  /// are 245 chunks), so copying it after a snapshot is a few microseconds.
  @inlinable static var chunkShift: Int { 12 }
  @inlinable static var chunkCapacity: Int { 1 << chunkShift }
  @inlinable static var offsetMask: Int { chunkCapacity - 1 }
  /// The first chunk grows like an array from this size, so that a small session (a test, a
  /// script of three orders) does not hold thousands of empty rows per table.
  @inlinable static var firstChunkCapacity: Int { 16 }

  @usableFromInline var storage: Storage
  /// `storage.bases` and `storage.writableBases`, kept here too: an access then reads the
  /// address of its chunk straight from the array, as `Array` reads its buffer, instead of
  /// through the storage object. Set again whenever `storage` or its lists change.
  @usableFromInline var bases: UnsafeMutablePointer<UnsafeMutablePointer<Element>>
  @usableFromInline var writableBases: UnsafeMutablePointer<UnsafeMutablePointer<Element>?>
  /// The number of elements; `count` (a stored property the inlinable mutators can set).
  @usableFromInline var elementCount: Int

  /// An empty array.
  @inlinable public init() {
    self.init(storage: Storage(capacity: 1), count: 0)
  }

  @inlinable init(storage: Storage, count: Int) {
    self.storage = storage
    bases = storage.bases
    writableBases = storage.writableBases
    elementCount = count
  }

  /// An array of the elements of `elements`, in order.
  @inlinable public init(_ elements: some Sequence<Element>) {
    self.init()
    for element in elements { append(element) }
  }

  /// Adds an element at the end.
  @inlinable @inline(__always)
  public mutating func append(_ element: Element) {
    let offset = elementCount & Self.offsetMask
    // Only a chunk's first element, or an element of a first chunk still growing, needs room.
    if offset == 0 || elementCount < Self.chunkCapacity { makeRoomAtEnd() }
    let chunk = elementCount &>> Self.chunkShift
    (writableBase(ofChunk: chunk) + offset).initialize(to: element)
    storage.chunks[chunk].count &+= 1
    elementCount &+= 1
  }

  /// Makes room for `minimumCapacity` elements, so that appending up to that many copies no
  /// elements: room in the list of chunks, and a first chunk as large as it will need to be.
  @inlinable
  public mutating func reserveCapacity(_ minimumCapacity: Int) {
    makeStorageUnique()
    storage.reserve((minimumCapacity + Self.offsetMask) &>> Self.chunkShift)
    let firstCapacity = Swift.min(Self.chunkCapacity, minimumCapacity)
    if storage.count == 0, firstCapacity > 0 {
      storage.append(Chunk(capacity: firstCapacity))
    } else if storage.count == 1, storage.chunks[0].capacity < firstCapacity {
      storage.replaceChunk(0, with: storage.chunks[0].copy(capacity: firstCapacity))
    }
    didChangeStorage()
  }

  /// The address of the first element of chunk `index`, for writing: the chunk is this array's
  /// alone once this returns.
  @inlinable @inline(__always)
  mutating func writableBase(ofChunk index: Int) -> UnsafeMutablePointer<Element> {
    if isKnownUniquelyReferenced(&storage), let base = writableBases[index] { return base }
    return makeWritable(chunk: index)
  }

  /// The slow path of `writableBase`: after a copy, the first write to each chunk.
  @inlinable @inline(never)
  mutating func makeWritable(chunk index: Int) -> UnsafeMutablePointer<Element> {
    makeStorageUnique()
    // Once nothing but this list holds its source, nobody can write through the source any more:
    // let it go, so that the chunks only the two shared become this list's alone.
    if isKnownUniquelyReferenced(&storage.source) { storage.source = nil }
    if !isKnownUniquelyReferenced(&storage.chunks[index]) {
      let shared = storage.chunks[index]
      storage.replaceChunk(index, with: shared.copy(capacity: shared.capacity))
    }
    storage.writableBases[index] = storage.bases[index]
    return storage.bases[index]
  }

  /// Lets go of the list this array's was copied from, if nothing else holds it any more; a
  /// no-op when a copy of this array is alive.
  ///
  /// A write that has to look does this by itself (`makeWritable`), but an array whose chunks
  /// are all known to be its own never has to look. Taken, written and dropped again and again
  /// (the shell keeps the session before every command), such an array kept every list it had
  /// ever been copied from, each with the chunks it held: a script of 2,000 `order new` lines
  /// grew to 1.4 GB. Whoever takes copies over and over calls this between them.
  @inlinable
  public mutating func forgetDroppedCopies() {
    guard isKnownUniquelyReferenced(&storage), storage.source != nil,
      isKnownUniquelyReferenced(&storage.source)
    else { return }
    storage.source = nil
  }

  @inlinable
  mutating func makeStorageUnique() {
    if !isKnownUniquelyReferenced(&storage) {
      storage = storage.copy()
      didChangeStorage()
    }
  }

  @inlinable
  mutating func didChangeStorage() {
    bases = storage.bases
    writableBases = storage.writableBases
  }

  /// Starts a new chunk if the next element has none, or grows the first chunk if it is full but
  /// smaller than a chunk.
  @inlinable @inline(never)
  mutating func makeRoomAtEnd() {
    let chunk = elementCount &>> Self.chunkShift
    if chunk == storage.count {
      makeStorageUnique()
      let capacity = elementCount == 0 ? Self.firstChunkCapacity : Self.chunkCapacity
      storage.append(Chunk(capacity: capacity))
      didChangeStorage()
    } else if elementCount == storage.chunks[0].capacity {
      makeStorageUnique()
      let first = storage.chunks[0]
      storage.replaceChunk(
        0, with: first.copy(capacity: Swift.min(Self.chunkCapacity, first.capacity * 2)))
      didChangeStorage()
    }
  }

  /// How many chunks this array shares with `other` (the same storage, not equal contents), and
  /// how many it has; a test hook for copy-on-write.
  func sharesStorage(with other: ChunkedArray) -> (shared: Int, total: Int) {
    var shared = 0
    for index in 0..<Swift.min(storage.count, other.storage.count)
    where bases[index] == other.bases[index] {
      shared += 1
    }
    return (shared, storage.count)
  }

  /// Keeps the first `count` elements and drops the rest. Builds the array anew, O(`count`): it
  /// serves stepping back (`undo`), which is rare, and never writes to chunks copies share.
  public mutating func truncate(to count: Int) {
    guard count < elementCount else { return }
    self = ChunkedArray(prefix(count))
  }

  /// How many lists stand behind this array's, each the one the next was copied from; a test
  /// hook for `forgetDroppedCopies`.
  var copyChainLength: Int {
    var length = 0
    var next = storage.source
    while let list = next {
      length += 1
      next = list.source
    }
    return length
  }

  /// The identity of each chunk, in order; a test hook: a write that copied nothing keeps them.
  var chunkIdentities: [ObjectIdentifier] {
    (0..<storage.count).map { ObjectIdentifier(storage.chunks[$0]) }
  }
}

extension ChunkedArray {
  /// A run of elements; every chunk of an array is full but the last. Written only while one
  /// list alone holds it.
  @usableFromInline
  final class Chunk {
    /// A stored pointer rather than tail-allocated elements: the subscript hands out addresses
    /// into it for as long as the array holds the chunk.
    @usableFromInline let elements: UnsafeMutablePointer<Element>
    @usableFromInline let capacity: Int
    /// Initialized elements, from the start. (Unchecked: written only by an array holding the
    /// only reference, so the dynamic exclusivity check on a class property buys nothing.)
    @usableFromInline @exclusivity(unchecked) var count: Int

    /// Chunks start on a cache line (64 bytes): a row whose size is a multiple of 64 then never
    /// straddles two lines more than it must (a 64-byte token is one line, not two in three).
    @inlinable init(capacity: Int) {
      elements = UnsafeMutableRawPointer.allocate(
        byteCount: capacity * MemoryLayout<Element>.stride,
        alignment: Swift.max(64, MemoryLayout<Element>.alignment)
      ).bindMemory(to: Element.self, capacity: capacity)
      self.capacity = capacity
      count = 0
    }

    deinit {
      elements.deinitialize(count: count)
      UnsafeMutableRawPointer(elements).deallocate()
    }

    /// A chunk of the same elements, unshared, with room for `capacity`.
    @inlinable
    func copy(capacity: Int) -> Chunk {
      let copy = Chunk(capacity: Swift.max(capacity, count))
      copy.elements.initialize(from: elements, count: count)
      copy.count = count
      return copy
    }
  }

  /// The list of chunks. Changed only while one array alone holds it, like an array's buffer.
  /// (Its properties are unchecked for exclusivity for the same reason as `Chunk.count`.)
  @usableFromInline
  final class Storage {
    @usableFromInline @exclusivity(unchecked) var chunks: UnsafeMutablePointer<Chunk>
    /// `chunks[i].elements`: the address an access starts from.
    @usableFromInline @exclusivity(unchecked) var bases:
      UnsafeMutablePointer<UnsafeMutablePointer<Element>>
    /// `bases[i]` where this list found chunk `i` referenced by it alone (or made it), so that a
    /// write needs no check beyond the list's own; nil where the chunk may be shared.
    @usableFromInline @exclusivity(unchecked) var writableBases:
      UnsafeMutablePointer<UnsafeMutablePointer<Element>?>
    @usableFromInline @exclusivity(unchecked) var count: Int
    @usableFromInline @exclusivity(unchecked) var capacity: Int
    /// The list this one was copied from, while the two may share chunks; see `ChunkedArray`.
    @usableFromInline @exclusivity(unchecked) var source: Storage?

    @inlinable init(capacity: Int) {
      chunks = .allocate(capacity: capacity)
      bases = .allocate(capacity: capacity)
      writableBases = .allocate(capacity: capacity)
      self.capacity = capacity
      count = 0
      source = nil
    }

    deinit {
      chunks.deinitialize(count: count)
      chunks.deallocate()
      bases.deallocate()
      writableBases.deallocate()
    }

    /// A list of the same chunks, none of them writable, keeping this list referenced.
    @inlinable @inline(never)
    func copy() -> Storage {
      let copy = Storage(capacity: capacity)
      copy.chunks.initialize(from: chunks, count: count)
      copy.bases.initialize(from: bases, count: count)
      copy.writableBases.initialize(repeating: nil, count: count)
      copy.count = count
      copy.source = self
      return copy
    }

    @inlinable
    func reserve(_ minimumCapacity: Int) {
      guard minimumCapacity > capacity else { return }
      func grow<T>(_ list: inout UnsafeMutablePointer<T>) {
        let grown = UnsafeMutablePointer<T>.allocate(capacity: minimumCapacity)
        grown.moveInitialize(from: list, count: count)
        list.deallocate()
        list = grown
      }
      grow(&chunks)
      grow(&bases)
      grow(&writableBases)
      capacity = minimumCapacity
    }

    @inlinable
    func append(_ chunk: Chunk) {
      if count == capacity { reserve(Swift.max(4, capacity * 2)) }
      (chunks + count).initialize(to: chunk)
      (bases + count).initialize(to: chunk.elements)
      (writableBases + count).initialize(to: chunk.elements)
      count += 1
    }

    /// Puts a chunk of this list's own in place of chunk `index`.
    @inlinable
    func replaceChunk(_ index: Int, with chunk: Chunk) {
      chunks[index] = chunk
      bases[index] = chunk.elements
      writableBases[index] = chunk.elements
    }
  }
}

extension ChunkedArray: RandomAccessCollection, MutableCollection {
  public typealias Index = Int
  public typealias Indices = Range<Int>

  @inlinable public var startIndex: Int { 0 }
  @inlinable public var endIndex: Int { elementCount }
  /// The number of elements.
  @inlinable public var count: Int { elementCount }
  @inlinable public var isEmpty: Bool { elementCount == 0 }

  /// The element at `position`, which must be in `indices`. A write (`table[i].field = x`)
  /// changes the element where it lies, after copying its chunk if another array shares it.
  @inlinable
  public subscript(position: Int) -> Element {
    @inline(__always)
    unsafeAddress {
      precondition(
        UInt(bitPattern: position) < UInt(bitPattern: elementCount), "index out of range")
      return UnsafePointer(bases[position &>> Self.chunkShift] + (position & Self.offsetMask))
    }
    @inline(__always)
    unsafeMutableAddress {
      precondition(
        UInt(bitPattern: position) < UInt(bitPattern: elementCount), "index out of range")
      return writableBase(ofChunk: position &>> Self.chunkShift) + (position & Self.offsetMask)
    }
  }

  @inlinable public func makeIterator() -> Iterator { Iterator(self) }

  /// Reads each element where it lies, without the subscript's bounds check. (Small on purpose:
  /// a loop over `enumerated()` inlines it only if it is.)
  public struct Iterator: IteratorProtocol {
    /// Holds the chunks `bases` points into.
    @usableFromInline let array: ChunkedArray
    @usableFromInline var position = 0

    @inlinable init(_ array: ChunkedArray) {
      self.array = array
    }

    @inlinable
    public mutating func next() -> Element? {
      guard position < array.elementCount else { return nil }
      let element = array.bases[position &>> ChunkedArray.chunkShift][
        position & ChunkedArray.offsetMask]
      position &+= 1
      return element
    }
  }
}

/// A table whose copy chain a test can measure without knowing its element type
/// (`Engine.longestCopyChain`).
protocol CopyChained {
  var copyChainLength: Int { get }
}

extension ChunkedArray: CopyChained {}

extension ChunkedArray: Equatable where Element: Equatable {
  /// Element by element; chunks the two arrays share are equal without looking.
  @inlinable
  public static func == (lhs: ChunkedArray, rhs: ChunkedArray) -> Bool {
    guard lhs.elementCount == rhs.elementCount else { return false }
    guard lhs.storage !== rhs.storage else { return true }
    let chunks = (lhs.elementCount + Self.offsetMask) &>> Self.chunkShift
    for index in 0..<chunks where lhs.bases[index] != rhs.bases[index] {
      let left = lhs.bases[index]
      let right = rhs.bases[index]
      let count = Swift.min(Self.chunkCapacity, lhs.elementCount - index << Self.chunkShift)
      for offset in 0..<count where left[offset] != right[offset] { return false }
    }
    return true
  }
}

extension ChunkedArray: ExpressibleByArrayLiteral {
  @inlinable public init(arrayLiteral elements: Element...) {
    self.init(elements)
  }
}

extension ChunkedArray: CustomStringConvertible {
  public var description: String { Array(self).description }
}

// Chunks and lists are written only by an array holding the only reference to them (checked on
// every write, as `Array` checks its buffer), so an array sent elsewhere is in effect a copy.
extension ChunkedArray: @unchecked Sendable where Element: Sendable {}
