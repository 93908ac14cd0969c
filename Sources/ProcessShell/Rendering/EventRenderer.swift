import ProcessEngine
import Wording

/// Events as lines a trainer can read aloud:
///
///     2026-01-05 09:01  order 1 · task 1 · [8] Take the order?: answered yes by admin
///     2026-01-05 09:01  order 1 · task 1 · [12] In work: status new → in-work
struct EventRenderer {
  let engine: Engine
  let style: Style

  /// The line for one event, with the step's script on a second line when it has one.
  func line(for event: Event) -> String {
    let time = style.dim(event.time.description.padding(toLength: 16))
    return "\(time)  \(subject(of: event))\(text(for: event))"
  }

  /// `order 1 · task 1 · [8] Take the order?: ` — who the event is about.
  func subject(of event: Event) -> String {
    var text = ""
    text.reserveCapacity(64)
    func add(_ phrase: EventPhrase, _ id: some CustomStringConvertible) {
      text += say(phrase, ["id": .text(id.description)])
      text += " · "
    }
    switch event.subject {
    case .order(let id)?: add(.order, id)
    case .user(let id)?:
      // A task changing its order's customer is still about that order; the text names the
      // customer.
      if let task = event.task, let order = engine.tasks[task.index].order {
        add(.order, order)
      } else {
        add(.user, id)
      }
    case nil:
      // A step of a process over users is about its customer.
      if let task = event.task, case .user(let id) = engine.tasks[task.index].subject {
        add(.user, id)
      }
    }
    if let task = event.task { add(.task, task) }
    if let task = event.task, let block = event.block {
      text += blockLabel(task: task, block: block)
      text += ": "
    }
    return text
  }

  /// `[8] Take the order?`
  func blockLabel(task: TaskID, block: BlockIndex) -> String {
    let definition = engine.definition(of: engine.tasks[task.index])
    return "[\(definition[block].id)] \(style.language.title(of: definition[block]))"
  }

  private func say(_ phrase: EventPhrase, _ values: PhraseValues = [:]) -> String {
    style.text(phrase, values)
  }

