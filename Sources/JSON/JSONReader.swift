import Wording

/// A cursor over JSON text: reads values one token at a time, or a whole subtree as `JSONValue`.
///
/// The session reader uses the cursor directly for its bulk rows (no tree, no allocation per
/// number); everything else reads trees. Errors carry the line and column.
///
/// The cursor borrows its text rather than holding an array, so that a session can be read
/// straight from a mapped file (the shell's `MappedFile`: a million orders are 924 MB that need
/// not be copied into memory first). A reader is only valid inside the scope that lends it the
/// bytes: `reading(_:_:)` for an array, `Array.withUnsafeBufferPointer` or a mapping's own.
public struct JSONReader {
  public let bytes: UnsafeBufferPointer<UInt8>
  public var position: Int = 0
  /// Nesting deeper than this is refused, so a hostile file cannot exhaust the stack.
  static let maximumDepth = 256

  /// A reader of `bytes`, which must outlive it.
  public init(borrowing bytes: UnsafeBufferPointer<UInt8>) {
    self.bytes = bytes
  }

  /// `body`'s result with a reader of `bytes`, valid only while `body` runs.
  public static func reading<Result, Failure: Error>(
    _ bytes: [UInt8], _ body: (inout JSONReader) throws(Failure) -> Result
  ) throws(Failure) -> Result {
    try bytes.withUnsafeBufferPointer { (buffer) throws(Failure) -> Result in
      var reader = JSONReader(borrowing: buffer)
      return try body(&reader)
    }
  }

  /// Reads the whole text as one value; anything after it but white space is an error.
  public static func parse(_ bytes: [UInt8]) throws(JSONSyntaxError) -> JSONValue {
    try reading(bytes) { (reader) throws(JSONSyntaxError) -> JSONValue in
      let value = try reader.readValue()
      reader.skipWhitespace()
      guard reader.position == reader.bytes.count else {
        throw reader.error(.textAfterValue)
      }
      return value
    }
  }

  // MARK: - Tokens

  @inlinable public mutating func skipWhitespace() {
    while position < bytes.count {
      switch bytes[position] {
      case 0x20, 0x0A, 0x0D, 0x09: position += 1
      default: return
      }
    }
  }

  /// The next significant byte, without consuming it; nil at the end.
  @inlinable public mutating func peek() -> UInt8? {
    skipWhitespace()
    return position < bytes.count ? bytes[position] : nil
  }

  /// Consumes `byte` (after white space) or throws naming what was expected.
  @inlinable public mutating func expect(_ byte: UInt8) throws(JSONSyntaxError) {
    skipWhitespace()
    guard position < bytes.count else {
      throw error(.expectedButEnded(String(Character(Unicode.Scalar(byte)))))
    }
    guard bytes[position] == byte else {
      throw error(.expected(String(Character(Unicode.Scalar(byte)))))
    }
    position += 1
  }

  /// Consumes `byte` if it comes next.
  @inlinable public mutating func consume(_ byte: UInt8) -> Bool {
    skipWhitespace()
    guard position < bytes.count, bytes[position] == byte else { return false }
    position += 1
    return true
  }

  /// Reads `,` or the closing `close`; returns true when the container goes on.
  @inlinable public mutating func continues(until close: UInt8) throws(JSONSyntaxError)
    -> Bool
  {
    skipWhitespace()
    guard position < bytes.count else { throw error(.endedInContainer) }
    if bytes[position] == 0x2C {
      position += 1
      return true
    }
    if bytes[position] == close {
      position += 1
      return false
    }
    throw error(.expectedCommaOr(String(Character(Unicode.Scalar(close)))))
  }

  /// Reads `null` and returns true, or returns false without consuming anything.
  public mutating func consumeNull() -> Bool {
    skipWhitespace()
    if position + 4 <= bytes.count, bytes[position] == 0x6E, bytes[position + 1] == 0x75,
      bytes[position + 2] == 0x6C, bytes[position + 3] == 0x6C
    {
      position += 4
      return true
    }
    return false
  }

