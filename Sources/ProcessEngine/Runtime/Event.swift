/// One change in the session, with when it happened, what it concerns and what led to it.
///
/// The log keeps every event (SPEC §2); `why` walks the `trigger` links back from a state to the
/// command or timer that caused it. Stored as a fixed 32-byte row because a simulated month of a
/// million orders logs tens of millions of them; `change` decodes the row into a typed value.
public struct Event: Equatable, Sendable {
  public var time: Instant
  /// The raw fields: 0 for none (ids start at 1), -1 for no block.
  var taskRaw: Int32
  var triggerRaw: Int32
  /// > 0: an order id; < 0: minus a user id; 0: no object.
  var subjectRaw: Int32
  var blockRaw: Int16
  /// What kind of change it is, without decoding the change.
  public internal(set) var kind: Kind
  var small: UInt8
  var payload: Int64

  /// The task whose block made the change, if a process made it.
  public var task: TaskID? { taskRaw == 0 ? nil : TaskID(rawValue: taskRaw) }
  /// The block that made the change (in the task's definition).
  public var block: BlockIndex? { blockRaw < 0 ? nil : BlockIndex(Int(blockRaw)) }
  /// The earlier event this one follows from; nil when a command or a launch started the chain.
  public var trigger: EventID? { triggerRaw == 0 ? nil : EventID(rawValue: triggerRaw) }
  /// The object the change concerns.
  public var subject: Subject? { Subject(raw: subjectRaw) }
  /// The order the change concerns, if any.
  public var order: OrderID? { subjectRaw > 0 ? OrderID(rawValue: subjectRaw) : nil }

  public init(
    time: Instant, task: TaskID? = nil, block: BlockIndex? = nil, trigger: EventID? = nil,
    subject: Subject? = nil, change: Change
  ) {
    self.time = time
    taskRaw = task?.rawValue ?? 0
    blockRaw = block?.rawValue ?? -1
    triggerRaw = trigger?.rawValue ?? 0
    subjectRaw = subject?.raw ?? 0
    (kind, small, payload) = change.packed
  }

  /// What changed.
  public var change: Change {
    Change(kind: kind, small: small, payload: payload, subjectRaw: subjectRaw)
  }
}

/// The object a task runs over, or an event concerns.
public enum Subject: Hashable, Sendable {
  case order(OrderID)
  case user(UserID)

  var raw: Int32 {
    switch self {
    case .order(let id): return id.rawValue
    case .user(let id): return -id.rawValue
    }
  }

  init?(raw: Int32) {
    if raw > 0 {
      self = .order(OrderID(rawValue: raw))
    } else if raw < 0 {
      self = .user(UserID(rawValue: -raw))
    } else {
      return nil
    }
  }
}

/// The value of a task variable: what a manager gave with an answer.
public enum VariableValue: Equatable, Sendable {
  case date(Instant)
  case text(TextID)
}

/// What an event changed. The subject (order, user) and task are on the `Event`.
public enum Change: Equatable, Sendable {
  // Objects.
  case userCreated
  case orderCreated
  /// A customer's field was set (nil: cleared).
  case userFieldChanged(UserField, TextID?)
  case statusChanged(from: OrderStatus, to: OrderStatus, reason: TextID?)
  case paymentReceived(Money)
  case orderDateChanged(OrderDateField, Instant?)
  case orderManagerChanged(ManagerID?)
  case messageSent(TextID)
  // Tasks.
  case taskStarted
  /// A manager step opened at the event's block.
  case stepOpened
  /// A manager answered the step at the event's block with the option at `option`.
  case stepAnswered(option: Int, by: ManagerID)
  /// A step closed unanswered because its task ended.
  case stepWithdrawn
  case delayEnded
  case waitMet
  case waitTimedOut
  /// A condition block chose its `yes` (true) or `no` exit.
  case conditionDecided(Bool)
  /// A token took an empty exit and ended.
  case branchEnded
  case counterChanged(counter: Int, value: Int64)
  case variableSet(variable: Int, VariableValue)
  case taskManagerChanged(ManagerID?)
  case taskEnded(TaskResult)
  case taskFailed(TextID)
  case taskDeleted
  // Session.
  case clockSet(Instant)
  case managerAdded(ManagerID)
  case actingUserChanged(ManagerID)
  case processLoaded(DefinitionID)
  case processStarted(DefinitionID)
  case processStopped(DefinitionID)
  // Mailings (SPEC §12.4).
  case mailingLoaded(MailingID)
  case mailingStarted(MailingID)
  case mailingStopped(MailingID)
  /// A mailing sent its text to the order's customer: message `Engine.messages`' next id.
  case mailingSent(MailingID, TextID)
  /// The customer opened a message.
  case messageOpened(MessageID)

