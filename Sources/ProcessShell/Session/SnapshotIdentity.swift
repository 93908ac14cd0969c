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
    let prime1: UInt64 = 0x9E37_79B1_85EB_CA87
    let prime2: UInt64 = 0xC2B2_AE3D_27D4_EB4F
    var lanes: (UInt64, UInt64, UInt64, UInt64) = (prime1, prime2, ~prime1, ~prime2)
    @inline(__always) func mix(_ lane: UInt64, _ word: UInt64) -> UInt64 {
      let mixed = (lane ^ word) &* prime1
      return ((mixed << 31) | (mixed >> 33)) &* prime2
    }
    @inline(__always) func word(_ offset: Int) -> UInt64 {
      UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
    }
    let count = bytes.count
    var offset = 0
    while offset + 32 <= count {
      lanes.0 = mix(lanes.0, word(offset))
      lanes.1 = mix(lanes.1, word(offset + 8))
      lanes.2 = mix(lanes.2, word(offset + 16))
      lanes.3 = mix(lanes.3, word(offset + 24))
      offset += 32
    }
    var result = UInt64(count)
    for lane in [lanes.0, lanes.1, lanes.2, lanes.3] { result = mix(result, lane) }
    while offset + 8 <= count {
      result = mix(result, word(offset))
      offset += 8
    }
    var tail: UInt64 = 0
    var shift: UInt64 = 0
    while offset < count {
      tail |= UInt64(bytes[offset]) << shift
      shift += 8
      offset += 1
    }
    result = mix(result, tail)
    // Final avalanche (as in splitmix64), so that nearby inputs give unrelated hashes.
    result = (result ^ (result >> 30)) &* 0xBF58_476D_1CE4_E5B9
    result = (result ^ (result >> 27)) &* 0x94D0_49BB_1331_11EB
    return result ^ (result >> 31)
  }
}
