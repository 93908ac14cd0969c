import Wording

/// Why the engine refused a command, a file or a text. A refused command changed nothing.
///
/// The one error type of the library: every public throwing API throws it, so a caller catches
/// one type and picks the cases it words its own way (`catch .session(let problem)`). Messages
/// start lower-case, quote what the user gave, and say what would be valid; the shell adds
/// `error:` and, in scripts, `FILE:LINE:`. A case carries what went wrong as values, not prose,
/// so that each language words it its own way: `message(in:)`, from `EngineErrorPhrase`.
public enum EngineError: Error, Equatable, Sendable {
  case malformedDuration(String, reason: DurationProblem)
  case malformedDateTime(String, reason: DateTimeProblem)
  case malformedAmount(String)
  case timeGoesBack(target: Instant, clock: Instant)
  case clockSetWithObjects
  case agendaEmpty
  case unknownOrder(OrderID, count: Int)
  case unknownUser(UserID, count: Int)
  case unknownTask(TaskID, count: Int)
  case taskNotOpen(TaskID, TaskState)
  /// No open step to answer; `hint` is a sub-process task of the task that asks instead.
  case noOpenStep(AnswerTarget, hint: AskingStep?)
  case ambiguousStep(AnswerTarget, candidates: [AskingStep])
  case unknownOption(TaskID, option: String, valid: [String])
  case missingArgument(option: String, kind: ArgumentKind)
  case unexpectedArgument(option: String)
  case dateInPast(Instant, clock: Instant)
  case assignedToOther(TaskID, owner: String)
  case alreadyAssigned(TaskID, to: String)
  case unknownManager(String, suggestion: String?)
  case managerExists(String)
  case invalidName(String, what: NameKind)
  case paymentRefused(OrderID, reason: PaymentRefusal)
  case amountTooLarge(Money, remaining: Money)
  case nonPositiveAmount
  case statusUnchanged(OrderID, OrderStatus)
  case statusSetByPayments(OrderStatus)
  case reasonWithoutCancel
  case orderClosed(OrderID, OrderStatus)
  case fieldUnchanged(UserID, UserField)
  case nameRequired(UserID)
  /// A phone or e-mail of nothing but blanks: it would count as one (a process's "has a phone?"
  /// says yes), while `none` (or `order new --no-phone`) means there is none.
  case blankContact(UserField)
  case customerFieldsWithUser
  case unknownProcess(String, suggestion: String?)
  case processLaunchDisabled(String)
  case processAlreadyStarted(String)
  case processNotStarted(String)
  case unknownMailing(String, suggestion: String?)
  case mailingAlreadyStarted(String)
  case mailingNotStarted(String)
  case unknownMessage(MessageID, count: Int)
  case messageAlreadyOpened(MessageID, at: Instant)
  case processObjectMismatch(String, ObjectType)
  /// A new version of a process over another object type than the loaded one (issue 12): its
  /// tasks would run over orders and users at once.
  case processObjectChanged(String, was: ObjectType, now: ObjectType)
  case alreadyLaunched(String, order: OrderID, task: TaskID)
  case alreadyLaunchedOnUser(String, user: UserID, task: TaskID)
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

  /// A task's open step, named by the question it asks.
  public struct AskingStep: Equatable, Sendable {
    public var task: TaskID
    /// The question's key.
    public var question: String

    public init(task: TaskID, question: String) {
      self.task = task
      self.question = question
    }
  }

  /// What a refused name was to name.
  public enum NameKind: Equatable, Sendable {
    case managerName
    /// `nobody`: `transfer tasks from M to nobody` leaves tasks with no manager.
    case reservedManagerName
    /// A new customer's name.
    case customerName
    case product
  }

  /// Why an order takes no payment.
  public enum PaymentRefusal: Equatable, Sendable {
    /// It is cancelled or false.
    case status(OrderStatus)
    case paidInFull
  }

  /// The message shown to the user, in English.
  public var message: String { message(in: .english) }

