import JSON
import ProcessEngine

/// `simulate` and `stats`: a month of a school's orders, and its funnel.
extension Shell {
  func simulate(_ request: SimulationRequest, words: [Lexer.Word]) throws(ShellError) {
    var profile = SimulationProfile()
    if let path = request.profilePath {
      let bytes = try FileSystem.read(path)
      let json: JSONValue
      do throws(JSONSyntaxError) {
        json = try JSONReader.parse(bytes)
      } catch {
        throw .other("\(path): not valid JSON: \(error.description)")
      }
      do throws(ProfileError) {
        profile = try SimulationProfile(json: json)
      } catch {
        throw .other(
          "\(path): the profile has bad values:\n"
            + error.problems.map { "  \($0)" }.joined(separator: "\n"))
      }
    }
    let parameters = SimulationParameters(
      orders: request.orders, window: request.window, seed: request.seed, horizon: request.horizon,
      logsSteps: request.logsSteps)
    guard parameters.window.seconds > 0 else { throw .other("--over must be longer than 0s") }
    guard parameters.horizon >= parameters.window else {
      throw .other("--until (\(parameters.horizon)) must be at least --over (\(parameters.window))")
    }
    let bar = ProgressBar(output: errors, enabled: progressBars)
    let report = Simulation(parameters: parameters, profile: profile).run(
      on: &engine, progress: bar.update)
    bar.finish()
    committed(.simulation(parameters, profile), words: words)
    if request.json {
      guard case .object(var object) = statisticsJSON(report.statistics) else { return }
      object["first-order"] = .id(report.orders.lowerBound)
      object["last-order"] = .id(OrderID(index: report.orders.upperBound.index - 1))
      object["seed"] = .integer(Int64(bitPattern: parameters.seed))
      object["started"] = .instant(report.started)
      object["ended"] = .instant(report.ended)
      object["stopped-at-horizon"] = .bool(report.stoppedAtHorizon)
      sayJSON(.object(object))
      return
    }
    let range = "\(report.orders.lowerBound)–\(OrderID(index: report.orders.upperBound.index - 1))"
    say(
      "simulated \(parameters.orders) orders (\(range)), seed \(parameters.seed), over \(parameters.window): "
        + "\(report.started) → \(report.ended)"
        + (report.stoppedAtHorizon
          ? " (stopped at the horizon; some tasks still run)" : " (every task ended)"))
    printStatistics(report.statistics)
  }

  func showStats(json: Bool) {
    let statistics = Statistics(engine: engine)
    if json {
      sayJSON(statisticsJSON(statistics))
      return
    }
    say("clock \(engine.clock): \(statistics.orders) orders")
    printStatistics(statistics)
  }

  func printStatistics(_ statistics: Statistics) {
    let funnel = statistics.funnelOrders
    func share(_ count: Int, of total: Int) -> String {
      total == 0 ? "" : String(percent: Double(count) * 100 / Double(total))
    }
    say("orders by status (false ones left out of the funnel, as GetCourse does):")
    for status in OrderStatus.allCases where status != .false {
      guard let count = statistics.byStatus[status], count > 0 else { continue }
      say(
        "  \(status.slug.padding(toLength: 18)) \(String(count).leftPadded(9))  \(share(count, of: funnel))"
      )
    }
    if let count = statistics.byStatus[.false], count > 0 {
      say("  \("false (hidden)".padding(toLength: 18)) \(String(count).leftPadded(9))")
    }
    let completed = statistics.byStatus[.completed] ?? 0
    say("conversion to paid: \(share(completed, of: funnel)) of \(funnel) orders")
    if let time = statistics.timeToPayment {
      say("time to payment: median \(time.median), p90 \(time.p90)")
    }
    if !statistics.cancelReasons.isEmpty {
      say("cancellation reasons:")
      for (reason, count) in statistics.cancelReasons {
        say("  \(reason.padding(toLength: 24)) \(String(count).leftPadded(9))")
      }
    }
    let perOrder = { (total: Int) in
      statistics.orders == 0
        ? "0" : String(fixed: Double(total) / Double(statistics.orders), digits: 2)
    }
    say(
      "calls: \(statistics.calls) (\(perOrder(statistics.calls)) per order)   messages: \(statistics.messages) (\(perOrder(statistics.messages)) per order)"
    )
    if !statistics.taskEnds.isEmpty {
      say("tasks by end:")
      for (process, end, count) in statistics.taskEnds {
        say("  \("\(process): \(end)".padding(toLength: 32)) \(String(count).leftPadded(9))")
      }
    }
    let answered = statistics.stepsByQuestion.reduce(0) { $0 + $1.count }
    say("manager steps answered: \(answered)")
    for (question, count) in statistics.stepsByQuestion {
      say("  \(question.padding(toLength: 18)) \(String(count).leftPadded(9))")
    }
    if statistics.stepsByManager.count > 1 {
      say(
        "  by manager: "
          + statistics.stepsByManager.map { "\($0.manager) \($0.count)" }.joined(separator: ", "))
    }
    say(
      "open manager steps: \(statistics.openSteps) (\(statistics.overdueSteps) open for more than a day)"
    )
  }