  /// Reads an integer (no fraction, no exponent): any `Int64`, as `JSONWriter` writes them.
  public mutating func readInteger() throws(JSONSyntaxError) -> Int64 {
    skipWhitespace()
    let start = position
    var negative = false
    if position < bytes.count, bytes[position] == 0x2D {
      negative = true
      position += 1
    }
    // Counted down from 0, so that `Int64.min` (a session's "no date") fits: it has no positive.
    var value: Int64 = 0
    var digits = 0
    while position < bytes.count {
      let byte = bytes[position]
      guard byte >= 0x30, byte <= 0x39 else { break }
      let (shifted, overflow) = value.multipliedReportingOverflow(by: 10)
      let (next, borrow) = shifted.subtractingReportingOverflow(Int64(byte - 0x30))
      guard !overflow, !borrow else {
        position = start
        throw error(.numberTooLarge)
      }
      value = next
      digits += 1
      position += 1
    }
    guard digits > 0 else {
      position = start
      throw error(.expectedWholeNumber)
    }
    if position < bytes.count, bytes[position] == 0x2E || bytes[position] | 0x20 == 0x65 {
      position = start
      throw error(.expectedWholeNumber)
    }
    if negative { return value }
    guard value != .min else {
      position = start
      throw error(.numberTooLarge)
    }
    return -value
  }

  /// Reads a string, decoding escapes; refuses text that is not UTF-8.
  public mutating func readString() throws(JSONSyntaxError) -> String {
    skipWhitespace()
    guard position < bytes.count, bytes[position] == 0x22 else { throw error(.expectedString) }
    position += 1
    let start = position
    // Fast path: no escapes.
    while position < bytes.count {
      let byte = bytes[position]
      if byte == 0x22 {
        let text = try decodeUTF8(bytes[start..<position])
        position += 1
        return text
      }
      if byte == 0x5C { break }
      guard byte >= 0x20 else { throw error(.controlCharacter) }
      position += 1
    }
    var buffer = Array(bytes[start..<position])
    while position < bytes.count {
      let byte = bytes[position]
      position += 1
      switch byte {
      case 0x22:
        return try decodeUTF8(buffer[...])
      case 0x5C:
        guard position < bytes.count else { break }
        let escaped = bytes[position]
        position += 1
        switch escaped {
        case 0x22, 0x5C, 0x2F: buffer.append(escaped)
        case 0x62: buffer.append(0x08)
        case 0x66: buffer.append(0x0C)
        case 0x6E: buffer.append(0x0A)
        case 0x72: buffer.append(0x0D)
        case 0x74: buffer.append(0x09)
        case 0x75:
          var scalar = try readHex4()
          if (0xD800..<0xDC00).contains(scalar) {
            guard position + 1 < bytes.count, bytes[position] == 0x5C, bytes[position + 1] == 0x75
            else {
              throw error(.unpairedSurrogate)
            }
            position += 2
            let low = try readHex4()
            guard (0xDC00..<0xE000).contains(low) else {
              throw error(.unpairedSurrogate)
            }
            scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
          } else if (0xDC00..<0xE000).contains(scalar) {
            throw error(.unpairedSurrogate)
          }
          buffer.append(contentsOf: String(Character(Unicode.Scalar(scalar)!)).utf8)
        default:
          position -= 1
          throw error(.unknownEscape("\\" + String(Character(Unicode.Scalar(escaped)))))
        }
      default:
        guard byte >= 0x20 else {
          position -= 1
          throw error(.controlCharacter)
        }
        buffer.append(byte)
      }
    }
    throw error(.endedInString)
  }

  private mutating func readHex4() throws(JSONSyntaxError) -> UInt32 {
    guard position + 4 <= bytes.count else { throw error(.hexDigits) }
    var value: UInt32 = 0
    for _ in 0..<4 {
      let byte = bytes[position]
      let digit: UInt32
      switch byte {
      case 0x30...0x39: digit = UInt32(byte - 0x30)
      case 0x41...0x46: digit = UInt32(byte - 0x41 + 10)
      case 0x61...0x66: digit = UInt32(byte - 0x61 + 10)
      default: throw error(.hexDigits)
      }
      value = value * 16 + digit
      position += 1
    }
    return value
  }

  private func decodeUTF8<Bytes: Collection<UInt8>>(_ slice: Bytes) throws(JSONSyntaxError)
    -> String
  {
    // ASCII needs no validation; anything else must be well-formed UTF-8.
    if slice.allSatisfy({ $0 < 0x80 }) { return String(decoding: slice, as: UTF8.self) }
    guard let text = String(validating: slice, as: UTF8.self) else {
      throw error(.notUTF8)
    }
    return text
  }

  /// Skips an array or object by matching brackets over the raw bytes (strings respected), fast
  /// enough to step over a hundred megabytes of rows; their contents are checked when read.
  public mutating func skipContainer() throws(JSONSyntaxError) {
    skipWhitespace()
    guard position < bytes.count, bytes[position] == 0x5B || bytes[position] == 0x7B else {
      throw error(.expectedContainer)
    }
    guard let end = Self.end(ofContainerAt: position, in: bytes) else {
      position = bytes.count
      throw error(.endedInContainer)
    }
    position = end
  }

