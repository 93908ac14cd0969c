import ProcessEngine
import Testing

@testable import ProcessShell

/// Process definition files (SPEC §9, docs/process-format.md): read, and checked against the
/// processes the session has loaded; every problem named by its JSON path and block id.
@Suite struct DefinitionFileTests {
  static let processes = ExampleTests.root + "/processes"

  /// The built-ins are shipped as these files and compiled into procsh from them; the two must
  /// not drift apart.
  @Test(arguments: ["order-processing", "call-3-days"])
  func aBuiltInFileReadsAsTheBuiltInProcess(name: String) throws {
    let engine = Engine()
    let (definition, _) = try DefinitionFile.read(
      Self.processes + "/\(name).json", against: engine)
    #expect(definition.name == name)
    #expect(definition == engine.currentProcess(named: name)?.definition)
  }

  /// Empty exits work, so they are warnings ("show empty outputs"), with the definition usable.
  @Test func theWarningsOfAValidFileComeWithIt() throws {
    let (definition, warnings) = try DefinitionFile.read(
      Self.processes + "/order-processing.json", against: Engine())
    #expect(definition.blocks.count == 33)
    #expect(
      warnings.map(\.description) == [
        "blocks[2].exits.timeout (block 3): the exit 'timeout' is empty: a token that takes it ends there"
      ])
    #expect(warnings.allSatisfy { $0.severity == .warning })
    let (_, none) = try DefinitionFile.read(
      Self.processes + "/call-3-days.json", against: Engine(empty: .sessionStart))
    #expect(none == [])
  }

  /// `order-processing` runs `call-3-days`: in a session without it, the file is refused at
  /// the block that names it.
  @Test func aSubprocessNamingAProcessTheSessionHasNotLoadedIsRefused() {
    let path = Self.processes + "/order-processing.json"
    #expect(
      throws: ShellError.definition(
        path: path,
        problems: [
          DefinitionProblem(
            .error, path: "blocks[22].process", block: "20", .noSubprocess("call-3-days")),
          DefinitionProblem(
            .warning, path: "blocks[2].exits.timeout", block: "3", .emptyExit("timeout")),
        ])
    ) {
      try DefinitionFile.read(path, against: Engine(empty: .sessionStart))
    }
  }

  /// Every problem at once, errors before warnings, each with its JSON path and block id.
  @Test func everyProblemOfABrokenFileIsReportedWithItsPlace() throws {
    let directory = try TemporaryDirectory()
    try directory.write(
      """
      {"format": "procsh-process", "version": 1, "name": "broken", "object": "order",
       "launch": "disabled",
       "blocks": [
        {"id": "s", "type": "start", "exits": {"next": "a"}},
        {"id": "a", "type": "condition", "condition": "paid", "exits": {"yes": "b", "no": "end"}},
        {"id": "b", "type": "operation", "do": "set-status", "status": "in-work",
         "exits": {"next": "a"}},
        {"id": "e", "type": "end", "name": "done", "result": "positive"},
        {"id": "w", "type": "wait", "condition": "paid", "exits": {"met": "e", "timeout": null}},
        {"id": "s2", "type": "start", "exits": {"next": "w"}}
       ]}
      """, to: "broken.json")
    let path = directory.path + "/broken.json"
    let problems = try Self.problems(reading: path)
    #expect(problems.map(\.severity) == [.error, .error, .error, .error, .error, .error])
    #expect(
      Set(problems.map(\.description)) == [
        "blocks[5].type (block s2): a second start block (the first is block s); a process has one",
        "blocks[1].exits.no (block a): leads to block 'end', which does not exist",
        "blocks[3] (block e): block e cannot be reached from the start block",
        "blocks[4] (block w): block w cannot be reached from the start block",
        "blocks[5] (block s2): block s2 cannot be reached from the start block",
        "blocks[1] (block a): an instant cycle a → b → a: nothing on it waits, so a token would loop forever; put a delay, wait, question or subprocess on it",
      ])
  }

  /// Values that cannot be read are reported together too, with the wiring around them.
  @Test func everyValueThatCannotBeReadIsReportedWithItsPlace() throws {
    let directory = try TemporaryDirectory()
    try directory.write(
      """
      {"format": "procsh-process", "version": 1, "name": "undecodable", "object": "order",
       "launch": "disabled",
       "blocks": [
        {"id": "s", "type": "start", "exits": {"next": "d"}},
        {"id": "d", "type": "sleep", "duration": "1m", "exits": {"next": "e"}},
        {"id": "e", "type": "end", "name": "done", "result": "positiv"}
       ]}
      """, to: "undecodable.json")
    let path = directory.path + "/undecodable.json"
    #expect(
      try Self.problems(reading: path).map(\.description) == [
        "blocks[1].type (block d): unknown block type 'sleep'; expected one of start, fork, condition, wait, delay, question, operation, subprocess, end",
        "blocks[2].result (block e): unknown result 'positiv'; expected 'positive', 'neutral' or 'negative'",
      ])
  }

  /// What the user reads: the file, how many errors, then one line per problem.
  @Test func aFileThatIsNotJSONSaysWhereItStopsMakingSense() throws {
    let directory = try TemporaryDirectory()
    try directory.write("{\"format\": \"procsh-process\", \"version\": 1,", to: "cut.json")
    let path = directory.path + "/cut.json"
    do {
      _ = try DefinitionFile.read(path, against: Engine())
      Issue.record("a cut file was read")
    } catch {
      #expect(
        error.message == """
          \(path): 1 error in the process definition:
            error: not valid JSON: line 1, column 43: expected a string
          """)
    }
  }

  @Test func aMissingFileIsAFileError() throws {
    let directory = try TemporaryDirectory()
    let path = directory.path + "/nothing.json"
    #expect(throws: ShellError.file(path: path, .missing)) {
      try DefinitionFile.read(path, against: Engine())
    }
  }

  static func problems(reading path: String) throws -> [DefinitionProblem] {
    do {
      _ = try DefinitionFile.read(path, against: Engine())
    } catch {
      guard case .definition(let reported, let problems) = error else {
        Issue.record("not a definition error: \(error.message)")
        return []
      }
      #expect(reported == path)
      return problems
    }
    Issue.record("\(path) was read without errors")
    return []
  }
}
