import JSON
import ProcessEngine
import Wording

/// `process explore NAME [--max-steps N] [--scripts DIR]`: every path of a process on one
/// abstract order, its distinct outcomes and the anomalies it can reach (SPEC §12.5,
/// docs/explore.md). The session is not changed: the paths run in new sessions of their own.
struct ProcessExploreCommand: QueryCommand {
  static let process = Argument<String>("NAME", .processName)
  static let maxSteps = Option<Int>(
    "--max-steps", "N", .number(Phrase(en: "a number of steps", ru: "число шагов"), in: 1...1000))
  static let scripts = Option<String>(
    "--scripts", "DIR", .file(Phrase(en: "a folder", ru: "папка")))
  static let syntax = CommandSyntax.query(
    "process explore", [.value(process)], flags: [.option(maxSteps), .option(scripts)],
    summary: Phrase(
      en: "try every path of a process on one order: its outcomes and anomalies",
      ru: "пройти все пути процесса на одном заказе: исходы и аномалии"),
    details: Phrase(
      en:
        "Every option of every step, time running to the next timer, and once a path the customer paying, paying half, cancelling or giving a phone; from an order with a phone and one without. --max-steps bounds a path (40 by default); --scripts DIR writes one script per outcome, with its expect lines.",
      ru:
        "Каждый вариант каждого шага, время до следующего таймера и один раз за путь действие клиента: оплата, оплата половины, отмена, телефон; для заказа с телефоном и без. --max-steps ограничивает путь (по умолчанию 40); --scripts DIR пишет по сценарию на исход, со строками expect."
    ),
    examples: [
      "process explore order-processing", "process explore call-3-days --max-steps 60",
      "process explore order-processing --scripts explored/",
    ])

  static let defaultMaxSteps = 40

  let process: String
  let maxSteps: Int
  let scripts: String?

  init(_ arguments: Arguments) {
    process = arguments[Self.process]
    maxSteps = arguments[Self.maxSteps] ?? Self.defaultMaxSteps
    scripts = arguments[Self.scripts]
  }

  private func explore(in context: CommandContext) throws(ShellError) -> (Explorer, Exploration) {
    let explorer = Explorer(process: process, maxSteps: maxSteps)
    do throws(EngineError) {
      let monitor = CommandMonitor(isCancelled: { Interrupts.wereRequested })
      return (explorer, try explorer.explore(context.engine, monitor: monitor))
    } catch {
      throw .engine(error)
    }
  }

  func writeText(in context: CommandContext) throws(ShellError) {
    let (explorer, exploration) = try explore(in: context)
    let language = context.style.language
    func say(_ phrase: ExplorePhrase, _ values: PhraseValues = [:], indent: Int = 0) {
      context.say(String(repeating: " ", count: indent) + language.text(phrase, values))
    }
    say(
      .summary,
      [
        "process": .text(process), "states": .number(exploration.states),
        "outcomes": .number(exploration.outcomes.count), "steps": .number(maxSteps),
      ])
    if exploration.isIncomplete { say(.incomplete, ["limit": .number(Explorer.stateLimit)]) }
    if exploration.cutOff > 0 {
      say(.cutOff, ["count": .number(exploration.cutOff), "steps": .number(maxSteps)])
    }
    say(.outcomesHeading)
    for summary in exploration.outcomes {
      let outcome = summary.outcome
      say(
        .outcome,
        [
          "ending": .text(ending(outcome.ending, in: language)),
          "status": .text(language.name(of: outcome.status)),
          "calls": .text(range(summary.calls, in: language)),
          "messages": .text(range(summary.messages, in: language)),
          "shortest": .text(language.duration(summary.shortest)),
          "longest": .text(language.duration(summary.longest)),
        ], indent: 2)
      say(.example, ["path": .text(text(of: summary.example, explorer))], indent: 4)
    }
    if exploration.anomalies.isEmpty {
      say(.noAnomalies)
    } else {
      say(.anomaliesHeading)
      for anomaly in exploration.anomalies {
        context.say("  " + describe(anomaly.anomaly, in: language))
        say(.example, ["path": .text(text(of: anomaly.example, explorer))], indent: 4)
      }
    }
    if exploration.blocksNeverReached.isEmpty {
      say(.everyBlockReached)
    } else {
      say(.neverReachedHeading)
      for (name, blocks) in exploration.blocksNeverReached {
        say(
          .neverReached, ["process": .text(name), "blocks": .text(blocks.joined(separator: ", "))],
          indent: 2)
      }
    }
    if let scripts {
      let count = try writeScripts(exploration, explorer, to: scripts, in: context)
      say(.scriptsWritten, ["count": .number(count), "folder": .text(scripts)])
    }
  }

