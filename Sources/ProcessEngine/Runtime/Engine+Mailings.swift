/// Auto-mailings and the messages customers get (SPEC §12.4, seed 001).
///
/// A started mailing sends its text once to each order at the instant the order first matches
/// its `to` condition. It looks at an order when the order or its customer changes (once the
/// instant's tokens and waits have settled, so a status a process sets and moves on from in the
/// same instant is not "matched") and, when `to` asks how long ago something happened, at the
/// instant that can turn, which is put on the agenda: nothing is polled. `false` orders never
/// get mailings.
extension Engine {
  // MARK: - Commands

  mutating func loadMailing(_ definition: MailingDefinition) {
    let text = texts.intern(definition.text)
    let id: MailingID
    if let index = mailings.firstIndex(where: { $0.name == definition.name }) {
      id = MailingID(index: index)
      mailings[index].definition = definition
      mailings[index].text = text
      mailings[index].readsTime = definition.to.readsTime
      if !mailings[index].isStarted {
        mailings[index].isStarted = true
        startedMailings += 1
      }
    } else {
      id = MailingID(index: mailings.count)
      mailings.append(
        LoadedMailing(
          id: id, definition: definition, isStarted: true, text: text,
          readsTime: definition.to.readsTime))
      startedMailings += 1
    }
    let loaded = record(.mailingLoaded(id))
    lookAtEveryOrder(cause: loaded)
  }

  mutating func startMailing(_ name: String) throws(EngineError) {
    let mailing = try existingMailing(name)
    guard !mailing.isStarted else { throw .mailingAlreadyStarted(name) }
    mailings[mailing.id.index].isStarted = true
    startedMailings += 1
    let started = record(.mailingStarted(mailing.id))
    lookAtEveryOrder(cause: started)
  }

  mutating func stopMailing(_ name: String) throws(EngineError) {
    let mailing = try existingMailing(name)
    guard mailing.isStarted else { throw .mailingNotStarted(name) }
    mailings[mailing.id.index].isStarted = false
    startedMailings -= 1
    record(.mailingStopped(mailing.id))
  }

  /// The customer opens message `id`: a change of its order (or customer), so waits and
  /// mailings that ask `opened` look again.
  mutating func openMessage(_ id: MessageID) throws(EngineError) {
    guard id.rawValue >= 1, id.index < messages.count else {
      throw .unknownMessage(id, count: messages.count)
    }
    let openedAt = messages[id.index].openedAt
    guard openedAt == Message.unopened else {
      throw .messageAlreadyOpened(id, at: Instant(secondsSinceEpoch: openedAt))
    }
    messages[id.index].openedAt = clock.secondsSinceEpoch
    let sent = log[messages[id.index].sent]
    if sent.kind == .mailingSent, case .mailingSent(let mailing, _) = sent.change {
      mailings[mailing.index].opened += 1
    }
    guard let subject = sent.subject else {
      preconditionFailure("internal inconsistency: message \(id) was sent to nobody")
    }
    // A customer's act, like a payment: its chain starts here.
    record(.messageOpened(id), subject: subject)
    noteChange(subject)
    settle()
  }

  /// The mailing called `name`, or the error naming the closest one.
  public func existingMailing(_ name: String) throws(EngineError) -> LoadedMailing {
    guard let mailing = mailing(named: name) else {
      throw .unknownMailing(name, suggestion: Suggestion.closest(to: name, among: mailingNames))
    }
    return mailing
  }

  public func mailing(named name: String) -> LoadedMailing? {
    mailings.first(where: { $0.name == name })
  }

  public var mailingNames: [String] { mailings.map(\.name) }

  // MARK: - Messages

  /// How many messages were sent: the last message's id.
  public var messageCount: Int { messages.count }

