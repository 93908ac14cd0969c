/// A customer of the school.
public struct User: Equatable, Sendable {
  public var name: String
  /// The e-mail address, if the customer has one.
  ///
  /// The made-up address a new customer gets (`customer12@example.com`, `defaultEmail(for:)`) is
  /// kept as a shared marker and spelled out when read: unlike the default name and phone, it is
  /// longer than a small string's 15 bytes, so keeping it cost every simulated customer a heap
  /// block (48 MB at a million orders) and about 1,300 instructions to write and check it. The
  /// marker stands for exactly that address, however it was set (created, loaded or `set user`),
  /// so two users with the same address compare equal.
  public var email: String? {
    get {
      guard let stored = storedEmail, stored.utf8.first == 0 else { return storedEmail }
      return stored == Self.defaultEmailMarker
        ? Self.defaultEmail(for: id) : String(stored.dropFirst())
    }
    set { storedEmail = Self.stored(email: newValue, of: id) }
  }
  public var phone: String?
  /// `email`, `defaultEmailMarker` for the default address, or an address that starts with a
  /// NUL byte (nothing stops a file from holding one) after one more.
  private var storedEmail: String?
  public let id: UserID
  /// The newest of the customer's orders; older ones follow `Order.previousOrderOfUser`.
  @PackedID var lastOrder: OrderID? = nil
  /// Tokens of user-object tasks waiting on a condition of this user, newest first.
  @PackedID var firstWaiter: TokenID? = nil
  /// The newest user-object task on this customer.
  @PackedID var lastTask: TaskID? = nil

  public init(id: UserID, name: String, email: String?, phone: String?) {
    self.id = id
    self.name = name
    self.storedEmail = Self.stored(email: email, of: id)
    self.phone = phone
  }

  /// User `id` with the default e-mail address, without spelling it out.
  init(defaultEmailFor id: UserID, name: String, phone: String?) {
    self.id = id
    self.name = name
    self.storedEmail = Self.defaultEmailMarker
    self.phone = phone
  }

  /// Whether the customer has an e-mail address (the `has email` condition), without spelling
  /// out a default one.
  var hasEmail: Bool { storedEmail != nil }

  /// Stands for `defaultEmail(for: id)` in `storedEmail`: a NUL byte, kept inline in the string
  /// itself. Any other stored address that starts with a NUL byte has one put before it, so no
  /// address a command or a file gives can pass for the marker.
  private static let defaultEmailMarker = "\u{0}"

  private static func stored(email: String?, of id: UserID) -> String? {
    guard let email else { return nil }
    if email == defaultEmail(for: id) { return defaultEmailMarker }
    return email.utf8.first == 0 ? defaultEmailMarker + email : email
  }
}

/// A field of a user that commands and operations set.
public enum UserField: String, CaseIterable, Sendable {
  case name
  case email
  case phone
}