  /// Where the container opening at `start` ends (one past its closing bracket), or nil when
  /// the text ends first.
  private static func end(ofContainerAt start: Int, in buffer: UnsafeBufferPointer<UInt8>) -> Int? {
    let base = UnsafeRawPointer(buffer.baseAddress!)
    var depth = 0
    var index = start
    var inString = false
    while index < buffer.count {
      // Eight bytes at a time while none of them matters: outside a string only quotes and
      // brackets do, inside one only quotes and backslashes. Rows of numbers have a bracket
      // every few dozen bytes, so this steps over most of a session's skipped tens of MB.
      while index &+ 8 <= buffer.count {
        let word = base.loadUnaligned(fromByteOffset: index, as: UInt64.self)
        let matters =
          inString
          ? Self.has(0x22, in: word) | Self.has(0x5C, in: word)
          : Self.has(0x22, in: word) | Self.has(0x5B, in: word) | Self.has(0x5D, in: word)
            | Self.has(0x7B, in: word) | Self.has(0x7D, in: word)
        guard matters == 0 else { break }
        index &+= 8
      }
      guard index < buffer.count else { break }
      let byte = buffer[index]
      if inString {
        if byte == 0x5C {
          index += 1
        } else if byte == 0x22 {
          inString = false
        }
      } else {
        switch byte {
        case 0x22: inString = true
        case 0x5B, 0x7B: depth += 1
        case 0x5D, 0x7D:
          depth -= 1
          if depth == 0 { return index + 1 }
        default: break
        }
      }
      index += 1
    }
    return nil
  }

  /// Nonzero when one of the eight bytes of `word` is `byte` (the classic zero-byte test on the
  /// word with `byte` cleared: exact for "any", which is all it answers).
  @inline(__always)
  static func has(_ byte: UInt8, in word: UInt64) -> UInt64 {
    let cleared = word ^ (0x0101_0101_0101_0101 &* UInt64(byte))
    return (cleared &- 0x0101_0101_0101_0101) & ~cleared & 0x8080_8080_8080_8080
  }

  /// Skips one value of any type without building it (to find a document's parts quickly).
  public mutating func skipValue() throws(JSONSyntaxError) {
    // The open containers, innermost last: true for an object.
    var open: [Bool] = []
    repeat {
      guard let byte = peek() else { throw error(.expectedValueButEnded) }
      switch byte {
      case 0x7B, 0x5B:
        position += 1
        guard open.count < Self.maximumDepth else { throw error(.nestedTooDeeply) }
        let isObject = byte == 0x7B
        if consume(isObject ? 0x7D : 0x5D) { break }
        open.append(isObject)
        if isObject {
          try skipString()
          try expect(0x3A)
        }
        continue
      case 0x22:
        try skipString()
      case 0x74: try literal("true")
      case 0x66: try literal("false")
      case 0x6E: try literal("null")
      case 0x2D, 0x30...0x39:
        // Numbers are only stepped over here; the real read checks them.
        position += 1
        while position < bytes.count {
          let byte = bytes[position]
          guard
            (byte >= 0x30 && byte <= 0x39) || byte == 0x2E || byte == 0x65 || byte == 0x45
              || byte == 0x2B
              || byte == 0x2D
          else { break }
          position += 1
        }
      default: throw error(.expectedValue)
      }
      // After a complete value: close the containers that end here, or go on to the next element.
      while let isObject = open.last {
        if try continues(until: isObject ? 0x7D : 0x5D) {
          if isObject {
            try skipString()
            try expect(0x3A)
          }
          break
        }
        open.removeLast()
      }
    } while !open.isEmpty
  }

  /// Steps over a string without decoding it.
  private mutating func skipString() throws(JSONSyntaxError) {
    skipWhitespace()
    guard position < bytes.count, bytes[position] == 0x22 else { throw error(.expectedString) }
    position += 1
    while position < bytes.count {
      switch bytes[position] {
      case 0x22:
        position += 1
        return
      case 0x5C: position += 2
      default: position += 1
      }
    }
    throw error(.endedInString)
  }

  // MARK: - Trees

  /// Reads one value of any type as a tree.
  public mutating func readValue() throws(JSONSyntaxError) -> JSONValue {
    try readValue(depth: 0)
  }

