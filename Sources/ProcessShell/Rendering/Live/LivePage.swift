import ProcessEngine
import Synchronization
import Wording

/// The page `view` serves: the session as it is now, for the projector beside the terminal. The
/// clock and what waits on whom (`status`), the orders, the tasks and the latest events, as those
/// commands print them, and each process as the diagram `process show --format svg` draws, with
/// where its open tasks are; all in the session's language, HTML-escaped and self-contained (no
/// URL outside the page), complete without JavaScript.
///
/// `picture(shell:)` is the report's page with the present on top, so that the live view is the
/// same picture as the report. The live script that follows the updates (`liveScript`) is added
/// by `html(shell:)` whatever the picture is.
///
/// It runs on the shell's side, after every command (`Shell.publishLiveView`): the engine is not
/// shared with the server, which gets the finished text.
enum LivePage {
  /// Orders and tasks beyond this are not listed (a simulation of a million orders would make a
  /// page no browser shows); a line says how many there are and which command lists them.
  static let listLimit = 200
  /// Diagrams per process: one for each of its newest open tasks, with its trail.
  static let diagramsPerProcess = 3
  /// Event lines under "latest events".
  static let latestEvents = 12

  /// The page served at `/`: the picture, with the script that redraws it when the shell says
  /// there is a new one (`/events`).
  static func html(shell: Shell) -> String {
    let page = picture(shell: shell)
    let script = "<script>" + liveScript + "</script>\n"
    guard let head = page.firstRange(of: "</head>") else { return script + page }
    var html = page
    html.insert(contentsOf: script, at: head.lowerBound)
    return html
  }

  /// The session now, as a whole HTML document: the report's page (`report FILE.html`, SPEC
  /// §12.2: "the same picture as the report"), with what waits on whom now and the latest events
  /// above it. Where the report cannot be drawn (Graphviz missing), the live page's own picture,
  /// which shows the diagrams as text instead.
  static func picture(shell: Shell) -> String {
    let language = shell.style.language
    let report = ReportPage(engine: shell.engine, orders: [], language: language) {
      dot throws(ShellError) in Array(try svg(fromDOT: dot).utf8)
    }
    guard var page = try? report.html(), let body = page.firstRange(of: "<body>\n"),
      let head = page.firstRange(of: "</head>")
    else {
      return ownPicture(shell: shell)
    }
    func say(_ phrase: LivePhrase) -> String { language.text(phrase) }
    let now =
      "<section id=\"now\" class=\"live\">\n"
      + section("status", say(.statusHeading), pre(printed("status", by: shell)))
      + section(
        "events", say(.eventsHeading), pre(printed("log --last \(latestEvents)", by: shell)))
      + "</section>\n"
    page.insert(contentsOf: now, at: body.upperBound)
    // An empty inline icon, so that a browser asks for no /favicon.ico.
    page.insert(contentsOf: "<link rel=\"icon\" href=\"data:,\">\n", at: head.lowerBound)
    return page
  }

  /// The live page's own picture: the clock, `status`, `orders`, `tasks`, the latest events and
  /// each process's diagram (as text when Graphviz cannot draw it).
  static func ownPicture(shell: Shell) -> String {
    let engine = shell.engine
    let language = shell.style.language
    func say(_ phrase: LivePhrase, _ values: PhraseValues = [:]) -> String {
      language.text(phrase, values)
    }
    let clock = language.withWeekday(engine.clock)
    var body = "<header><h1>procsh</h1><p class=\"clock\">\(escape(clock))</p></header>\n"
    body += "<main>\n<div class=\"column\">\n"
    body += section("status", say(.statusHeading), pre(printed("status", by: shell)))
    let orders =
      engine.orders.count > listLimit
      ? paragraph(say(.tooManyOrders, ["n": .number(engine.orders.count)]))
      : pre(printed("orders", by: shell))
    body += section("orders", say(.ordersHeading), orders)
    let tasks =
      engine.tasks.count > listLimit
      ? paragraph(say(.tooManyTasks, ["n": .number(engine.tasks.count)]))
      : pre(printed("tasks", by: shell))
    body += section("tasks", say(.tasksHeading), tasks)
    body += section(
      "events", say(.eventsHeading), pre(printed("log --last \(latestEvents)", by: shell)))
    body += "</div>\n<div class=\"column\">\n"
    body += section("processes", say(.processesHeading), diagrams(shell: shell))
    body += "</div>\n</main>\n<footer>\(escape(say(.footer)))</footer>\n"
    return """
      <!DOCTYPE html>
      <html lang="\(language.rawValue)">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <link rel="icon" href="data:,">
      <title>\(escape(say(.pageTitle, ["clock": .text(clock)])))</title>
      <style>\(styleSheet)</style>
      </head>
      <body data-lost="\(escape(say(.connectionLost)))">
      \(body)</body>
      </html>

      """
  }

