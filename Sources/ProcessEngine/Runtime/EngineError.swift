/// Why the engine refused a command, a file or a text. A refused command changed nothing.
///
/// The one error type of the library: every public throwing API throws it, so a caller catches
/// one type and picks the cases it words its own way (`catch .session(let problem)`). Messages
/// start lower-case, quote what the user gave, and say what would be valid; the shell adds
/// `error:` and, in scripts, `FILE:LINE:`. A case carries what went wrong as values, not prose,
/// so that a translation can word it again.
public enum EngineError: Error, Equatable, Sendable {
  case malformedDuration(String, reason: String)
  case malformedDateTime(String, reason: String)
  case malformedAmount(String)
  case timeGoesBack(target: Instant, clock: Instant)
  case clockSetWithObjects
  case agendaEmpty
  case unknownOrder(OrderID, count: Int)
  case unknownUser(UserID, count: Int)
  case unknownTask(TaskID, count: Int)
  case taskNotOpen(TaskID, TaskState)
  case noOpenStep(AnswerTarget, hint: String?)
  case ambiguousStep(AnswerTarget, candidates: String)
  case unknownOption(TaskID, option: String, valid: [String])
  case missingArgument(option: String, kind: ArgumentKind)
  case unexpectedArgument(option: String)
  case dateInPast(Instant, clock: Instant)
  case assignedToOther(TaskID, owner: String)
  case alreadyAssigned(TaskID, to: String)
  case unknownManager(String, suggestion: String?)
  case managerExists(String)
  case invalidName(String, what: String)
  case paymentRefused(OrderID, reason: String)
  case amountTooLarge(Money, remaining: Money)
  case nonPositiveAmount
  case statusUnchanged(OrderID, OrderStatus)
  case statusSetByPayments(OrderStatus)
  case reasonWithoutCancel
  case orderClosed(OrderID, OrderStatus)
  case fieldUnchanged(UserID, UserField)
  case nameRequired(UserID)
  case customerFieldsWithUser
  case unknownProcess(String, suggestion: String?)
  case processLaunchDisabled(String)
  case processAlreadyStarted(String)
  case processNotStarted(String)
  case processObjectMismatch(String, ObjectType)
  case alreadyLaunched(String, order: OrderID, task: TaskID)
  /// A process definition that cannot be used: every problem, errors first, then warnings.
  case definition([DefinitionProblem])
  /// A session document that cannot be loaded, at the first bad value.
  case session(SessionProblem)
  /// A simulation profile with bad values: every one, in document order.
  case profile([ProfileProblem])
  /// A condition's text that cannot be read.
  case condition(ConditionProblem)
  /// The caller's monitor stopped a long command (Ctrl-C); nothing changed.
  case interrupted
  /// A time past 9999-12-31 23:59:59 or before 0001-01-01, which the clock never reaches.
  case beyondTheCalendar
  /// An answer `by` a manager id the session does not have.
  case unknownManagerID(ManagerID, count: Int)
  /// A date given to an option that takes a text.
  case dateForTextOption(option: String)
  case simulationOrderCount(Int)
  case simulationWindowEmpty(TimeSpan)
  case simulationHorizonBeforeWindow(horizon: TimeSpan, window: TimeSpan)

