import Wording

/// The live page's server as the shell sees it (`view`, issue 10): it serves the last page the
/// shell handed it on 127.0.0.1 and tells the browsers showing it that there is a new one.
///
/// The shell has no network code: the server is the `LiveView` target, on SwiftNIO, and the
/// executable hands the shell a way to start it (`Shell.liveViewStarter`). So ProcessShell, its
/// tests and the fuzz targets build without NIO, and `view` in a shell started without one (a
/// test, a fuzz target) is refused with `LiveViewProblem.notAvailable`.
///
/// The page is rendered on the shell's thread (the engine is not shared) and handed over as an
/// immutable `String`; the server never sees the session.
public protocol LivePageServer: AnyObject, Sendable {
  /// The port it listens on, on 127.0.0.1 (the one picked when it was started with port 0).
  var port: Int { get }
  /// Serves `page` from now on and sends one event to every open `/events` stream.
  func publish(_ page: String)
  /// Ends the streams, closes every connection and the listening socket, and returns when they
  /// are closed. Called once; the shell forgets the server after it.
  func stop()
}

/// Starts the live page's server on 127.0.0.1:`port` (0: a free port the system picks), serving
/// `page` until the first `publish`.
public typealias LivePageStarter =
  @Sendable (_ port: Int, _ page: String) throws(LiveViewProblem) -> any LivePageServer

/// Why `view` could not start or stop the live page.
public enum LiveViewProblem: Error, Equatable, Sendable {
  /// This shell was started without a server (a library user, a test, a fuzz target).
  case notAvailable
  /// Another program listens on the port.
  case portInUse(Int)
  /// The system refused to listen, and why.
  case cannotListen(port: Int, reason: String)
  /// `view stop` with no live page running.
  case notRunning
}

extension LiveViewProblem {
  func message(in language: Language) -> String {
    switch self {
    case .notAvailable: return language.text(LivePhrase.notAvailable)
    case .portInUse(let port):
      return language.text(LivePhrase.portInUse, ["port": .text("\(port)")])
    case .cannotListen(let port, let reason):
      return language.text(
        LivePhrase.cannotListen, ["port": .text("\(port)"), "reason": .text(reason)])
    case .notRunning: return language.text(LivePhrase.notRunning)
    }
  }
}
