import JSON
import ProcessEngine
import Wording

/// `simulate N orders`: a school's day of orders, driven by seeded customers and managers
/// (SPEC §11.3) until every task ends or the horizon.
struct SimulateCommand: ShellCommand {
  static let orders = Argument<Int>(
    "N",
    .number(
      Phrase(en: "a number of orders", ru: "число заказов"), in: 1...SimulationParameters.mostOrders
    ))
  static let window = Option<TimeSpan>("--over", "DURATION", .duration)
  static let seed = Option<UInt64>("--seed", "S", .seed)
  static let profile = Option<String>(
    "--profile", "FILE", .file(Phrase(en: "a profile file", ru: "файл профиля")))
  static let horizon = Option<TimeSpan>("--until", "DURATION", .duration)
  static let log = Option<LogDetail>("--log", "full|changes", .choice())
  static let syntax = CommandSyntax(
    "simulate", [.value(orders), .word("orders")],
    flags: [
      .option(window), .option(seed), .option(profile), .option(horizon), .option(log),
      .switch(.json),
    ],
    summary: Phrase(
      en: "create N orders over a window and drive them with automated customers and managers",
      ru: "создать N заказов за период и провести их с автоматическими клиентами и менеджерами"),
    details: Phrase(
      en:
        "Defaults: over 24h, seed 42, until 40d. The log keeps every step up to 10,000 orders and only changes (statuses, payments, steps, tasks) above; --log chooses.",
      ru:
        "По умолчанию: over 24h, seed 42, until 40d. До 10 000 заказов журнал хранит каждый шаг, а сверх того только изменения (статусы, оплаты, шаги, задачи); выбирает --log."
    ),
    examples: [
      "simulate 1000 orders", "simulate 100000 orders --seed 7",
      "simulate 50000 orders --log full",
    ])

  /// How much of each simulated step the log keeps.
  enum LogDetail: String, Choice {
    case full
    case changes

    var word: String { rawValue }
    static var category: Phrase { Phrase(en: "log detail", ru: "подробность журнала") }
  }

  let parameters: SimulationParameters
  let profilePath: String?

  init(_ arguments: Arguments) throws(ShellError) {
    let parameters = SimulationParameters(
      orders: arguments[Self.orders], window: arguments[Self.window] ?? .hours(24),
      seed: arguments[Self.seed] ?? 42, horizon: arguments[Self.horizon] ?? .days(40),
      logsSteps: arguments[Self.log].map { $0 == .full })
    guard parameters.window.seconds > 0 else { throw .simulationSpan(.emptyWindow) }
    guard parameters.horizon >= parameters.window else {
      throw .simulationSpan(
        .horizonBeforeWindow(horizon: parameters.horizon, window: parameters.window))
    }
    self.parameters = parameters
    profilePath = arguments[Self.profile]
  }

  /// The population the profile file describes, or SPEC §11.3's.
  private func readProfile(in context: CommandContext) throws(ShellError) -> SimulationProfile {
    guard let profilePath else { return SimulationProfile() }
    let path = context.resolve(profilePath)
    let bytes = try FileSystem.read(path, limit: FileSystem.largestText)
    let json: JSONValue
    do throws(JSONSyntaxError) {
      json = try JSONReader.parse(bytes)
    } catch {
      throw .notJSON(path: path, error)
    }
    do throws(EngineError) {
      return try SimulationProfile(json: json)
    } catch .profile(let problems) {
      throw .profile(path: path, problems: problems)
    } catch {
      throw .engine(error)
    }
  }

  func run(in context: CommandContext) throws(ShellError) {
    let profile = try readProfile(in: context)
    let shell = context.shell
    let before = (orders: shell.engine.orders.count, tasks: shell.engine.tasks.count)
    let started = shell.engine.clock
    let bar = ProgressBar(output: shell.progressOutput, enabled: shell.progressBars)
    defer { bar.finish() }
    _ = try HeapPrefaulter.whilePerforming { () throws(ShellError) in
      try shell.perform(.simulate(parameters, profile), text: context.text, progress: bar.update)
    }
    bar.finish()
    let engine = context.engine
    let orders = OrderID(index: before.orders)..<OrderID(index: engine.orders.count)
    // Stopped at the horizon when a task launched for one of its orders still runs.
    let stoppedAtHorizon = engine.tasks[before.tasks...].contains { task in
      task.parent == nil && task.isOpen && task.order.map(orders.contains) == true
    }
    let statistics = Statistics(engine: engine, orders: orders)
    let last = OrderID(index: orders.upperBound.index - 1)
    if context.wantsJSON {
      guard
        case .object(var object) = SessionJSON(engine: engine, language: context.style.language)
          .statistics(statistics)
      else {
        return
      }
      object["first-order"] = .id(orders.lowerBound)
      object["last-order"] = .id(last)
      object["seed"] = .integer(Int64(bitPattern: parameters.seed))
      object["started"] = .instant(started)
      object["ended"] = .instant(engine.clock)
      object["stopped-at-horizon"] = .bool(stoppedAtHorizon)
      context.sayJSON(.object(object))
      return
    }
    let style = context.style
    context.say(
      style.text(
        ShellPhrase.simulated,
        [
          "n": .number(parameters.orders), "first": .text("\(orders.lowerBound)"),
          "last": .text("\(last)"), "seed": .text("\(parameters.seed)"),
          "window": .text(style.language.duration(parameters.window)),
          "started": .text("\(started)"), "ended": .text("\(engine.clock)"),
          "how": .text(
            style.text(stoppedAtHorizon ? ShellPhrase.stoppedAtHorizon : .everyTaskEnded)),
        ]))
    for line in SessionText(engine: engine, style: context.style).statistics(statistics) {
      context.say(line)
    }
  }
}
