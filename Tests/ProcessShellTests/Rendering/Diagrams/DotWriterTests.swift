import Testing

@testable import ProcessShell

/// `process show NAME --format dot|svg` (SPEC §12.2): Graphviz DOT that names every block by id
/// and title and labels every exit, read back by a strict reader and, where Graphviz is
/// installed, drawn by it.
@Suite struct DotWriterTests {
  static let builtIns = ["order-processing", "call-3-days"]
  static let languages = ["en", "ru"]
  static let hasGraphviz = ChildProcess.find("dot", searchPath: environment("PATH")) != nil
  /// Why the Graphviz tests are skipped where it is missing.
  static let noGraphviz: Comment =
    "Graphviz's dot is not on PATH (scripts/setup.sh installs the Debian package graphviz)"

  static func session(_ language: String) -> Transcript {
    let session = Transcript()
    session.ok("lang \(language)")
    return session
  }

  @Test(arguments: builtIns, languages)
  func everyBlockIsANodeWithItsIdTypeAndTitle(name: String, language: String) throws {
    let file = try BuiltInDefinitionFile(name)
    let graph = try DotGraph(
      parsing: Self.session(language).ok("process show \(name) --format dot"))
    #expect(graph.name == name)
    let labels = graph.nodes.compactMap { $0.attributes["label"] }.filter { !$0.isEmpty }
    #expect(labels == file.blocks.map { DiagramSamples.label(of: $0, language: language) })
  }

  @Test(arguments: builtIns, languages)
  func everyExitIsAnEdgeWithItsName(name: String, language: String) throws {
    let file = try BuiltInDefinitionFile(name)
    let graph = try DotGraph(
      parsing: Self.session(language).ok("process show \(name) --format dot"))
    func block(_ node: String) -> String {
      let label = graph.node(node)!["label"]!
      return label.isEmpty ? "∅" : String(label.prefix { $0 != " " })
    }
    let drawn = graph.edges.map {
      "\(block($0.from)) -[\($0.attributes["label"]!)]-> \(block($0.to))"
    }
    .sorted()
    let expected = file.blocks.flatMap { source in
      file.drawnExits(of: source).map { exit in
        let label = DiagramSamples.label(of: exit.name, of: source, language: language)
        return "\(source.id) -[\(label)]-> \(exit.target ?? "∅")"
      }
    }.sorted()
    #expect(drawn == expected)
  }

  @Test func shapesFollowTheBlockType() throws {
    let graph = try DotGraph(parsing: Transcript().ok("process show order-processing --format dot"))
    func shape(_ id: String) -> String? {
      graph.nodes.first { $0.attributes["label"]?.hasPrefix("\(id) · ") == true }?.attributes[
        "shape"]
    }
    #expect(shape("2") == "trapezium")
    #expect(shape("8") == "hexagon")
    #expect(shape("11") == "diamond")
    #expect(shape("4") == "box")
    #expect(
      graph.nodes.first { $0.attributes["label"]?.hasPrefix("4 · ") == true }?.attributes[
        "peripheries"] == "2")
  }

  @Test(arguments: languages)
  func nastyTitlesCannotBreakOutOfTheirStrings(language: String) throws {
    let folder = try TemporaryDirectory()
    let session = try DiagramSamples.nastySession(in: folder)
    session.ok("lang \(language)")
    let graph = try DotGraph(parsing: session.ok("process show nasty --format dot"))
    let type = DiagramSamples.typeNames[language]!
    #expect(
      graph.nodes.compactMap { $0.attributes["label"] }.filter { !$0.isEmpty }
        == DiagramSamples.nastyBlocks.map { block in
          "\(block.id) · \(type[block.type]!)\n"
            + DiagramSamples.shown(language == "ru" ? block.ru : block.en)
        })
  }

  @Test(arguments: [
    ("plain", "\"plain\""), ("say \"hi\"", "\"say \\\"hi\\\"\""), ("a\\b", "\"a\\\\b\""),
    ("\\N \\l", "\"\\\\N \\\\l\""), ("ends\\", "\"ends\\\\\""), ("one\ntwo", "\"one\\ntwo\""),
    ("one\r\ntwo", "\"one\\ntwo\""), ("tab\there", "\"tab here\""), ("{a|<b>}", "\"{a|<b>}\""),
    ("a & b &amp;", "\"a &amp; b &amp;amp;\""),
    ("Заказ", "\"Заказ\""),
  ])
  func quotesEveryString(text: String, quoted: String) {
    #expect(DotWriter.quote(text) == quoted)
  }

  /// Graphviz draws both built-ins, in both languages, and every block's id is in the picture.
  @Test(
    .enabled(if: hasGraphviz, noGraphviz),
    arguments: builtIns, languages)
  func graphvizDrawsEveryBlock(name: String, language: String) throws {
    let file = try BuiltInDefinitionFile(name)
    let svg = Self.session(language).ok("process show \(name) --format svg")
    #expect(svg.hasPrefix("<?xml"))
    #expect(svg.hasSuffix("</svg>\n"))
    let texts = Self.texts(inSVG: svg)
    for block in file.blocks {
      let type = DiagramSamples.typeNames[language]![block.type]!
      #expect(texts.contains("\(block.id) · \(type)"), "block \(block.id)")
    }
  }

  /// What Graphviz made of the nasty titles: each line of each title is one line of text in the
  /// SVG, exactly: nothing was cut, and no escape (`\N`, `\l`) was acted on.
  @Test(
    .enabled(if: hasGraphviz, noGraphviz),
    arguments: languages)
  func graphvizDrawsNastyTitlesAsWritten(language: String) throws {
    let folder = try TemporaryDirectory()
    let session = try DiagramSamples.nastySession(in: folder)
    session.ok("lang \(language)")
    let texts = Self.texts(inSVG: session.ok("process show nasty --format svg"))
    for block in DiagramSamples.nastyBlocks {
      let title = DiagramSamples.shown(language == "ru" ? block.ru : block.en)
      for line in title.split(separator: "\n") {
        #expect(texts.contains(String(line)), "\(line) in \(texts)")
      }
      #expect(texts.contains { $0.hasPrefix("\(block.id) · ") }, "\(block.id)")
    }
  }

  /// The text of every `<text>` element of an SVG Graphviz drew, its XML entities decoded.
  static func texts(inSVG svg: String) -> [String] {
    svg.matches(of: /<text[^>]*>([^<]*)<\/text>/).map { match in
      var text = ""
      var rest = match.1[...]
      while let first = rest.first {
        if first == "&", let entity = rest.prefixMatch(of: /&(#[0-9]+|[a-z]+);/) {
          let name = String(entity.1)
          let named = ["lt": "<", "gt": ">", "amp": "&", "quot": "\"", "apos": "'", "nbsp": " "]
          if name.hasPrefix("#"), let code = UInt32(name.dropFirst()),
            let scalar = Unicode.Scalar(code)
          {
            text.unicodeScalars.append(scalar)
          } else {
            text += named[name] ?? "&\(name);"
          }
          rest = rest[entity.range.upperBound...]
        } else {
          text.append(first)
          rest = rest.dropFirst()
        }
      }
      return text
    }
  }
}
