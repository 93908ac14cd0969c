import Foundation
import JSON
import ProcessEngine
import ProcessShell
import Testing
import Wording

/// `procsh test --coverage`: the blocks entered and the exits taken across a suite, per process
/// version (SPEC §12.5), checked on a definition whose exits are known by construction.
@Suite struct SuiteCoverageTests {
  /// start → question (yes → condition "paid", no → end `refused`); the condition's yes ends
  /// `paid`, its no goes to a wait for payment without a timeout, which ends `paid` when met.
  /// Six blocks; exits: s next, q yes, q no, c yes, c no, w met, and w timeout, which no token
  /// can take.
  static let choice = """
    {"format": "procsh-process", "version": 1, "name": "choice", "object": "order",
     "launch": "disabled", "blocks": [
       {"id": "s", "type": "start", "exits": {"next": "q"}},
       {"id": "q", "type": "question", "key": "go", "text": "Go?",
        "options": [{"key": "yes", "label": "Yes", "kind": "positive"},
                    {"key": "no", "label": "No", "kind": "negative"}],
        "exits": {"yes": "c", "no": "refused"}},
       {"id": "c", "type": "condition", "condition": "paid", "exits": {"yes": "paid", "no": "w"}},
       {"id": "w", "type": "wait", "condition": "paid", "exits": {"met": "paid", "timeout": null}},
       {"id": "paid", "type": "end", "name": "paid", "result": "positive"},
       {"id": "refused", "type": "end", "name": "refused", "result": "negative"}]}
    """

  /// A script that loads `choice`, runs it on a new order and answers `option`, then `rest`.
  static func script(answering option: String, then rest: String = "") -> String {
    "process load choice.json\norder new\nprocess run choice order 1\nanswer task 2 \(option)\n"
      + rest
  }

  func coverage(of scripts: [String: String], files: [String: String] = [:]) throws
    -> SuiteCoverage
  {
    let directory = try TemporaryDirectory()
    try directory.write(Self.choice, to: "choice.json")
    for (name, text) in files { try directory.write(text, to: name) }
    for (name, text) in scripts { try directory.write(text, to: name) }
    let results = TestRunner.run(
      try TestRunner.scripts(in: [directory.path]), jobs: 2, tracingExits: true)
    for result in results { #expect(result.passed, "\(result.path): \(result.failure)") }
    return SuiteCoverage(results.compactMap(\.trace))
  }

  func version(_ name: String, in coverage: SuiteCoverage) throws -> SuiteCoverage.Version {
    try #require(coverage.versions.first { $0.definition.name == name })
  }

  @Test func oneScriptCoversTheExitsItTookAndListsTheRest() throws {
    let coverage = try coverage(of: ["a.procsh": Self.script(answering: "no")])
    let choice = try version("choice", in: coverage)
    #expect(choice.label == "choice v1")
    let text = coverage.text(in: .english)
    #expect(
      text.contains(
        "  choice v1: blocks entered 3 of 6 (50.0%), exits taken 2 of 6 (33.3%)\n"
          + "    exits never taken:\n"
          + "      q yes → c\n      c yes → paid\n      c no → w\n      w met → paid\n"
          + "    exits no token can take (not counted):\n"
          + "      w timeout → (empty)\n"))
  }

