import Foundation
import ProcessEngine
import ProcessShell
import Testing

/// Sessions saved by the first build of format version 1 (Golden/v1/README.md): every later build
/// must load them, write them back to the same bytes, and continue them exactly as that build did.
/// They are what users' saved files look like; never rewrite them.
@Suite struct GoldenSessionTests {
  static let folder =
    "\(#filePath)".components(separatedBy: "/Tests/")[0]
    + "/Tests/ProcessShellTests/Session/Golden/v1/"

  static let scenarios = ["orders", "simulated", "fresh"]

  func bytes(_ name: String) throws -> [UInt8] {
    Array(try Data(contentsOf: URL(fileURLWithPath: Self.folder + name)))
  }

  func text(_ name: String) throws -> String {
    try String(contentsOfFile: Self.folder + name, encoding: .utf8)
  }

  /// The golden session, loaded the way `procsh --load` loads it.
  func load(_ scenario: String) throws -> Engine {
    do throws(ShellError) {
      return try Shell.readSession(path: Self.folder + scenario + ".session.json").engine
    } catch {
      Issue.record("\(scenario).session.json: \(error.message)")
      throw error
    }
  }

  @Test(arguments: scenarios)
  func aGoldenSessionWritesBackToItsOwnBytes(_ scenario: String) throws {
    let engine = try load(scenario)
    let golden = try bytes(scenario + ".session.json")
    let written = engine.sessionBytes()
    guard written != golden else { return }
    let diff = lineDiff(
      expected: String(decoding: golden, as: UTF8.self),
      actual: String(decoding: written, as: UTF8.self))
    Issue.record("\(scenario).session.json written again differs\n\(diff)")
  }

  /// `procsh --echo --load NAME.session.json NAME.after.procsh > NAME.after.txt 2>&1`, in the
  /// golden folder: the continuation prints exactly what the first version-1 build printed.
  @Test(arguments: scenarios)
  func aGoldenSessionContinuesAsItDid(_ scenario: String) throws {
    let output = BufferedOutput()
    let errors = BufferedOutput()
    let shell = Shell(engine: try load(scenario), output: output, errors: errors)
    shell.echoCommands = true
    let script = scenario + ".after.procsh"
    // The script runs in the golden folder under its own name, as the command line ran it.
    let outcome = shell.runScript(try text(script), path: script)
    #expect(outcome == .success)
    // The transcript was taken with 2>&1; none of these scripts writes to standard error, so
    // standard output alone must be the whole transcript.
    #expect(errors.text == "", "\(script) wrote to standard error")
    let expected = try text(scenario + ".after.txt")
    if output.text != expected {
      let diff = lineDiff(expected: expected, actual: output.text)
      Issue.record("\(script) on \(scenario).session.json printed something else\n\(diff)")
    }

    // What the continuation leaves reads back to the same bytes.
    let saved = shell.engine.sessionBytes()
    let reloaded = try Engine(sessionBytes: saved)
    #expect(identical(reloaded.sessionBytes(), saved), "the continued \(scenario) session")
  }

  /// The first lines where `actual` departs from `expected`, with a little context.
  func lineDiff(expected: String, actual: String) -> String {
    let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let new = actual.split(separator: "\n", omittingEmptySubsequences: false)
    let differing = zip(old, new).enumerated().first { $0.element.0 != $0.element.1 }?.offset
    guard let first = differing ?? (old.count == new.count ? nil : min(old.count, new.count)) else {
      return "(the same lines)"
    }
    var report = ["first difference at line \(first + 1) (- expected, + actual):"]
    for line in old[max(0, first - 2)..<first] { report.append("  \(line.prefix(200))") }
    for line in old[first..<min(old.count, first + 6)] { report.append("- \(line.prefix(200))") }
    for line in new[first..<min(new.count, first + 6)] { report.append("+ \(line.prefix(200))") }
    report.append("(\(old.count) lines expected, \(new.count) printed)")
    return report.joined(separator: "\n")
  }
}