  func json(in context: CommandContext) throws(ShellError) -> JSONValue {
    let (explorer, exploration) = try explore(in: context)
    if let scripts { _ = try writeScripts(exploration, explorer, to: scripts, in: context) }
    func path(_ path: Exploration.Path) -> JSONValue {
      .array(commands(of: path, explorer).map(JSONValue.string))
    }
    let outcomes: [JSONValue] = exploration.outcomes.map { summary in
      let outcome = summary.outcome
      var object = JSONObject([
        (key: "status", value: .string(outcome.status.rawValue)),
        (
          key: "calls",
          value: [
            .integer(Int64(summary.calls.lowerBound)), .integer(Int64(summary.calls.upperBound)),
          ]
        ),
        (
          key: "messages",
          value: [
            .integer(Int64(summary.messages.lowerBound)),
            .integer(Int64(summary.messages.upperBound)),
          ]
        ),
        (key: "shortest", value: .string(summary.shortest.description)),
        (key: "longest", value: .string(summary.longest.description)),
        (key: "states", value: .integer(Int64(summary.states))),
        (key: "example", value: path(summary.example)),
      ])
      switch outcome.ending {
      case .ended(let name, let result):
        object["ending"] = "ended"
        object["end"] = .string(name)
        object["result"] = .string(result.rawValue)
      case .waitsForever: object["ending"] = "waits-forever"
      case .failed: object["ending"] = "failed"
      case .cutOff: object["ending"] = "cut-off"
      }
      return .object(object)
    }
    let anomalies: [JSONValue] = exploration.anomalies.map { summary in
      var object = JSONObject([(key: "example", value: path(summary.example))])
      switch summary.anomaly {
      case .completedOrderChanged(let process, let block, let status):
        object["kind"] = "completed-order-changed"
        object["process"] = .string(process)
        object["block"] = .string(block)
        object["status"] = .string(status.rawValue)
      case .paidOrderCancelled(let process, let block):
        object["kind"] = "paid-order-cancelled"
        object["process"] = process.map(JSONValue.string) ?? .null
        object["block"] = block.map(JSONValue.string) ?? .null
      case .waitsForever(let process, let blocks):
        object["kind"] = "waits-forever"
        object["process"] = .string(process)
        object["blocks"] = .array(blocks.map(JSONValue.string))
      }
      return .object(object)
    }
    return .object(
      JSONObject([
        (key: "process", value: .string(process)),
        (key: "states", value: .integer(Int64(exploration.states))),
        (key: "max-steps", value: .integer(Int64(maxSteps))),
        (key: "cut-off", value: .integer(Int64(exploration.cutOff))),
        (key: "complete", value: .bool(!exploration.isIncomplete)),
        (key: "outcomes", value: .array(outcomes)),
        (key: "anomalies", value: .array(anomalies)),
        (
          key: "blocks-never-reached",
          value: .object(
            JSONObject(
              exploration.blocksNeverReached.map { entry in
                (key: entry.process, value: .array(entry.blocks.map(JSONValue.string)))
              }))
        ),
      ]))
  }

  /// `3`, or `0–12` when the paths differ.
  private func range(_ range: ClosedRange<Int>, in language: Language) -> String {
    range.lowerBound == range.upperBound
      ? language.grouped(range.lowerBound)
      : "\(language.grouped(range.lowerBound))–\(language.grouped(range.upperBound))"
  }

  private func ending(_ ending: Exploration.Outcome.Ending, in language: Language) -> String {
    switch ending {
    case .ended(let name, let result):
      language.text(
        ExplorePhrase.endedEnding,
        ["end": .text(name), "result": .text(language.name(of: result))])
    case .waitsForever: language.text(ExplorePhrase.waitsForeverEnding)
    case .failed: language.text(ExplorePhrase.failedEnding)
    case .cutOff: language.text(ExplorePhrase.cutOffEnding)
    }
  }

