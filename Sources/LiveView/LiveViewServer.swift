import NIOConcurrencyHelpers
import NIOCore
import NIOPosix
import ProcessShell

#if canImport(Glibc)
  import Glibc
#endif

/// The live page's HTTP server (`view`, issue 10), on SwiftNIO, bound to 127.0.0.1 only.
///
///     GET /        the last page the shell published (text/html)
///     GET /events  text/event-stream: an event now, then one after every publish; its data is
///                  the page's version, a counter, and the page fetches `/` again on each
///     GET other    404
///     other method 405 (the page is read-only: no route changes the session)
///
/// The shell renders each page on its own thread and hands it over as a `String`
/// (`publish(_:)`); the server keeps the last one, so nothing of the session is shared with the
/// event loop's thread.
public final class LiveViewServer: LivePageServer {
  public let port: Int
  private let group: MultiThreadedEventLoopGroup
  private let listener: any Channel
  private let hub: LivePageHub

  private init(
    port: Int, group: MultiThreadedEventLoopGroup, listener: any Channel, hub: LivePageHub
  ) {
    self.port = port
    self.group = group
    self.listener = listener
    self.hub = hub
  }

  /// The address it binds to: the loopback interface, so that the page is seen on this machine
  /// only. There is no option for another one.
  public static let host = "127.0.0.1"

  /// Listens on 127.0.0.1:`port` (0: a free port) and serves `page` until the next `publish`.
  public static func start(port: Int, page: String) throws(LiveViewProblem) -> any LivePageServer {
    try listen(port: port, page: page)
  }

  /// `start`, as the concrete type (the tests read the listening address).
  public static func listen(port: Int, page: String) throws(LiveViewProblem) -> LiveViewServer {
    let hub = LivePageHub(page: page)
    let group = withSignalsBlocked { MultiThreadedEventLoopGroup(numberOfThreads: 1) }
    let bootstrap = ServerBootstrap(group: group)
      .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
      .childChannelInitializer { channel in
        channel.eventLoop.makeCompletedFuture {
          try channel.pipeline.syncOperations.configureHTTPServerPipeline(withErrorHandling: true)
          try channel.pipeline.syncOperations.addHandler(LivePageHandler(hub: hub))
        }
      }
    do {
      let listener = try bootstrap.bind(host: host, port: port).wait()
      guard let bound = listener.localAddress?.port else {
        preconditionFailure("internal inconsistency: a listening socket without a port")
      }
      return LiveViewServer(port: bound, group: group, listener: listener, hub: hub)
    } catch {
      try? group.syncShutdownGracefully()
      if let error = error as? IOError, error.errnoCode == EADDRINUSE {
        throw .portInUse(port)
      }
      throw .cannotListen(port: port, reason: "\(error)")
    }
  }

  /// The address the listening socket is bound to.
  public var localAddress: SocketAddress? { listener.localAddress }

  public func publish(_ page: String) {
    hub.publish(page)
  }

  public func stop() {
    hub.endStreams()
    try? listener.close().wait()
    // Closes the connections still open (a browser's keep-alive) and ends the thread.
    try? group.syncShutdownGracefully()
  }

  /// Runs `body` with the signals a person sends to the shell blocked, so that the threads it
  /// starts (which inherit the mask) never take them: Ctrl-C must reach the shell's thread, where
  /// the line editor and `Interrupts` handle it, and so must a terminal's resize.
  private static func withSignalsBlocked<Result>(_ body: () -> Result) -> Result {
    var blocked = sigset_t()
    sigemptyset(&blocked)
    for signal in [SIGINT, SIGQUIT, SIGTSTP, SIGWINCH, SIGCONT, SIGTERM, SIGHUP, SIGTTIN, SIGTTOU] {
      sigaddset(&blocked, signal)
    }
    var previous = sigset_t()
    pthread_sigmask(SIG_BLOCK, &blocked, &previous)
    defer { pthread_sigmask(SIG_SETMASK, &previous, nil) }
    return body()
  }
}