  /// The message shown to the user, in `language`.
  public func message(in language: Language) -> String {
    func say(_ phrase: EngineErrorPhrase, _ values: PhraseValues = [:]) -> String {
      language.text(phrase, values)
    }
    func status(_ status: OrderStatus) -> PhraseValue { .text(language.name(of: status)) }
    switch self {
    case .malformedDuration(let text, let reason):
      return say(
        .malformedDuration, ["text": .text(text), "reason": .text(reason.message(in: language))])
    case .malformedDateTime(let text, let reason):
      return say(
        .malformedDateTime, ["text": .text(text), "reason": .text(reason.message(in: language))])
    case .malformedAmount(let text):
      return say(.malformedAmount, ["text": .text(text)])
    case .timeGoesBack(let target, let clock):
      return say(
        .timeGoesBack, ["target": .text(target.description), "clock": .text(clock.description)])
    case .clockSetWithObjects:
      return say(.clockSetWithObjects)
    case .agendaEmpty:
      return say(.agendaEmpty)
    case .unknownOrder(let id, let count):
      return say(
        count == 0 ? .noOrderYet : .noOrder, ["id": .text("\(id)"), "count": .plain(count)])
    case .unknownUser(let id, let count):
      return say(
        count == 0 ? .noUserYet : .noUser, ["id": .text("\(id)"), "count": .plain(count)])
    case .unknownTask(let id, let count):
      return say(
        count == 0 ? .noTaskYet : .noTask, ["id": .text("\(id)"), "count": .plain(count)])
    case .taskNotOpen(let id, let state):
      let phrase: EngineErrorPhrase =
        switch state {
        case .active: .taskActive
        case .waiting: .taskWaiting
        case .ended: .taskEnded
        case .deleted: .taskDeleted
        }
      return say(phrase, ["id": .text("\(id)")])
    case .noOpenStep(let target, let hint):
      let message: String
      switch target {
      case .task(let id): message = say(.taskHasNoOpenStep, ["id": .text("\(id)")])
      case .order(let id): message = say(.orderHasNoOpenStep, ["id": .text("\(id)")])
      }
      guard let hint else { return message }
      return message
        + say(.subprocessAsks, ["task": .text("\(hint.task)"), "question": .text(hint.question)])
    case .ambiguousStep(let target, let candidates):
      let list = candidates.map {
        say(.asks, ["task": .text("\($0.task)"), "question": .text($0.question)])
      }
      let joined = list.joined(separator: ", ")
      switch target {
      case .task(let id):
        return say(.taskHasSeveralOpenSteps, ["id": .text("\(id)"), "candidates": .text(joined)])
      case .order(let id):
        return say(.orderHasSeveralOpenSteps, ["id": .text("\(id)"), "candidates": .text(joined)])
      }
    case .unknownOption(let task, let option, let valid):
      let message = say(
        .unknownOption,
        [
          "task": .text("\(task)"), "option": .text(option),
          "valid": .text(language.choices(valid)),
        ])
      guard let suggestion = Suggestion.closest(to: option, among: valid) else { return message }
      return message + say(.unknownOptionDidYouMean, ["suggestion": .text(suggestion)])
    case .missingArgument(let option, let kind):
      return say(kind == .date ? .optionNeedsDate : .optionNeedsText, ["option": .text(option)])
    case .unexpectedArgument(let option):
      return say(.unexpectedArgument, ["option": .text(option)])
    case .dateInPast(let date, let clock):
      return say(.dateInPast, ["date": .text(date.description), "clock": .text(clock.description)])
    case .assignedToOther(let task, let owner):
      // A task of admin's own is admin's alone: not "only admin or admin".
      return say(
        owner == Manager.adminName ? .assignedToAdmin : .assignedToOther,
        ["task": .text("\(task)"), "owner": .text(owner), "admin": .text(Manager.adminName)])
    case .alreadyAssigned(let task, let name):
      return say(.alreadyAssigned, ["task": .text("\(task)"), "name": .text(name)])
    case .unknownManager(let name, let suggestion):
      guard let suggestion else { return say(.unknownManagerAddOne, ["name": .text(name)]) }
      return say(.unknownManager, ["name": .text(name)]) + language.didYouMean(suggestion)
    case .managerExists(let name):
      return say(.managerExists, ["name": .text(name)])
    case .invalidName(let name, let what):
      let phrase: EngineErrorPhrase =
        switch what {
        case .managerName: .invalidManagerName
        case .reservedManagerName: .reservedManagerName
        case .customerName: .invalidCustomerName
        case .product: .invalidProduct
        }
      return say(phrase, ["name": .text(name)])
    case .paymentRefused(let order, .status(let current)):
      return say(.paymentRefusedByStatus, ["order": .text("\(order)"), "status": status(current)])
    case .paymentRefused(let order, .paidInFull):
      return say(.paymentRefusedPaidInFull, ["order": .text("\(order)")])
    case .amountTooLarge(let amount, let remaining):
      return say(
        .amountTooLarge,
        ["amount": .text(amount.description), "remaining": .text(remaining.description)])
    case .nonPositiveAmount:
      return say(.nonPositiveAmount)
    case .statusUnchanged(let order, let current):
      return say(.statusAlready, ["order": .text("\(order)"), "status": status(current)])
    case .statusSetByPayments(let current):
      return say(.statusSetByPayments, ["status": status(current)])
    case .reasonWithoutCancel:
      return say(.reasonWithoutCancel, ["status": status(.cancelled)])
    case .orderClosed(let order, let current):
      guard current == .completed else {
        return say(.statusAlready, ["order": .text("\(order)"), "status": status(current)])
      }
      return say(
        .orderCompleted,
        ["order": .text("\(order)"), "status": status(current), "refund": status(.pendingRefund)])
    case .fieldUnchanged(let user, let field):
      let phrase: EngineErrorPhrase =
        switch field {
        case .name: .sameName
        case .email: .sameEmail
        case .phone: .samePhone
        }
      return say(phrase, ["user": .text("\(user)")])
    case .nameRequired(let user):
      return say(.nameRequired, ["user": .text("\(user)")])
    case .blankContact(let field):
      return say(field == .email ? .blankEmail : .blankPhone)
    case .customerFieldsWithUser:
      return say(.customerFieldsWithUser)
    case .unknownProcess(let name, let suggestion):
      return say(.unknownProcess, ["name": .text(name)]) + language.didYouMean(suggestion)
    case .processLaunchDisabled(let name):
      return say(.processLaunchDisabled, ["name": .text(name)])
    case .processAlreadyStarted(let name):
      return say(.processAlreadyStarted, ["name": .text(name)])
    case .processNotStarted(let name):
      return say(.processNotStarted, ["name": .text(name)])
    case .unknownMailing(let name, let suggestion):
      return say(.unknownMailing, ["name": .text(name)]) + language.didYouMean(suggestion)
    case .mailingAlreadyStarted(let name):
      return say(.mailingAlreadyStarted, ["name": .text(name)])
    case .mailingNotStarted(let name):
      return say(.mailingNotStarted, ["name": .text(name)])
    case .unknownMessage(let id, let count):
      return say(
        count == 0 ? .noMessageYet : .noMessage, ["id": .text("\(id)"), "count": .plain(count)])
    case .messageAlreadyOpened(let id, let time):
      return say(.messageAlreadyOpened, ["id": .text("\(id)"), "time": .text("\(time)")])
    case .processObjectMismatch(let name, let object):
      return say(
        object == .order ? .processRunsOverOrders : .processRunsOverUsers, ["name": .text(name)])
    case .processObjectChanged(let name, let was, _):
      return say(
        was == .order ? .objectChangedFromOrders : .objectChangedFromUsers, ["name": .text(name)])
    case .alreadyLaunched(let name, let order, let task):
      return say(
        .alreadyLaunched,
        ["name": .text(name), "order": .text("\(order)"), "task": .text("\(task)")])
    case .alreadyLaunchedOnUser(let name, let user, let task):
      return say(
        .alreadyLaunchedOnUser,
        ["name": .text(name), "user": .text("\(user)"), "task": .text("\(task)")])
    case .beyondTheCalendar:
      return say(.beyondTheCalendar)
    case .interrupted:
      return say(.interrupted)
    case .definition(let problems):
      let errors = problems.filter { $0.severity == .error }
      return say(.definitionErrors, ["n": .plain(errors.count)]) + "\n"
        + errors.map { "  " + $0.description(in: language) }.joined(separator: "\n")
    case .session(let problem):
      return problem.description(in: language)
    case .profile(let problems):
      return say(.profileValues) + "\n"
        + problems.map { "  " + $0.description(in: language) }.joined(separator: "\n")
    case .condition(let problem):
      return problem.message(in: language)
    case .unknownManagerID(let id, let count):
      return say(.noManager, ["id": .text("\(id)"), "count": .plain(count)])
    case .dateForTextOption(let option):
      return say(.dateForTextOption, ["option": .text(option)])
    case .simulationOrderCount(let count):
      return say(
        .simulationOrderCount,
        ["count": .plain(count), "most": .plain(SimulationParameters.mostOrders)])
    case .simulationWindowEmpty(let window):
      return say(.simulationWindowEmpty, ["window": .text(window.description)])
    case .simulationHorizonBeforeWindow(let horizon, let window):
      return say(
        .simulationHorizonBeforeWindow,
        ["horizon": .text(horizon.description), "window": .text(window.description)])
    }
  }
}
