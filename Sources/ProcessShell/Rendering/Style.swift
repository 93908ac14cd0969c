import ProcessEngine

/// Colour for a terminal, or none: colour only when output is a terminal and `NO_COLOR` is unset,
/// so scripts, pipes and tests get fixed plain text.
public struct Style: Sendable {
  public var isColored: Bool

  public static let plain = Style(isColored: false)
  public static let colored = Style(isColored: true)

  public init(isColored: Bool) {
    self.isColored = isColored
  }

  /// The marks around a colour code: the terminal's escape sequence is written only by
  /// `EscapingOutput`, which shows every other escape character escaped.
  static let markStart: Unicode.Scalar = "\u{E000}"
  static let markEnd: Unicode.Scalar = "\u{E001}"

  private func wrap(_ text: String, _ code: String) -> String {
    guard isColored else { return text }
    let start = String(Self.markStart)
    let end = String(Self.markEnd)
    return start + code + end + text + start + "0" + end
  }

  func dim(_ text: String) -> String { wrap(text, "2") }
  func bold(_ text: String) -> String { wrap(text, "1") }
  func red(_ text: String) -> String { wrap(text, "31") }
  func green(_ text: String) -> String { wrap(text, "32") }
  func yellow(_ text: String) -> String { wrap(text, "33") }
  func cyan(_ text: String) -> String { wrap(text, "36") }

  /// A status slug coloured by where it leaves the order.
  func status(_ status: OrderStatus) -> String {
    switch status {
    case .completed: return green(status.slug)
    case .cancelled: return red(status.slug)
    case .false: return dim(status.slug)
    case .new, .inWork, .notConfirmed, .awaitingPayment, .postponed, .partiallyPaid, .pendingRefund:
      return yellow(status.slug)
    }
  }
}
