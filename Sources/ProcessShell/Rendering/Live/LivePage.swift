import ProcessEngine
import Synchronization
import Wording

/// The page `view` serves: the session as it is now, for the projector beside the terminal. It is
/// the report's page (`ReportPage`, SPEC §12.2: "the same picture as the report") with the present
/// above it: what waits on whom (`status`) and the latest events, as those commands print them.
/// Where Graphviz cannot draw the report's diagrams (not installed), the page says why and shows
/// the orders, the tasks and each process as tables instead. All in the session's language,
/// HTML-escaped and self-contained, complete without JavaScript; `html(shell:)` adds the script
/// that follows the updates (`liveScript`).
///
/// It runs on the shell's side, after every command (`Shell.publishLiveView`): the engine is not
/// shared with the server, which gets the finished text.
enum LivePage {
  /// Orders and tasks beyond this are not listed in the text picture (a simulation of a million
  /// orders would make a page no browser shows); a line says how many there are and which
  /// command lists them.
  static let listLimit = 200
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

  /// The session now, as a whole HTML document, its diagrams drawn by `draw` (Graphviz, each
  /// drawing kept: most commands move no token).
  static func picture(
    shell: Shell,
    draw: @escaping (String) throws(ShellError) -> [UInt8] = { dot throws(ShellError) in
      try drawing(of: dot)
    }
  ) -> String {
    let language = shell.style.language
    let report = ReportPage(engine: shell.engine, orders: [], language: language, draw: draw)
    let page: String
    do throws(ShellError) {
      page = try report.html()
    } catch {
      return textPicture(shell: shell, reason: error.message(in: language))
    }
    guard let body = page.firstRange(of: "<body>\n"), let head = page.firstRange(of: "</head>")
    else { return page }
    var live = page
    live.replaceSubrange(
      body,
      with: "<body data-lost=\"\(escape(language.text(LivePhrase.connectionLost)))\">\n"
        + present(shell: shell))
    live.insert(contentsOf: liveHead, at: head.lowerBound)
    return live
  }

  /// What waits on whom, and the latest events.
  private static func present(shell: Shell) -> String {
    let language = shell.style.language
    return section(
      "status", language.text(LivePhrase.statusHeading), pre(printed("status", by: shell)))
      + section(
        "events", language.text(LivePhrase.eventsHeading),
        pre(printed("log --last \(latestEvents)", by: shell)))
  }

  /// Without Graphviz: the present, the orders and the tasks, and each process as the table
  /// `process show` prints, under the reason there is no picture.
  static func textPicture(shell: Shell, reason: String) -> String {
    let engine = shell.engine
    let language = shell.style.language
    func say(_ phrase: LivePhrase, _ values: PhraseValues = [:]) -> String {
      language.text(phrase, values)
    }
    let clock = language.withWeekday(engine.clock)
    var body = "<header><h1>procsh</h1><p class=\"clock\">\(escape(clock))</p></header>\n"
    body += present(shell: shell)
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
    var processes = paragraph(say(.textInstead, ["reason": .text(reason)]))
    for name in engine.processNames {
      processes += pre(printed("process show \(Lexer.scriptWord(name))", by: shell))
    }
    body += section("processes", say(.processesHeading), processes)
    body += "<footer>\(escape(say(.footer)))</footer>\n"
    return """
      <!DOCTYPE html>
      <html lang="\(language.rawValue)">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <title>\(escape(say(.pageTitle, ["clock": .text(clock)])))</title>
      <style>\(styleSheet)</style>
      \(liveHead)</head>
      <body data-lost="\(escape(say(.connectionLost)))">
      \(body)</body>
      </html>

      """
  }

  /// Drawings already made, by their DOT: `dot` takes a tenth of a second for
  /// `order-processing`, and most commands move no token.
  private static let drawings = Mutex<[String: [UInt8]]>([:])
  private static let drawingsKept = 64

  /// Graphviz's SVG of `dot`, drawn once.
  private static func drawing(of dot: String) throws(ShellError) -> [UInt8] {
    if let drawn = drawings.withLock({ $0[dot] }) { return drawn }
    let svg = try Graphviz.svg(from: dot)
    drawings.withLock { kept in
      if kept.count >= drawingsKept { kept.removeAll() }
      kept[dot] = svg
    }
    return svg
  }

  /// What a query command prints, in plain text (no colour, no terminal width), or the error it
  /// gave. It runs on a copy of the session, parsed as typed, with its own outputs: nothing
  /// reaches the terminal, and the session is not touched.
  private static func printed(_ line: String, by shell: Shell) -> String {
    let output = BufferedOutput()
    let scratch = Shell(
      engine: shell.engine, output: output, errors: BufferedOutput(),
      style: Style(isColored: false, language: shell.style.language))
    do throws(ShellError) {
      for words in try Lexer.commands(in: line) {
        let (command, _) = try CommandRegistry.parse(words)
        try command.run(
          in: CommandContext(shell: scratch, text: line, location: nil, wantsJSON: false))
      }
    } catch {
      return error.message(in: shell.style.language)
    }
    scratch.output.flush()
    return output.text
  }

  private static func section(_ id: String, _ heading: String, _ content: String) -> String {
    "<section id=\"\(id)\"><h2>\(escape(heading))</h2>\n\(content)</section>\n"
  }

  private static func pre(_ text: String) -> String { "<pre>\(escape(text))</pre>\n" }

  private static func paragraph(_ text: String) -> String { "<p>\(escape(text))</p>\n" }

  private static func escape(_ text: String) -> String { ReportPage.escape(text) }

  /// What the live page adds to a head: an empty inline icon (so that a browser asks for no
  /// /favicon.ico) and the line that shows while the stream is down.
  static let liveHead = """
    <link rel="icon" href="data:,">
    <style>html.lost body::before{content:attr(data-lost);display:block;background:#a00;\
    color:#fff;padding:.4rem .8rem;margin-bottom:.8rem}</style>

    """

  /// The text picture's style: large type for a projector, tables in a monospace font, as the
  /// terminal shows them.
  static let styleSheet = """
    body{font-family:sans-serif;margin:1rem 1.5rem;color:#111;background:#fff}
    header{display:flex;align-items:baseline;gap:1.5rem}
    h1{font-size:1.4rem;margin:0}
    .clock{font-size:1.8rem;font-weight:bold;margin:0}
    h2{font-size:1.1rem;margin:1rem 0 .3rem;border-bottom:1px solid #ccc}
    pre{font-size:.9rem;overflow-x:auto;margin:0;white-space:pre}
    footer{margin-top:1.5rem;color:#666;font-size:.8rem}
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
