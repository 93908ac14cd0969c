/// A mailing in the session, with its switch and what it has done.
///
/// Loading a mailing under a loaded name replaces its definition in place (its id, and so who
/// has received it, stay): a mailing sends once to each order, whatever its version.
public struct LoadedMailing: Sendable {
  public let id: MailingID
  public internal(set) var definition: MailingDefinition
  /// Whether it sends (`mailing start` / `mailing stop`).
  public internal(set) var isStarted: Bool
  /// The text, kept once in the session's texts.
  var text: TextID
  /// Whether `to` asks how long ago something happened: orders that do not match yet are looked
  /// at again when that turns.
  var readsTime: Bool
  /// Messages it sent, and how many of them were opened.
  public internal(set) var sent = 0
  public internal(set) var opened = 0

  public var name: String { definition.name }
}
