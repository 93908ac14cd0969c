import ProcessEngine
import Wording

/// `answer order N OPTION [ARG]`: the one open step among an order's tasks, wherever it is.
struct AnswerOrderCommand: EngineCommand {
  static let order = Argument<OrderID>(
    "N",
    .orderID { order, engine in
      engine.tasks(of: order.id).contains { $0.isOpen && $0.openSteps > 0 }
    })
  static let option = Argument<String>(
    "OPTION",
    ValueType.word(Phrase(en: "an option", ru: "вариант ответа")).completing { context in
      guard let order = context.earlier.optional(order), context.engine.order(order) != nil else {
        return []
      }
      return context.engine.tasks(of: order).filter(\.isOpen).flatMap {
        context.engine.openSteps(of: $0.id).flatMap {
          $0.question.optionWords(typed: context.typed)
        }
      }
    })
  static let argument = Argument<String>(
    "ARG", .text(Phrase(en: "a date-time or a text", ru: "дата и время или текст")))
  static let syntax = CommandSyntax(
    "answer order", [.value(order), .value(option), .optionalRest(argument)],
    summary: Phrase(
      en: "answer the one open step among the order's tasks",
      ru: "ответить на единственный открытый шаг среди задач заказа"),
    details: Phrase(
      en:
        "Handy when the step is in a sub-process: the order's number is enough. ARG as for 'answer task'.",
      ru: "Удобно, когда шаг в подпроцессе: достаточно номера заказа. ARG — как у 'answer task'."),
    examples: [
      "answer order 1 yes", "answer order 1 will-pay +2d", "answer order 1 refuse too expensive",
    ])

  let order: OrderID
  let option: String
  let argument: String?

  init(_ arguments: Arguments) {
    order = arguments[Self.order]
    option = arguments[Self.option]
    argument = arguments.optional(Self.argument)
  }

  func command(in context: CommandContext) -> Command {
    let engine = context.engine
    let tasks = engine.order(order) == nil ? [] : engine.tasks(of: order).filter(\.isOpen)
    let key = engine.optionKey(named: option, amongStepsOf: tasks.map(\.id))
    return .answer(.order(order), option: key, argument: argument.map(AnswerArgument.text))
  }
}
