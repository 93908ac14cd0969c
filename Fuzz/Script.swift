// libFuzzer target: the script reader. The input is a script, run by a fresh shell on a new
// session (the built-in processes loaded) through the real lexer, parser, engine and renderers,
// as `procsh script.procsh --keep-going` would run it. Built by scripts/fuzz.sh.
//
// Properties: no crash, no hang; whatever the input, the shell answers with output or an error.
//
// To keep every run fast and free of side effects, inputs are refused (skipped) that would touch
// the file system or run long: `save`, `load`, `record`, `source`, `simulate`, `process load`
// and `process validate`, a `process show` with `--output` (it writes a file) or `svg` (it runs
// Graphviz), and an `advance` past 100 days or 2026 (the examples wait 30 and 60 days; what an
// advance costs is the events it fires, which the orders bound, not the span).
// The filter reads the words as the shell does (`Lexer`), so quoting cannot hide a command.

import ProcessEngine

@testable import ProcessShell

/// A new session, made once: each run starts from a copy of it.
let newSession = Engine()

/// Whether the script stays inside what the fuzzer may run (above).
func isAllowed(_ script: String) -> Bool {
  let longest = TimeSpan.days(100)
  let latest = try! Instant(parsing: "2027-01-01")
  for line in script.unicodeScalars.split(separator: "\n") {
    // A line the lexer refuses is refused by the shell too: harmless.
    guard let commands = try? Lexer.commands(in: String(line)) else { continue }
    for words in commands {
      let texts = words.map(\.text)
      switch texts[0] {
      case "save", "load", "record", "source", "simulate":
        return false
      case "process" where texts.count > 1 && (texts[1] == "load" || texts[1] == "validate"):
        return false
      case "process"
      where texts.count > 1 && texts[1] == "show"
        && texts.contains(where: { $0 == "--output" || $0 == "svg" }):
        return false
      case "advance" where texts.count > 1 && texts[1] == "to":
        let target = Lexer.Word(joining: words.dropFirst(2)).text
        switch try? DateTimeExpression(parsing: target) {
        case .relative(let span): if span > longest { return false }
        case .absolute(let instant): if instant >= latest { return false }
        case nil: continue
        }
      case "advance" where texts.count > 1 && texts[1] != "next":
        guard let span = try? TimeSpan(parsing: texts[1]) else { continue }
        if span > longest { return false }
      default:
        continue
      }
    }
  }
  return true
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let script = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  guard isAllowed(script) else { return -1 }  // -1: not added to the corpus.
  let output = BufferedOutput()
  let errors = BufferedOutput()
  let shell = Shell(engine: newSession, output: output, errors: errors)
  _ = shell.runScript(script, path: "fuzz.procsh", keepGoing: true)
  return 0
}
