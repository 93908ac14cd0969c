/// Rows of text in aligned columns, for listings.
struct Table {
  var header: [String]
  var rows: [[String]] = []

  init(_ header: String...) {
    self.header = header
  }

  /// A table whose headers come from the catalogue, in the session's language.
  init(_ header: [String]) {
    self.header = header
  }

  mutating func append(_ row: [String]) {
    rows.append(row)
  }

  /// The table as lines; the last column is not padded. Widths count characters, so Cyrillic
  /// names line up.
  func render(style: Style) -> String {
    var widths = header.map(\.count)
    for row in rows {
      for (index, cell) in row.enumerated() where index < widths.count {
        widths[index] = max(widths[index], cell.count)
      }
    }
    func line(_ cells: [String]) -> String {
      var text = ""
      for (index, cell) in cells.enumerated() {
        if index == cells.count - 1 {
          text += cell
        } else {
          text += cell + String(repeating: " ", count: widths[index] - cell.count + 2)
        }
      }
      while text.hasSuffix(" ") { text.removeLast() }
      return text
    }
    var lines = [style.bold(line(header))]
    lines += rows.map(line)
    return lines.joined(separator: "\n") + "\n"
  }
}

extension String {
  /// The text cut to `limit` characters with an ellipsis.
  func truncated(_ limit: Int) -> String {
    count <= limit ? self : String(prefix(limit - 1)) + "…"
  }
}
