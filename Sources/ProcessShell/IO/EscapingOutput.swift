/// What every line the shell prints goes through: control characters from a session, a
/// definition or a script (a name, a reason, a title, a word quoted in an error) are shown
/// escaped, `^[` for ESC as `cat -v` writes it, so a file can never retitle the terminal, clear
/// the screen or move the cursor; the colours `Style` marked become the terminal's only here.
///
///     a user called "\u{1B}]0;pwned\u{07}"  is listed as  ^[]0;pwned^G
final class EscapingOutput: TextOutput {
  let base: TextOutput

  init(_ base: TextOutput) {
    self.base = base
  }

  func write(_ text: String) {
    base.write(Self.escaped(text))
  }

  func flush() {
    base.flush()
  }

  /// The text with C0 controls (but line feed and tab), DEL and C1 controls escaped, and the
  /// colour marks of `Style` turned into SGR sequences.
  static func escaped(_ text: String) -> String {
    guard needsEscaping(text) else { return text }
    var result = String.UnicodeScalarView()
    var scalars = text.unicodeScalars.makeIterator()
    while let scalar = scalars.next() {
      switch scalar.value {
      case 0x0A, 0x09:
        result.append(scalar)
      case 0x00..<0x20:
        result.append(contentsOf: "^".unicodeScalars)
        result.append(Unicode.Scalar(UInt8(scalar.value + 0x40)))
      case 0x7F:
        result.append(contentsOf: "^?".unicodeScalars)
      case 0x80..<0xA0:
        result.append(
          contentsOf: "\\u{\(String(scalar.value, radix: 16, uppercase: true))}".unicodeScalars)
      case Style.markStart.value:
        // A colour mark: digits up to the end mark become ESC [ digits m; anything else in a mark
        // (a name that contains the private-use character) is dropped.
        var code = String.UnicodeScalarView()
        while let next = scalars.next(), next != Style.markEnd {
          if ("0"..."9").contains(next) || next == ";" { code.append(next) }
        }
        result.append(contentsOf: "\u{1B}[".unicodeScalars)
        result.append(contentsOf: code)
        result.append("m")
      default:
        result.append(scalar)
      }
    }
    return String(result)
  }

  /// Whether the text holds anything `escaped` changes; most text does not, and is looked at
  /// byte by byte once, in the string's own storage (event lines are printed by the million,
  /// and the generic byte iterator cost some 35 instructions a byte).
  static func needsEscaping(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { bytes in
      var previous: UInt8 = 0
      for byte in bytes {
        switch byte {
        case 0x0A, 0x09: break
        case 0x00..<0x20, 0x7F, 0xEE: return true
        // C1 controls are U+0080…U+009F: C2 80…C2 9F in UTF-8 (`·` and `«` are C2 B7, C2 AB).
        case 0x80..<0xA0 where previous == 0xC2: return true
        default: break
        }
        previous = byte
      }
      return false
    }
  }
}
