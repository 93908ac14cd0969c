extension Shell {
  /// The address of the live page while `view` runs it.
  var liveViewURL: String? { liveView.map { "http://127.0.0.1:\($0.port)/" } }

  /// Starts the live page on 127.0.0.1:`port` (0: a free one) with the session as it is now.
  func startLiveView(port: Int) throws(LiveViewProblem) {
    guard let liveViewStarter else { throw .notAvailable }
    liveView = try liveViewStarter(port, LivePage.html(shell: self))
  }

  /// Hands the live page the session as it is after a line, when `view` runs it. Not inside a
  /// sourced script: the `source` line that runs it publishes once, at its end.
  func publishLiveView() {
    guard let liveView, sourceStack.isEmpty else { return }
    liveView.publish(LivePage.html(shell: self))
  }

  /// Stops the live page, if it runs: `view stop`, and the end of procsh (so that the shell
  /// leaves no connection open and no thread behind it).
  public func stopLiveView() {
    liveView?.stop()
    liveView = nil
  }
}