  /// The row fields the change is stored in.
  var packed: (Event.Kind, UInt8, Int64) {
    switch self {
    case .userCreated: return (.userCreated, 0, 0)
    case .orderCreated: return (.orderCreated, 0, 0)
    case .userFieldChanged(let field, let text):
      return (.userFieldChanged, field.code, Int64(text?.rawValue ?? -1))
    case .statusChanged(let from, let to, let reason):
      let small = from.code << 4 | to.code
      return (.statusChanged, small, Int64(reason?.rawValue ?? -1))
    case .paymentReceived(let amount): return (.paymentReceived, 0, amount.cents)
    case .orderDateChanged(let field, let date):
      return (.orderDateChanged, field.code, date?.secondsSinceEpoch ?? .min)
    case .orderManagerChanged(let manager):
      return (.orderManagerChanged, 0, Int64(manager?.rawValue ?? 0))
    case .messageSent(let text): return (.messageSent, 0, Int64(text.rawValue))
    case .taskStarted: return (.taskStarted, 0, 0)
    case .stepOpened: return (.stepOpened, 0, 0)
    case .stepAnswered(let option, let manager):
      return (.stepAnswered, UInt8(option), Int64(manager.rawValue))
    case .stepWithdrawn: return (.stepWithdrawn, 0, 0)
    case .delayEnded: return (.delayEnded, 0, 0)
    case .waitMet: return (.waitMet, 0, 0)
    case .waitTimedOut: return (.waitTimedOut, 0, 0)
    case .conditionDecided(let yes): return (.conditionDecided, yes ? 1 : 0, 0)
    case .branchEnded: return (.branchEnded, 0, 0)
    case .counterChanged(let counter, let value): return (.counterChanged, UInt8(counter), value)
    case .variableSet(let variable, .date(let date)):
      return (.variableSet, UInt8(variable) << 1, date.secondsSinceEpoch)
    case .variableSet(let variable, .text(let text)):
      return (.variableSet, UInt8(variable) << 1 | 1, Int64(text.rawValue))
    case .taskManagerChanged(let manager):
      return (.taskManagerChanged, 0, Int64(manager?.rawValue ?? 0))
    case .taskEnded(let result): return (.taskEnded, result.code, 0)
    case .taskFailed(let text): return (.taskFailed, 0, Int64(text.rawValue))
    case .taskDeleted: return (.taskDeleted, 0, 0)
    case .clockSet(let instant): return (.clockSet, 0, instant.secondsSinceEpoch)
    case .managerAdded(let manager): return (.managerAdded, 0, Int64(manager.rawValue))
    case .actingUserChanged(let manager): return (.actingUserChanged, 0, Int64(manager.rawValue))
    case .processLoaded(let id): return (.processLoaded, 0, Int64(id.rawValue))
    case .processStarted(let id): return (.processStarted, 0, Int64(id.rawValue))
    case .processStopped(let id): return (.processStopped, 0, Int64(id.rawValue))
    case .mailingLoaded(let id): return (.mailingLoaded, 0, Int64(id.rawValue))
    case .mailingStarted(let id): return (.mailingStarted, 0, Int64(id.rawValue))
    case .mailingStopped(let id): return (.mailingStopped, 0, Int64(id.rawValue))
    case .mailingSent(let id, let text):
      return (.mailingSent, 0, Int64(id.rawValue) << 32 | Int64(text.rawValue))
    case .messageOpened(let id): return (.messageOpened, 0, Int64(id.rawValue))
    }
  }

