import ProcessEngine
import Testing
import Wording

@testable import ProcessShell

/// Issue 10: the page `view` serves, and `view` in a shell that has no server to start.
@Suite struct LivePageTests {
  static func shell(_ lines: String...) -> Shell {
    let shell = Shell(output: BufferedOutput(), errors: BufferedOutput())
    for line in lines { shell.run(line: line) }
    return shell
  }

  @Test func thePageShowsTheClockTheOrdersAndTheTasks() {
    let page = LivePage.html(shell: Self.shell("order new", "advance 1m"))
    #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
    #expect(page.contains("2026-01-05 09:01 (Mon)"))
    #expect(page.contains("Customer 1"))
    #expect(page.contains("order-processing"))
    #expect(page.contains("Take the order?"))
    // The live script sits in the head, so it survives the body being replaced.
    #expect(page.contains("<script>(function () {"))
    #expect(
      page.firstRange(of: "new EventSource(\"/events\")")!.lowerBound
        < page.firstRange(of: "</head>")!.lowerBound)
  }

  /// Self-contained: nothing is loaded from anywhere (SVG's namespace names are not loaded).
  @Test func thePageLoadsNothingFromOutside() {
    let page = LivePage.html(shell: Self.shell("order new"))
    // The icon is empty and inline, so that a browser asks for no /favicon.ico.
    #expect(page.contains("<link rel=\"icon\" href=\"data:,\">"))
    let namespaces = [
      "xmlns=\"http://www.w3.org/2000/svg\"", "xmlns:xlink=\"http://www.w3.org/1999/xlink\"",
    ]
    let rest = namespaces.reduce(page) { $0.replacingAll($1, with: "") }
    #expect(!rest.contains("http:") && !rest.contains("https:") && !rest.contains("//"))
    #expect(!page.contains("src=") && !page.contains("url("))
  }

  @Test func thePageIsInTheSessionsLanguage() {
    let page = LivePage.html(shell: Self.shell("lang ru", "order new"))
    #expect(page.contains("<html lang=\"ru\">"))
    #expect(page.contains("Заказы"))
    #expect(page.contains("Новый"))
  }

  /// What a person typed reaches the page escaped: a customer's name cannot add markup.
  @Test func whatWasTypedIsEscaped() {
    let page = LivePage.html(
      shell: Self.shell("order new", "set user 1 name \"<script>alert(1)</script> & co\""))
    #expect(!page.contains("<script>alert"))
    #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; co"))
  }

  /// SPEC §12.2: the same picture as the report, with the present above it and the line shown
  /// when the stream is down.
  @Test func thePageIsTheReportWithThePresentOnTop() {
    let page = LivePage.picture(shell: Self.shell("order new", "advance 1m")) { _ in
      Array("<svg><text>drawn</text></svg>".utf8)
    }
    #expect(page.contains("<section id=\"funnel\">"))
    #expect(page.contains("<svg><text>drawn</text></svg>"))
    let status = page.firstRange(of: "<section id=\"status\">")
    let report = page.firstRange(of: "<section id=\"funnel\">")
    #expect(status != nil && status!.lowerBound < report!.lowerBound)
    #expect(page.contains("<body data-lost=\"procsh has stopped or the connection is lost"))
    #expect(page.contains("html.lost body::before"))
  }

  /// Without Graphviz the page says why and shows tables: the orders, and each process as
  /// `process show` prints it.
  @Test func withoutGraphvizThePageShowsTablesUnderTheReason() {
    let page = LivePage.picture(shell: Self.shell("order new")) { _ throws(ShellError) in
      throw .graphviz(.notInstalled(package: Graphviz.package))
    }
    #expect(!page.contains("<svg"))
    #expect(page.contains("no picture: "))
    #expect(page.contains(Graphviz.package))
    #expect(page.contains("Customer 1"))
    #expect(page.contains("Take the order?"))
    #expect(page.contains("<body data-lost="))
  }

  @Test func viewIsRefusedWithoutAServer() {
    let errors = BufferedOutput()
    let shell = Shell(output: BufferedOutput(), errors: errors)
    #expect(shell.run(line: "view") == .commandFailed)
    #expect(
      errors.text
        == "error: the live view is not available here: this shell was started without its server\n"
    )
    errors.clear()
    #expect(shell.run(line: "view stop") == .commandFailed)
    #expect(errors.text == "error: the live view is not running; 'view' starts it\n")
  }

  @Test func viewTakesAPortUpTo65535() {
    let errors = BufferedOutput()
    let shell = Shell(output: BufferedOutput(), errors: errors)
    #expect(shell.run(line: "view --port 70000") == .commandFailed)
    #expect(errors.text.contains("'70000' is not a port number (0–65,535)"))
  }

  /// A server that records what it is handed, to see when the shell publishes.
  final class RecordingServer: LivePageServer, @unchecked Sendable {
    let port: Int
    var pages: [String] = []
    var stopped = false
    init(port: Int, page: String) {
      self.port = port
      pages = [page]
    }
    func publish(_ page: String) { pages.append(page) }
    func stop() { stopped = true }
  }

  @Test func theShellPublishesOncePerLineAndStopsTheServer() throws {
    let output = BufferedOutput()
    let shell = Shell(output: output, errors: BufferedOutput())
    nonisolated(unsafe) var started: RecordingServer?
    shell.liveViewStarter = { port, page in
      let server = RecordingServer(port: port == 0 ? 40_000 : port, page: page)
      started = server
      return server
    }
    shell.run(line: "view")
    #expect(output.text.hasPrefix("live view at http://127.0.0.1:40000/ "))
    let server = try #require(started)
    shell.run(line: "order new; advance 1m")
    shell.run(line: "orders")
    #expect(server.pages.count == 4)  // at start, after `view`, after each of the two lines
    #expect(server.pages[2].contains("Customer 1"))
    output.clear()
    shell.run(line: "view --port 9")
    #expect(output.text == "the live view is already at http://127.0.0.1:40000/\n")
    shell.stopLiveView()
    #expect(server.stopped)
  }
}