  func statisticsJSON(_ statistics: Statistics) -> JSONValue {
    var byStatus = JSONObject()
    for status in OrderStatus.allCases {
      if let count = statistics.byStatus[status] { byStatus[status.slug] = .integer(Int64(count)) }
    }
    var object = JSONObject()
    object["orders"] = .integer(Int64(statistics.orders))
    object["by-status"] = .object(byStatus)
    object["cancel-reasons"] = .object(
      JSONObject(
        statistics.cancelReasons.map { (key: $0.reason, value: .integer(Int64($0.count))) }))
    object["calls"] = .integer(Int64(statistics.calls))
    object["messages"] = .integer(Int64(statistics.messages))
    if let time = statistics.timeToPayment {
      object["time-to-payment"] = [
        "median-seconds": .integer(time.median.seconds), "p90-seconds": .integer(time.p90.seconds),
      ]
    }
    object["task-ends"] = .array(
      statistics.taskEnds.map {
        [
          "process": .string($0.process), "end": .string($0.end),
          "count": .integer(Int64($0.count)),
        ]
      })
    object["steps-by-question"] = .object(
      JSONObject(
        statistics.stepsByQuestion.map { (key: $0.question, value: .integer(Int64($0.count))) }))
    object["steps-by-manager"] = .object(
      JSONObject(
        statistics.stepsByManager.map { (key: $0.manager, value: .integer(Int64($0.count))) }))
    object["open-steps"] = .integer(Int64(statistics.openSteps))
    object["overdue-steps"] = .integer(Int64(statistics.overdueSteps))
    return .object(object)
  }
}

/// A progress bar on standard error, for long runs on a terminal only.
final class ProgressBar {
  let output: TextOutput
  let enabled: Bool
  private var shown = -1

  init(output: TextOutput, enabled: Bool) {
    self.output = output
    self.enabled = enabled
  }

  func update(_ fraction: Double) {
    guard enabled else { return }
    let percent = Int(min(1, max(0, fraction)) * 100)
    guard percent != shown else { return }
    shown = percent
    let filled = percent / 4
    output.write(
      "\r[" + String(repeating: "#", count: filled) + String(repeating: ".", count: 25 - filled)
        + "] \(percent)% of the horizon")
    output.flush()
  }

  func finish() {
    guard enabled, shown >= 0 else { return }
    output.write("\r" + String(repeating: " ", count: 50) + "\r")
    output.flush()
  }
}

extension String {
  /// `51.1%`
  init(percent: Double) {
    self = String(fixed: percent, digits: 1) + "%"
  }

  /// A number with a fixed number of decimals, rounded half away from zero.
  init(fixed value: Double, digits: Int) {
    var scale = 1.0
    for _ in 0..<digits { scale *= 10 }
    let scaled = (value * scale).rounded()
    let integer = Int64(scaled)
    let whole = integer / Int64(scale)
    let fraction = abs(integer % Int64(scale))
    self = digits == 0 ? "\(whole)" : "\(whole).\(Int(fraction).padded(digits))"
  }

  /// The text padded on the left to `length` characters.
  func leftPadded(_ length: Int) -> String {
    count >= length ? self : String(repeating: " ", count: length - count) + self
  }
}

extension Int {
  func padded(_ width: Int) -> String {
    let digits = String(self)
    return digits.count >= width
      ? digits : String(repeating: "0", count: width - digits.count) + digits
  }
}
