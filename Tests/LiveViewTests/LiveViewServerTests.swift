import LiveView
import NIOConcurrencyHelpers
import NIOCore
import NIOPosix
import ProcessShell
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Issue 10: the live page's server, over real HTTP on loopback.
@Suite struct LiveViewServerTests {
  /// A page like the shell's, with an order in it.
  static let page =
    "<!DOCTYPE html><html><head></head><body><pre>1  new  1 Customer 1</pre></body></html>"

  @Test func servesThePageAtTheRoot() throws {
    let server = try LiveViewServer.listen(port: 0, page: Self.page)
    defer { server.stop() }
    let response = try HTTPProbe.get("/", port: server.port, until: "</html>")
    #expect(response.hasPrefix("HTTP/1.1 200 OK\r\n"))
    #expect(response.contains("Content-Type: text/html; charset=utf-8"))
    #expect(response.contains("Customer 1"))
  }

  @Test func streamsAnEventAfterEveryPublish() throws {
    let server = try LiveViewServer.listen(port: 0, page: Self.page)
    defer { server.stop() }
    let stream = try HTTPProbe.open("/events", port: server.port)
    defer { stream.close() }
    // On connecting: the version now, so that a page that missed a change fetches again.
    try stream.wait(for: "data: 1\n\n")
    #expect(stream.text.hasPrefix("HTTP/1.1 200 OK\r\n"))
    #expect(stream.text.contains("Content-Type: text/event-stream"))
    server.publish(Self.page.replacingAll("Customer 1", with: "Customer 2"))
    try stream.wait(for: "id: 2\ndata: 2\n\n")
    server.publish(Self.page)
    try stream.wait(for: "id: 3\ndata: 3\n\n")
    let response = try HTTPProbe.get("/", port: server.port, until: "</html>")
    #expect(response.contains("Customer 1"))
  }

  @Test func theNewPageIsServedAfterAPublish() throws {
    let server = try LiveViewServer.listen(port: 0, page: Self.page)
    defer { server.stop() }
    server.publish(Self.page.replacingAll("Customer 1", with: "Customer 2"))
    let response = try HTTPProbe.get("/", port: server.port, until: "</html>")
    #expect(response.contains("Customer 2"))
    #expect(!response.contains("Customer 1"))
  }

  @Test(arguments: ["/x", "/index.html", "/events/1", "/../etc/passwd"])
  func otherPathsAreNotFound(path: String) throws {
    let server = try LiveViewServer.listen(port: 0, page: Self.page)
    defer { server.stop() }
    let response = try HTTPProbe.request("GET \(path)", port: server.port, until: "\r\n\r\n")
    #expect(response.hasPrefix("HTTP/1.1 404 Not Found\r\n"))
  }

  /// Read-only: no method but GET, on any path.
  @Test(arguments: ["POST /", "PUT /", "DELETE /events", "PATCH /x"])
  func otherMethodsAreNotAllowed(line: String) throws {
    let server = try LiveViewServer.listen(port: 0, page: Self.page)
    defer { server.stop() }
    let response = try HTTPProbe.request(line, port: server.port, until: "\r\n\r\n")
    #expect(response.hasPrefix("HTTP/1.1 405 Method Not Allowed\r\n"))
    #expect(response.contains("Allow: GET"))
  }

  @Test func listensOnLoopbackOnly() throws {
    let server = try LiveViewServer.listen(port: 0, page: Self.page)
    defer { server.stop() }
    let address = try #require(server.localAddress)
    #expect(address.ipAddress == "127.0.0.1")
    #expect(address.port == server.port)
    #expect(server.port > 0)
  }

  @Test func refusesABusyPortNamingIt() throws {
    let first = try LiveViewServer.listen(port: 0, page: Self.page)
    defer { first.stop() }
    #expect(throws: LiveViewProblem.portInUse(first.port)) {
      try LiveViewServer.listen(port: first.port, page: Self.page)
    }
  }

  /// After `stop` nothing listens on the port, and an open stream has ended.
  @Test func stopClosesTheStreamsAndThePort() throws {
    let server = try LiveViewServer.listen(port: 0, page: Self.page)
    let stream = try HTTPProbe.open("/events", port: server.port)
    defer { stream.close() }
    try stream.wait(for: "data: 1\n\n")
    server.stop()
    try stream.waitUntilClosed()
    #expect(stream.text.hasSuffix("0\r\n\r\n"))  // the chunked stream's proper end
    #expect(throws: (any Error).self) {
      try HTTPProbe.get("/", port: server.port, until: "</html>")
    }
  }

  /// The shell with the server the executable gives it: `view` serves the session, and every
  /// line after it reaches the stream.
  @Test func theShellPublishesAfterEveryLine() throws {
    let output = BufferedOutput()
    let errors = BufferedOutput()
    let shell = Shell(output: output, errors: errors)
    shell.liveViewStarter = LiveViewServer.start
    defer { shell.stopLiveView() }
    shell.run(line: "view; order new")
    #expect(errors.text == "")
    let url = try #require(
      output.text.split(separator: "\n").first.flatMap { $0.firstRange(of: "http://") }.map {
        output.text[$0.lowerBound...].prefix { $0 != " " }
      })
    let port = try #require(Int(url.dropFirst("http://127.0.0.1:".count).dropLast()))
    let page = try HTTPProbe.get("/", port: port, until: "</html>")
    #expect(page.contains("Customer 1"))
    let stream = try HTTPProbe.open("/events", port: port)
    defer { stream.close() }
    try stream.wait(for: "\n\n")
    let before = stream.text
    shell.run(line: "order new")
    try stream.wait(for: "\n\n", after: before.utf8.count)
    #expect(try HTTPProbe.get("/", port: port, until: "</html>").contains("Customer 2"))
  }
}

extension String {
  fileprivate func replacingAll(_ target: String, with replacement: String) -> String {
    split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
  }
}