  /// Message `id` as the listings show it, or nil if there is none.
  public func message(_ id: MessageID) -> SentMessage? {
    guard id.rawValue >= 1, id.index < messages.count else { return nil }
    let stored = messages[id.index]
    let event = log[stored.sent]
    let sender: SentMessage.Sender
    let text: TextID
    switch event.change {
    case .mailingSent(let mailing, let mailingText):
      sender = .mailing(mailing)
      text = mailingText
    case .messageSent(let blockText):
      guard let task = event.task, let block = event.block else {
        preconditionFailure("internal inconsistency: message \(id) has no sender")
      }
      sender = .block(task, block)
      text = blockText
    default:
      preconditionFailure("internal inconsistency: message \(id) is not a sending")
    }
    guard let subject = event.subject else {
      preconditionFailure("internal inconsistency: message \(id) was sent to nobody")
    }
    return SentMessage(
      id: id, time: event.time, subject: subject, sender: sender, text: texts[text],
      openedAt: stored.openedAt == Message.unopened
        ? nil : Instant(secondsSinceEpoch: stored.openedAt),
      event: stored.sent)
  }

  /// The messages about an order, oldest first.
  public func messages(of order: OrderID) -> [SentMessage] {
    var result: [SentMessage] = []
    var next = orders[order.index].lastMessage
    while let id = next {
      if let message = message(id) { result.append(message) }
      next = messages[id.index].previousMessageOfOrder
    }
    return result.reversed()
  }

  /// The message that event `event` sent, if it sent one. Messages are numbered in the order of
  /// their events, so this is a binary search.
  public func messageID(sentBy event: EventID) -> MessageID? {
    var low = 0
    var high = messages.count
    while low < high {
      let middle = (low + high) / 2
      if messages[middle].sent < event { low = middle + 1 } else { high = middle }
    }
    guard low < messages.count, messages[low].sent == event else { return nil }
    return MessageID(index: low)
  }

  /// The message a logged `messageSent` or `mailingSent` event sent, to an order's customer or to
  /// a customer of a process over users (an event does not know its own position). Messages are
  /// numbered in the order sent, so this is a binary search by time, then a look at the events
  /// of that second.
  public func messageID(sentBy event: Event) -> MessageID? {
    var low = 0
    var high = messages.count
    while low < high {
      let middle = (low + high) / 2
      if log[messages[middle].sent].time < event.time { low = middle + 1 } else { high = middle }
    }
    var index = low
    while index < messages.count, log[messages[index].sent].time == event.time {
      if log[messages[index].sent] == event { return MessageID(index: index) }
      index += 1
    }
    return nil
  }

  /// Every message, in the order sent.
  public var allMessages: [SentMessage] {
    messages.indices.compactMap { message(MessageID(index: $0)) }
  }

  /// Keeps the message that `event` (just logged) sent about `subject`.
  mutating func keepMessage(sentBy event: EventID, about subject: Subject) {
    let id = MessageID(index: messages.count)
    var message = Message(sent: event)
    if case .order(let order) = subject {
      message.previousMessageOfOrder = orders[order.index].lastMessage
      orders[order.index].lastMessage = id
      orders[order.index].messages += 1
    }
    messages.append(message)
  }

  /// The message of `mailing` about `order`, if it was sent.
  mutating func message(of mailing: MailingID, about order: OrderID) -> Message? {
    var next = orders[order.index].lastMessage
    while let id = next {
      let message = messages[id.index]
      let event = log[message.sent]
      if event.kind == .mailingSent, event.payload >> 32 == Int64(mailing.rawValue) {
        return message
      }
      next = message.previousMessageOfOrder
    }
    return nil
  }

  /// The message of the mailing called `name` about `order`, if it was sent.
  mutating func message(ofMailingNamed name: String, about order: OrderID) -> Message? {
    guard let index = mailings.firstIndex(where: { $0.name == name }) else { return nil }
    return message(of: MailingID(index: index), about: order)
  }

  // MARK: - Conditions

  /// `received NAME [ago …]` of §12.4 for `order`.
  mutating func hasReceived(_ name: String, ago age: Condition.Age?, order: OrderID) -> Bool {
    guard let message = message(ofMailingNamed: name, about: order) else { return false }
    guard let age else { return true }
    return age.holds(since: log[message.sent].time, now: clock)
  }

  /// `opened NAME` of §12.4 for `order`.
  mutating func hasOpened(_ name: String, order: OrderID) -> Bool {
    guard let message = message(ofMailingNamed: name, about: order) else { return false }
    return message.openedAt != Message.unopened
  }

