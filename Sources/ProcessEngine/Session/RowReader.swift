import JSON

/// Reading the bulk rows of a session (events, tasks, tokens) fast.
///
/// A row is a JSON array of integers, some of which may be `null`, and at most one list of
/// optional integers. Rows are first read over the raw bytes with no allocation and no error
/// text; a row that does not read cleanly is read again through `JSONReader`, field by field, to
/// say what is wrong and where. Checking the values (ranges, references) is the caller's.
enum RowField {
  case integer
  /// `null` reads as `RowReader.null`.
  case optionalInteger
  /// A list of optional integers, stored apart (one per row at most).
  case list
}

enum RowReader {
  /// What `null` reads as.
  static let null = Int64.min

  /// Reads one row of `shape` at the reader's position into `values` (and `list`); throws the
  /// precise error when the row is malformed.
  static func read(
    _ shape: [RowField], from reader: inout JSONReader, into values: inout [Int64],
    list: inout [Int64],
    path: () -> String
  ) throws(SessionError) {
    list.removeAll(keepingCapacity: true)
    let fast = values.withUnsafeMutableBufferPointer { fields in
      reader.bytes.withUnsafeBufferPointer { bytes in
        readFast(shape, bytes: bytes, at: &reader.position, into: fields.baseAddress!, list: &list)
      }
    }
    if fast { return }
    list.removeAll(keepingCapacity: true)
    try readSlowly(shape, from: &reader, into: &values, list: &list, path: path)
  }

  /// The fast path: true when the whole row was read; the position is left unchanged otherwise.
  private static func readFast(
    _ shape: [RowField], bytes: UnsafeBufferPointer<UInt8>, at position: inout Int,
    into values: UnsafeMutablePointer<Int64>, list: inout [Int64]
  ) -> Bool {
    let end = bytes.count
    var index = position
    @inline(__always) func skipSpaces() {
      while index < end,
        bytes[index] == 0x20 || bytes[index] == 0x0A || bytes[index] == 0x0D || bytes[index] == 0x09
      {
        index += 1
      }
    }
    /// An integer or (when allowed) null at `index`.
    @inline(__always) func number(nullable: Bool) -> Int64? {
      skipSpaces()
      if nullable, index + 4 <= end, bytes[index] == 0x6E, bytes[index + 1] == 0x75,
        bytes[index + 2] == 0x6C,
        bytes[index + 3] == 0x6C
      {
        index += 4
        return null
      }
      var negative = false
      if index < end, bytes[index] == 0x2D {
        negative = true
        index += 1
      }
      var value: Int64 = 0
      var digits = 0
      while index < end {
        let digit = bytes[index] &- 0x30
        guard digit < 10 else { break }
        value = value &* 10 &+ Int64(digit)
        digits += 1
        index += 1
      }
      guard digits > 0, digits < 19 else { return nil }
      return negative ? -value : value
    }
    @inline(__always) func expect(_ byte: UInt8) -> Bool {
      skipSpaces()
      guard index < end, bytes[index] == byte else { return false }
      index += 1
      return true
    }
    guard expect(0x5B) else { return false }
    var field = 0
    for (position, kind) in shape.enumerated() {
      if position > 0 { guard expect(0x2C) else { return false } }
      switch kind {
      case .integer, .optionalInteger:
        guard let value = number(nullable: kind == .optionalInteger) else { return false }
        values[field] = value
        field += 1
      case .list:
        guard expect(0x5B) else { return false }
        skipSpaces()
        if index < end, bytes[index] == 0x5D {
          index += 1
        } else {
          repeat {
            guard let value = number(nullable: true) else { return false }
            list.append(value)
          } while expect(0x2C)
          guard expect(0x5D) else { return false }
        }
      }
    }
    guard expect(0x5D) else { return false }
    position = index
    return true
  }

  /// The slow path: the same row through `JSONReader`, with an error naming the field.
  private static func readSlowly(
    _ shape: [RowField], from reader: inout JSONReader, into values: inout [Int64],
    list: inout [Int64],
    path: () -> String
  ) throws(SessionError) {
    func fail(_ suffix: String, _ error: JSONSyntaxError) -> SessionError {
      SessionError(
        path: path() + suffix,
        message: "\(error.message) at line \(error.line), column \(error.column)")
    }
    do throws(JSONSyntaxError) {
      try reader.expect(0x5B)
    } catch {
      throw fail(
        "",
        JSONSyntaxError(
          message: "expected an array (a record)", line: error.line, column: error.column))
    }
    var field = 0
    for (position, kind) in shape.enumerated() {
      if position > 0 {
        do throws(JSONSyntaxError) {
          try reader.expect(0x2C)
        } catch {
          throw fail(
            "",
            JSONSyntaxError(
              message: "the record has too few fields", line: error.line, column: error.column))
        }
      }
      switch kind {
      case .integer, .optionalInteger:
        if kind == .optionalInteger, reader.consumeNull() {
          values[field] = null
        } else {
          do throws(JSONSyntaxError) {
            values[field] = try reader.readInteger()
          } catch {
            throw fail("[\(position)]", error)
          }
        }
        field += 1
      case .list:
        do throws(JSONSyntaxError) {
          try reader.expect(0x5B)
          if !reader.consume(0x5D) {
            repeat {
              list.append(reader.consumeNull() ? null : try reader.readInteger())
            } while try reader.continues(until: 0x5D)
          }
        } catch {
          throw fail("[\(position)]", error)
        }
      }
    }
    do throws(JSONSyntaxError) {
      try reader.expect(0x5D)
    } catch {
      throw fail(
        "",
        JSONSyntaxError(
          message: "the record has too many fields", line: error.line, column: error.column))
    }
  }
}
