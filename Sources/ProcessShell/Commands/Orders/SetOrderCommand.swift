import ProcessEngine
import Wording

/// `set order N status SLUG [--reason S]`: a manager changes an order's status by hand.
/// `set order N payment-date|next-contact-date DATETIME|none`: a manager moves the date the
/// customer promised to pay or is to be called again (SPEC §12.3); a delay until that date
/// follows it.
///
/// One command for the three, as `set user N phone|email|name` is one: the value after the field
/// is read by the field before it.
struct SetOrderCommand: EngineCommand {
  /// What `set order` changes.
  enum Field: String, Choice {
    case status
    case paymentDate = "payment-date"
    case nextContactDate = "next-contact-date"

    var word: String { rawValue }
    static var category: Phrase { Phrase(en: "field", ru: "поле") }

    /// The order's date it names; nil for `status`.
    var dateField: OrderDateField? {
      switch self {
      case .status: nil
      case .paymentDate: .paymentDate
      case .nextContactDate: .nextContactDate
      }
    }
  }

  /// The new value, as the field reads it.
  enum Value: Sendable {
    case status(OrderStatus)
    /// nil: cleared (`none`).
    case date(OrderDateField, DateTimeExpression?)
  }

  static let order = Argument<OrderID>("N", .orderID())
  static let field = Argument<Field>("status|payment-date|next-contact-date", .choice())
  /// The statuses a person may set: payments set the others.
  static let status = ValueType<OrderStatus>.choice { !$0.isSetByPayments }
  /// A status after `status`; after a date field a date-time, or a bare `none` (`"none"` in
  /// quotes is no date-time, and is refused as one).
  static let value = Argument<Value>(
    "VALUE",
    ValueType(
      noun: Phrase(
        en: "a status, or a date-time (none clears it)",
        ru: "статус или дата и время (none стирает дату)"),
      candidates: { context in
        switch context.earlier.optional(field) {
        case .status?: return status.candidates(context)
        case .paymentDate?, .nextContactDate?: return ["none"]
        case nil: return []
        }
      }
    ) { (word, earlier) throws(ShellError) in
      guard let date = earlier.optional(field)?.dateField else {
        return .status(try status.read(word, earlier))
      }
      if word.text == "none" && !word.quoted { return .date(date, nil) }
      do throws(EngineError) {
        return .date(date, try DateTimeExpression(parsing: word.text))
      } catch {
        throw .value(.malformed(error))
      }
    })
  static let reason = Option<String>("--reason", "S", .text(Phrase(en: "a reason", ru: "причина")))
  static let syntax = CommandSyntax(
    "set order", [.value(order), .value(field), .rest(value)], flags: [.option(reason)],
    summary: Phrase(
      en: "change an order's status, payment date or next contact date",
      ru: "изменить статус заказа, дату оплаты или дату следующего контакта"),
    details: Phrase(
      en: """
        status SLUG: not completed or partially-paid (payments set those); --reason S goes with cancelled.
        payment-date, next-contact-date: DATETIME (2026-01-10 14:00, or +2d from the clock), not before the clock; none clears it.
        A delay until the date follows it: a new date moves the wake-up; none, or the clock's own time, lets the task through at once.
        """,
      ru: """
        status SLUG: кроме completed и partially-paid (их ставят оплаты); --reason S — только с cancelled.
        payment-date, next-contact-date: DATETIME (2026-01-10 14:00 или +2d от часов), не раньше часов; none стирает дату.
        Задержка до этой даты следует за ней: новая дата переносит пробуждение; none или время на часах пропускает задачу сразу.
        """),
    examples: [
      "set order 1 status postponed", "set order 1 status cancelled --reason \"no budget\"",
      "set order 1 payment-date 2026-01-10 14:00", "set order 1 next-contact-date +2d",
      "set order 1 payment-date none",
    ])

  let order: OrderID
  let value: Value
  let reason: String?

  init(_ arguments: Arguments) throws(ShellError) {
    order = arguments[Self.order]
    value = arguments[Self.value]
    reason = arguments[Self.reason]
    if case .date = value, reason != nil { throw .engine(.reasonWithoutCancel) }
  }

  func command(in context: CommandContext) -> Command {
    switch value {
    case .status(let status):
      return .setOrderStatus(order, status, reason: reason)
    case .date(let field, let expression):
      // `+2d` is read against the clock now; the history keeps the date it meant.
      return .setOrderDate(order, field, expression.map { $0.resolved(now: context.engine.clock) })
    }
  }
}
