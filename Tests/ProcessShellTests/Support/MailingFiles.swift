import Testing

/// The auto-mailings of seed 001 as SPEC §12.4 writes them, in a folder a test's session loads
/// them from: `unpaid-1h` to `actual and not paid and created ago >= 1h`, then `not-opened` to
/// `actual and received unpaid-1h ago >= 1d and not opened unpaid-1h`.
final class MailingFiles {
  let directory: TemporaryDirectory

  static let unpaid = """
    {"format": "procsh-mailing", "version": 1, "name": "unpaid-1h",
     "title": {"en": "Unpaid after an hour", "ru": "Не оплачен через час"}, "object": "order",
     "to": "actual and not paid and created ago >= 1h",
     "text": "Your order is waiting: pay it in one click"}
    """

  static let notOpened = """
    {"format": "procsh-mailing", "version": 1, "name": "not-opened",
     "title": "Reminder", "object": "order",
     "to": "actual and received unpaid-1h ago >= 1d and not opened unpaid-1h",
     "text": "A reminder: your order is still waiting"}
    """

  init() throws {
    directory = try TemporaryDirectory()
    try directory.write(Self.unpaid, to: "unpaid-1h.json")
    try directory.write(Self.notOpened, to: "not-opened.json")
  }

  /// The path of a file in the folder.
  func path(_ name: String) -> String { directory.path + "/" + name }

  /// Writes another file into the folder and returns its path.
  func write(_ text: String, to name: String) throws -> String {
    try directory.write(text, to: name)
    return path(name)
  }

  /// A new session with the seed's chain loaded (and so started).
  func session() -> Transcript {
    let session = Transcript()
    session.ok("mailing load \(path("unpaid-1h.json"))")
    session.ok("mailing load \(path("not-opened.json"))")
    return session
  }
}
