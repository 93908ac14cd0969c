import ProcessEngine
import Wording

/// The page `report FILE.html` writes (SPEC §12.2): one self-contained HTML document with the
/// process diagrams and where the orders' tasks are on them, a timeline, the status history and
/// the `why` of each order shown, and the funnel.
///
/// It is built from the session alone, so the same session gives the same bytes: no wall clock,
/// no random ids, nothing fetched (inline CSS and SVG, no script, no URL). A `view` that serves
/// the same picture live calls `body()` for the part inside `<body>` and `styleSheet` for its
/// style, or `html()` for the whole page:
///
///     let page = ReportPage(engine: engine, orders: [], language: .english)
///     let html = try page.html()
public struct ReportPage {
  /// How many orders a page shows when none are asked for: enough for a class, few enough to
  /// read and to draw fast after `simulate 100000 orders`.
  public static let defaultOrderCount = 20

  let engine: Engine
  /// The orders shown, in the order asked (the first `defaultOrderCount` when none was asked).
  public let orders: [OrderID]
  /// Whether `orders` was chosen by the page, not asked for.
  let ordersAreDefault: Bool
  let language: Language
  let style: Style
  /// The blocks entered and exits taken in the session, when it is traced; nil leaves the
  /// section out.
  public var coverage: SuiteCoverage?
  /// Draws a DOT graph as SVG: Graphviz's `dot` (tests may draw without it).
  let draw: (String) throws(ShellError) -> [UInt8]

  /// A page of `orders` (every order up to `defaultOrderCount` when empty; each must exist) in
  /// `language`, its diagrams drawn by Graphviz.
  public init(engine: Engine, orders: [OrderID], language: Language) {
    self.init(engine: engine, orders: orders, language: language) { dot throws(ShellError) in
      try Graphviz.svg(from: dot)
    }
  }

  /// The same, with diagrams drawn by `draw`.
  init(
    engine: Engine, orders: [OrderID], language: Language,
    draw: @escaping (String) throws(ShellError) -> [UInt8]
  ) {
    self.engine = engine
    ordersAreDefault = orders.isEmpty
    var chosen: [OrderID] = []
    if orders.isEmpty {
      chosen = engine.orders.prefix(Self.defaultOrderCount).map(\.id)
    } else {
      // Each order once, in the order first asked.
      for id in orders where !chosen.contains(id) { chosen.append(id) }
    }
    self.orders = chosen
    self.language = language
    style = Style(isColored: false, language: language)
    self.draw = draw
  }

  /// The orders asked for that the session does not have, as an error naming the valid ids.
  public func checkOrders() throws(ShellError) {
    for id in orders where engine.order(id) == nil {
      throw .engine(.unknownOrder(id, count: engine.orders.count))
    }
  }

  /// The whole document.
  public func html() throws(ShellError) -> String {
    let title = Self.escape(say(.title, ["clock": .text("\(engine.clock)")]))
    return """
      <!DOCTYPE html>
      <html lang="\(language.rawValue)">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <title>\(title)</title>
      <style>
      \(Self.styleSheet)</style>
      </head>
      <body>
      \(try body())</body>
      </html>

      """
  }

  /// What goes inside `<body>`: every section, without the document around it.
  public func body() throws(ShellError) -> String {
    try checkOrders()
    var html = "<header>\n<h1>" + Self.escape(say(.title, ["clock": .text("\(engine.clock)")]))
    html += "</h1>\n<p>" + Self.escape(summary()) + "</p>\n<nav>"
    html += "<a href=\"#processes\">\(Self.escape(say(.processes)))</a>"
    for id in orders {
      html +=
        " <a href=\"#order-\(id.rawValue)\">\(Self.escape(say(.order, ["id": .text("\(id)")])))</a>"
    }
    html += " <a href=\"#funnel\">\(Self.escape(say(.funnel)))</a></nav>\n</header>\n"
    let timelines = ReportTimelines(engine: engine, orders: orders, style: style)
    html += try processes(trails: timelines.trails)
    html += "<section id=\"orders\">\n<h2>\(Self.escape(say(.orders)))</h2>\n"
    for id in orders { html += timelines.article(for: id) }
    html += "</section>\n"
    html += funnel()
    if let coverage { html += section(coverage) }
    html += "<footer>" + Self.escape(say(.footer, ["clock": .text("\(engine.clock)")]))
    return html + "</footer>\n"
  }

  private func say(_ phrase: ReportPhrase, _ values: PhraseValues = [:]) -> String {
    language.text(phrase, values)
  }

