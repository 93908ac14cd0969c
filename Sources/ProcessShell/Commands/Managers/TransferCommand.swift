import ProcessEngine
import Wording

/// `transfer tasks from NAME to NAME|nobody`: GetCourse's "change responsible".
struct TransferCommand: EngineCommand {
  static let from = Argument<String>("NAME", .managerName)
  static let to = Argument<String>(
    "NAME|nobody",
    ValueType.managerName.completing { context in context.engine.managers.map(\.name) + ["nobody"] }
  )
  static let syntax = CommandSyntax(
    "transfer", [.word("tasks"), .word("from"), .value(from), .word("to"), .value(to)],
    summary: Phrase(
      en: "move a manager's open tasks to another manager (the orders keep their manager)",
      ru: "передать открытые задачи менеджера другому (менеджер заказов не меняется)"),
    examples: ["transfer tasks from anna to boris", "transfer tasks from anna to nobody"])

  let from: String
  let to: String?

  init(_ arguments: Arguments) {
    from = arguments[Self.from]
    let to = arguments[Self.to]
    self.to = to == "nobody" ? nil : to
  }

  func command(in context: CommandContext) -> Command { .transferTasks(from: from, to: to) }

  func conclusion(after events: Range<Int>, in context: CommandContext) -> String? {
    events.isEmpty
      ? context.style.text(ShellPhrase.nothingToTransfer, ["manager": .text(from)]) : nil
  }
}
