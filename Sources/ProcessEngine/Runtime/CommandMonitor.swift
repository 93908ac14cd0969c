/// How the caller of a long command watches it run: how far it has got, and whether to stop.
///
/// The engine reads no clock and sees no signal; it asks the monitor now and then — every 1,024
/// agenda items an `advance` fires, every 65,536 steps of a simulation — and when the monitor
/// says stop, it puts itself back as it was before the command and throws `.interrupted`.
///
///     var monitor = CommandMonitor(isCancelled: { ctrlCPressed.load(ordering: .relaxed) })
///     try engine.apply(.advance(by: .days(365)), monitor: monitor)
public struct CommandMonitor {
  /// Told the share of the command's virtual time passed, from 0 to 1 (a progress bar).
  public var progress: (Double) -> Void
  /// Whether the command should stop.
  public var isCancelled: () -> Bool

  public init(
    progress: @escaping (Double) -> Void = { _ in }, isCancelled: @escaping () -> Bool
  ) {
    self.progress = progress
    self.isCancelled = isCancelled
  }

  /// How many agenda items an `advance` fires between two looks at the monitor.
  static let firingsBetweenLooks = 1024
}