  /// The first instant after the clock at which time alone may turn `condition` for `order`:
  /// where one of its `created ago` or `received … ago` comparisons turns. Nil when none will.
  mutating func nextTurn(of condition: Condition, order: OrderID) -> Instant? {
    switch condition {
    case .createdAgo(let op, let span):
      return Condition.Age(op, span).nextTurn(since: orders[order.index].createdAt, after: clock)
    case .received(let name, .some(let age)):
      guard let message = message(ofMailingNamed: name, about: order) else { return nil }
      return age.nextTurn(since: log[message.sent].time, after: clock)
    case .not(let inner):
      return nextTurn(of: inner, order: order)
    case .and(let a, let b), .or(let a, let b):
      let first = nextTurn(of: a, order: order)
      let second = nextTurn(of: b, order: order)
      guard let first else { return second }
      guard let second else { return first }
      return min(first, second)
    default:
      return nil
    }
  }

  // MARK: - Looking at orders

  /// Notes that an order changed, for the started mailings to look at it once the instant has
  /// settled.
  mutating func noteMailingCandidate(_ order: OrderID, cause: EventID?) {
    if let index = mailingCandidates.lastIndex(where: { $0.order == order }) {
      mailingCandidates[index].cause = cause
    } else {
      mailingCandidates.append((order, cause))
    }
  }

  /// Lets the started mailings look at the orders changed at this instant, in the order they
  /// changed.
  mutating func sendDueMailings() {
    let candidates = mailingCandidates
    mailingCandidates.removeAll(keepingCapacity: true)
    for (order, cause) in candidates { lookAtMailings(for: order, cause: cause) }
  }

  /// A mailing was loaded or started: every order matching now gets it now.
  mutating func lookAtEveryOrder(cause: EventID) {
    for index in orders.indices { lookAtMailings(for: OrderID(index: index), cause: cause) }
    settle()
  }

  /// Sends each started mailing that `order` now matches and has not received; for those it
  /// does not match yet only because of time, puts a look on the agenda at the instant that
  /// can change.
  mutating func lookAtMailings(for order: OrderID, cause: EventID?) {
    guard startedMailings > 0, orders[order.index].status != .false else { return }
    // Every mailing decides on the order as it is now, before any of them sends: one that
    // matches only because another sent looks again after it (the send is a change), whatever
    // order they were loaded in.
    var turn: Instant? = nil
    var matching: [MailingID] = []
    for index in mailings.indices where mailings[index].isStarted {
      let id = MailingID(index: index)
      guard message(of: id, about: order) == nil else { continue }
      let to = mailings[index].definition.to
      if evaluate(to, subject: .order(order), task: nil) {
        matching.append(id)
      } else if mailings[index].readsTime, let next = nextTurn(of: to, order: order) {
        turn = min(turn ?? next, next)
      }
    }
    for id in matching { send(id, to: order, cause: cause) }
    if let turn { requestTimeCheck(.mailings(order), at: turn) }
  }

  /// Sends mailing `id`'s text about `order`: a change of the order, which waits and other
  /// mailings see.
  mutating func send(_ id: MailingID, to order: OrderID, cause: EventID?) {
    let event = record(
      .mailingSent(id, mailings[id.index].text), subject: .order(order), cause: .event(cause))
    keepMessage(sentBy: event, about: .order(order))
    mailings[id.index].sent += 1
    noteChange(.order(order))
  }

  // MARK: - Time checks

  /// Puts a look at `check` on the agenda at `due`, unless one is already due by then.
  mutating func requestTimeCheck(_ check: TimeCheck, at due: Instant) {
    let due = min(due, .latest)
    if let pending = timeChecks[check], pending <= due, pending >= clock { return }
    timeChecks[check] = due
    schedule(.timeCheck(check), at: due)
  }

  /// Fires a time check that is due now.
  mutating func fireTimeCheck(_ check: TimeCheck) {
    timeChecks[check] = nil
    switch check {
    case .mailings(let order):
      lookAtMailings(for: order, cause: nil)
    case .wait(let id, _):
      _ = resumeIfMet(id, cause: nil)
    }
  }
}