  @Test func scriptsAddUpAndTheWholeSuiteCanReachEveryExitThatCanBeTaken() throws {
    let coverage = try coverage(of: [
      "a.procsh": Self.script(answering: "no"),
      "b.procsh": Self.script(answering: "yes", then: "pay order 1\nexpect task 2 end paid\n"),
      "c.procsh": "order new\npay order 1\n" + "process load choice.json\n"
        + "process run choice order 1\nanswer task 2 yes\nexpect task 2 end paid\n",
    ])
    let choice = try version("choice", in: coverage)
    #expect(choice.exitsNeverTaken.isEmpty)
    #expect(choice.blocksEntered.count == 6)
    #expect(
      coverage.text(in: .english).contains(
        "choice v1: blocks entered 6 of 6 (100.0%), exits taken 6 of 6 (100.0%)\n"))
  }

  @Test func exitsTakenBeforeALoadAndAfterAnUndoStillCount() throws {
    // The duplicate is answered in a loaded session, then taken back and answered yes: both
    // exits of block 8 ran, and the start's exit ran before the load.
    let coverage = try coverage(of: [
      "a.procsh": """
      order new
      save s.session.json
      load s.session.json
      advance 1m
      answer task 1 duplicate
      undo
      answer task 1 yes
      expect order 1 status in-work
      """
    ])
    let taken = try version("order-processing", in: coverage).taken.map { place in
      let block = try version("order-processing", in: coverage).definition.blocks[place.block]
      return "\(block.id) \(block.exits[place.port].name)"
    }
    #expect(Set(taken).isSuperset(of: ["1 next", "8 duplicate", "8 yes", "10 next"]))
  }

  @Test func whatProcessTryShowsIsNotCounted() throws {
    let coverage = try coverage(of: [
      "a.procsh": "process load choice.json\norder new\nprocess try choice order 1\n"
    ])
    #expect(try version("choice", in: coverage).taken.isEmpty)
  }

  @Test func twoDefinitionsUnderOneNameAreCountedApart() throws {
    let other = Self.choice.replacingOccurrences(of: "\"Go?\"", with: "\"Go on?\"")
    let coverage = try coverage(
      of: [
        "a.procsh": Self.script(answering: "no"),
        "b.procsh": "process load other.json\norder new\nprocess run choice order 1\n",
      ], files: ["other.json": other])
    #expect(
      coverage.versions.filter { $0.definition.name == "choice" }.map(\.label) == [
        "choice v1", "choice v1 #2",
      ])
  }

  /// Issue 13: an HTML report a script writes under `procsh test --coverage` shows what the
  /// script covered; without coverage it has no such section.
  @Test func aReportWrittenUnderCoverageShowsIt() throws {
    let directory = try TemporaryDirectory()
    try directory.write(Self.choice, to: "choice.json")
    try directory.write(Self.script(answering: "no", then: "report r.html\n"), to: "a.procsh")
    let script = [directory.path + "/a.procsh"]
    let traced = TestRunner.run(script, jobs: 1, tracingExits: true)
    #expect(traced.allSatisfy { $0.passed }, "\(traced.map(\.failure))")
    let page = try directory.read("r.html")
    #expect(page.contains("<section id=\"coverage\">"))
    #expect(page.contains("choice v1: blocks entered 3 of 6 (50.0%), exits taken 2 of 6 (33.3%)"))
    try FileManager.default.removeItem(atPath: directory.path + "/r.html")
    #expect(TestRunner.run(script, jobs: 1).allSatisfy { $0.passed })
    let untraced = try directory.read("r.html")
    #expect(!untraced.contains("id=\"coverage\""))
  }

  @Test func theReportIsInRussianWithTheSessionLanguagesNumbers() throws {
    let coverage = try coverage(of: ["a.procsh": Self.script(answering: "no")])
    let text = coverage.text(in: .russian)
    #expect(text.hasPrefix("покрытие по версиям процессов:\n"))
    #expect(
      text.contains(
        "choice v1: пройдено блоков 3 из 6 (50,0\u{00A0}%), выходов 2 из 6 (33,3\u{00A0}%)"))
  }

  @Test func theJSONFileNamesTheExitsNeverTaken() throws {
    let directory = try TemporaryDirectory()
    try directory.write(Self.choice, to: "choice.json")
    try directory.write(Self.script(answering: "no"), to: "a.procsh")
    let path = directory.path + "/coverage.json"
    let code = TestRunner.main(
      paths: [directory.path + "/a.procsh"], jobs: 1, junitPath: nil, coverageJSONPath: path)
    #expect(code == 0)
    let json = try JSONReader.parse(Array(try directory.read("coverage.json").utf8))
    guard case .object(let root) = json, case .array(let processes)? = root["processes"] else {
      Issue.record("not a coverage file: \(json)")
      return
    }
    #expect(root["format"] == "procsh-coverage")
    let choice = processes.first { value in
      if case .object(let object) = value { return object["name"] == "choice" }
      return false
    }
    guard case .object(let object)? = choice, case .object(let exits)? = object["exits"],
      case .array(let never)? = exits["never-taken"]
    else {
      Issue.record("no exits of choice in \(processes)")
      return
    }
    #expect(exits["possible"] == 6)
    #expect(exits["taken"] == 2)
    #expect(
      never.first == ["block": "q", "exit": "yes", "target": "c"])
    #expect(
      exits["cannot-be-taken"] == [["block": "w", "exit": "timeout", "target": nil]])
  }
}