  /// The message shown to the user.
  public var message: String {
    switch self {
    case .malformedDuration(let text, let reason):
      return "'\(text)' is not a duration (\(reason)); write it like 30s, 5m, 2h, 1d, 1w or 1d2h30m"
    case .malformedDateTime(let text, let reason):
      return
        "'\(text)' is not a date-time (\(reason)); write it like 2026-01-07, 2026-01-07 14:30 or +2d"
    case .malformedAmount(let text):
      return "'\(text)' is not an amount; write it like 10000 or 99.50"
    case .timeGoesBack(let target, let clock):
      return "\(target) is before the clock (\(clock)); virtual time only moves forward"
    case .clockSetWithObjects:
      return "the clock can be set only before the first order or customer exists"
    case .agendaEmpty:
      return "nothing is scheduled: no delay, wait or launch is pending"
    case .unknownOrder(let id, let count):
      return "there is no order \(id)" + Self.range(count, "order")
    case .unknownUser(let id, let count):
      return "there is no user \(id)" + Self.range(count, "user")
    case .unknownTask(let id, let count):
      return "there is no task \(id)" + Self.range(count, "task")
    case .taskNotOpen(let id, let state):
      return "task \(id) is \(state.rawValue); it has no open step"
    case .noOpenStep(let target, let hint):
      return "\(target.description) has no open step" + (hint.map { "; \($0)" } ?? "")
    case .ambiguousStep(let target, let candidates):
      return
        "\(target.description) has several open steps (\(candidates)); answer one with 'answer task N OPTION'"
    case .unknownOption(let task, let option, let valid):
      var message = "task \(task) has no option '\(option)'; expected \(Suggestion.list(valid))"
      if let suggestion = Suggestion.closest(to: option, among: valid) {
        message += " (did you mean '\(suggestion)'?)"
      }
      return message
    case .missingArgument(let option, let kind):
      return kind == .date
        ? "option '\(option)' needs a date: answer … \(option) 2026-01-09 (or +2d)"
        : "option '\(option)' needs a text"
    case .unexpectedArgument(let option):
      return "option '\(option)' takes no argument"
    case .dateInPast(let date, let clock):
      return "\(date) is in the past (the clock is at \(clock))"
    case .assignedToOther(let task, let owner):
      // A task of admin's own is admin's alone: not "only admin or admin".
      let who = owner == Manager.adminName ? owner : "\(owner) or \(Manager.adminName)"
      return
        "task \(task) is assigned to \(owner); only \(who) may act on it (\(Manager.adminName) can move it: transfer tasks from \(owner) to …)"
    case .alreadyAssigned(let task, let name):
      return "task \(task) is already assigned to \(name)"
    case .unknownManager(let name, let suggestion):
      var message = "there is no manager '\(name)'"
      if let suggestion {
        message += "; did you mean '\(suggestion)'?"
      } else {
        message += "; add one with 'manager add \(name)'"
      }
      return message
    case .managerExists(let name):
      return "there is a manager '\(name)' already"
    case .invalidName(let name, let what):
      return "'\(name)' is not a usable \(what); use a word without spaces"
    case .paymentRefused(let order, let reason):
      return "order \(order) cannot be paid: \(reason)"
    case .amountTooLarge(let amount, let remaining):
      return "\(amount) is more than the \(remaining) left to pay"
    case .nonPositiveAmount:
      return "the amount must be more than 0"
    case .statusUnchanged(let order, let status):
      return "order \(order) is \(status.slug) already"
    case .statusSetByPayments(let status):
      return "'\(status.slug)' is set by payments; use 'pay order N [AMOUNT]'"
    case .reasonWithoutCancel:
      return "--reason goes with status cancelled"
    case .orderClosed(let order, let status):
      return status == .completed
        ? "order \(order) is completed (paid in full); to refund it, set its status to pending-refund"
        : "order \(order) is \(status.slug) already"
    case .fieldUnchanged(let user, let field):
      return "user \(user) has that \(field.rawValue) already"
    case .nameRequired(let user):
      return "user \(user) needs a name; it cannot be cleared"
    case .customerFieldsWithUser:
      return
        "--name, --email and --phone describe a new customer; with --user the order goes to that customer as they are"
    case .unknownProcess(let name, let suggestion):
      var message = "there is no process '\(name)'"
      if let suggestion { message += "; did you mean '\(suggestion)'?" }
      return message
    case .processLaunchDisabled(let name):
      return
        "process '\(name)' has launch 'disabled': it runs only by hand (process run) or as a sub-process"
    case .processAlreadyStarted(let name):
      return "process '\(name)' is started already"
    case .processNotStarted(let name):
      return "process '\(name)' is not started"
    case .processObjectMismatch(let name, let object):
      return "process '\(name)' runs over \(object.rawValue)s"
    case .alreadyLaunched(let name, let order, let task):
      return
        "order \(order) has a task of '\(name)' already (task \(task)); restart the process to run it again"
    case .beyondTheCalendar:
      return
        "that is past 9999-12-31 23:59:59 (or before 0001-01-01): the clock keeps to years 1 to 9999"
    case .interrupted:
      return "interrupted: the session is as it was before the command"
    case .definition(let problems):
      let errors = problems.filter { $0.severity == .error }
      return "the definition has \(errors.count) error\(errors.count == 1 ? "" : "s"):\n"
        + errors.map { "  \($0.description)" }.joined(separator: "\n")
    case .session(let problem):
      return problem.description
    case .profile(let problems):
      return "the profile has bad values:\n" + problems.map { "  \($0)" }.joined(separator: "\n")
    case .condition(let problem):
      return problem.message
    case .unknownManagerID(let id, let count):
      return "there is no manager \(id); managers are 1–\(count)"
    case .dateForTextOption(let option):
      return "option '\(option)' takes a text, not a date"
    case .simulationOrderCount(let count):
      return "a simulation needs 0 or more orders, not \(count)"
    case .simulationWindowEmpty(let window):
      return "the orders of a simulation arrive over a window longer than 0s, not \(window)"
    case .simulationHorizonBeforeWindow(let horizon, let window):
      return
        "a simulation runs until its horizon (\(horizon)), which must be at least its window (\(window))"
    }
  }

  private static func range(_ count: Int, _ noun: String) -> String {
    count == 0 ? "; there are no \(noun)s yet" : "; \(noun)s are 1–\(count)"
  }
}

extension AnswerTarget {
  var description: String {
    switch self {
    case .task(let id): return "task \(id)"
    case .order(let id): return "order \(id)"
    }
  }
}
