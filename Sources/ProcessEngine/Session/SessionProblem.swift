import JSON
import Wording

/// Why a session file cannot be loaded: the detail of `EngineError.session`, at the first bad
/// value.
///
///     orders[0][4]: 42 is out of range (0…9)
public struct SessionProblem: Equatable, Sendable, CustomStringConvertible {
  /// The JSON path of the offending value (`tasks[3][0]`), or empty for the whole document.
  public var path: String
  /// What is wrong, as values: `message(in:)` words it.
  public var reason: Reason

  public init(path: String, _ reason: Reason) {
    self.path = path
    self.reason = reason
  }

  /// What is wrong, in English.
  public var message: String { reason.message(in: .english) }

  /// What is wrong, in `language`.
  public func message(in language: Language) -> String { reason.message(in: language) }

  public var description: String { description(in: .english) }

  /// `orders[0][4]: …` in `language`.
  public func description(in language: Language) -> String {
    let message = reason.message(in: language)
    return path.isEmpty ? message : "\(path): \(message)"
  }

  /// What is wrong with a session file, worded by `SessionPhrase`. Record numbers are as the
  /// file counts them (from 1), statuses are order statuses, amounts are cents.
  public indirect enum Reason: Equatable, Sendable {
    // The document and its values.
    case notJSON(JSONSyntaxError)
    /// A value that is not JSON, or not the JSON expected, where it is read.
    case syntax(JSONSyntaxError)
    case emptyFile
    case formatMissing
    case notASession
    case missing
    case expectedWholeNumber
    case newerVersion(Int64)
    case versionNotOne(found: Int64)
    case unknownKey(version: Int64)
    case historyInBase
    case expectedArray
    case expectedObject
    case expectedBool
    case outOfRange(Int64, ClosedRange<Int64>)
    case nullNumber
    case recordNotArray(line: Int, column: Int)
    case tooFewFields(line: Int, column: Int)
    case tooManyFields(line: Int, column: Int)
    /// A value the engine refuses as it would refuse it typed (a date-time, a simulation's
    /// parameters).
    case refused(EngineError)
    /// A process definition that cannot be used: its first error.
    case definition(DefinitionProblem)
    /// A simulation profile with a bad value: its first.
    case profile(ProfileProblem)

    // Records.
    case textTwice
    case firstManagerNotAdmin
    case managerNameTwice
    case processTextMissing
    case mailingTwice(String)
    /// A message sent to no order or customer, or a mailing's to a customer.
    case messageToNobody
    /// A `message-opened` event names a message not sent before it.
    case noMessageBefore(Int64)
    case openedByOther(MessageID)
    case messageOpenedTwice(MessageID)
    /// An order's `messages` column disagrees with the messages logged about it.
    case messageCount(found: Int64, logged: Int64)
    case noSuchMailing
    case noEvent(Int64)
    case noToken(Int64)
    case noProcess(Int64)
    case orderWithoutUsers
    case taskWithoutProcesses
    case tokenWithoutTasks
    case taskWithoutObject
    case noOrder(OrderID)
    case noUser(UserID)
    case processRunsOver(ObjectType)
    case slotCount(expected: Int, found: Int)
    case endedWithoutTime
    case notAnEndBlock(Int64, process: String)
    case noSuchText
    case deletedWithoutTime
    case taskHasEnded(TaskID)
    case tokenStateNotSaved
    case tokenBlockKind(block: String, type: String)
    case tokenWithoutChild
    case openStepsMismatch(Int32, asking: Int32)
    case runningWithoutTokens

    // Events.
    case clockBeforeLastEvent(clock: Instant, last: Instant, index: Int)
    case timeOutOfRange
    case clockSetMismatch
    case eventBeforePrevious
    case notATaskID(Int64)
    case triggerNotEarlier
    case notAnObjectID(Int64)
    case fieldOutOfRange
    case unknownEventKind(Int64)
    case blockOutsideProcess(Int)
    case blockWithoutTask
    case badFieldChange
    case badStatusChange
    case badDateField
    case noSuchManager
    case noSuchProcess
    case badResult
    case stepOutsideQuestion
    case badAnswer
    case noSuchCounter
    case noSuchVariable
    case taskEventWithoutTask

    // The agenda.
    case agendaShape
    case agendaRowShape
    case dueBeforeClock
    case sequenceTaken(Int64)
    case badEpoch
    case unknownTimerKind(Int64)
    case tokenHasNoTimer(Int)
    case staleTimer(token: Int, epoch: UInt32, timerEpoch: Int64)
    case timerTwice(token: Int, other: String)
    case waitWithoutTimeout(token: Int, block: String)
    case timerDue(token: Int, since: Instant, block: String, due: Instant)
    case timerBeforeWait(token: Int, since: Instant, due: Instant)
    case notPeriodic(process: Int, name: String)
    case staleCheck(process: Int, name: String)
    case checkTwice(process: Int, other: String)
    case dueTooLate(interval: TimeSpan)
    case sleepWithoutTimer(token: Int, block: String)
    case timeoutWithoutTimer(token: Int, block: String)
    case periodicWithoutCheck(String)

    // The log against the records.
    case taskStartsTwice(Int)
    case orderEventBeforeCreation(Int)
    case taskEventBeforeStart(Int)
    case orderCreatedTwice(Int)
    case paidWhile(order: Int, OrderStatus)
    case paymentTooLarge(cents: Int64, order: Int, left: Int64)
    case changeFromOther(order: Int, OrderStatus, from: OrderStatus)
    /// The log makes an order completed or partially paid with these payments.
    case becomesWith(order: Int, OrderStatus, paid: Int64, amount: Int64)
    case runsButEnded(TaskID, at: Instant)
    case endedWithoutEvent(TaskID)
    case deletedAtOther(TaskID, at: Instant, logged: Instant)
    case deletedNotLast(TaskID)
    case endedButDeleted(TaskID)
    case failedOtherReason(TaskID)
    case endedAtOther(TaskID, at: Instant, logged: Instant)
    case failedButEnded(TaskID, logged: TaskResult)
    case resultMismatch(TaskID, TaskResult, logged: TaskResult)
    case endedButFailed(TaskID)
    case noTaskStarted(Int)
    case startedAtOther(task: Int, at: Instant, logged: Instant)
    case noOrderCreated(Int)
    case statusMismatch(order: Int, OrderStatus, logged: OrderStatus)
    case paidMismatch(order: Int, paid: Int64, logged: Int64)
    case reasonMismatch(Int)
    case completedButUnpaid(order: Int, unpaid: Int64)
    case partiallyPaidBut(order: Int, paid: Int64, amount: Int64)

    // A history's steps.
    case commandNotObject(found: JSONKind)
    case commandNameMissing
    case unknownCommand(String, suggestion: String?)
    case notAUserField(String)
    case notAStatus(String)
    case notADateField(String)
    case answerWithoutTarget
    case answerWithTwoTargets
    case argumentShape
    case unknownMember(suggestion: String?)
    case expectedObjectFound(JSONKind)
    case expectedStringFound(JSONKind)
    case expectedWholeNumberFound(JSONKind)
    case notASpan(String)
    case expectedDateTimeFound(JSONKind)
    case notADateTimeOrSpan(String)
    case expectedSeed
    case unknownHistoryKey
    case keyTwice
    case stepShape
    case stepTextFound(JSONKind)
    case checkpointShape
    case checkpointNameMissing
    case checkpointTwice(String)
    case checkpointSteps(Int)
  }
}
