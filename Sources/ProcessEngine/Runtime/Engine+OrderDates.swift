/// An order's payment date and next contact date, and the delays that wait for them (SPEC §7.1
/// blocks 21d and 21f, §12.3).
///
/// A `delay` until an order's date reads the date when the token arrives and puts one timer on
/// the agenda. But the date belongs to the order, not to the token: when the customer says "not
/// Friday, Tuesday", the manager moves the payment date and the call-again must move with it. So
/// whenever one of these dates changes, whoever changes it (`set order N payment-date`, or an
/// operation block), every token of the order's tasks sleeping in a delay until that date is
/// re-timed as if it arrived now, with the rule a delay keeps on arrival:
/// - a date after the clock moves the wake-up there: the old timer goes stale (the token's epoch
///   moves on) and a new one is scheduled; the token keeps its `since`, it has been waiting since
///   it arrived;
/// - a cleared date, or one that is not after the clock, lets the token through at once, with
///   the `delayEnded` step a timer gives, following from the change (so `why` names who moved
///   the date).
///
/// Done here rather than by subscribing sleeping tokens to their order as waits are: a date
/// changes a few times in an order's life, a simulation runs millions of delays, and only delays
/// until a date care.
extension Engine {
  /// Sets (nil: clears) an order's date, logs it, and re-times the delays waiting for it. The
  /// caller has checked that the value changes.
  mutating func setDate(_ field: OrderDateField, of id: OrderID, to value: Instant?, cause: Cause) {
    switch field {
    case .paymentDate: orders[id.index].paymentDate = value
    case .nextContactDate: orders[id.index].nextContactDate = value
    }
    let change = record(.orderDateChanged(field, value), subject: .order(id), cause: cause)
    noteChange(.order(id))
    retimeDelays(until: field, of: id, after: change)
  }

  /// Re-times the tokens sleeping in a delay until `field` of order `id`, in the order the tokens
  /// were made; those let through are queued to run at this instant.
  mutating func retimeDelays(until field: OrderDateField, of id: OrderID, after change: EventID) {
    let source = -1 - Int32(field.code)
    var sleepers: [TokenID] = []
    var task = orders[id.index].lastTask
    while let taskID = task {
      task = tasks[taskID.index].previousTaskOfObject
      guard tasks[taskID.index].isOpen else { continue }
      let definition = tasks[taskID.index].definition.index
      var token = tasks[taskID.index].lastToken
      while let tokenID = token {
        token = tokens[tokenID.index].previousInTask
        // Only a delay block puts a token to sleep; one with a fixed duration has seconds >= 0.
        guard tokens[tokenID.index].state == .sleeping else { continue }
        let step = processes[definition].program.steps[tokens[tokenID.index].block.index]
        guard step.seconds < 0, step.dateSource == source else { continue }
        sleepers.append(tokenID)
      }
    }
    guard !sleepers.isEmpty else { return }
    sleepers.sort { $0.rawValue < $1.rawValue }
    let due = orders[id.index].date(field)
    for tokenID in sleepers {
      if let due, due > clock {
        tokens[tokenID.index].forgetTimer()
        schedule(.token(tokenID, epoch: tokens[tokenID.index].epoch), at: due)
      } else {
        wake(tokenID)
        tokens[tokenID.index].trigger = change
        recordStep(.delayEnded, token: tokenID)
        if leave(tokenID, by: 0) { ready.append(tokenID) }
      }
    }
  }
}
