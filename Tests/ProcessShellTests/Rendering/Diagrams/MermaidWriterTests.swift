import Testing

@testable import ProcessShell

/// `process show NAME --format mermaid` (SPEC §12.2): a flowchart that names every block by id
/// and title, labels every exit, and survives being pasted into Markdown whatever the titles
/// say. There is no Mermaid here to render it (no npm), so `MermaidFlowchart` reads it strictly.
@Suite struct MermaidWriterTests {
  static let builtIns = ["order-processing", "call-3-days"]
  static let languages = ["en", "ru"]

  static func flowchart(_ line: String, in session: Transcript = Transcript()) throws
    -> MermaidFlowchart
  {
    try MermaidFlowchart(parsing: session.ok(line))
  }

  static func session(_ language: String) -> Transcript {
    let session = Transcript()
    session.ok("lang \(language)")
    return session
  }

  /// Each block as its file gives it: a node whose label is its id, type and title.
  @Test(arguments: builtIns, languages)
  func everyBlockIsANodeWithItsIdTypeAndTitle(name: String, language: String) throws {
    let file = try BuiltInDefinitionFile(name)
    let chart = try Self.flowchart(
      "process show \(name) --format mermaid", in: Self.session(language))
    let labels = chart.nodes.map(\.label).filter { $0 != "∅" }
    #expect(labels == file.blocks.map { DiagramSamples.label(of: $0, language: language) })
  }

  /// Each exit of the file is an edge from its block to its target (an empty one to a branch
  /// end, `∅`) with its name; a question's options with their kind. The timeout of a wait
  /// without one is never taken, so it is not drawn (SPEC §12.4).
  @Test(arguments: builtIns, languages)
  func everyExitIsAnEdgeWithItsName(name: String, language: String) throws {
    let file = try BuiltInDefinitionFile(name)
    let chart = try Self.flowchart(
      "process show \(name) --format mermaid", in: Self.session(language))
    func block(_ node: String) -> String {
      let label = chart.node(node)!.label
      return label == "∅" ? "∅" : String(label.prefix { $0 != " " })
    }
    let drawn = chart.edges.map { "\(block($0.from)) -[\($0.label)]-> \(block($0.to))" }.sorted()
    let expected = file.blocks.flatMap { source in
      file.drawnExits(of: source).map { exit in
        let label = DiagramSamples.label(of: exit.name, of: source, language: language)
        return "\(source.id) -[\(label)]-> \(exit.target ?? "∅")"
      }
    }.sorted()
    #expect(drawn == expected)
  }

  /// Shapes by block type: a condition a diamond, a question a hexagon, an end a double
  /// circle, the start a stadium, a subprocess a subroutine box.
  @Test func shapesFollowTheBlockType() throws {
    let chart = try Self.flowchart("process show order-processing --format mermaid")
    func shape(_ id: String) -> String? {
      chart.nodes.first { $0.label.hasPrefix("\(id) · ") }?.shape
    }
    #expect(shape("1") == "([")
    #expect(shape("8") == "{{")
    #expect(shape("11") == "{")
    #expect(shape("4") == "(((")
    #expect(shape("20") == "[[")
    #expect(shape("12") == "[")
  }

  /// Every title, id and option key of the nasty definition comes back whole from the strict
  /// reader: nothing in it ended its label early or was read as syntax, in either language.
  @Test(arguments: languages)
  func nastyTitlesCannotBreakOutOfTheirLabels(language: String) throws {
    let folder = try TemporaryDirectory()
    let session = try DiagramSamples.nastySession(in: folder)
    session.ok("lang \(language)")
    let text = session.ok("process show nasty --format mermaid")
    let chart = try MermaidFlowchart(parsing: text)
    let type = DiagramSamples.typeNames[language]!
    #expect(
      chart.nodes.map(\.label).filter { $0 != "∅" }
        == DiagramSamples.nastyBlocks.map { block in
          "\(block.id) · \(type[block.type]!)\n"
            + DiagramSamples.shown(language == "ru" ? block.ru : block.en)
        })
    let russianLabel =
      language == "ru" ? " «\(DiagramSamples.shown(DiagramSamples.nastyTitles[5]))»" : ""
    #expect(
      chart.edges.map(\.label).contains("\(DiagramSamples.nastyOptionKey)\(russianLabel) (+)"))
    // Each statement holds exactly the quotes of its labels: two per node, two per edge.
    for line in text.split(separator: "\n") where line.contains("\"") {
      #expect(line.filter { $0 == "\"" }.count == 2, "\(line)")
    }
  }

  @Test(arguments: [
    ("\"", "#quot;"), ("#", "#35;"), ("<b>", "#60;b#62;"), ("a & b", "a #38; b"),
    ("x | y", "x #124; y"), ("[(a)]{b}", "#91;#40;a#41;#93;#123;b#125;"), ("a;b", "a#59;b"),
    ("50%", "50#37;"), ("`md`", "#96;md#96;"), ("a\\b", "a#92;b"), ("one\ntwo", "one<br>two"),
    ("one\r\ntwo", "one<br>two"), ("tab\there", "tab here"), ("style:#x;", "#115;tyle:#35;x#59;"),
    ("classDef", "#99;lassDef"), ("Заказ оплачен?", "Заказ оплачен?"), ("-->", "--#62;"),
  ])
  func escapesEveryCharacterThatIsSyntax(text: String, escaped: String) {
    #expect(MermaidWriter.escape(text) == escaped)
  }
}
