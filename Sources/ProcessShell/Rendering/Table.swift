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
  /// names line up; `indent` spaces before each line (a table inside a section). On a terminal (`style.width`) a table too wide for it gives up width from
  /// its widest columns, whose cells then end in `…`.
  func render(style: Style, indent: Int = 0) -> String {
    var widths = header.map(\.count)
    for row in rows {
      for (index, cell) in row.enumerated() where index < widths.count {
        widths[index] = max(widths[index], cell.count)
      }
    }
    if let width = style.width { widths = Self.fit(widths, into: width - indent) }
    func line(_ cells: [String]) -> String {
      var text = ""
      for (index, cell) in cells.enumerated() {
        let cell = index < widths.count ? cell.truncated(widths[index]) : cell
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
    let margin = String(repeating: " ", count: indent)
    return lines.map { margin + $0 }.joined(separator: "\n") + "\n"
  }

  /// Column widths whose sum, with two spaces between columns, is at most `total`: the widest
  /// column gives up width first, down to the next widest, and none goes below `minimum`.
  static func fit(_ widths: [Int], into total: Int, minimum: Int = 6) -> [Int] {
    var widths = widths
    var excess = widths.reduce(0, +) + 2 * max(0, widths.count - 1) - total
    while excess > 0 {
      guard let widest = widths.indices.max(by: { widths[$0] < widths[$1] }),
        widths[widest] > minimum
      else { break }
      let next = widths.enumerated().filter { $0.offset != widest }.map(\.element).max() ?? 0
      let cut = min(excess, max(1, widths[widest] - max(next, minimum)))
      widths[widest] -= cut
      excess -= cut
    }
    return widths
  }
}

extension String {
  /// The text cut to `limit` characters with an ellipsis.
  func truncated(_ limit: Int) -> String {
    count <= limit ? self : String(prefix(max(0, limit - 1))) + "…"
  }
}
