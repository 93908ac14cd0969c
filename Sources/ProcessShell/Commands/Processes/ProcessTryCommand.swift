import ProcessEngine
import Wording

/// `process try FILE|NAME order N [--for DURATION]`: GetCourse's «Тестировать на объекте» (seed
/// 004). The process runs on one order in a copy of the session, time moves on in the copy until
/// the task ends or `--for` (40 days by default, past block 3's 30) has passed, and what would
/// happen to the order is printed; the session itself is untouched. A process that already runs
/// on the order is restarted in the copy first, as a fresh launch needs.
struct ProcessTryCommand: ShellCommand {
  static let process = Argument<String>(
    "FILE|NAME",
    .word(Phrase(en: "a process or a definition file", ru: "процесс или файл описания"))
      .completing { context in
        context.engine.processNames.filter { $0.hasPrefix(context.typed) }
          + FileSystem.entries(matching: context.typed)
      })
  static let order = Argument<OrderID>("N", .orderID())
  static let span = Option<TimeSpan>("--for", "DURATION", .duration)
  static let syntax = CommandSyntax(
    "process try", [.value(process), .word("order"), .value(order)], flags: [.option(span)],
    summary: Phrase(
      en: "run a process on one order in a copy of the session and show what would happen",
      ru: "запустить процесс для одного заказа в копии сессии и показать, что произойдёт"),
    details: Phrase(
      en:
        "A loaded process by name, or a definition file. Time moves on in the copy until the task ends or --for has passed (40d by default); the session is not changed.",
      ru:
        "Загруженный процесс по имени или файл описания. Время в копии идёт, пока задача не завершится или не пройдёт --for (по умолчанию 40d); сессия не меняется."
    ),
    examples: [
      "process try order-processing order 1", "process try my-process.json order 2 --for 3d",
    ])

  static let defaultSpan = TimeSpan.days(40)

  let process: String
  let order: OrderID
  let span: TimeSpan

  init(_ arguments: Arguments) {
    process = arguments[Self.process]
    order = arguments[Self.order]
    span = arguments[Self.span] ?? Self.defaultSpan
  }

  func run(in context: CommandContext) throws(ShellError) {
    // A copy: every change below stays in it.
    var trial = context.engine
    // What might happen is not what the session did: a test's coverage counts only the latter.
    trial.exitTrace = nil
    let style = context.style
    let name = try name(loadingInto: &trial, context: context)
    do throws(EngineError) {
      let launched = trial.tasks.count
      do {
        try trial.apply(.runProcess(name, order: order))
      } catch .alreadyLaunched {
        try trial.apply(.restartProcess(name))
        try trial.apply(.runProcess(name, order: order))
      }
      let firstEvent =
        trial.log.indices.first { index in
          trial.log[index].task.map { $0.index >= launched } ?? false
        } ?? trial.log.count
      let task = TaskID(index: launched)
      let limit = trial.clock + span
      while trial.tasks[task.index].isOpen,
        let next = trial.scheduledItems(limit: 1).first?.due, next <= limit
      {
        try trial.apply(.advanceToNext)
      }
      let renderer = EventRenderer(engine: trial, style: style)
      for index in firstEvent..<trial.log.count where trial.log[index].order == order {
        context.say(renderer.line(for: trial.log[index]))
      }
      let ended = trial.tasks[task.index]
      if case .ended(let result, _, let at) = ended.outcome {
        context.say(
          style.text(
            WhyNotPhrase.taskEnded,
            [
              "id": .text("\(task)"),
              "end": .text(trial.endName(of: ended) ?? style.text(OrderPhrase.none)),
              "result": .text(style.language.name(of: result)), "time": .text("\(at)"),
            ]))
      } else {
        context.say(style.text(WhyNotPhrase.taskNotEnded, ["id": .text("\(task)")]))
        for line in Obstacles(engine: trial, style: style).lines(for: task) { context.say(line) }
      }
      context.say(style.text(ShellPhrase.tryLeftSessionAlone))
    } catch {
      throw .engine(error)
    }
  }

  /// The name of the process to try: a loaded one, or the one in a definition file, loaded into
  /// the copy.
  private func name(loadingInto trial: inout Engine, context: CommandContext) throws(ShellError)
    -> String
  {
    let isPath = process.contains("/") || process.hasSuffix(".json")
    if !isPath {
      guard trial.currentProcess(named: process) != nil else {
        throw .engine(
          .unknownProcess(
            process, suggestion: Suggestion.closest(to: process, among: trial.processNames)))
      }
      return process
    }
    let definition = try DefinitionFile.read(context.resolve(process), against: trial).definition
    do throws(EngineError) {
      try trial.apply(.loadProcess(definition))
    } catch {
      throw .engine(error)
    }
    return definition.name
  }
}
