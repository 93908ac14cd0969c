import JSON
import ProcessEngine
import Testing

@testable import ProcessShell

/// `--json` text (docs/json-output.md): "keys sorted, two-space indents, a final newline", with
/// amounts, times and ids written as the document says.
@Suite struct PrettyJSONTests {
  @Test func keysAreSortedAndIndentedByTwoSpacesWithAFinalNewline() {
    let value: JSONValue = [
      "status": "new", "amount": 10000, "user": ["name": "Анна", "id": 1], "tags": ["b", "a"],
    ]
    #expect(
      PrettyJSON.text(value) == """
        {
          "amount": 10000,
          "status": "new",
          "tags": [
            "b",
            "a"
          ],
          "user": {
            "id": 1,
            "name": "Анна"
          }
        }

        """)
  }

  /// By their bytes, as session files are: capitals before small letters, a shorter key before
  /// the longer ones it starts, "-" before letters. A case-insensitive or locale-aware sort would
  /// order them differently.
  @Test func keysAreSortedByTheirBytes() {
    let value: JSONValue = ["b": 1, "ab": 2, "é": 3, "a-b": 4, "B": 5, "a": 6]
    #expect(
      PrettyJSON.text(value) == """
        {
          "B": 5,
          "a": 6,
          "a-b": 4,
          "ab": 2,
          "b": 1,
          "é": 3
        }

        """)
  }

  @Test func arraysOfObjectsIndentEachLevelByTwoMoreSpaces() {
    let value: JSONValue = [["a": 1], ["b": [1, 2]]]
    #expect(
      PrettyJSON.text(value) == """
        [
          {
            "a": 1
          },
          {
            "b": [
              1,
              2
            ]
          }
        ]

        """)
  }

  @Test func emptyArraysAndObjectsStayOnOneLine() {
    let value: JSONValue = ["messages-sent": [], "counters": [:]]
    #expect(PrettyJSON.text(value) == "{\n  \"counters\": {},\n  \"messages-sent\": []\n}\n")
    #expect(PrettyJSON.text([]) == "[]\n")
    #expect(PrettyJSON.text([:]) == "{}\n")
  }

  @Test func aScalarIsALineOfItsOwn() {
    #expect(PrettyJSON.text(nil) == "null\n")
    #expect(PrettyJSON.text(true) == "true\n")
    #expect(PrettyJSON.text(-12) == "-12\n")
    #expect(PrettyJSON.text("in-work") == "\"in-work\"\n")
  }

  /// Quotes, backslashes and control characters are escaped in values and keys alike; other text,
  /// Cyrillic included, is written as it is.
  @Test func stringsAndKeysAreEscaped() {
    let value: JSONValue = [
      "say \"hi\"": "a \"quote\", a \\ backslash,\na newline, a\ttab, a bell \u{07}, Анна"
    ]
    #expect(
      PrettyJSON.text(value) == #"""
        {
          "say \"hi\"": "a \"quote\", a \\ backslash,\na newline, a\ttab, a bell \u0007, Анна"
        }

        """#)
  }

  /// docs/json-output.md: "amounts are numbers (hundredths as decimals)" — never strings, and
  /// whole amounts without a decimal point.
  @Test(arguments: [
    (Int64(250_000), "2500"),
    (9950, "99.5"),
    (7, "0.07"),
    (0, "0"),
    (1_234_567, "12345.67"),
  ])
  func anAmountIsAJSONNumber(cents: Int64, text: String) {
    #expect(PrettyJSON.text(["paid": .money(Money(cents: cents))]) == "{\n  \"paid\": \(text)\n}\n")
  }

  /// docs/json-output.md: "Date-times are `YYYY-MM-DDTHH:MM:SS`", seconds always included.
  @Test func aTimeIsWrittenWithItsSecondsAndAMissingOneIsNull() {
    let value: JSONValue = [
      "created": .instant(Instant(year: 2026, month: 1, day: 5, hour: 9)),
      "due": .instant(Instant(year: 2026, month: 2, day: 4, hour: 9, minute: 1, second: 30)),
      "payment-date": .instant(nil),
    ]
    #expect(
      PrettyJSON.text(value) == """
        {
          "created": "2026-01-05T09:00:00",
          "due": "2026-02-04T09:01:30",
          "payment-date": null
        }

        """)
  }

  @Test func anIdIsANumberAndAMissingValueIsNull() {
    let value: JSONValue = [
      "order": .id(OrderID(rawValue: 12)), "parent": .id(TaskID?.none),
      "manager": .text(nil), "reason": .text("refused"),
    ]
    #expect(
      PrettyJSON.text(value) == """
        {
          "manager": null,
          "order": 12,
          "parent": null,
          "reason": "refused"
        }

        """)
  }
}
