import ProcessEngine
import Wording

/// The short texts that several views show of the same thing: where a task is, a timer line, the
/// chain of events behind a state, the funnel.
struct SessionText {
  let engine: Engine
  let style: Style

  /// `2026-01-05 09:31  order 1 · task 2 · [I] Wait 30 minutes: delay ends`
  func timerLine(_ item: Engine.ScheduledItem) -> String {
    let time = item.due.description.padding(toLength: 16)
    switch item.kind {
    case .periodicLaunch(let id):
      return time + "  "
        + style.text(StatusPhrase.periodicCheck, ["name": .text(engine.process(id).name)])
    case .mailingCheck(let order):
      return time + "  " + style.text(EventPhrase.order, ["id": .text("\(order)")]) + " · "
        + style.text(StatusPhrase.mailingsLookAgain)
    case .delayEnds, .waitTimesOut, .waitCheck:
      guard let taskID = item.task, let block = item.block else { return time }
      let task = engine.tasks[taskID.index]
      var subject =
        task.order.map { style.text(EventPhrase.order, ["id": .text("\($0)")]) + " · " } ?? ""
      subject += style.text(EventPhrase.task, ["id": .text("\(taskID)")]) + " · "
      let label = EventRenderer(engine: engine, style: style).blockLabel(task: taskID, block: block)
      let what = style.text(
        item.kind == .delayEnds
          ? StatusPhrase.delayEnds : item.kind == .waitCheck ? .waitLooksAgain : .waitTimesOut)
      return "\(time)  \(subject)\(label): \(what)"
    }
  }

  /// `task 1  order-processing  waiting  at [8] take-order`
  func taskSummary(_ task: ProcessTask) -> String {
    style.text(EventPhrase.task, ["id": .text("\(task.id)")])
      + "  \(engine.definition(of: task).name)  \(style.language.name(of: task.state))  "
      + whereabouts(task)
  }

  /// Where a running task's branches are, or how it ended.
  func whereabouts(_ task: ProcessTask) -> String {
    switch task.outcome {
    case .ended(let result, _, let at):
      return style.text(
        OrderPhrase.endedAt,
        [
          "end": .text(engine.endName(of: task) ?? style.text(OrderPhrase.none)),
          "result": .text(style.language.name(of: result)), "time": .text("\(at)"),
        ])
    case .deleted(let at):
      return style.text(OrderPhrase.deletedAt, ["time": .text("\(at)")])
    case .running:
      return engine.branches(of: task.id).map { branch in
        let id = engine.blockID(task.id, branch.block)
        switch branch.state {
        case .asking:
          guard case .question(let question) = engine.definition(of: task)[branch.block].kind else {
            return "[\(id)]"
          }
          return style.text(
            OrderPhrase.asks, ["block": .text(id), "question": .text(question.key)])
        case .awaitingChild(let child):
          return style.text(
            TaskPhrase.childTask, ["block": .text("[\(id)]"), "child": .text("\(child)")])
        case .sleeping, .waiting: return "[\(id)]"
        }
      }.joined(separator: ", ")
    }
  }

  /// `order 3`, `user 2`
  func subjectName(_ subject: Subject) -> String {
    switch subject {
    case .order(let id): return style.text(EventPhrase.order, ["id": .text("\(id)")])
    case .user(let id): return style.text(EventPhrase.user, ["id": .text("\(id)")])
    }
  }

  /// Who sent a message: `mailing unpaid-1h`, `task 1 [15e]`.
  func sender(of message: SentMessage) -> String {
    switch message.sender {
    case .mailing(let id):
      return style.text(MailingPhrase.byMailing, ["name": .text(engine.mailings[id.index].name)])
    case .block(let task, let block):
      return style.text(
        MailingPhrase.byTask,
        ["id": .text("\(task)"), "block": .text(engine.blockID(task, block))])
    }
  }

  /// `2026-01-05 10:00  #2  mailing unpaid-1h: Your order is waiting (opened 2026-01-05 10:01)`:
  /// a message as `order N` and `user N` list it; a block's message is one of the tasks listed
  /// beside it, so only a mailing is named.
  func messageLine(_ message: SentMessage) -> String {
    var line = "\(message.time)  #\(message.id)  "
    if case .mailing = message.sender { line += sender(of: message) + ": " }
    line += message.text
    if let opened = message.openedAt {
      line += style.text(MailingPhrase.openedSuffix, ["time": .text("\(opened)")])
    }
    return line
  }