  private mutating func readValue(depth: Int) throws(JSONSyntaxError) -> JSONValue {
    guard let byte = peek() else { throw error(.expectedValueButEnded) }
    // Checked after the white space, so the error points at the value that is one too deep.
    guard depth < Self.maximumDepth else { throw error(.nestedTooDeeply) }
    switch byte {
    case 0x7B:
      position += 1
      var object = JSONObject()
      if consume(0x7D) { return .object(object) }
      // Duplicates are found by a scan while the object is small, as most are, and by a set
      // once it is not: a generated object of 100,000 keys must not take 5 billion comparisons.
      var keys: Set<String>? = nil
      repeat {
        let keyPosition = position
        let key = try readString()
        let seen = keys.map { $0.contains(key) } ?? (object[key] != nil)
        if seen {
          position = keyPosition
          skipWhitespace()
          throw error(.keyTwice(key))
        }
        try expect(0x3A)
        object.members.append((key, try readValue(depth: depth + 1)))
        if keys != nil {
          keys?.insert(key)
        } else if object.members.count == 32 {
          keys = Set(object.members.map(\.key))
        }
      } while try continues(until: 0x7D)
      return .object(object)
    case 0x5B:
      position += 1
      var array: [JSONValue] = []
      if consume(0x5D) { return .array(array) }
      repeat {
        array.append(try readValue(depth: depth + 1))
      } while try continues(until: 0x5D)
      return .array(array)
    case 0x22:
      return .string(try readString())
    case 0x74:
      try literal("true")
      return .bool(true)
    case 0x66:
      try literal("false")
      return .bool(false)
    case 0x6E:
      try literal("null")
      return .null
    case 0x2D, 0x30...0x39:
      return try readNumber()
    default:
      throw error(.expectedValue)
    }
  }

  private mutating func literal(_ word: String) throws(JSONSyntaxError) {
    let start = position
    for byte in word.utf8 {
      guard position < bytes.count, bytes[position] == byte else {
        position = start
        throw error(.expected(word))
      }
      position += 1
    }
  }

  private mutating func readNumber() throws(JSONSyntaxError) -> JSONValue {
    let start = position
    var isInteger = true
    if bytes[position] == 0x2D { position += 1 }
    while position < bytes.count {
      let byte = bytes[position]
      if byte >= 0x30 && byte <= 0x39 {
        position += 1
      } else if byte == 0x2E || byte == 0x65 || byte == 0x45 || byte == 0x2B || byte == 0x2D {
        isInteger = false
        position += 1
      } else {
        break
      }
    }
    let text = String(decoding: bytes[start..<position], as: UTF8.self)
    if isInteger, let value = Int64(text) { return .integer(value) }
    guard let value = Double(text), value.isFinite else {
      position = start
      throw error(.malformedNumber(text))
    }
    return .double(value)
  }

  // MARK: - Errors

  /// The line and column (from 1) of `position`.
  public func location(of offset: Int) -> (line: Int, column: Int) {
    var line = 1
    var column = 1
    for byte in bytes[..<min(offset, bytes.count)] {
      if byte == 0x0A {
        line += 1
        column = 1
      } else if byte & 0xC0 != 0x80 {
        column += 1
      }
    }
    return (line, column)
  }

  public func error(_ problem: JSONSyntaxError.Problem) -> JSONSyntaxError {
    let (line, column) = location(of: position)
    return JSONSyntaxError(problem, line: line, column: column)
  }
}

/// Text that is not valid JSON, with where it goes wrong. The problem is a value, not a
/// sentence, so that it can be said in English or Russian (`message(in:)`, JSONSyntaxPhrase).
public struct JSONSyntaxError: Error, Equatable, Sendable {
  public var problem: Problem
  public var line: Int
  public var column: Int

  /// What the reader found wrong; a case with a text quotes what it expected or found.
  public enum Problem: Equatable, Sendable {
    case textAfterValue
    case expectedButEnded(String)
    case expected(String)
    case endedInContainer
    case expectedCommaOr(String)
    case numberTooLarge
    case expectedWholeNumber
    case expectedString
    case controlCharacter
    case unpairedSurrogate
    case unknownEscape(String)
    case endedInString
    case hexDigits
    case notUTF8
    case expectedContainer
    case expectedValueButEnded
    case nestedTooDeeply
    case expectedValue
    case keyTwice(String)
    case malformedNumber(String)
  }

  public init(_ problem: Problem, line: Int, column: Int) {
    self.problem = problem
    self.line = line
    self.column = column
  }

  /// What is wrong, without the place, in English.
  public var message: String { message(in: .english) }

  /// `line 3, column 5: expected a value`
  public var description: String { description(in: .english) }
}
