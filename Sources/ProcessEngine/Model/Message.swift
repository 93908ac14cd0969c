/// A message sent to a customer, by an auto-mailing or by a block's `send-message` (SPEC §12.4).
///
/// Stored as the event that sent it, which already holds when, to whom, the text and the sender,
/// and when it was opened: 16 bytes, since a simulated month of a million orders sends millions.
/// `Engine.message(_:)` gives the whole picture as a `SentMessage`.
struct Message: Equatable, Sendable {
  /// The `messageSent` or `mailingSent` event.
  let sent: EventID
  /// When the customer opened it, in seconds; `Message.unopened` if not yet.
  var openedAt: Int64 = Message.unopened
  /// The next older message of the same order.
  @PackedID var previousMessageOfOrder: MessageID? = nil

  static let unopened = Int64.min
}

/// A message as the listings show it.
public struct SentMessage: Equatable, Sendable {
  public var id: MessageID
  public var time: Instant
  /// The order it is about, or the customer of a process over users.
  public var subject: Subject
  public var sender: Sender
  public var text: String
  /// When the customer opened it; nil if not yet.
  public var openedAt: Instant?
  /// The event that sent it: `why` starts there.
  public var event: EventID

  /// Who sent a message.
  public enum Sender: Equatable, Sendable {
    case mailing(MailingID)
    /// A `send-message` operation of this task's block.
    case block(TaskID, BlockIndex)
  }

  /// The order it is about, if it is about one.
  public var order: OrderID? {
    if case .order(let id) = subject { return id }
    return nil
  }
}