  private func describe(_ anomaly: Exploration.Anomaly, in language: Language) -> String {
    switch anomaly {
    case .completedOrderChanged(let process, let block, let status):
      language.text(
        ExplorePhrase.completedOrderChanged,
        [
          "block": .text(block), "process": .text(process),
          "status": .text(language.name(of: status)),
        ])
    case .paidOrderCancelled(let process?, let block?):
      language.text(
        ExplorePhrase.paidOrderCancelled, ["block": .text(block), "process": .text(process)])
    case .paidOrderCancelled:
      language.text(ExplorePhrase.paidOrderCancelledByCustomer)
    case .waitsForever(let process, let blocks):
      language.text(
        ExplorePhrase.waitsForever,
        ["process": .text(process), "blocks": .text(blocks.joined(separator: ", "))])
    }
  }

  /// The path as the commands a person types: the new order, then the steps.
  private func commands(of path: Exploration.Path, _ explorer: Explorer) -> [String] {
    [Self.newOrder(hasPhone: path.hasPhone)]
      + path.steps.map { $0.commandText(order: explorer.order, user: explorer.user) }
  }

  static func newOrder(hasPhone: Bool) -> String {
    hasPhone ? "order new" : "order new --no-phone"
  }

  private func text(of path: Exploration.Path, _ explorer: Explorer) -> String {
    commands(of: path, explorer).joined(separator: "; ")
  }

  /// One script per outcome, `01-paid-completed.procsh` and on, each setting the order up as the
  /// explorer did, taking the outcome's example path and expecting what it ends in; definitions
  /// that are not built in go beside them as `NAME.json`. Returns how many scripts.
  private func writeScripts(
    _ exploration: Exploration, _ explorer: Explorer, to folder: String,
    in context: CommandContext
  ) throws(ShellError) -> Int {
    let directory = context.resolve(folder)
    FileSystem.makeDirectories(directory)
    guard FileSystem.isDirectory(directory) else { throw .file(path: folder, .notAFolder) }
    var written = 0
    for (index, summary) in exploration.outcomes.enumerated() {
      let outcome = summary.outcome
      let setUp: [Command]
      do throws(EngineError) {
        setUp = try explorer.setUp(from: context.engine, hasPhone: summary.example.hasPhone)
          .commands
      } catch {
        throw .engine(error)
      }
      var lines = [
        "#!/usr/bin/env procsh",
        "# process explore \(process), outcome \(index + 1) of \(exploration.outcomes.count):",
        "# \(ending(outcome.ending, in: .english)), order \(outcome.status.rawValue);",
        "# after \(summary.shortest) to \(summary.longest). The path is the first found, with the fewest steps.",
      ]
      for command in setUp {
        switch command {
        case .loadProcess(let definition):
          let name = "\(definition.name).json"
          try FileSystem.writeAtomically(
            Array(PrettyJSON.text(definition.json).utf8), to: directory + "/" + name)
          lines.append("process load \(name)")
        case .stopProcess(let name): lines.append("process stop \(name)")
        case .createOrder: lines.append(Self.newOrder(hasPhone: summary.example.hasPhone))
        case .runProcess(let name, let order): lines.append("process run \(name) order \(order)")
        default: break
        }
      }
      lines += summary.example.steps.map {
        $0.commandText(order: explorer.order, user: explorer.user)
      }
      let task = exploration.task
      switch outcome.ending {
      case .ended(let name, let result):
        lines.append("expect task \(task) end \(name)")
        lines.append("expect task \(task) result \(result.rawValue)")
      case .waitsForever: lines.append("expect task \(task) state active")
      case .failed, .cutOff: break
      }
      lines.append("expect order \(explorer.order) status \(outcome.status.rawValue)")
      let end = summary.exampleEnd
      lines.append("expect order \(explorer.order) calls \(end.calls)")
      lines.append("expect order \(explorer.order) messages \(end.messages)")
      let slug: String =
        switch outcome.ending {
        case .ended(let name, _): name
        case .waitsForever: "waits"
        case .failed: "failed"
        case .cutOff: "cut-off"
        }
      let number = index + 1 < 10 ? "0\(index + 1)" : "\(index + 1)"
      let name = "\(number)-\(slug)-\(outcome.status.rawValue).procsh"
      try FileSystem.writeAtomically(
        Array((lines.joined(separator: "\n") + "\n").utf8), to: directory + "/" + name)
      written += 1
    }
    return written
  }
}
