import NIOConcurrencyHelpers
import NIOCore
import NIOPosix

#if canImport(Glibc)
  import Glibc
#endif

/// A tiny HTTP client for the tests, on NIO: it writes a request as bytes and collects the raw
/// response, so that a test reads the status line, the headers and an event stream as they come.
final class HTTPProbe: Sendable {
  struct Timeout: Error, CustomStringConvertible {
    let waitingFor: String
    let received: String
    var description: String { "no '\(waitingFor)' within 5 s; received: \(received)" }
  }

  private static let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
  private let channel: any Channel
  private let received: NIOLockedValueBox<(text: String, isClosed: Bool)>

  private init(channel: any Channel, received: NIOLockedValueBox<(text: String, isClosed: Bool)>) {
    self.channel = channel
    self.received = received
  }

  /// What has arrived so far.
  var text: String { received.withLockedValue { $0.text } }

  /// Connects to 127.0.0.1:`port` and sends `GET path`.
  static func open(_ path: String, port: Int) throws -> HTTPProbe {
    try connect(port: port, sending: "GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
  }

  /// `GET path`, the response as it is once `marker` arrived.
  static func get(_ path: String, port: Int, until marker: String) throws -> String {
    try request("GET \(path)", port: port, until: marker)
  }

  /// `METHOD PATH` with an empty body, the response once `marker` arrived.
  static func request(_ line: String, port: Int, until marker: String) throws -> String {
    let probe = try connect(
      port: port,
      sending:
        "\(line) HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
    defer { probe.close() }
    try probe.wait(for: marker)
    return probe.text
  }

  private static func connect(port: Int, sending request: String) throws -> HTTPProbe {
    let received = NIOLockedValueBox((text: "", isClosed: false))
    let channel = try ClientBootstrap(group: group)
      .channelInitializer { channel in
        channel.eventLoop.makeCompletedFuture {
          try channel.pipeline.syncOperations.addHandler(Collector(received: received))
        }
      }
      .connect(host: "127.0.0.1", port: port).wait()
    try channel.writeAndFlush(channel.allocator.buffer(string: request)).wait()
    return HTTPProbe(channel: channel, received: received)
  }

  /// Waits until `marker` has arrived after the first `offset` bytes, for 5 seconds at most.
  func wait(for marker: String, after offset: Int = 0) throws {
    for _ in 0..<500 {
      let text = self.text
      if String(decoding: text.utf8.dropFirst(offset), as: UTF8.self).contains(marker) { return }
      usleep(10_000)
    }
    throw Timeout(waitingFor: marker, received: text)
  }

  func waitUntilClosed() throws {
    for _ in 0..<500 {
      if received.withLockedValue({ $0.isClosed }) { return }
      usleep(10_000)
    }
    throw Timeout(waitingFor: "the end of the connection", received: text)
  }

  func close() {
    try? channel.close().wait()
  }

  private final class Collector: ChannelInboundHandler {
    typealias InboundIn = ByteBuffer
    let received: NIOLockedValueBox<(text: String, isClosed: Bool)>

    init(received: NIOLockedValueBox<(text: String, isClosed: Bool)>) {
      self.received = received
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
      let buffer = unwrapInboundIn(data)
      received.withLockedValue { $0.text += String(buffer: buffer) }
    }

    func channelInactive(context: ChannelHandlerContext) {
      received.withLockedValue { $0.isClosed = true }
    }
  }
}
