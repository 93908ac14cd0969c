/// One thing that can happen to the explored order while its task waits: a manager answers, time
/// runs to the next timer, or the customer acts (`process explore`, docs/explore.md).
public enum ExplorationStep: Equatable, Sendable {
  /// A manager answers the open step of `task` with `option`; a date option is given the date
  /// two days on, a text option the text `explored`.
  case answer(task: TaskID, block: String, option: String, argument: AnswerArgument?)
  /// Nobody acts until the next timer fires (`advance next`).
  case advanceToNextTimer
  /// The customer pays what is left.
  case pay
  /// The customer pays half the price.
  case payPart(Money)
  /// The customer cancels the order.
  case cancel
  /// The customer gives a phone number, or another one.
  case changePhone(String)

  /// Whether the customer acts: a path has at most one such step (docs/explore.md).
  public var isCustomerStep: Bool {
    switch self {
    case .answer, .advanceToNextTimer: false
    case .pay, .payPart, .cancel, .changePhone: true
    }
  }

  /// The engine command for the explored order `order` of customer `user`.
  func command(order: OrderID, user: UserID) -> Command {
    switch self {
    case .answer(let task, _, let option, let argument):
      .answer(.task(task), option: option, argument: argument)
    case .advanceToNextTimer: .advanceToNext
    case .pay: .pay(order, nil)
    case .payPart(let amount): .pay(order, amount)
    case .cancel: .cancel(order, reason: nil)
    case .changePhone(let phone): .setUserField(user, .phone, phone)
    }
  }

  /// The step as a procsh command line, for the scripts `--scripts` writes.
  public func commandText(order: OrderID, user: UserID) -> String {
    switch self {
    case .answer(let task, _, let option, let argument):
      let suffix: String
      switch argument {
      case .date(let date)?: suffix = " \(date)"
      case .text(let text)?: suffix = " \"\(text)\""
      case nil: suffix = ""
      }
      return "answer task \(task.rawValue) \(option)\(suffix)"
    case .advanceToNextTimer: return "advance next"
    case .pay: return "pay order \(order.rawValue)"
    case .payPart(let amount): return "pay order \(order.rawValue) \(amount.cents / 100)"
    case .cancel: return "cancel order \(order.rawValue)"
    case .changePhone(let phone): return "set user \(user.rawValue) phone \(phone)"
    }
  }
}
