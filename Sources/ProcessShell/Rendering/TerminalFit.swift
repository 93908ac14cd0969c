/// Lines fitted to a terminal's width (issue 10, SPEC §12.2): a trainer projects procsh at 80
/// columns, where a terminal would break a long line mid-word and under its own margin. A long
/// line wraps at spaces and its continuation starts under the text it continues (after the
/// indentation, a `← ` and a timestamp); a word longer than the width is cut. Output to a pipe or
/// a file has no width and stays as it is, so scripts and tests read fixed text.
enum TerminalFit {
  /// `line` as lines of at most `width` visible characters; with `cuttingLongWords` false, a
  /// word longer than the width stays whole on a line of its own (an error's path or a command
  /// to copy is worth more whole than fitted).
  static func wrap(_ line: String, width: Int, cuttingLongWords: Bool = true) -> [String] {
    guard width > 0, line.visibleWidth > width else { return [line] }
    let hanging = min(hangingIndent(of: line), width / 2)
    let indent = String(repeating: " ", count: hanging)
    var lines: [String] = []
    var current = ""
    var currentWidth = 0
    for (index, word) in line.split(separator: " ", omittingEmptySubsequences: false).enumerated() {
      let wordWidth = String(word).visibleWidth
      if index > 0 && currentWidth + 1 + wordWidth > width && currentWidth > hanging {
        lines.append(current)
        current = indent
        currentWidth = hanging
      } else if index > 0 {
        current += " "
        currentWidth += 1
      }
      current += word
      currentWidth += wordWidth
    }
    lines.append(current)
    guard cuttingLongWords else { return lines }
    return lines.map { $0.visibleWidth > width ? $0.cut(toVisibleWidth: width) : $0 }
  }

  /// Where a continuation starts: past the leading spaces, a `← ` of a `why` chain and an event's
  /// `2026-01-05 09:01  ` (or with seconds), so that a wrapped event reads as one.
  static func hangingIndent(of line: String) -> Int {
    let plain = line.withoutMarks
    var rest = Substring(plain)
    var indent = 0
    while let first = rest.first, first == " " || first == "←" {
      rest = rest.dropFirst()
      indent += 1
    }
    if let match = rest.prefixMatch(of: #/\d{4}-\d\d-\d\d \d\d:\d\d(:\d\d)?  /#) {
      indent += match.output.0.count
    }
    return indent
  }
}

extension String {
  /// The number of characters a terminal shows: `Style`'s colour marks and their codes take no
  /// room.
  var visibleWidth: Int {
    guard unicodeScalars.contains(Style.markStart) else { return count }
    return withoutMarks.count
  }

  /// The text without `Style`'s colour marks.
  var withoutMarks: String {
    var result = String.UnicodeScalarView()
    var inMark = false
    for scalar in unicodeScalars {
      if scalar == Style.markStart {
        inMark = true
      } else if scalar == Style.markEnd {
        inMark = false
      } else if !inMark {
        result.append(scalar)
      }
    }
    return String(result)
  }

  /// The text cut to `width` visible characters, the last of them `…`; colour marks are kept
  /// (a colour the cut would leave open is closed by the reset that ends every mark pair).
  func cut(toVisibleWidth width: Int) -> String {
    var result = String.UnicodeScalarView()
    var shown = 0
    var inMark = false
    for character in self {
      let scalars = character.unicodeScalars
      if scalars.first == Style.markStart { inMark = true }
      if inMark || scalars.first == Style.markEnd {
        result.append(contentsOf: scalars)
        if scalars.first == Style.markEnd { inMark = false }
        continue
      }
      if shown == width - 1 {
        result.append("…")
        shown += 1
        continue
      }
      if shown >= width { continue }
      result.append(contentsOf: scalars)
      shown += 1
    }
    return String(result)
  }
}
