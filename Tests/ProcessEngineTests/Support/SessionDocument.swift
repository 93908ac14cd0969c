import ProcessEngine
import Testing

/// A session file as lines, for tests that corrupt a real session by hand: every record is a line
/// of its own, so a row is found by its section and position and edited value by value.
struct SessionDocument {
  var lines: [String]

  init(_ engine: Engine) {
    lines = String(decoding: engine.sessionBytes(), as: UTF8.self)
      .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
  }

  var bytes: [UInt8] { Array(lines.joined(separator: "\n").utf8) }

  /// The line that opens `section`: `"orders":[`, or `"agenda":{"items":[`.
  func header(_ section: String) -> Int {
    guard let line = lines.firstIndex(where: { $0.hasPrefix("\"\(section)\":") }) else {
      preconditionFailure("no section \(section)")
    }
    return line
  }

  /// The rows of `section`, each split into its top-level values.
  func rows(_ section: String) -> [[String]] {
    var result: [[String]] = []
    var line = header(section) + 1
    while line < lines.count, lines[line].hasPrefix("[") {
      result.append(Self.values(of: lines[line]))
      line += 1
    }
    return result
  }

  /// The rows of `section` whose integer values satisfy `test`, by position.
  func firstRow(_ section: String, where test: ([Int64]) -> Bool) -> Int {
    guard let index = rows(section).firstIndex(where: { test($0.map { Int64($0) ?? .min }) })
    else { preconditionFailure("no such row in \(section)") }
    return index
  }

  /// Every row of `events` with its absolute time (the file keeps distances).
  var events: [[Int64]] {
    var time: Int64 = 0
    return rows("events").map { row in
      var values = row.map { Int64($0)! }
      time += values[0]
      values[0] = time
      return values
    }
  }

  mutating func edit(_ section: String, row: Int, _ body: (inout [String]) -> Void) {
    let line = header(section) + 1 + row
    var values = Self.values(of: lines[line])
    body(&values)
    let comma = lines[line].hasSuffix(",") ? "," : ""
    lines[line] = "[" + values.joined(separator: ",") + "]" + comma
  }

  /// Removes a row, keeping the commas right.
  mutating func remove(_ section: String, row: Int) {
    let line = header(section) + 1 + row
    let wasLast = !lines[line].hasSuffix(",")
    lines.remove(at: line)
    if wasLast, row > 0, lines[line - 1].hasSuffix(",") { lines[line - 1].removeLast() }
  }

  /// Appends a row to a section that has rows.
  mutating func append(_ section: String, _ values: [String]) {
    let last = header(section) + rows(section).count
    lines[last] += ","
    lines.insert("[" + values.joined(separator: ",") + "]", at: last + 1)
  }

  /// Replaces the first line that starts with `prefix`.
  mutating func replaceLine(startingWith prefix: String, with line: String) {
    guard let index = lines.firstIndex(where: { $0.hasPrefix(prefix) }) else {
      preconditionFailure("no line starts with \(prefix)")
    }
    lines[index] = line
  }

  /// The top-level values of a row line, strings and lists kept whole.
  static func values(of line: String) -> [String] {
    var text = Substring(line)
    if text.hasSuffix(",") { text = text.dropLast() }
    var values: [String] = []
    var value = ""
    var depth = 0
    var inString = false
    var escaped = false
    for character in text.dropFirst().dropLast() {
      if inString {
        if escaped {
          escaped = false
        } else if character == "\\" {
          escaped = true
        } else if character == "\"" {
          inString = false
        }
      } else if character == "\"" {
        inString = true
      } else if character == "[" {
        depth += 1
      } else if character == "]" {
        depth -= 1
      } else if character == ",", depth == 0 {
        values.append(value)
        value = ""
        continue
      }
      value.append(character)
    }
    values.append(value)
    return values
  }
}
