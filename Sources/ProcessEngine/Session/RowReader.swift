import JSON

/// One row of a session section as read, its values taken by column: `row[.task]`.
///
/// Kept and reused across the rows of a section, so reading a row allocates nothing but its
/// strings. The shape comes from the column table; checking values (ranges, references) is the
/// caller's, through `integer(_:in:)` and `code(_:as:)`, whose errors name the value's JSON path
/// (`tasks[3][0]`) from the column's position.
struct SessionRow<Column: SessionColumn> {
  /// The row's position in its section.
  var index = 0
  /// One value per column: the integer, `RowReader.null` for null, the length of a list, 0 for
  /// a string.
  var integers: [Int64]
  /// The string columns' values (nil for null); empty when the row has no strings.
  var strings: [String?]
  /// The list column's values, `RowReader.null` for null.
  var list: [Int64] = []
  let shape: [ColumnType]
  /// Whether the fast reader can take the row: integers and lists only.
  let isNumeric: Bool

  init() {
    shape = Column.shape
    integers = [Int64](repeating: 0, count: shape.count)
    isNumeric = shape.allSatisfy { $0 != .string && $0 != .optionalString }
    strings = isNumeric ? [] : [String?](repeating: nil, count: shape.count)
  }

  /// The column's integer as written (`RowReader.null` for null), unchecked.
  @inline(__always) subscript(column: Column) -> Int64 { integers[column.position] }

  /// `events[12]`
  var path: String { Column.path(row: index) }
  /// `events[12][3]`
  func path(_ column: Column) -> String { column.path(row: index) }

  func fail(_ reason: SessionProblem.Reason) -> SessionReadError {
    SessionReadError(path: path, reason)
  }
  func fail(_ column: Column, _ reason: SessionProblem.Reason) -> SessionReadError {
    SessionReadError(path: path(column), reason)
  }

  /// The column's integer, which must be in `range`.
  @inline(__always) func integer(_ column: Column, in range: ClosedRange<Int64>)
    throws(SessionReadError) -> Int64
  {
    let value = integers[column.position]
    guard range.contains(value) else { throw outOfRange(column, value, range) }
    return value
  }

  /// The column's integer, which must be in `range`, or nil for null.
  @inline(__always) func optionalInteger(_ column: Column, in range: ClosedRange<Int64>)
    throws(SessionReadError) -> Int64?
  {
    let value = integers[column.position]
    if value == RowReader.null { return nil }
    guard range.contains(value) else { throw outOfRange(column, value, range) }
    return value
  }

  /// The case the column's code stands for.
  @inline(__always) func code<Code: StoredCode>(_ column: Column, as: Code.Type)
    throws(SessionReadError) -> Code
  {
    let value = integers[column.position]
    guard let code = Code.decoded(value) else { throw outOfRange(column, value, Code.codeRange) }
    return code
  }

  func outOfRange(_ column: Column, _ value: Int64, _ range: ClosedRange<Int64>) -> SessionReadError
  {
    fail(column, value == RowReader.null ? .nullNumber : .outOfRange(value, range))
  }

  /// A string column's value.
  func string(_ column: Column) -> String {
    guard let text = strings[column.position] else {
      preconditionFailure("internal inconsistency: \(path(column)) is not a string column")
    }
    return text
  }

  /// An optional string column's value.
  func optionalString(_ column: Column) -> String? { strings[column.position] }
}

/// Reading the rows of a session fast.
///
/// A row is a JSON array of the column table's values. Rows of integers (events, tasks, tokens:
/// nearly all of a file) are first read over the raw bytes with no allocation and no error text;
/// a row that does not read cleanly, and a row with strings, is read through `JSONReader`, value
/// by value, which says what is wrong and where.
enum RowReader {
  /// What `null` reads as.
  static let null = Int64.min

  /// Reads the row at the reader's position into `row`; throws the precise error when it is
  /// malformed.
  static func read<Column>(_ row: inout SessionRow<Column>, from reader: inout JSONReader)
    throws(SessionReadError)
  {
    row.list.removeAll(keepingCapacity: true)
    if row.isNumeric {
      var list = row.list
      row.list = []
      let shape = row.shape
      let bytes = reader.bytes
      let fast = row.integers.withUnsafeMutableBufferPointer { fields in
        readFast(shape, bytes: bytes, at: &reader.position, into: fields.baseAddress!, list: &list)
      }
      row.list = list
      if fast { return }
      row.list.removeAll(keepingCapacity: true)
    }
    try readSlowly(&row, from: &reader)
  }

  /// The fast path: true when the whole row was read; the position is left unchanged otherwise.
  private static func readFast(
    _ shape: [ColumnType], bytes: UnsafeBufferPointer<UInt8>, at position: inout Int,
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
    for (position, type) in shape.enumerated() {
      if position > 0 { guard expect(0x2C) else { return false } }
      switch type {
      case .integer, .optionalInteger:
        guard let value = number(nullable: type == .optionalInteger) else { return false }
        values[position] = value
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
        values[position] = Int64(list.count)
      case .string, .optionalString:
        return false
      }
    }
    guard expect(0x5D) else { return false }
    position = index
    return true
  }

  /// The slow path: the same row through `JSONReader`, with an error naming the value.
  private static func readSlowly<Column>(
    _ row: inout SessionRow<Column>, from reader: inout JSONReader
  ) throws(SessionReadError) {
    let path = row.path
    func fail(_ suffix: String, _ error: JSONSyntaxError) -> SessionReadError {
      SessionReadError(path: path + suffix, .syntax(error))
    }
    do throws(JSONSyntaxError) {
      try reader.expect(0x5B)
    } catch {
      throw SessionReadError(path: path, .recordNotArray(line: error.line, column: error.column))
    }
    for (position, type) in row.shape.enumerated() {
      if position > 0 {
        do throws(JSONSyntaxError) {
          try reader.expect(0x2C)
        } catch {
          throw SessionReadError(path: path, .tooFewFields(line: error.line, column: error.column))
        }
      }
      do throws(JSONSyntaxError) {
        switch type {
        case .integer:
          row.integers[position] = try reader.readInteger()
        case .optionalInteger:
          row.integers[position] = reader.consumeNull() ? null : try reader.readInteger()
        case .string:
          row.strings[position] = try reader.readString()
        case .optionalString:
          row.strings[position] = reader.consumeNull() ? nil : try reader.readString()
        case .list:
          try reader.expect(0x5B)
          if !reader.consume(0x5D) {
            repeat {
              row.list.append(reader.consumeNull() ? null : try reader.readInteger())
            } while try reader.continues(until: 0x5D)
          }
          row.integers[position] = Int64(row.list.count)
        }
      } catch {
        throw fail("[\(position)]", error)
      }
    }
    do throws(JSONSyntaxError) {
      try reader.expect(0x5D)
    } catch {
      throw SessionReadError(path: path, .tooManyFields(line: error.line, column: error.column))
    }
  }
}