  init(kind: Event.Kind, small: UInt8, payload: Int64, subjectRaw: Int32) {
    func text(_ raw: Int64) -> TextID? { raw < 0 ? nil : TextID(rawValue: Int32(raw)) }
    func manager(_ raw: Int64) -> ManagerID? { raw == 0 ? nil : ManagerID(rawValue: Int32(raw)) }
    switch kind {
    case .userCreated: self = .userCreated
    case .orderCreated: self = .orderCreated
    case .userFieldChanged: self = .userFieldChanged(UserField(code: small), text(payload))
    case .statusChanged:
      self = .statusChanged(
        from: OrderStatus(code: small >> 4), to: OrderStatus(code: small & 15),
        reason: text(payload))
    case .paymentReceived: self = .paymentReceived(Money(cents: payload))
    case .orderDateChanged:
      self = .orderDateChanged(
        OrderDateField(code: small), payload == .min ? nil : Instant(secondsSinceEpoch: payload))
    case .orderManagerChanged: self = .orderManagerChanged(manager(payload))
    case .messageSent: self = .messageSent(TextID(rawValue: Int32(payload)))
    case .taskStarted: self = .taskStarted
    case .stepOpened: self = .stepOpened
    case .stepAnswered:
      self = .stepAnswered(option: Int(small), by: ManagerID(rawValue: Int32(payload)))
    case .stepWithdrawn: self = .stepWithdrawn
    case .delayEnded: self = .delayEnded
    case .waitMet: self = .waitMet
    case .waitTimedOut: self = .waitTimedOut
    case .conditionDecided: self = .conditionDecided(small != 0)
    case .branchEnded: self = .branchEnded
    case .counterChanged: self = .counterChanged(counter: Int(small), value: payload)
    case .variableSet:
      let value: VariableValue =
        small & 1 == 0
        ? .date(Instant(secondsSinceEpoch: payload)) : .text(TextID(rawValue: Int32(payload)))
      self = .variableSet(variable: Int(small >> 1), value)
    case .taskManagerChanged: self = .taskManagerChanged(manager(payload))
    case .taskEnded: self = .taskEnded(TaskResult(code: small))
    case .taskFailed: self = .taskFailed(TextID(rawValue: Int32(payload)))
    case .taskDeleted: self = .taskDeleted
    case .clockSet: self = .clockSet(Instant(secondsSinceEpoch: payload))
    case .managerAdded: self = .managerAdded(ManagerID(rawValue: Int32(payload)))
    case .actingUserChanged: self = .actingUserChanged(ManagerID(rawValue: Int32(payload)))
    case .processLoaded: self = .processLoaded(DefinitionID(rawValue: Int32(payload)))
    case .processStarted: self = .processStarted(DefinitionID(rawValue: Int32(payload)))
    case .processStopped: self = .processStopped(DefinitionID(rawValue: Int32(payload)))
    case .mailingLoaded: self = .mailingLoaded(MailingID(rawValue: Int32(payload)))
    case .mailingStarted: self = .mailingStarted(MailingID(rawValue: Int32(payload)))
    case .mailingStopped: self = .mailingStopped(MailingID(rawValue: Int32(payload)))
    case .mailingSent:
      self = .mailingSent(
        MailingID(rawValue: Int32(truncatingIfNeeded: payload >> 32)),
        TextID(rawValue: Int32(truncatingIfNeeded: payload)))
    case .messageOpened: self = .messageOpened(MessageID(rawValue: Int32(payload)))
    }
  }
}

extension Event {
  /// The stored kind of an event: the tag of `Change`, kept as a byte.
  ///
  /// The raw values are written to session files: they are frozen, whatever the order of the
  /// cases (`StoredCodeTests`). A new kind takes the next unused number.
  public enum Kind: UInt8, CaseIterable, Sendable {
    case userCreated = 0
    case orderCreated = 1
    case userFieldChanged = 2
    case statusChanged = 3
    case paymentReceived = 4
    case orderDateChanged = 5
    case orderManagerChanged = 6
    case messageSent = 7
    case taskStarted = 8
    case stepOpened = 9
    case stepAnswered = 10
    case stepWithdrawn = 11
    case delayEnded = 12
    case waitMet = 13
    case waitTimedOut = 14
    case conditionDecided = 15
    case branchEnded = 16
    case counterChanged = 17
    case variableSet = 18
    case taskManagerChanged = 19
    case taskEnded = 20
    case taskFailed = 21
    case taskDeleted = 22
    case clockSet = 23
    case managerAdded = 24
    case actingUserChanged = 25
    case processLoaded = 26
    case processStarted = 27
    case processStopped = 28
    case mailingLoaded = 29
    case mailingStarted = 30
    case mailingStopped = 31
    case mailingSent = 32
    case messageOpened = 33
  }

  /// The raw row, for the session writer.
  var row:
    (
      time: Int64, task: Int32, trigger: Int32, subject: Int32, block: Int16, kind: UInt8,
      small: UInt8, payload: Int64
    )
  {
    (
      time.secondsSinceEpoch, taskRaw, triggerRaw, subjectRaw, blockRaw, kind.rawValue, small,
      payload
    )
  }

  /// An event from a raw row, for the session reader; nil if the kind is unknown.
  init?(
    time: Int64, task: Int32, trigger: Int32, subject: Int32, block: Int16, kind: UInt8,
    small: UInt8, payload: Int64
  ) {
    guard let kind = Kind(rawValue: kind) else { return nil }
    self.time = Instant(secondsSinceEpoch: time)
    taskRaw = task
    triggerRaw = trigger
    subjectRaw = subject
    blockRaw = block
    self.kind = kind
    self.small = small
    self.payload = payload
  }
}