  /// Each process's diagram: one for each of its newest open tasks, marked with where it is and
  /// has been, or the bare diagram when none runs it.
  private static func diagrams(shell: Shell) -> String {
    let engine = shell.engine
    let language = shell.style.language
    let text = SessionText(engine: engine, style: Style(isColored: false, language: language))
    var html = ""
    let openTasks = engine.tasks.filter(\.isOpen)
    func runs(_ name: String) -> Bool {
      openTasks.contains { engine.definition(of: $0).name == name }
    }
    // The processes tasks run first: what a class is watching is at the top.
    let names = engine.processNames.filter(runs) + engine.processNames.filter { !runs($0) }
    for name in names {
      let open = openTasks.filter { engine.definition(of: $0).name == name }
      let shown = open.suffix(diagramsPerProcess)
      if shown.isEmpty {
        html += diagram(name: name, task: nil, caption: nil, shell: shell)
      }
      for task in shown {
        let caption = language.text(
          LivePhrase.diagramOfTask,
          [
            "name": .text(name), "task": .text("\(task.id)"),
            "subject": .text(text.subjectName(task.subject)),
          ])
        html += diagram(name: name, task: task.id, caption: caption, shell: shell)
      }
      if open.count > shown.count {
        html += paragraph(
          language.text(
            LivePhrase.moreTasks,
            ["n": .number(open.count - shown.count), "name": .text(name)]))
      }
    }
    return html
  }

  /// One diagram as inline SVG; when Graphviz cannot draw it (not installed, say), the table
  /// `process show` prints, under the reason.
  private static func diagram(name: String, task: TaskID?, caption: String?, shell: Shell)
    -> String
  {
    let command = "process show \(Lexer.scriptWord(name))" + (task.map { " --task \($0)" } ?? "")
    var html = "<figure>"
    if let caption { html += "<figcaption>\(escape(caption))</figcaption>" }
    do throws(ShellError) {
      html += try svg(fromDOT: try run(command + " --format dot", by: shell))
    } catch {
      let language = shell.style.language
      let reason = error.message(in: language)
      html += paragraph(language.text(LivePhrase.textInstead, ["reason": .text(reason)]))
      html += pre(printed(command, by: shell))
    }
    return html + "</figure>\n"
  }

  /// Drawings already made, by their DOT: most commands move no token, and `dot` takes a tenth
  /// of a second for `order-processing`, after every command.
  private static let drawings = Mutex<[String: String]>([:])
  private static let drawingsKept = 64

  /// The SVG Graphviz draws from `dot`, without its XML prolog, to sit inside the page.
  private static func svg(fromDOT dot: String) throws(ShellError) -> String {
    if let drawn = drawings.withLock({ $0[dot] }) { return drawn }
    let bytes = try Graphviz.svg(from: dot)
    var svg = String(decoding: bytes, as: UTF8.self)
    if let start = svg.firstRange(of: "<svg") { svg = String(svg[start.lowerBound...]) }
    drawings.withLock { kept in
      if kept.count >= drawingsKept { kept.removeAll() }
      kept[dot] = svg
    }
    return svg
  }

  /// What a query command prints, in plain text (no colour, no terminal width), or the error it
  /// gave.
  private static func printed(_ line: String, by shell: Shell) -> String {
    do throws(ShellError) {
      return try run(line, by: shell)
    } catch {
      return error.message(in: shell.style.language)
    }
  }

