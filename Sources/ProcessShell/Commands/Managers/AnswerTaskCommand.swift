import ProcessEngine
import Wording

/// `answer task N OPTION [ARG]`: a manager answers a task's open step.
struct AnswerTaskCommand: EngineCommand {
  static let task = Argument<TaskID>("N", .taskID { task, _ in task.isOpen && task.openSteps > 0 })
  static let option = Argument<String>(
    "OPTION",
    ValueType.word(Phrase(en: "an option", ru: "вариант ответа")).completing { context in
      guard let task = context.earlier.optional(task), context.engine.task(task) != nil else {
        return []
      }
      return context.engine.openSteps(of: task).flatMap {
        $0.question.optionWords(typed: context.typed)
      }
    })
  static let argument = Argument<String>(
    "ARG", .text(Phrase(en: "a date-time or a text", ru: "дата и время или текст")))
  static let syntax = CommandSyntax(
    "answer task", [.value(task), .value(option), .optionalRest(argument)],
    summary: Phrase(
      en: "answer an open manager step with one of its options",
      ru: "ответить на открытый шаг менеджера одним из его вариантов"),
    details: Phrase(
      en:
        "ARG is a date-time for date options (will-pay 2026-01-09, or +2d) and a text for text options (refuse \"too expensive\").",
      ru:
        "ARG — дата и время для вариантов с датой (will-pay 2026-01-09 или +2d) и текст для вариантов с текстом (refuse \"too expensive\")."
    ),
    examples: [
      "answer task 1 yes", "answer task 3 will-pay +2d", "answer task 3 refuse too expensive",
    ])

  let task: TaskID
  let option: String
  let argument: String?

  init(_ arguments: Arguments) {
    task = arguments[Self.task]
    option = arguments[Self.option]
    argument = arguments.optional(Self.argument)
  }

  func command(in context: CommandContext) -> Command {
    // An option named by its label is answered by its key; anything else goes to the engine,
    // which names the valid options.
    let key = context.engine.optionKey(named: option, amongStepsOf: [task])
    return .answer(.task(task), option: key, argument: argument.map(AnswerArgument.text))
  }
}
