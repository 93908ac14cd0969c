/// Something a user does to the session; `Engine.apply(_:)` performs it.
///
/// Commands carry values as the user gave them (a date-time may be relative to the clock, an
/// answer's argument may be the text a person typed); the engine resolves and checks them against
/// its state, and either refuses the whole command or performs all of it.
///
/// This is the one door into the engine: a person at the shell and the simulated people of
/// `simulate` change the session only through these commands, with the same checks, so a list of
/// commands replayed on the session it started from gives back the same session.
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
  /// Sets (or, with nil, clears) an order's payment date or next contact date, as a manager does
  /// when the customer names another day (SPEC §12.3). A date before the clock is refused. A
  /// `delay` until that date follows it: a moved date moves its wake-up, a cleared date or one that
  /// is not after the clock lets it through at once.
  ///
  ///     set order 3 payment-date 2026-01-10 14:00
  ///     .setOrderDate(order, .paymentDate, Instant(year: 2026, month: 1, day: 10, hour: 14))
  case setOrderDate(OrderID, OrderDateField, Instant?)
  /// Answers an open manager step with the option named by its key, and the option's argument if
  /// it takes one (a date-time or a text).
  ///
  /// `by` names who answers; nil is the acting user. A person answers as someone else by typing
  /// `as m3` first, which changes the acting user and logs it; `by: m3` is that answer alone, with
  /// the same rules (SPEC §5: `m3` may answer unassigned steps and their own, `admin` any) and no
  /// change of the acting user, so the log holds only what the answer caused. The simulated
  /// managers of `simulate` answer this way, each as themselves. An id rather than a name: the
  /// programs that answer for someone hold the id, a lookup by name per answer would cost a
  /// simulation a scan of the managers each time, and ids are never reused, so a journal replays.
  ///
  ///     answer task 5 will-pay +2d
  ///     .answer(.task(TaskID(rawValue: 5)), option: "will-pay", argument: "+2d")
  ///     .answer(.task(task), option: "will-pay", argument: .date(promised), by: manager)
  case answer(
    AnswerTarget, option: String, argument: AnswerArgument?, by: ManagerID? = nil)
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
  /// Launches a process over users by hand on a customer (issue 12).
  case runProcessOnUser(String, user: UserID)
  /// Loads an auto-mailing, started (SPEC §12.4); a loaded name gets the new definition, and
  /// keeps who has received it. Orders matching now get it now.
  case loadMailing(MailingDefinition)
  case startMailing(String)
  case stopMailing(String)
  /// The customer opens a message: `open message 3`.
  case openMessage(MessageID)
  /// Runs a seeded population of customers and managers on the session (SPEC §11.3), as
  /// `Simulation(parameters:profile:).run(on:)` does; the simulated people act through the
  /// commands above. One command, so a journal of commands replays a simulation too. Refused
  /// when the parameters fail `SimulationParameters.check()`. (Indirect: its payload is the
  /// largest, and every other command would carry its size.)
  ///
  ///     simulate 2000 orders --seed 7
  indirect case simulate(SimulationParameters, SimulationProfile)
}

/// The argument of an answer: a date-time for a `date` option, a text for a `text` option.
///
/// A person's argument arrives as typed and the engine reads it by the option's kind; a program
/// that computed a date passes it as it is, with nothing formatted to text and parsed back. A
/// string literal is `.text`: `argument: "2026-01-09"`.
public enum AnswerArgument: Equatable, Sendable, ExpressibleByStringLiteral {
  /// As typed: `2026-01-09`, `2026-01-09 14:30` or `+2d` for a date option; any text for a text
  /// option.
  case text(String)
  /// A date-time, for a date option; it must not be before the clock.
  case date(Instant)

  public init(stringLiteral text: String) {
    self = .text(text)
  }
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
