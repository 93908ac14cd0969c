// libFuzzer target: the condition parser. The input is a condition's text, or counter names
// separated by commas (as a definition declares them: no white space), a NUL byte, then the
// condition's text. Built by scripts/fuzz.sh.
//
// Properties: parsing never crashes; a condition that parses is written back
// (`text(counters:)`) in text that parses again to the same condition, and writes the same text.

import ProcessEngine

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = UnsafeBufferPointer(start: data, count: size)
  var counters = ["days", "calls"]
  var textBytes = bytes[...]
  if let separator = bytes.firstIndex(of: 0) {
    // Names as a definition may declare them: not empty, no white space.
    counters = bytes[..<separator].split(separator: UInt8(ascii: ","))
      .map { String(decoding: $0, as: UTF8.self) }
      .filter { !$0.contains(where: \.isWhitespace) }
    textBytes = bytes[(separator + 1)...]
  }
  let text = String(decoding: textBytes, as: UTF8.self)
  guard let condition = try? Condition(parsing: text, counters: counters) else { return 0 }
  let written = condition.text(counters: counters)
  let again: Condition
  do throws(EngineError) {
    again = try Condition(parsing: written, counters: counters)
  } catch {
    fatalError("\"\(text)\" was written back as \"\(written)\", which is refused: \(error.message)")
  }
  check(
    again == condition,
    "\"\(text)\" was written back as \"\(written)\", which reads as another condition: \(again)")
  check(again.text(counters: counters) == written, "\"\(written)\" is written differently")
  return 0
}
