/// A growable byte buffer for writing large documents fast: plain memory, no uniqueness check or
/// bounds check per byte, integers formatted two digits at a time. The session writer produces a
/// hundred megabytes with it; `JSONWriter` is the convenient, general writer.
struct ByteBuffer: ~Copyable {
  private var storage: UnsafeMutablePointer<UInt8>
  private var capacity: Int
  private(set) var count = 0

  init(capacity: Int) {
    self.capacity = max(capacity, 64)
    storage = .allocate(capacity: self.capacity)
  }

  deinit { storage.deallocate() }

  @inline(__always) private mutating func reserve(_ extra: Int) {
    guard count + extra > capacity else { return }
    var newCapacity = capacity * 2
    while newCapacity < count + extra { newCapacity *= 2 }
    let newStorage = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
    newStorage.update(from: storage, count: count)
    storage.deallocate()
    storage = newStorage
    capacity = newCapacity
  }

  @inline(__always) mutating func append(_ byte: UInt8) {
    reserve(1)
    storage[count] = byte
    count += 1
  }

  @inline(__always) mutating func append(_ text: StaticString) {
    let length = text.utf8CodeUnitCount
    reserve(length)
    (storage + count).update(from: text.utf8Start, count: length)
    count += length
  }

  /// Two ASCII digits for each number 0…99, in static memory (no lazy initialisation to check).
  private static let digitPairs: StaticString =
    "00010203040506070809101112131415161718192021222324252627282930313233343536373839404142434445464748495051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899"

  @inline(__always)
  mutating func append(_ number: Int64) {
    reserve(21)
    let pairs = Self.digitPairs.utf8Start
    if number < 0 {
      storage[count] = 0x2D
      count += 1
    }
    var value = number.magnitude
    var length = 1
    var probe = value
    while probe >= 10 {
      probe /= 10
      length += 1
    }
    // Written from the last digit backwards, two at a time.
    var position = count + length
    while value >= 100 {
      let pair = Int(value % 100) &* 2
      value /= 100
      position -= 2
      storage[position] = pairs[pair]
      storage[position + 1] = pairs[pair + 1]
    }
    if value >= 10 {
      let pair = Int(value) &* 2
      position -= 2
      storage[position] = pairs[pair]
      storage[position + 1] = pairs[pair + 1]
    } else {
      storage[position - 1] = 0x30 + UInt8(value)
    }
    count += length
  }

  /// A JSON string with the escapes JSON needs.
  mutating func append(string text: String) {
    var text = text
    text.withUTF8 { utf8 in
      reserve(utf8.count * 6 + 2)
      storage[count] = 0x22
      count += 1
      for byte in utf8 {
        switch byte {
        case 0x22, 0x5C:
          storage[count] = 0x5C
          storage[count + 1] = byte
          count += 2
        case 0x0A:
          storage[count] = 0x5C
          storage[count + 1] = 0x6E
          count += 2
        case 0x0D:
          storage[count] = 0x5C
          storage[count + 1] = 0x72
          count += 2
        case 0x09:
          storage[count] = 0x5C
          storage[count + 1] = 0x74
          count += 2
        case 0..<0x20:
          let hex: StaticString = "0123456789abcdef"
          storage[count] = 0x5C
          storage[count + 1] = 0x75
          storage[count + 2] = 0x30
          storage[count + 3] = 0x30
          storage[count + 4] = hex.utf8Start[Int(byte >> 4)]
          storage[count + 5] = hex.utf8Start[Int(byte & 15)]
          count += 6
        default:
          storage[count] = byte
          count += 1
        }
      }
      storage[count] = 0x22
      count += 1
    }
  }

  /// Bytes written elsewhere (a definition written by `JSONWriter`).
  mutating func append(contentsOf bytes: [UInt8]) {
    reserve(bytes.count)
    bytes.withUnsafeBufferPointer { source in
      (storage + count).update(from: source.baseAddress!, count: source.count)
    }
    count += bytes.count
  }

  /// The bytes written, as an array (one copy).
  consuming func bytes() -> [UInt8] {
    Array(UnsafeBufferPointer(start: storage, count: count))
  }

  /// Lends the bytes written, without copying them.
  borrowing func withBytes<Result, Failure: Error>(
    _ body: (UnsafeRawBufferPointer) throws(Failure) -> Result
  ) throws(Failure) -> Result {
    try body(UnsafeRawBufferPointer(start: storage, count: count))
  }
}
