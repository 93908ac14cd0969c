// libFuzzer target: the command line, read but not run. The input is a script; each of its lines
// goes through the lexer, the completer's reading of a line being typed, and the command
// parser (`CommandRegistry.parse`, which also builds the command from its arguments). The
// script target (Script.swift) runs what this one only reads. Built by scripts/fuzz.sh.
//
// Properties: no crash; a refusal has a message; and a command written back as the journal,
// `record` and `--echo` write it (each word's `display`, joined by spaces) reads again as the
// same words, so a recorded script replays what was typed.

import ProcessEngine

@testable import ProcessShell

/// The completer of a new session: Tab on any line must not crash either.
let completer = Completer(engine: Engine())

/// What a command's words mean: their texts, and whether a `none` is quoted, the one word whose
/// quotes change what it says.
func reading(_ words: [Lexer.Word]) -> [String] {
  words.map { $0.text == "none" && $0.quoted ? "quoted none" : "text " + $0.text }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let script = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  // As `runScript` splits a script: by scalars, so that "\r\n" ends a line.
  for scalars in script.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false) {
    let line = String(scalars)
    _ = Lexer.partialCommand(in: line)
    _ = completer.complete(line)
    let commands: [[Lexer.Word]]
    do throws(ShellError) {
      commands = try Lexer.commands(in: line)
    } catch {
      check(!error.message.isEmpty, "a refusal without a message: \(line.debugDescription)")
      continue
    }
    for words in commands {
      check(!words.isEmpty, "an empty command in \(line.debugDescription)")
      let written = words.map(\.display).joined(separator: " ")
      let again = (try? Lexer.commands(in: written)) ?? []
      check(
        again.count == 1 && reading(again[0]) == reading(words),
        "\(words) is written back as \(written.debugDescription), which reads as \(again)")
      do throws(ShellError) {
        _ = try CommandRegistry.parse(words)
      } catch {
        check(!error.message.isEmpty, "a refusal without a message: \(line.debugDescription)")
      }
    }
  }
  return 0
}
