/// Changes to orders and customers, whoever makes them: a command or an operation block. Each
/// change is logged and wakes the waits on the object (SPEC §3, §4).
extension Engine {
  /// Sets an order's status; a cancellation records its reason.
  mutating func setStatus(of id: OrderID, to status: OrderStatus, reason: TextID?, cause: Cause) {
    let old = orders[id.index].status
    orders[id.index].status = status
    if status == .cancelled { orders[id.index].cancelReason = reason }
    record(
      .statusChanged(from: old, to: status, reason: status == .cancelled ? reason : nil),
      subject: .order(id), cause: cause)
    noteChange(.order(id))
  }

  /// Adds a payment: reaching the amount completes the order, less makes it partially paid.
  mutating func receivePayment(_ amount: Money, for id: OrderID, cause: Cause) {
    orders[id.index].paid = orders[id.index].paid + amount
    let payment = record(.paymentReceived(amount), subject: .order(id), cause: cause)
    let status: OrderStatus = orders[id.index].isPaid ? .completed : .partiallyPaid
    if orders[id.index].status != status {
      // The status follows from the payment (a token's chain already goes through it).
      let statusCause: Cause = if case .token = cause { cause } else { .event(payment) }
      setStatus(of: id, to: status, reason: nil, cause: statusCause)
    }
    noteChange(.order(id))
  }

  /// Sets (nil: clears) a customer's field.
  mutating func setField(_ field: UserField, of id: UserID, to value: String?, cause: Cause) {
    switch field {
    case .name: users[id.index].name = value ?? users[id.index].name
    case .email: users[id.index].email = value
    case .phone: users[id.index].phone = value
    }
    record(
      .userFieldChanged(field, value.map { texts.intern($0) }), subject: .user(id), cause: cause)
    noteChange(.user(id))
  }

  /// Does one action of an operation block for a token.
  mutating func perform(
    _ operation: CompiledProcess.CompiledOperation, token: TokenID, task: TaskID
  ) {
    // Slots are read in place: a local copy of the array would make the counter writes below copy it.
    func slotValue(_ index: Int32) -> Int64 { tasks[task.index].slots[Int(index)] }
    func text(_ literal: TextID?, slot index: Int32, fallback: TextID?) -> TextID? {
      if index >= 0 {
        let raw = slotValue(index)
        return raw == ProcessTask.unset ? fallback : TextID(rawValue: Int32(raw))
      }
      return literal
    }
    switch operation {
    case .setStatus(let status, let reason, let slot, let fallback):
      guard let order = tasks[task.index].order else { return }
      let reason = text(reason, slot: slot, fallback: fallback)
      let current = orders[order.index]
      guard current.status != status || (status == .cancelled && current.cancelReason != reason)
      else { return }
      setStatus(of: order, to: status, reason: reason, cause: .token(token))

    case .assignManager:
      // "Assign to self": whoever answered the task's latest step, or the acting user.
      guard let order = tasks[task.index].order else { return }
      let manager = tasks[task.index].lastAnsweredBy ?? actingUser
      if orders[order.index].manager != manager {
        orders[order.index].manager = manager
        record(.orderManagerChanged(manager), subject: .order(order), cause: .token(token))
        noteChange(.order(order))
      }
      let trigger = tokens[token.index].trigger
      var next = orders[order.index].lastTask
      while let id = next {
        if tasks[id.index].isOpen { setManager(of: id, to: manager, trigger: trigger) }
        next = tasks[id.index].previousTaskOfObject
      }

    case .setUserField(let field, let literal, let slot, let fallback):
      let user = UserID(index: customerIndex(of: tasks[task.index].subject))
      let value = text(literal, slot: slot, fallback: fallback).map { texts[$0] }
      if field == .name && value == nil { return }
      let current: String? =
        switch field {
        case .name: users[user.index].name
        case .email: users[user.index].email
        case .phone: users[user.index].phone
        }
      guard current != value else { return }
      setField(field, of: user, to: value, cause: .token(token))

    case .setOrderDate(let field, let slot, let source):
      guard let order = tasks[task.index].order else { return }
      var value: Instant? = nil
      if slot >= 0, slotValue(slot) != ProcessTask.unset {
        value = Instant(secondsSinceEpoch: slotValue(slot))
      } else if let source {
        value = orders[order.index].date(source)
      }
      guard orders[order.index].date(field) != value else { return }
      setDate(field, of: order, to: value, cause: .token(token))

    case .sendMessage(let text):
      // Every message gets the next id; one about an order is counted by it; one to the
      // customer of a process over users is shown by `user N`. Not a change that conditions
      // see: `received` and `opened` ask about mailings' messages only.
      let subject = tasks[task.index].subject
      let event = record(.messageSent(text), subject: subject, cause: .token(token))
      keepMessage(sentBy: event, about: subject)

    case .setCounter(let counter, let value):
      tasks[task.index].slots[Int(counter)] = value
      recordStep(.counterChanged(counter: Int(counter), value: value), token: token)

    case .addCounter(let counter, let value):
      tasks[task.index].slots[Int(counter)] += value
      recordStep(
        .counterChanged(counter: Int(counter), value: tasks[task.index].slots[Int(counter)]),
        token: token)
    }
  }
}