  func text(for event: Event) -> String {
    let task = event.task.map { engine.tasks[$0.index] }
    let language = style.language
    switch event.change {
    case .userCreated:
      guard case .user(let id)? = event.subject, let user = engine.user(id) else {
        return say(.created)
      }
      let contacts = [user.email, user.phone].compactMap { $0 }
      return say(
        .userCreated,
        [
          "name": .text(user.name),
          "contacts": .text(contacts.isEmpty ? "" : " (\(contacts.joined(separator: ", ")))"),
        ])
    case .orderCreated:
      guard let id = event.order, let order = engine.order(id) else { return say(.created) }
      return say(
        .orderCreated,
        [
          "user": .text("\(order.user)"), "product": .text(order.product),
          "amount": .text("\(order.amount)"),
        ])
    case .userFieldChanged(let field, let value):
      let who =
        event.task == nil
        ? "" : say(.user, ["id": .text("\(customer(of: event))")]) + " "
      let name = language.name(of: field)
      guard let value else { return say(.fieldCleared, ["who": .text(who), "field": .text(name)]) }
      return say(
        .fieldSet, ["who": .text(who), "field": .text(name), "value": .text(engine.text(value))])
    case .statusChanged(let from, let to, let reason):
      var text = say(
        .statusChanged, ["from": .text(style.status(from)), "to": .text(style.status(to))])
      if let reason { text += " (\(engine.text(reason)))" }
      return text
    case .paymentReceived(let amount):
      return say(.paymentReceived, ["amount": .text("\(amount)")])
    case .orderDateChanged(let field, let date):
      let name = PhraseValue.text(language.name(of: field))
      return date.map { say(.dateSet, ["field": name, "date": .text("\($0)")]) }
        ?? say(.dateCleared, ["field": name])
    case .orderManagerChanged(let manager):
      return manager.map { say(.orderManagerSet, ["manager": .text(engine.managerName($0))]) }
        ?? say(.orderManagerCleared)
    case .messageSent(let text):
      // The message's id is what `open message N` takes.
      let id = PhraseValue.text(engine.messageID(sentBy: event).map { "\($0)" } ?? "?")
      let message = engine.text(text)
      guard let colon = message.firstIndex(of: ":") else {
        return say(.messageSent, ["id": id, "message": .text(message)])
      }
      let channel = message[..<colon]
      let body = message[message.index(after: colon)...].drop(while: { $0 == " " })
      return say(
        .messageToCustomer,
        ["channel": .text(String(channel)), "id": id, "body": .text(String(body).truncated(80))])
    case .taskStarted:
      guard let task else { return say(.taskStarted) }
      let process = PhraseValue.text(engine.definition(of: task).name)
      guard let parent = task.parent else { return say(.processStarted, ["process": process]) }
      return say(.subProcessStarted, ["process": process, "parent": .text("\(parent)")])
    case .stepOpened:
      guard let task, let block = event.block,
        case .question(let question) = engine.definition(of: task)[block].kind
      else { return say(.stepOpened) }
      // In Russian the option's label follows its key: both may be typed.
      let options = question.options.map { option in
        let label = language == .russian ? language.label(of: option) : ""
        return option.key + (label.isEmpty ? "" : " «\(label)»") + " (\(option.kind.mark))"
      }.joined(separator: " | ")
      var text = say(.asksTheManager, ["options": .text(options)])
      if !question.script.isEmpty {
        text +=
          "\n" + String(repeating: " ", count: 18)
          + style.dim(say(.script, ["script": .text(style.language.script(of: question))]))
      }
      return text
    case .stepAnswered(let option, let manager):
      guard let task, let block = event.block,
        case .question(let question) = engine.definition(of: task)[block].kind
      else { return say(.answered) }
      return say(
        .answeredBy,
        [
          "option": .text(style.bold(question.options[option].key)),
          "manager": .text(engine.managerName(manager)),
        ])
    case .stepWithdrawn:
      return say(.stepWithdrawn)
    case .delayEnded:
      return say(.delayEnded)
    case .waitMet:
      return say(.waitMet)
    case .waitTimedOut:
      return say(.waitTimedOut)
    case .conditionDecided(let yes):
      return say(yes ? .yes : .no)
    case .branchEnded:
      return say(.branchEnded)
    case .counterChanged(let counter, let value):
      let name = task.map { engine.definition(of: $0).counters[counter] } ?? ""
      return say(.counterChanged, ["name": .text(name), "value": .text("\(value)")])
    case .variableSet(let variable, let value):
      guard let task else { return say(.variableSet) }
      let name = PhraseValue.text(engine.process(task.definition).variables[variable])
      switch value {
      case .date(let date): return say(.variableSetTo, ["name": name, "value": .text("\(date)")])
      case .text(let text):
        return say(.variableSetToText, ["name": name, "value": .text(engine.text(text))])
      }
    case .taskManagerChanged(let manager):
      return manager.map { say(.assigned, ["manager": .text(engine.managerName($0))]) }
        ?? say(.unassigned)
    case .taskEnded(let result):
      guard let task else { return say(.ended) }
      if event.block != nil, let name = engine.endName(of: task) {
        return style.bold(
          say(.taskEnded, ["end": .text(name), "result": .text(language.name(of: result))]))
      }
      if let trigger = event.trigger, let other = engine.log[trigger].task, other != task.id {
        return style.bold(say(.taskStopped, ["other": .text("\(other)")]))
      }
      return style.bold(say(.taskEndedWithoutBranch))
    case .taskFailed(let reason):
      return style.red(say(.taskFailed, ["reason": .text(engine.text(reason))]))
    case .taskDeleted:
      return say(.taskDeleted)
    case .clockSet(let instant):
      return say(.clockSet, ["instant": .text("\(instant)")])
    case .managerAdded(let id):
      return say(.managerAdded, ["name": .text(engine.managerName(id))])
    case .actingUserChanged(let id):
      return say(.actingAs, ["name": .text(engine.managerName(id))])
    case .processLoaded(let id):
      let definition = engine.process(id).definition
      return say(
        .processLoaded,
        [
          "name": .text(definition.name), "blocks": .number(definition.blocks.count),
          "launch": .text(style.language.name(of: definition.launch)),
        ])
    case .processStarted(let id):
      return say(.processStartedByShell, ["name": .text(engine.process(id).name)])
    case .processStopped(let id):
      return say(.processStopped, ["name": .text(engine.process(id).name)])
    case .mailingLoaded(let id):
      return say(.mailingLoaded, ["name": .text(engine.mailings[id.index].name)])
    case .mailingStarted(let id):
      return say(.mailingStarted, ["name": .text(engine.mailings[id.index].name)])
    case .mailingStopped(let id):
      return say(.mailingStopped, ["name": .text(engine.mailings[id.index].name)])
    case .mailingSent(let id, let text):
      return say(
        .mailingSent,
        [
          "name": .text(engine.mailings[id.index].name),
          "id": .text(engine.messageID(sentBy: event).map { "\($0)" } ?? "?"),
          "body": .text(engine.text(text).truncated(80)),
        ])
    case .messageOpened(let id):
      return say(.messageOpened, ["id": .text("\(id)")])
    }
  }

  private func customer(of event: Event) -> UserID {
    switch event.subject {
    case .order(let id)?: return engine.orders[id.index].user
    case .user(let id)?: return id
    case nil: return UserID(rawValue: 0)
    }
  }
}

extension String {
  /// The text padded with spaces to `length` characters.
  func padding(toLength length: Int) -> String {
    count >= length ? self : self + String(repeating: " ", count: length - count)
  }
}
