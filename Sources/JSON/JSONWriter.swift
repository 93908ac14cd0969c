/// Writes JSON text into a byte buffer: compact, object keys sorted by their UTF-8 bytes, non-ASCII
/// text left as UTF-8. The same value always gives the same bytes.
public struct JSONWriter {
  public var bytes: [UInt8] = []

  public init(capacity: Int = 0) {
    bytes.reserveCapacity(capacity)
  }

  /// Writes a whole tree.
  public mutating func write(_ value: JSONValue) {
    switch value {
    case .null: bytes.append(contentsOf: "null".utf8)
    case .bool(let flag): bytes.append(contentsOf: (flag ? "true" : "false").utf8)
    case .integer(let number): write(number)
    case .double(let number): bytes.append(contentsOf: "\(number)".utf8)
    case .string(let text): write(text)
    case .array(let elements):
      bytes.append(0x5B)
      for (index, element) in elements.enumerated() {
        if index > 0 { bytes.append(0x2C) }
        write(element)
      }
      bytes.append(0x5D)
    case .object(let object):
      bytes.append(0x7B)
      for (index, member) in Self.sorted(object.members).enumerated() {
        if index > 0 { bytes.append(0x2C) }
        write(member.key)
        bytes.append(0x3A)
        write(member.value)
      }
      bytes.append(0x7D)
    }
  }

  /// Members in the order sessions and definitions are written: by key, compared as UTF-8 bytes.
  public static func sorted(_ members: [(key: String, value: JSONValue)]) -> [(
    key: String, value: JSONValue
  )] {
    members.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
  }

  /// Writes an integer without going through `String`.
  @inline(__always) public mutating func write(_ number: Int64) {
    if number < 0 {
      bytes.append(0x2D)
      if number == .min {
        bytes.append(contentsOf: "9223372036854775808".utf8)
        return
      }
    }
    var magnitude = number.magnitude
    if magnitude < 10 {
      bytes.append(0x30 + UInt8(magnitude))
      return
    }
    var digits:
      (
        UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
        UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8
      ) =
        (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
    var count = 0
    withUnsafeMutableBytes(of: &digits) { buffer in
      while magnitude > 0 {
        buffer[count] = 0x30 + UInt8(magnitude % 10)
        magnitude /= 10
        count += 1
      }
      for index in stride(from: count - 1, through: 0, by: -1) { bytes.append(buffer[index]) }
    }
  }

  @inline(__always) public mutating func write(_ number: Int) { write(Int64(number)) }

  /// Writes a string with the escapes JSON needs.
  public mutating func write(_ text: String) {
    bytes.append(0x22)
    for byte in text.utf8 {
      switch byte {
      case 0x22: bytes.append(contentsOf: [0x5C, 0x22])
      case 0x5C: bytes.append(contentsOf: [0x5C, 0x5C])
      case 0x0A: bytes.append(contentsOf: [0x5C, 0x6E])
      case 0x0D: bytes.append(contentsOf: [0x5C, 0x72])
      case 0x09: bytes.append(contentsOf: [0x5C, 0x74])
      case 0..<0x20:
        let hex: [UInt8] = Array("0123456789abcdef".utf8)
        bytes.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 15)]])
      default: bytes.append(byte)
      }
    }
    bytes.append(0x22)
  }

  /// Appends raw text (punctuation, newlines, keys known to need no escapes).
  @inline(__always) public mutating func raw(_ text: StaticString) {
    text.withUTF8Buffer { bytes.append(contentsOf: $0) }
  }

  @inline(__always) public mutating func raw(_ byte: UInt8) {
    bytes.append(byte)
  }
}
