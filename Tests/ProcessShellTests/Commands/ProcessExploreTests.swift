import Foundation
import JSON
import ProcessEngine
import ProcessShell
import Testing

/// `process explore NAME`: what a person sees, the scripts it writes (which must pass under
/// `procsh test`, SPEC §12.5) and the session it leaves alone.
@Suite struct ProcessExploreTests {
  @Test func theCallSubProcessHasItsFourEndsAndTheSessionIsUntouched() throws {
    let session = Transcript()
    session.ok("order new")
    let before = session.shell.engine.sessionBytes()
    let text = session.ok("process explore call-3-days")
    // SPEC §7.1: call-3-days ends reached, duplicate, wrong-number or unreachable (after 12
    // calls: four rounds of three, a day between rounds).
    for line in [
      "  ends reached (positive), order new, calls 1–12, messages 0, after 0s to 3d4h",
      "  ends duplicate (negative), order false, calls 1–12, messages 0, after 0s to 3d4h",
      "  ends unreachable (neutral), order new, calls 12, messages 0, after 3d4h to 3d4h",
    ] {
      #expect(text.contains(line + "\n"), "\(text)")
    }
    #expect(text.contains("ends wrong-number (neutral), order new"))
    #expect(text.contains("every block is reached\n"))
    #expect(session.shell.engine.sessionBytes() == before)
  }

  @Test func theScriptsItWritesPassAsATestSuite() throws {
    let folder = try TemporaryDirectory()
    let session = Transcript()
    let text = session.ok("process explore call-3-days --scripts \(folder.path)/explored")
    #expect(text.contains("scripts written to \(folder.path)/explored"))
    let scripts = try TestRunner.scripts(in: [folder.path + "/explored"])
    #expect(scripts.count == 13)
    let results = TestRunner.run(scripts, jobs: 2)
    for result in results { #expect(result.passed, "\(result.path): \(result.failure)") }
    let unreachable = try #require(scripts.first { $0.hasSuffix("unreachable-new.procsh") })
    let lines = try String(contentsOfFile: unreachable, encoding: .utf8)
    #expect(lines.contains("expect task 1 end unreachable\n"))
    #expect(lines.contains("expect order 1 calls 12\n"))
  }

  @Test func aDefinitionThatIsNotBuiltInGoesBesideTheScripts() throws {
    let folder = try TemporaryDirectory()
    try folder.write(
      """
      {"format": "procsh-process", "version": 1, "name": "greeting", "object": "order",
       "launch": "disabled", "blocks": [
         {"id": "s", "type": "start", "exits": {"next": "d"}},
         {"id": "d", "type": "delay", "duration": "1h", "exits": {"next": "e"}},
         {"id": "e", "type": "end", "name": "greeted", "result": "positive"}]}
      """, to: "greeting.json")
    let session = Transcript()
    session.ok("process load \(folder.path)/greeting.json")
    session.ok("process explore greeting --scripts \(folder.path)/out")
    #expect(folder.exists("out/greeting.json"))
    let results = TestRunner.run(try TestRunner.scripts(in: [folder.path + "/out"]), jobs: 1)
    #expect(!results.isEmpty && results.allSatisfy(\.passed), "\(results.map(\.failure))")
  }

  @Test func jsonNamesEachOutcomeAndAnomaly() throws {
    let session = Transcript()
    let text = session.ok("process explore call-3-days --json")
    let json = try JSONReader.parse(Array(text.utf8))
    guard case .object(let root) = json, case .array(let outcomes)? = root["outcomes"],
      case .array(let anomalies)? = root["anomalies"]
    else {
      Issue.record("not an exploration: \(text)")
      return
    }
    #expect(root["process"] == "call-3-days")
    #expect(root["complete"] == true)
    #expect(outcomes.count == 13)
    // A duplicate found in a call marks a paid order false: block E of SPEC §7.1.
    #expect(
      anomalies.contains { value in
        guard case .object(let object) = value else { return false }
        return object["kind"] == "completed-order-changed" && object["block"] == "E"
      })
  }

  @Test func anUnknownProcessIsRefusedWithASuggestion() {
    let session = Transcript()
    #expect(session.run("process explore order-procesing").contains("order-processing"))
    #expect(session.shell.run(line: "process explore order-procesing") == .commandFailed)
  }
}
