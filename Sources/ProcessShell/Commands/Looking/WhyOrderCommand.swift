import ProcessEngine
import Wording

/// `why order N [FIELD]`: how an order's status (or another field) came to be, traced through
/// the events each one follows from, back to a command or a timer; `why order N messages` says
/// which rule sent each message (WhyOrderCommand+Messages.swift).
struct WhyOrderCommand: ShellCommand {
  static let order = Argument<OrderID>("N", .orderID())
  static let field = Argument<OrderField>("FIELD", .choice(where: \.isExplained))
  /// The fields `why order` explains, as typed.
  private static let fields = OrderField.allCases.filter(\.isExplained).map(\.word)
    .joined(separator: " ")
  static let syntax = CommandSyntax(
    "why order", [.value(order), .optional(field)],
    summary: Phrase(
      en: "explain how an order's status (or another field) came about",
      ru: "объяснить, откуда у заказа такой статус (или значение другого поля)"),
    details: Phrase(
      en: "FIELD: \(fields); status when left out.", ru: "FIELD: \(fields); без него — status."),
    examples: [
      "why order 1", "why order 1 calls", "why order 1 payment-date", "why order 1 messages",
    ])

  let id: OrderID
  let field: OrderField

  init(_ arguments: Arguments) throws(ShellError) {
    id = arguments[Self.order]
    field = arguments.optional(Self.field) ?? .status
    guard field.isExplained else {
      throw .usage(
        .invalid(
          .unknown(
            OrderField.category, field.word,
            valid: OrderField.allCases.filter(\.isExplained).map(\.word))),
        usage: Self.syntax.usage)
    }
  }

  func run(in context: CommandContext) throws(ShellError) {
    let engine = context.engine
    guard let order = engine.order(id) else {
      throw .engine(.unknownOrder(id, count: engine.orders.count))
    }
    let style = context.style
    func say(_ phrase: WhyPhrase, _ values: PhraseValues = [:]) -> String {
      style.text(phrase, values)
    }
    let renderer = EventRenderer(engine: engine, style: context.style)
    switch field {
    case .messages:
      for line in Self.messageExplanation(of: order, in: engine, style: style) { context.say(line) }
    case .calls, .paid:
      // Counted fields: every event that added to them.
      let events = engine.log.indices.filter { index in
        let event = engine.log[index]
        guard event.order == id else { return false }
        switch (field, event.change) {
        case (.paid, .paymentReceived): return true
        case (.calls, .stepAnswered):
          guard let task = event.task, let block = event.block,
            case .question(let question) = engine.definition(of: engine.tasks[task.index])[block]
              .kind
          else { return false }
          return question.countsAsCall
        default: return false
        }
      }
      let total =
        switch field {
        case .calls: say(.callAttempts, ["n": .number(Int(order.calls))])
        default: say(.paidOf, ["paid": .text("\(order.paid)"), "amount": .text("\(order.amount)")])
        }
      context.say(
        say(
          events.isEmpty ? .counted : .countedWithEvents,
          ["id": .text("\(id)"), "total": .text(total)]))
      for index in events { context.say("  " + renderer.line(for: engine.log[index])) }
    default:
      for line in Self.explanation(of: field, of: order, in: engine, style: style) {
        context.say(line)
      }
    }
  }

  /// Why a set field (status, manager, a date) of `order` holds its value: the event that set it
  /// and its chain, as `why order N [FIELD]` prints it (and `report` shows for the status).
  static func explanation(of field: OrderField, of order: Order, in engine: Engine, style: Style)
    -> [String]
  {
    func say(_ phrase: WhyPhrase, _ values: PhraseValues = [:]) -> String {
      style.text(phrase, values)
    }
    let id = order.id
    // The event that set the value now held, and its chain.
    let latest = engine.log.indices.last { index in
      let event = engine.log[index]
      guard event.order == id else { return false }
      switch (field, event.change) {
      case (.status, .statusChanged), (.status, .orderCreated),
        (.manager, .orderManagerChanged),
        (.paymentDate, .orderDateChanged(.paymentDate, _)),
        (.nextContactDate, .orderDateChanged(.nextContactDate, _)):
        return true
      default: return false
      }
    }
    let value =
      switch field {
      case .status:
        style.language.name(of: order.status)
          + (order.status == .cancelled
            ? order.cancelReason.map { " (\(engine.text($0)))" } ?? "" : "")
      case .manager: order.manager.map(engine.managerName) ?? say(.none)
      case .paymentDate: order.paymentDate?.description ?? say(.none)
      default: order.nextContactDate?.description ?? say(.none)
      }
    let values: PhraseValues = [
      "id": .text("\(id)"), "field": .text(style.language.name(of: field)),
      "value": .text(value),
    ]
    guard let latest else { return [say(.neverSet, values)] }
    return [say(.because, values)] + SessionText(engine: engine, style: style).chain(from: latest)
  }
}
