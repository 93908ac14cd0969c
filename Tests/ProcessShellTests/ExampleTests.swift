import Foundation
import ProcessShell
import Testing
import Wording

/// Every script in examples/ runs as a test: the regression scenarios of SPEC 7.3, the training
/// tour and the support case must pass as shipped.
@Suite struct ExampleTests {
  static let root = "\(#filePath)".components(separatedBy: "/Tests/")[0] + "/examples"

  static let scripts: [String] = {
    guard let names = FileManager.default.enumerator(atPath: root)?.compactMap({ $0 as? String })
    else { return [] }
    return names.filter { $0.hasSuffix(".procsh") }.sorted()
  }()

  @Test func thereAreExamplesForEveryUser() {
    #expect(Self.scripts.contains { $0.hasPrefix("regression/") })
    #expect(Self.scripts.contains { $0.hasPrefix("training/") })
    #expect(Self.scripts.contains { $0.hasPrefix("support/") })
    #expect(Self.scripts.filter { $0.hasPrefix("regression/") }.count >= 8)
  }

  /// Issue 13: the regression suite takes every exit of both built-ins that a token can take
  /// (the one it cannot, block 5's `timeout`, belongs to a wait without a timeout).
  @Test func theRegressionSuiteTakesEveryExitOfTheBuiltInsThatCanBeTaken() throws {
    let scripts = try TestRunner.scripts(in: [Self.root + "/regression"])
    let results = TestRunner.run(scripts, jobs: 2, tracingExits: true)
    let coverage = SuiteCoverage(results.compactMap(\.trace))
    for name in ["order-processing", "call-3-days"] {
      let version = try #require(coverage.versions.first { $0.definition.name == name })
      #expect(version.exitsNeverTaken.isEmpty, "\(coverage.text(in: .english))")
      #expect(version.blocksEntered.count == version.definition.blocks.count)
    }
    let orderProcessing = try #require(
      coverage.versions.first { $0.label == "order-processing v1" })
    let impossible = orderProcessing.impossibleExits.map {
      orderProcessing.definition.blocks[$0.block].id
    }
    #expect(impossible == ["5"])
  }

  /// SPEC §12.1: the same script passes in either language, and leaves the same session.
  @Test(arguments: scripts)
  func exampleScriptPasses(_ name: String) throws {
    let text = try String(contentsOfFile: Self.root + "/" + name, encoding: .utf8)
    var sessions: [[UInt8]] = []
    for language in Language.allCases {
      let output = BufferedOutput()
      let errors = BufferedOutput()
      let shell = Shell(
        output: output, errors: errors, style: Style(isColored: false, language: language))
      #expect(
        shell.runScript(text, path: name, folder: Self.root + "/" + name.split(separator: "/")[0])
          == .success, "\(language): \(errors.text)")
      sessions.append(shell.engine.sessionBytes())
    }
    #expect(sessions.dropFirst().allSatisfy { $0 == sessions[0] }, "the sessions differ")
  }
}
