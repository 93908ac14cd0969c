import JSON
import Testing

@Suite struct JSONTests {
  func parse(_ text: String) throws(JSONSyntaxError) -> JSONValue {
    try JSONReader.parse(Array(text.utf8))
  }

  @Test func readsEveryKindOfValue() throws {
    let value = try parse(
      #"{"a": [1, -2, 3.5, true, false, null], "b": "x\ny\u00e9\ud83d\ude00", "c": {}}"#)
    #expect(
      value == [
        "a": [1, -2, .double(3.5), true, false, nil],
        "b": .string("x\nyé😀"),
        "c": .object(JSONObject()),
      ])
  }

  @Test func keepsMembersInSourceOrder() throws {
    guard case .object(let object) = try parse(#"{"z": 1, "a": 2, "m": 3}"#) else {
      Issue.record("not an object")
      return
    }
    #expect(object.keys == ["z", "a", "m"])
  }

  @Test(
    arguments: [
      (#"{"a": 1,}"#, 1, 9, "expected a string"),
      ("{\"a\": 1\n  \"b\": 2}", 2, 3, "expected ',' or '}'"),
      (#"{"a": 1, "a": 2}"#, 1, 10, "the key 'a' appears twice"),
      (#"[1, 2"#, 1, 6, "the text ended inside an array or object"),
      (#""abc"#, 1, 5, "the text ended inside a string"),
      (#"{"a": tru}"#, 1, 7, "expected 'true'"),
      (#"[1] x"#, 1, 5, "unexpected text after the JSON value"),
      ("", 1, 1, "expected a value but the text ended"),
    ] as [(String, Int, Int, String)])
  func reportsSyntaxErrorsWithLineAndColumn(text: String, line: Int, column: Int, message: String) {
    let error = #expect(throws: JSONSyntaxError.self) { try parse(text) }
    #expect(error?.message == message)
    #expect(error?.line == line)
    #expect(error?.column == column)
  }

  @Test func refusesTextThatIsNotUTF8() {
    let bytes: [UInt8] = [0x22, 0xFF, 0xFE, 0x22]
    #expect(throws: JSONSyntaxError.self) { try JSONReader.parse(bytes) }
  }

  @Test func refusesNestingDeepEnoughToExhaustTheStack() {
    let text = String(repeating: "[", count: 100_000)
    #expect(throws: JSONSyntaxError.self) { try parse(text) }
  }

  @Test func writesCompactlyWithSortedKeysAndReadsBackEqual() throws {
    let value: JSONValue = [
      "b": [1, "two\t\"quoted\"", nil], "a": ["é": true, "A": -7], "ключ": "значение",
    ]
    var writer = JSONWriter()
    writer.write(value)
    let text = String(decoding: writer.bytes, as: UTF8.self)
    #expect(text == #"{"a":{"A":-7,"é":true},"b":[1,"two\t\"quoted\"",null],"ключ":"значение"}"#)
    let reread = try parse(text)
    guard case .object(let object) = reread else {
      Issue.record("not an object")
      return
    }
    #expect(object.keys == ["a", "b", "ключ"])
  }

  @Test(arguments: [0, 7, -1, 10, -10, 1234567890123, Int64.max, Int64.min])
  func writesIntegersExactly(number: Int64) {
    var writer = JSONWriter()
    writer.write(number)
    #expect(String(decoding: writer.bytes, as: UTF8.self) == String(number))
  }

  /// What the writer writes, `readInteger` reads back: every `Int64`, the extremes included
  /// (a session writes a cleared date as `Int64.min`).
  @Test(arguments: [0, 7, -1, 10, -10, 1234567890123, Int64.max, Int64.min])
  func readsBackEveryIntegerItWrites(number: Int64) throws {
    var writer = JSONWriter()
    writer.write(number)
    let read = try JSONReader.reading(writer.bytes) { (reader) throws(JSONSyntaxError) in
      try reader.readInteger()
    }
    #expect(read == number)
  }

  @Test(arguments: ["9223372036854775808", "-9223372036854775809", "99999999999999999999"])
  func refusesAnIntegerPastInt64(text: String) {
    JSONReader.reading(Array(text.utf8)) { reader in
      #expect(throws: JSONSyntaxError(.numberTooLarge, line: 1, column: 1)) {
        try reader.readInteger()
      }
      #expect(reader.position == 0)
    }
  }

  /// `skipContainer` steps over eight bytes at a time where nothing matters: brackets in strings,
  /// escaped quotes and backslashes land anywhere in a word, at every offset.
  @Test func skippingAContainerEndsWhereItDoes() throws {
    let pieces = [
      #"[1,2,3,1767603600,[null,1767776460],0]"#, #"{"a]":"}{[","b":"\"]","c":[]}"#,
      #"["\\",["x\"y]"],"12345678]"]"#, #"[[[[[[[[[[]]]]]]]]]]"#,
      #"{"long":"]]]]]]]]]]]]]]]]\\\"]]]]]]]","n":12345678901234567}"#,
    ]
    for piece in pieces {
      for padding in 0..<9 {
        let text = String(repeating: " ", count: padding) + piece + ",\"after\""
        let bytes = Array(text.utf8)
        let skipped = try JSONReader.reading(bytes) { (reader) throws(JSONSyntaxError) in
          try reader.skipContainer()
          return reader.position
        }
        #expect(skipped == padding + piece.utf8.count, "\(piece) after \(padding) spaces")
        // The same value read as a tree ends at the same place.
        let read = try JSONReader.reading(bytes) { (tree) throws(JSONSyntaxError) in
          _ = try tree.readValue()
          return tree.position
        }
        #expect(read == skipped, "\(piece)")
      }
    }
    _ = JSONReader.reading(Array(#"["]]]]]]]]]]]"#.utf8)) { unterminated in
      #expect(throws: JSONSyntaxError.self) { try unterminated.skipContainer() }
    }
  }

  /// A draining buffer hands out, piece by piece and in order, exactly what a whole buffer holds:
  /// nothing lost or repeated at a boundary, at a write longer than the buffer, or at the end.
  @Test(arguments: [64, 100, 4096])
  func aDrainingBufferHandsOutWhatAWholeOneHolds(capacity: Int) {
    func write(into buffer: inout ByteBuffer) {
      for number in 0..<300 {
        buffer.append(Int64(number) * 1_000_003 - 150_000_000)
        buffer.append(",")
        buffer.append(UInt8(ascii: " "))
        if number % 50 == 0 {
          // Longer than the smallest buffer: it must grow for this one write.
          buffer.append(string: String(repeating: "ключ\t\"", count: number / 10 + 1))
        }
        if number % 75 == 0 { buffer.append(contentsOf: Array(repeating: 0x41, count: 90)) }
      }
    }
    var whole = ByteBuffer(capacity: 16)
    write(into: &whole)
    let expected = whole.bytes()
    var pieces: [[UInt8]] = []
    var draining = ByteBuffer(capacity: capacity) { pieces.append(Array($0)) }
    write(into: &draining)
    draining.finish()
    #expect(draining.count == 0)
    #expect(pieces.joined().elementsEqual(expected))
    #expect(pieces.count > expected.count / capacity)
    #expect(pieces.allSatisfy { !$0.isEmpty })
  }
}
