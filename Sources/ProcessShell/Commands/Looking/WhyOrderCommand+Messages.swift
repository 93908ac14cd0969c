import ProcessEngine
import Wording

/// `why order N messages`: for each message of the order, the rule that sent it — a mailing's
/// `to` condition, which the order came to match at the instant it was sent, or a task's
/// `send-message` block — and the chain of events behind it.
extension WhyOrderCommand {
  static func messageExplanation(of order: Order, in engine: Engine, style: Style) -> [String] {
    func say(_ phrase: MailingPhrase, _ values: PhraseValues = [:]) -> String {
      style.text(phrase, values)
    }
    let messages = engine.messages(of: order.id)
    let total = style.text(WhyPhrase.messages, ["n": .number(messages.count)])
    var lines = [
      style.text(
        messages.isEmpty ? WhyPhrase.counted : .countedWithEvents,
        ["id": .text("\(order.id)"), "total": .text(total)])
    ]
    let text = SessionText(engine: engine, style: style)
    for message in messages {
      lines.append(
        say(
          .whyHeading,
          [
            "id": .text("\(message.id)"), "time": .text("\(message.time)"),
            "opened": .text(
              message.openedAt.map { say(.whyOpenedAt, ["time": .text("\($0)")]) }
                ?? say(.whyNotOpened)),
          ]))
      let chain = text.chain(from: message.event.index)
      switch message.sender {
      case .mailing(let id):
        let mailing = engine.mailings[id.index]
        lines.append(
          say(
            .whyMailing,
            [
              "name": .text(mailing.name),
              "title": .text(style.language.title(of: mailing.definition)),
            ]))
        lines.append(
          say(.whyRule, ["to": .text(mailing.definition.to.text(counters: [], in: style.language))])
        )
      case .block(let task, let block):
        lines.append(
          say(
            .whyBlock,
            [
              "id": .text("\(task)"),
              "process": .text(engine.definition(of: engine.tasks[task.index]).name),
              "block": .text(
                EventRenderer(engine: engine, style: style).blockLabel(task: task, block: block)),
            ]))
      }
      lines += chain
    }
    return lines
  }
}
