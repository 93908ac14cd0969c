import JSON

/// Which session file a `--session` journal continues: the file's size, a hash of its bytes and
/// how many steps its history holds. The journal's first line names it, and so does the line
/// written just before the file is replaced (`JournalLine.replacedBy`), so that a journal read
/// beside another file, or beside none, is refused instead of replayed onto the wrong session
/// (docs/session-format.md, "Journal").
///
/// The hash is of the bytes as they are on disk, not of what they mean: any change to the file
/// (a `save` from another procsh, a hand edit, a copy of an older one) makes it another file.
public struct SnapshotIdentity: Equatable, Sendable {
  public var bytes: Int
  public var hash: UInt64
  public var steps: Int

  public init(bytes: Int, hash: UInt64, steps: Int) {
    self.bytes = bytes
    self.hash = hash
    self.steps = steps
  }

  /// The identity of a session file holding `contents`, whose history has `steps` steps.
  init(of contents: UnsafeRawBufferPointer, steps: Int) {
    self.init(bytes: contents.count, hash: Self.hash(contents), steps: steps)
  }

  /// `{"bytes":9218,"hash":"8c1f…","steps":3}`
  var json: JSONValue {
    [
      "bytes": .integer(Int64(bytes)), "hash": .string(hashText),
      "steps": .integer(Int64(steps)),
    ]
  }

  /// The hash as 16 hexadecimal digits.
  var hashText: String {
    let digits = String(hash, radix: 16)
    return String(repeating: "0", count: 16 - digits.count) + digits
  }

  /// The identity written as `json`, or nil when it is not one.
  init?(json: JSONValue) {
    guard case .object(let object) = json, object.keys.sorted() == ["bytes", "hash", "steps"],
      case .integer(let bytes)? = object["bytes"], bytes >= 0,
      case .string(let text)? = object["hash"], text.utf8.count == 16,
      text.utf8.allSatisfy({ (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }),
      let hash = UInt64(text, radix: 16),
      case .integer(let steps)? = object["steps"], steps >= 0
    else { return nil }
    self.init(bytes: Int(bytes), hash: hash, steps: Int(steps))
  }

  /// A 64-bit hash of `bytes`: four multiply-and-rotate lanes over 8-byte words, so that a
  /// session of hundreds of megabytes is hashed at memory speed (923 MB in 0.2–0.4 s here). It
  /// tells files apart by accident, not against someone forging one; nothing here needs more.
  static func hash(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
    var hasher = Hasher()
    hasher.add(bytes)
    return hasher.value
  }

  /// `hash(_:)` of bytes that come in pieces (a session is written piece by piece): the same
  /// value as the hash of the pieces put together, however they are cut.
  struct Hasher {
    private static let prime1: UInt64 = 0x9E37_79B1_85EB_CA87
    private static let prime2: UInt64 = 0xC2B2_AE3D_27D4_EB4F
    private var lanes: (UInt64, UInt64, UInt64, UInt64) = (
      prime1, prime2, ~prime1, ~prime2
    )
    /// How many bytes were added.
    private(set) var count = 0
    /// The bytes of an unfinished 32-byte block, from the end of the last piece.
    private var carry: [UInt8] = []

    @inline(__always) private static func mix(_ lane: UInt64, _ word: UInt64) -> UInt64 {
      let mixed = (lane ^ word) &* prime1
      return ((mixed << 31) | (mixed >> 33)) &* prime2
    }

    @inline(__always) private static func word(_ bytes: UnsafeRawBufferPointer, _ offset: Int)
      -> UInt64
    {
      UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
    }

    @inline(__always) private mutating func mixBlock(
      _ bytes: UnsafeRawBufferPointer, at offset: Int
    ) {
      lanes.0 = Self.mix(lanes.0, Self.word(bytes, offset))
      lanes.1 = Self.mix(lanes.1, Self.word(bytes, offset + 8))
      lanes.2 = Self.mix(lanes.2, Self.word(bytes, offset + 16))
      lanes.3 = Self.mix(lanes.3, Self.word(bytes, offset + 24))
    }

    mutating func add(_ bytes: UnsafeRawBufferPointer) {
      count += bytes.count
      var offset = 0
      if !carry.isEmpty {
        offset = min(32 - carry.count, bytes.count)
        carry.append(contentsOf: bytes[..<offset])
        guard carry.count == 32 else { return }
        carry.withUnsafeBytes { mixBlock($0, at: 0) }
        carry.removeAll(keepingCapacity: true)
      }
      while offset + 32 <= bytes.count {
        mixBlock(bytes, at: offset)
        offset += 32
      }
      carry.append(contentsOf: bytes[offset...])
    }

    /// The hash of everything added.
    var value: UInt64 {
      var result = UInt64(count)
      for lane in [lanes.0, lanes.1, lanes.2, lanes.3] { result = Self.mix(result, lane) }
      carry.withUnsafeBytes { rest in
        var offset = 0
        while offset + 8 <= rest.count {
          result = Self.mix(result, Self.word(rest, offset))
          offset += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while offset < rest.count {
          tail |= UInt64(rest[offset]) << shift
          shift += 8
          offset += 1
        }
        result = Self.mix(result, tail)
      }
      // Final avalanche (as in splitmix64), so that nearby inputs give unrelated hashes.
      result = (result ^ (result >> 30)) &* 0xBF58_476D_1CE4_E5B9
      result = (result ^ (result >> 27)) &* 0x94D0_49BB_1331_11EB
      return result ^ (result >> 31)
    }
  }
}
