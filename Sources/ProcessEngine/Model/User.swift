/// A customer of the school.
public struct User: Equatable, Sendable {
  public var name: String
  public var email: String?
  public var phone: String?
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
    self.email = email
    self.phone = phone
  }
}

/// A field of a user that commands and operations set.
public enum UserField: String, CaseIterable, Sendable {
  case name
  case email
  case phone
}
