/// An order a customer left: what they buy, what they paid, where it stands.
public struct Order: Equatable, Sendable {
  // Wider fields first and the links packed (`PackedID`): 112 bytes rather than 136.
  public var product: String
  public var amount: Money
  public var paid: Money = .zero
  public let createdAt: Instant
  /// The date the customer promised to pay by.
  public var paymentDate: Instant?
  /// The date a manager agreed to contact the customer again.
  public var nextContactDate: Instant?
  public let id: OrderID
  public let user: UserID
  /// Call attempts made to the customer (answers to questions marked as calls).
  public var calls: Int32 = 0
  /// Messages sent to the customer.
  public var messages: Int32 = 0
  @PackedID public var manager: ManagerID? = nil
  /// The next older order of the same user.
  @PackedID var previousOrderOfUser: OrderID? = nil
  /// The newest task on this order; older ones follow `ProcessTask.previousTaskOfObject`.
  @PackedID var lastTask: TaskID? = nil
  /// The newest message sent to this order's customer about it; older ones follow
  /// `Message.previousMessageOfOrder`.
  @PackedID var lastMessage: MessageID? = nil
  /// Tokens waiting on a condition of this order, newest first.
  @PackedID var firstWaiter: TokenID? = nil
  /// The reason of the last cancellation, kept for refusal analysis.
  public var cancelReason: TextID?
  public var status: OrderStatus = .new

  public init(id: OrderID, user: UserID, product: String, amount: Money, createdAt: Instant) {
    self.id = id
    self.user = user
    self.product = product
    self.amount = amount
    self.createdAt = createdAt
  }

  /// Whether payments reached the amount.
  public var isPaid: Bool { paid >= amount }
  /// Whether something, but not everything, was paid.
  public var isPartiallyPaid: Bool { paid > .zero && paid < amount }
  /// What is left to pay.
  public var remaining: Money { paid >= amount ? .zero : amount - paid }
}

/// A date field of an order that operations set (GetCourse's payment and contact dates).
public enum OrderDateField: String, CaseIterable, Sendable {
  case paymentDate = "payment-date"
  case nextContactDate = "next-contact-date"
}