  /// Runs a query command on a copy of the session, parsed as typed, and returns its output. A
  /// copy, with its own outputs: nothing reaches the terminal, and the session is not touched.
  private static func run(_ line: String, by shell: Shell) throws(ShellError) -> String {
    let output = BufferedOutput()
    let scratch = Shell(
      engine: shell.engine, output: output, errors: BufferedOutput(),
      style: Style(isColored: false, language: shell.style.language))
    for words in try Lexer.commands(in: line) {
      let (command, _) = try CommandRegistry.parse(words)
      try command.run(
        in: CommandContext(shell: scratch, text: line, location: nil, wantsJSON: false))
    }
    scratch.output.flush()
    return output.text
  }

  private static func section(_ id: String, _ heading: String, _ content: String) -> String {
    "<section id=\"\(id)\"><h2>\(escape(heading))</h2>\n\(content)</section>\n"
  }

  private static func pre(_ text: String) -> String { "<pre>\(escape(text))</pre>\n" }

  private static func paragraph(_ text: String) -> String { "<p>\(escape(text))</p>\n" }

  /// `text` with HTML's special characters written as entities, for element content and
  /// quoted attribute values alike.
  static func escape(_ text: String) -> String {
    var escaped = ""
    escaped.reserveCapacity(text.utf8.count)
    for character in text {
      switch character {
      case "&": escaped += "&amp;"
      case "<": escaped += "&lt;"
      case ">": escaped += "&gt;"
      case "\"": escaped += "&quot;"
      case "'": escaped += "&#39;"
      default: escaped.append(character)
      }
    }
    return escaped
  }

  /// Large type for a projector; tables in a monospace font, as the terminal shows them.
  static let styleSheet = """
    body{font-family:sans-serif;margin:1rem 1.5rem;color:#111;background:#fff}
    header{display:flex;align-items:baseline;gap:1.5rem}
    h1{font-size:1.4rem;margin:0}
    .clock{font-size:1.8rem;font-weight:bold;margin:0}
    h2{font-size:1.1rem;margin:1rem 0 .3rem;border-bottom:1px solid #ccc}
    main{display:grid;grid-template-columns:repeat(auto-fit,minmax(36rem,1fr));gap:1.5rem}
    pre{font-size:.9rem;overflow-x:auto;margin:0;white-space:pre}
    figure{margin:0 0 1rem}
    figcaption{font-weight:bold;margin-bottom:.3rem}
    svg{max-width:100%;height:auto}
    footer{margin-top:1.5rem;color:#666;font-size:.8rem}
    html.lost body::before{content:attr(data-lost);display:block;background:#a00;color:#fff;\
    padding:.4rem .8rem;margin-bottom:.8rem}
    """

  /// Follows the shell: every event on `/events` (one after each command, and one on
  /// connecting) fetches the page again and puts its body in place of this one. One fetch at a
  /// time, so an older page never replaces a newer one. `data-updates` on the root element
  /// counts the pages put in place (the browser check reads it); the class `lost` shows the
  /// body's `data-lost` line while the stream is down.
  static let liveScript = """
    (function () {
      "use strict";
      if (!window.EventSource || !window.fetch || !window.DOMParser) { return; }
      var root = document.documentElement;
      var updates = 0, loading = false, again = false;
      function refresh() {
        if (loading) { again = true; return; }
        loading = true;
        fetch("/", { cache: "no-store" })
          .then(function (response) {
            if (!response.ok) { throw new Error("HTTP " + response.status); }
            return response.text();
          })
          .then(function (text) {
            var next = new DOMParser().parseFromString(text, "text/html");
            document.title = next.title;
            root.lang = next.documentElement.lang;
            document.body.setAttribute("data-lost", next.body.getAttribute("data-lost") || "");
            document.body.innerHTML = next.body.innerHTML;
            updates += 1;
            root.setAttribute("data-updates", String(updates));
          })
          .catch(function () { root.classList.add("lost"); })
          .then(function () {
            loading = false;
            if (again) { again = false; refresh(); }
          });
      }
      var source = new EventSource("/events");
      source.onopen = function () { root.classList.remove("lost"); };
      source.onerror = function () { root.classList.add("lost"); };
      source.onmessage = refresh;
    })();
    """
}
