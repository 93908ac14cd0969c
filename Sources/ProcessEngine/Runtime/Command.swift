/// Something a user does to the session; `Engine.apply(_:)` performs it.
///
/// Commands carry values as the user gave them (a date-time may be relative to the clock, an
/// answer's argument is text); the engine resolves and checks them against its state, and either
/// refuses the whole command or performs all of it.
public enum Command: Equatable, Sendable {
  /// Sets the clock; only while the session has no objects.
  case setClock(DateTimeExpression)
  case advance(by: TimeSpan)
  case advanceTo(DateTimeExpression)
  /// Jumps to the next agenda item and fires everything due then.
  case advanceToNext
  case createOrder(NewOrder)
  /// Pays the order; the whole remaining amount when no amount is given.
  case pay(OrderID, Money?)
  case cancel(OrderID, reason: String?)
  /// Sets (or, with nil, clears) a customer's field.
  case setUserField(UserID, UserField, String?)
  case setOrderStatus(OrderID, OrderStatus, reason: String?)
  /// Answers an open manager step with one of its options, and the option's argument if it takes
  /// one (a date-time or a text).
  case answer(AnswerTarget, option: String, argument: String?)
  case addManager(String)
  /// Changes the acting user; `admin` returns to the administrator.
  case actAs(String)
  /// Assigns the task to the acting manager.
  case takeTask(TaskID)
  /// Moves the open tasks of one manager to another, or to nobody (nil).
  case transferTasks(from: String, to: String?)
  case loadProcess(ProcessDefinition)
  case startProcess(String)
  case stopProcess(String)
  /// Stops automatic launching and deletes every task of the process.
  case restartProcess(String)
  /// Launches the process by hand on an order.
  case runProcess(String, order: OrderID)
}

/// Which step an answer is for.
public enum AnswerTarget: Equatable, Sendable {
  /// The open step of this task.
  case task(TaskID)
  /// The one open step among the order's tasks.
  case order(OrderID)
}

/// What `order new` creates; nil fields take their defaults (SPEC §8.1).
public struct NewOrder: Equatable, Sendable {
  /// An existing customer; nil creates a new one from the fields below.
  public var user: UserID?
  public var name: String?
  public var email: String?
  /// `.some(nil)` means the new customer has no phone.
  public var phone: String??
  public var product: String?
  public var amount: Money?

  public init(
    user: UserID? = nil, name: String? = nil, email: String? = nil, phone: String?? = nil,
    product: String? = nil, amount: Money? = nil
  ) {
    self.user = user
    self.name = name
    self.email = email
    self.phone = phone
    self.product = product
    self.amount = amount
  }

  public static let defaultProduct = "Course"
  public static let defaultAmount = Money.whole(10_000)
}
