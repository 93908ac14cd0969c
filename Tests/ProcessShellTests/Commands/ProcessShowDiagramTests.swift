import Foundation
import Testing

@testable import ProcessShell

/// `process show NAME --format … --task N --output FILE` in a session (SPEC §12.2): the marks of
/// a task's trail, writing a file, and what is refused.
@Suite struct ProcessShowDiagramTests {
  /// Order 1 after its manager takes it (SPEC §7): task 1 went 1 → 2 (fork) → 7 (a minute) → 8
  /// (taken) → 10 → 11 (not partially paid) → 12 (in work) → 13 (has a phone) → 20, where it
  /// waits for its call task 2; its fork's other branches wait at 3 (payment) and 5
  /// (cancellation). Task 2 went start → A → B → C, where it asks for the first call.
  static func session() -> Transcript {
    let session = Transcript()
    session.ok("order new; advance 1m; answer task 1 yes")
    return session
  }

  static let taskOne = (
    current: ["3", "5", "20"], visited: ["1", "2", "7", "8", "10", "11", "12", "13"]
  )
  static let taskTwo = (current: ["C"], visited: ["start", "A", "B"])

  /// The block ids of the nodes in each Mermaid class.
  static func mermaidMarks(_ text: String) throws -> [String: [String]] {
    let chart = try MermaidFlowchart(parsing: text)
    return chart.classes.mapValues { ids in
      ids.map { id in String(chart.node(id)!.label.prefix { $0 != " " }) }.sorted()
    }
  }

  /// The block ids of the DOT nodes of each class.
  static func dotMarks(_ text: String) throws -> [String: [String]] {
    let graph = try DotGraph(parsing: text)
    var marks: [String: [String]] = [:]
    for node in graph.nodes {
      guard let mark = node.attributes["class"] else { continue }
      marks[mark, default: []].append(String(node.attributes["label"]!.prefix { $0 != " " }))
    }
    return marks.mapValues { $0.sorted() }
  }

  @Test func theTaskIsMarkedWhereItIsAndWhereItHasBeen() throws {
    let session = Self.session()
    let expected = [
      "current": Self.taskOne.current.sorted(), "visited": Self.taskOne.visited.sorted(),
    ]
    #expect(
      try Self.mermaidMarks(session.ok("process show order-processing --format mermaid --task 1"))
        == expected)
    #expect(
      try Self.dotMarks(session.ok("process show order-processing --format dot --task 1"))
        == expected)
    let child = [
      "current": Self.taskTwo.current.sorted(), "visited": Self.taskTwo.visited.sorted(),
    ]
    #expect(
      try Self.mermaidMarks(session.ok("process show call-3-days --format mermaid --task 2"))
        == child)
    #expect(
      try Self.dotMarks(session.ok("process show call-3-days --format dot --task 2")) == child)
  }

  @Test func withoutATaskNothingIsMarked() throws {
    let session = Self.session()
    #expect(
      try Self.mermaidMarks(session.ok("process show order-processing --format mermaid")) == [:])
    #expect(try Self.dotMarks(session.ok("process show order-processing --format dot")) == [:])
  }

  /// The DOT's heading says what the marks mean, in the session's language.
  @Test func theLegendExplainsTheMarks() throws {
    let session = Self.session()
    let english = try DotGraph(
      parsing: session.ok("process show order-processing --format dot --task 1"))
    #expect(
      english.graphAttributes["label"]
        == "order-processing: Order processing\n"
        + "task 1: a bold red border where it is now, blue where it has been")
    session.ok("lang ru")
    let russian = try DotGraph(
      parsing: session.ok("process show order-processing --format dot --task 1"))
    #expect(
      russian.graphAttributes["label"]?.hasPrefix("order-processing: Обработка заказа\n") == true)
  }

  @Test func aTaskOfAnotherProcessIsRefused() {
    let session = Self.session()
    #expect(
      session.failing("process show order-processing --format mermaid --task 2")
        .contains("task 2 runs call-3-days"))
  }

  @Test func outputWritesTheDiagramAndSaysWhat() throws {
    let folder = try TemporaryDirectory()
    let session = Self.session()
    let printed = session.ok("process show order-processing --format mermaid --task 1")
    let path = folder.path + "/order.mmd"
    let said = session.ok(
      "process show order-processing --format mermaid --task 1 --output \(path)")
    #expect(
      said
        == "\(path): a Mermaid flowchart of order-processing written, \(printed.utf8.count) bytes\n"
    )
    #expect(try folder.read("order.mmd") == printed)
    // A diagram file is simply replaced.
    session.ok("process show call-3-days --format mermaid --output \(path)")
    #expect(try folder.read("order.mmd").contains("A · operation"))
    session.ok("lang ru")
    #expect(
      session.ok("process show call-3-days --format dot --output \(folder.path)/c.dot")
        .hasPrefix("\(folder.path)/c.dot: записано — граф Graphviz DOT процесса call-3-days, "))
  }

  /// The table goes to a file as it prints (without a terminal's colours).
  @Test func outputWritesTheTextToo() throws {
    let folder = try TemporaryDirectory()
    let session = Self.session()
    let printed = session.ok("process show order-processing --task 1")
    #expect(session.ok("process show order-processing --format text --task 1") == printed)
    session.ok("process show order-processing --task 1 --output \(folder.path)/table.txt")
    #expect(try folder.read("table.txt") == printed)
  }

  /// A session or a recorded script is work: a diagram never replaces one.
  @Test func aSessionOrARecordingIsNeverReplaced() throws {
    let folder = try TemporaryDirectory()
    let session = Self.session()
    session.ok("save \(folder.path)/s.json")
    let saved = try folder.read("s.json")
    #expect(
      session.failing("process show order-processing --format dot --output \(folder.path)/s.json")
        == "error: \(folder.path)/s.json is a procsh session; a diagram never replaces one: "
        + "write it to another file\n")
    #expect(try folder.read("s.json") == saved)
  }

  /// A test script or a definition of one's own is work too, though procsh did not write it
  /// (a slip of `--output det.procsh` replaced a QA script); any other file may be replaced.
  @Test func aScriptOrADefinitionOfOnesOwnIsNeverReplaced() throws {
    let folder = try TemporaryDirectory()
    let session = Self.session()
    try folder.write("order new\nexpect order 1 status new\n", to: "check.procsh")
    try folder.write("#!/usr/bin/env procsh\norder new\n", to: "check.txt")
    try folder.write(
      #"{"format": "procsh-process", "version": 1, "name": "mine", "blocks": []}"#, to: "mine.json")
    try folder.write("scribbles\n", to: "notes.txt")
    for name in ["check.procsh", "check.txt", "mine.json"] {
      let before = try folder.read(name)
      #expect(
        session.failing(
          "process show order-processing --format dot --output \(folder.path)/\(name)")
          == "error: \(folder.path)/\(name) is a procsh script or definition; a diagram never "
          + "replaces one: write it to another file\n")
      #expect(try folder.read(name) == before)
    }
    session.ok("process show order-processing --format dot --output \(folder.path)/notes.txt")
    #expect(try folder.read("notes.txt").hasPrefix("digraph"))
  }

  @Test func jsonDoesNotGoWithADiagramOrAFile() {
    let session = Self.session()
    #expect(
      session.failing("process show order-processing --format mermaid --json")
        .hasPrefix("error: --json and --format mermaid contradict each other"))
    #expect(
      session.failing("process show order-processing --output x.txt --json")
        .hasPrefix("error: --json and --output contradict each other"))
    #expect(session.failing("process show order-processing --format png").contains("'png'"))
  }
}
