import NIOCore
import NIOHTTP1

/// One connection to the live page: answers `GET /` with the page and `GET /events` with a
/// stream of events, anything else with 404 or 405. Behind NIO's HTTP/1.1 server pipeline,
/// which serialises pipelined requests and handles errors.
final class LivePageHandler: ChannelInboundHandler, RemovableChannelHandler {
  typealias InboundIn = HTTPServerRequestPart
  typealias OutboundOut = HTTPServerResponsePart

  private let hub: LivePageHub
  private var request: HTTPRequestHead?
  /// Whether this connection carries an event stream (which never ends while the server runs).
  private var isStream = false

  init(hub: LivePageHub) {
    self.hub = hub
  }

  func channelRead(context: ChannelHandlerContext, data: NIOAny) {
    switch unwrapInboundIn(data) {
    case .head(let head): request = head
    case .body: break  // no route takes a body
    case .end:
      guard let head = request else { return }
      request = nil
      respond(to: head, context: context)
    }
  }

  func channelInactive(context: ChannelHandlerContext) {
    if isStream { hub.close(context.channel) }
    context.fireChannelInactive()
  }

  /// A connection reset or a broken pipe (a browser closed its tab mid-response): that
  /// connection ends, and only it.
  func errorCaught(context: ChannelHandlerContext, error: any Error) {
    context.close(promise: nil)
  }

  private func respond(to head: HTTPRequestHead, context: ChannelHandlerContext) {
    guard head.method == .GET else {
      send(
        .methodNotAllowed, "text/plain", "only GET: the live page is read-only\n",
        extra: [("Allow", "GET")], keepAlive: head.isKeepAlive, context: context)
      return
    }
    let path = head.uri.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)[0]
    switch path {
    case "/":
      send(.ok, "text/html; charset=utf-8", hub.page, keepAlive: head.isKeepAlive, context: context)
    case "/events":
      stream(context: context)
    default:
      send(
        .notFound, "text/plain", "not found: the live page is at /\n",
        keepAlive: head.isKeepAlive, context: context)
    }
  }

  private func send(
    _ status: HTTPResponseStatus, _ type: String, _ body: String, extra: [(String, String)] = [],
    keepAlive: Bool, context: ChannelHandlerContext
  ) {
    var buffer = context.channel.allocator.buffer(capacity: body.utf8.count)
    buffer.writeString(body)
    var headers = HTTPHeaders([
      ("Content-Type", type), ("Content-Length", "\(buffer.readableBytes)"),
      ("Cache-Control", "no-store"), ("X-Content-Type-Options", "nosniff"),
    ])
    headers.add(contentsOf: extra)
    headers.add(name: "Connection", value: keepAlive ? "keep-alive" : "close")
    context.write(
      wrapOutboundOut(.head(HTTPResponseHead(version: .http1_1, status: status, headers: headers))),
      promise: nil)
    context.write(wrapOutboundOut(.body(.byteBuffer(buffer))), promise: nil)
    let done = context.writeAndFlush(wrapOutboundOut(.end(nil)))
    if !keepAlive {
      let channel = context.channel
      done.whenComplete { _ in channel.close(promise: nil) }
    }
  }

  /// The event stream: the head, a first event with the version now (a page loaded before a
  /// change it missed fetches again), then whatever `LivePageHub.publish` sends.
  private func stream(context: ChannelHandlerContext) {
    let channel = context.channel
    guard let version = hub.open(channel) else {
      send(
        .serviceUnavailable, "text/plain", "the live page has stopped\n", keepAlive: false,
        context: context)
      return
    }
    isStream = true
    let headers = HTTPHeaders([
      ("Content-Type", "text/event-stream; charset=utf-8"), ("Cache-Control", "no-store"),
      ("X-Content-Type-Options", "nosniff"),
    ])
    context.write(
      wrapOutboundOut(.head(HTTPResponseHead(version: .http1_1, status: .ok, headers: headers))),
      promise: nil)
    var first = channel.allocator.buffer(string: "retry: 1000\n")
    first.writeImmutableBuffer(LivePageHub.event(version, on: channel))
    context.writeAndFlush(wrapOutboundOut(.body(.byteBuffer(first))), promise: nil)
  }
}