  /// An event and the events it follows from, back to a command or a launch; long chains keep
  /// their ends and summarise the middle.
  func chain(from index: Int) -> [String] {
    var chain: [Int] = [index]
    var current = engine.log[index].trigger
    while let trigger = current, chain.count < 100_000 {
      chain.append(trigger.index)
      current = engine.log[trigger.index].trigger
    }
    let renderer = EventRenderer(engine: engine, style: style)
    let shown: [Int?] =
      chain.count <= 14
      ? chain.map { $0 } : chain.prefix(8).map { $0 } + [nil] + chain.suffix(5).map { $0 }
    var lines: [String] = []
    for (position, entry) in shown.enumerated() {
      guard let entry else {
        lines.append(
          style.dim(
            style.text(
              WhyPhrase.earlierSteps,
              ["n": .number(chain.count - 13), "log": .text(fullLog(of: chain[8]))])))
        continue
      }
      lines.append((position == 0 ? "    " : "  ← ") + renderer.line(for: engine.log[entry]))
    }
    let first = engine.log[chain.last!]
    switch first.change {
    case .stepAnswered(_, let manager):
      lines.append(
        style.dim(
          style.text(WhyPhrase.startedByAnswer, ["manager": .text(engine.managerName(manager))])))
    case .orderCreated, .userCreated:
      lines.append(style.dim(style.text(WhyPhrase.startedByCreation)))
    case .mailingSent(let id, _) where first.trigger == nil:
      // Sent by a look the agenda held for the instant a time condition turned.
      let mailing = engine.mailings[id.index]
      let conditions = mailing.definition.to.timeConditions(in: style.language)
      lines.append(
        style.dim(
          conditions.isEmpty
            ? style.text(WhyPhrase.startedByMailingCheck)
            : style.text(
              WhyPhrase.startedByMailingTime,
              [
                "name": .text(mailing.name),
                "conditions": .text(conditions.joined(separator: ", ")),
              ])))
    default: lines.append(style.dim(style.text(WhyPhrase.startedByCommand)))
    }
    return lines
  }

  /// The `log` command that shows an event's neighbours: its task's, else its order's.
  private func fullLog(of index: Int) -> String {
    let event = engine.log[index]
    if let task = event.task { return "log --task \(task)" }
    if let order = event.order { return "log --order \(order)" }
    return "log"
  }

  /// The funnel: orders by status, conversion, time to payment, reasons, calls, tasks, steps.
  func statistics(_ statistics: Statistics) -> [String] {
    var lines: [String] = []
    let funnel = statistics.funnelOrders
    func share(_ count: Int, of total: Int) -> String {
      total == 0 ? "" : style.language.percent(Double(count) * 100 / Double(total))
    }
    let language = style.language
    func say(_ phrase: StatsPhrase, _ values: PhraseValues = [:]) -> String {
      style.text(phrase, values)
    }
    lines.append(say(.byStatus))
    for status in OrderStatus.allCases where status != .false {
      guard let count = statistics.byStatus[status], count > 0 else { continue }
      lines.append(
        "  \(language.name(of: status).padding(toLength: 18)) \(language.grouped(count).leftPadded(9))  \(share(count, of: funnel))"
      )
    }
    if let count = statistics.byStatus[.false], count > 0 {
      lines.append(
        "  \(say(.falseHidden).padding(toLength: 18)) \(language.grouped(count).leftPadded(9))")
    }
    let completed = statistics.byStatus[.completed] ?? 0
    lines.append(
      funnel == 0
        ? say(.noFunnel)
        : say(.conversion, ["share": .text(share(completed, of: funnel)), "n": .number(funnel)]))
    if let time = statistics.timeToPayment {
      lines.append(
        say(
          .timeToPayment,
          [
            "median": .text(language.duration(time.median)),
            "p90": .text(language.duration(time.p90)),
          ]))
    }
    if !statistics.cancelReasons.isEmpty {
      lines.append(say(.cancelReasons))
      for (reason, count) in statistics.cancelReasons {
        lines.append("  \(reason.padding(toLength: 24)) \(language.grouped(count).leftPadded(9))")
      }
    }
    let perOrder = { (total: Int) in
      statistics.orders == 0
        ? "0" : language.decimal(Double(total) / Double(statistics.orders), digits: 2)
    }
    lines.append(
      say(
        .callsAndMessages,
        [
          "calls": .number(statistics.calls), "callsPerOrder": .text(perOrder(statistics.calls)),
          "messages": .number(statistics.messages),
          "messagesPerOrder": .text(perOrder(statistics.messages)),
        ]))
    if !statistics.taskEnds.isEmpty {
      lines.append(say(.tasksByEnd))
      for (process, end, count) in statistics.taskEnds {
        lines.append(
          "  \("\(process): \(end)".padding(toLength: 32)) \(language.grouped(count).leftPadded(9))"
        )
      }
    }
    let answered = statistics.stepsByQuestion.reduce(0) { $0 + $1.count }
    lines.append(say(.stepsAnswered, ["n": .number(answered)]))
    for (question, count) in statistics.stepsByQuestion {
      lines.append("  \(question.padding(toLength: 18)) \(language.grouped(count).leftPadded(9))")
    }
    if statistics.stepsByManager.count > 1 {
      lines.append(
        say(
          .byManager,
          [
            "list": .text(
              statistics.stepsByManager.map { "\($0.manager) \($0.count)" }.joined(separator: ", "))
          ]))
    }
    lines.append(
      say(
        .openSteps,
        ["n": .number(statistics.openSteps), "overdue": .number(statistics.overdueSteps)]))
    return lines
  }
}