  private func summary() -> String {
    var text = say(
      .summary,
      [
        "clock": .text("\(engine.clock)"), "n": .number(engine.orders.count),
        "tasks": .number(engine.tasks.count),
      ])
    if engine.orders.isEmpty { return text }
    if ordersAreDefault {
      text +=
        " "
        + (orders.count < engine.orders.count
          ? say(.shownFirst, ["n": .number(orders.count)]) : say(.shownAll))
    } else {
      text +=
        " " + say(.shownChosen, ["list": .text(orders.map { "\($0)" }.joined(separator: ", "))])
    }
    return text
  }

  /// Each process drawn once: every current process, and an older version where a task shown
  /// runs it, with the shown tasks' trails marked together.
  private func processes(trails: [DefinitionID: [TaskTrail]]) throws(ShellError) -> String {
    // The processes the shown tasks run first, in the order of their first task (so the main
    // process comes before its sub-process), then the others in the order they were loaded.
    let first = trails.mapValues { $0.map(\.task.rawValue).min() ?? .max }
    var definitions = Set(trails.keys)
    for name in engine.processNames {
      if let process = engine.currentProcess(named: name) { definitions.insert(process.id) }
    }
    var html = "<section id=\"processes\">\n<h2>\(Self.escape(say(.processes)))</h2>\n"
    html += "<p class=\"legend\"><span class=\"key current\"></span><span class=\"key visited\">"
    html += "</span>\(Self.escape(say(.legend)))</p>\n"
    let ordered = definitions.sorted {
      (first[$0] ?? .max, $0.rawValue) < (first[$1] ?? .max, $1.rawValue)
    }
    for id in ordered {
      let definition = engine.process(id).definition
      let diagram = Diagram(definition, language: language, trails: trails[id] ?? [])
      let svg = String(
        decoding: try draw(DotWriter.write(diagram, language: language)), as: UTF8.self)
      html += "<figure class=\"diagram\" id=\"process-\(Self.escape(definition.name))\">"
      html += Self.inline(svg) + "</figure>\n"
    }
    return html + "</section>\n"
  }

  /// What the session's tokens took of each process (`procsh test --coverage`, issue 13): shown
  /// when the session is traced, as a script run by `procsh test --coverage` is.
  private func section(_ coverage: SuiteCoverage) -> String {
    "<section id=\"coverage\">\n<h2>\(Self.escape(say(.coverage)))</h2>\n<pre>"
      + Self.escape(coverage.text(in: language)) + "</pre>\n</section>\n"
  }

  private func funnel() -> String {
    let statistics = Statistics(engine: engine)
    var html = "<section id=\"funnel\">\n<h2>\(Self.escape(say(.funnel)))</h2>\n<pre>"
    html += Self.escape(
      style.text(
        StatsPhrase.heading, ["clock": .text("\(engine.clock)"), "n": .number(statistics.orders)]))
    for line in SessionText(engine: engine, style: style).statistics(statistics) {
      html += "\n" + Self.escape(line)
    }
    return html + "</pre>\n</section>\n"
  }

  /// Graphviz's SVG as an element of the page: without its XML declaration, DOCTYPE and
  /// comments (which name the DTD's and Graphviz's web addresses and its version) and without
  /// its namespace attributes, which HTML gives an inline `<svg>` by itself. So the page holds
  /// no URL at all.
  static func inline(_ svg: String) -> String {
    guard let start = svg.firstRange(of: "<svg") else { return "" }
    var text = String(svg[start.lowerBound...])
    for attribute in [
      " xmlns=\"http://www.w3.org/2000/svg\"", " xmlns:xlink=\"http://www.w3.org/1999/xlink\"",
    ] {
      if let range = text.firstRange(of: attribute) { text.removeSubrange(range) }
    }
    var result = ""
    result.reserveCapacity(text.utf8.count)
    var rest = text[...]
    while let open = rest.firstRange(of: "<!--") {
      result += rest[..<open.lowerBound]
      guard let close = rest[open.upperBound...].firstRange(of: "-->") else {
        rest = rest[rest.endIndex...]
        break
      }
      rest = rest[close.upperBound...]
    }
    result += rest
    return result
  }

  /// Text as HTML: `&`, `<`, `>`, `"` and `'` as entities, so a name or a title is read as text
  /// in an element and in a quoted attribute alike; control characters, which HTML does not
  /// allow, as `^[` the way the terminal shows them.
  public static func escape(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&#39;"
      case "\n", "\t": result.unicodeScalars.append(scalar)
      default:
        if scalar.value < 0x20 {
          result += "^" + String(Unicode.Scalar(UInt8(scalar.value + 0x40)))
        } else if scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value) {
          result += "^?"
        } else {
          result.unicodeScalars.append(scalar)
        }
      }
    }
    return result
  }
}
