import NIOConcurrencyHelpers
import NIOCore
import NIOHTTP1

/// What the server shares between the shell's thread and the event loop: the last page, its
/// version, and the `/events` streams open now, under one lock.
final class LivePageHub: Sendable {
  private struct State {
    var page: String
    /// Bumped by every publish: the id and data of the event that announces it.
    var version = 1
    var streams: [ObjectIdentifier: any Channel] = [:]
    /// Set when the server stops: a stream that opens after it is ended at once.
    var isStopped = false
  }

  private let state: NIOLockedValueBox<State>

  init(page: String) {
    state = NIOLockedValueBox(State(page: page))
  }

  var page: String { state.withLockedValue { $0.page } }

  /// Serves `page` from now on and announces it on every open stream.
  func publish(_ page: String) {
    let (version, streams) = state.withLockedValue { state in
      state.page = page
      state.version += 1
      return (state.version, Array(state.streams.values))
    }
    for channel in streams {
      channel.writeAndFlush(
        HTTPServerResponsePart.body(.byteBuffer(Self.event(version, on: channel))), promise: nil)
    }
  }

  /// Adds `channel`'s stream and returns the version it starts at; nil once the server stops.
  /// Under the lock, so that no publish falls between the version read and the stream added.
  func open(_ channel: any Channel) -> Int? {
    state.withLockedValue { state in
      guard !state.isStopped else { return nil }
      state.streams[ObjectIdentifier(channel)] = channel
      return state.version
    }
  }

  func close(_ channel: any Channel) {
    _ = state.withLockedValue { $0.streams.removeValue(forKey: ObjectIdentifier(channel)) }
  }

  /// Ends every stream (the browser sees the stream end, not a reset) and refuses new ones.
  func endStreams() {
    let streams = state.withLockedValue { state in
      state.isStopped = true
      defer { state.streams = [:] }
      return Array(state.streams.values)
    }
    for channel in streams {
      channel.writeAndFlush(HTTPServerResponsePart.end(nil)).whenComplete { _ in
        channel.close(promise: nil)
      }
    }
  }

  /// One server-sent event: `id` and `data` are the version.
  static func event(_ version: Int, on channel: any Channel) -> ByteBuffer {
    channel.allocator.buffer(string: "id: \(version)\ndata: \(version)\n\n")
  }
}
