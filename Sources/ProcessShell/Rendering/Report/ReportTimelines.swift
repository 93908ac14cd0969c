import ProcessEngine
import Wording

/// The orders of a report, each as an `<article>`: its timeline (its tasks as lanes on the
/// virtual time axis, each event a mark that names it), its status history, the `why` of its
/// status, and every event as the terminal writes it.
///
/// The events of all the orders are gathered in one pass over the log, so a page after a large
/// `simulate` costs a read of the log, not one per order.
struct ReportTimelines {
  let engine: Engine
  let style: Style
  /// The log positions of each order's events: its own, and what its tasks did (to its
  /// customer too), as `log --order N` shows them.
  private var events: [OrderID: [Int]] = [:]
  /// The trails of the orders' tasks, by the definition they run.
  private(set) var trails: [DefinitionID: [TaskTrail]] = [:]

  /// The width of a timeline's drawing, in SVG units; the page scales it to the window.
  static let width = 1200
  /// Where the axis begins, after the lanes' names.
  static let axisStart = 230
  static let axisEnd = 860
  /// Where each lane says where its task is now.
  static let whereStart = 880
  static let laneHeight = 26

  init(engine: Engine, orders: [OrderID], style: Style) {
    self.engine = engine
    self.style = style
    var shown = Set(orders)
    shown = shown.filter { engine.order($0) != nil }
    for index in engine.log.indices {
      let event = engine.log[index]
      let order = event.order ?? event.task.flatMap { engine.tasks[$0.index].order }
      if let order, shown.contains(order) { events[order, default: []].append(index) }
    }
    for id in orders where shown.contains(id) {
      for task in engine.tasks(of: id) {
        trails[task.definition, default: []].append(trail(of: task.id))
      }
    }
  }

  /// A task's trail from the order's events already gathered (its own events are among them).
  private func trail(of id: TaskID) -> TaskTrail {
    guard let task = engine.task(id), let order = task.order else {
      preconditionFailure("internal inconsistency: a report's task \(id) has no order")
    }
    var blocks = Set<Int>()
    for index in events[order] ?? [] where engine.log[index].task == id {
      if let block = engine.log[index].block { blocks.insert(block.index) }
    }
    return TaskTrail(
      task: id, in: engine.process(task.definition).definition,
      current: Set(engine.branches(of: id).map(\.block.index)), blocksWithEvents: blocks)
  }

  private func say(_ phrase: ReportPhrase, _ values: PhraseValues = [:]) -> String {
    style.text(phrase, values)
  }

  private func escape(_ text: String) -> String { ReportPage.escape(text) }

  /// The article of one order.
  func article(for id: OrderID) -> String {
    guard let order = engine.order(id) else { return "" }
    let user = engine.users[order.user.index]
    let indices = events[id] ?? []
    let renderer = EventRenderer(engine: engine, style: style)
    var html =
      "<article class=\"order\" id=\"order-\(id.rawValue)\" data-order=\"\(id.rawValue)\">\n"
    html += "<h3>" + escape(say(.order, ["id": .text("\(id)")])) + "</h3>\n"
    html += "<p class=\"customer\">"
    html += escape(
      say(
        .customer,
        [
          "name": .text(user.name), "user": .text("\(user.id)"), "product": .text(order.product),
          "amount": .text("\(order.amount)"),
          "status": .text(style.language.name(of: order.status)),
        ]))
    html += "</p>\n"
    html += timeline(of: order, indices: indices, renderer: renderer)
    html += statusHistory(indices: indices, renderer: renderer)
    html += "<h4>" + escape(say(.why)) + "</h4>\n<pre class=\"why\">"
    html += WhyOrderCommand.explanation(of: .status, of: order, in: engine, style: style)
      .map(escape).joined(separator: "\n")
    html += "</pre>\n<details><summary>" + escape(say(.events, ["n": .number(indices.count)]))
    html += "</summary>\n<pre class=\"log\">"
    html += indices.map { escape(renderer.line(for: engine.log[$0])) }.joined(separator: "\n")
    return html + "</pre></details>\n</article>\n"
  }

  /// The lanes: the order's own events (created, paid, statuses set by hand), then each task's,
  /// on one time axis from the order's creation to now; each lane ends with where the task is.
  private func timeline(of order: Order, indices: [Int], renderer: EventRenderer) -> String {
    let start = order.createdAt
    let last = indices.last.map { engine.log[$0].time } ?? start
    var end = max(engine.clock, last)
    if end <= start { end = start + TimeSpan(seconds: 60) }
    let span = Double(end.secondsSinceEpoch - start.secondsSinceEpoch)
    func x(_ time: Instant) -> Int {
      let share = Double(time.secondsSinceEpoch - start.secondsSinceEpoch) / span
      return Self.axisStart + Int((share * Double(Self.axisEnd - Self.axisStart)).rounded())
    }
    let tasks = engine.tasks(of: order.id)
    let lanes = 2 + tasks.count
    let height = 30 + lanes * Self.laneHeight + 20
    var svg = "<svg class=\"timeline\" viewBox=\"0 0 \(Self.width) \(height)\" role=\"img\">\n"
    // The axis: its ends and the hours or days between.
    let axisY = 22
    svg += "<line class=\"axis\" x1=\"\(Self.axisStart)\" y1=\"\(axisY)\" x2=\"\(Self.axisEnd)\""
    svg += " y2=\"\(axisY)\"/>\n"
    svg += "<text class=\"tick\" x=\"\(Self.axisStart)\" y=\"14\">\(escape("\(start)"))</text>\n"
    svg += "<text class=\"tick end\" x=\"\(Self.axisEnd)\" y=\"14\">\(escape("\(end)"))</text>\n"
    // Ticks between, at round times: at most about eight, clear of the ends' labels.
    let steps: [Int64] = [60, 300, 900, 3600, 6 * 3600, 86_400, 7 * 86_400, 30 * 86_400]
    let step = steps.first { Int64(span) / $0 <= 8 } ?? 365 * 86_400
    var tick = (start.secondsSinceEpoch / step + 1) * step
    while tick < end.secondsSinceEpoch {
      let time = Instant(secondsSinceEpoch: tick)
      let at = x(time)
      if at > Self.axisStart + 120, at < Self.axisEnd - 120 {
        let text = "\(time)"
        // Midnight by its date (`01-06`), other ticks by the time of day.
        let label =
          tick % 86_400 == 0
          ? String(text.dropFirst(5).prefix(5)) : String(text.dropFirst(11).prefix(5))
        svg +=
          "<line class=\"grid\" x1=\"\(at)\" y1=\"\(axisY - 4)\" x2=\"\(at)\" y2=\"\(height - 14)\"/>"
        svg += "<text class=\"tick mid\" x=\"\(at)\" y=\"14\">\(escape(label))</text>\n"
      }
      tick += step
    }
    if engine.clock >= start, engine.clock <= end {
      let now = x(engine.clock)
      svg +=
        "<line class=\"now\" x1=\"\(now)\" y1=\"\(axisY)\" x2=\"\(now)\" y2=\"\(height - 14)\">"
      svg += "<title>\(escape(say(.now))) \(escape("\(engine.clock)"))</title></line>\n"
    }
    // Lane 0: the status, as coloured spans.
    var y = 30
    svg += lane(label: style.language.name(of: OrderField.status), y: y)
    var spans: [(Instant, OrderStatus)] = []
    for index in indices {
      let event = engine.log[index]
      switch event.change {
      case .orderCreated where event.order == order.id: spans.append((event.time, .new))
      case .statusChanged(_, let to, _) where event.order == order.id:
        spans.append((event.time, to))
      default: break
      }
    }
    for (position, (time, status)) in spans.enumerated() {
      let from = x(time)
      let to = position + 1 < spans.count ? x(spans[position + 1].0) : x(end)
      let name = escape(style.language.name(of: status))
      svg += "<rect class=\"span st-\(status.slug)\" x=\"\(from)\" y=\"\(y + 4)\""
      svg += " width=\"\(max(to - from, 2))\" height=\"\(Self.laneHeight - 8)\">"
      svg += "<title>\(escape("\(time)")) \(name)</title></rect>\n"
      if to - from > 8 * name.count {
        svg += "<text class=\"spanlabel\" x=\"\(from + 4)\" y=\"\(y + 17)\">\(name)</text>\n"
      }
    }
    // Lane 1: the order's events; then one lane per task.
    var laneOf: [TaskID: Int] = [:]
    for (position, task) in tasks.enumerated() { laneOf[task.id] = position + 1 }
    y += Self.laneHeight
    svg += lane(label: say(.orderLane), y: y)
    for (position, task) in tasks.enumerated() {
      let laneY = y + (position + 1) * Self.laneHeight
      let process = engine.definition(of: task).name
      svg += lane(
        label: say(.taskLane, ["id": .text("\(task.id)"), "process": .text(process)]), y: laneY)
      let branches = engine.branches(of: task.id)
      let text =
        branches.isEmpty
        ? SessionText(engine: engine, style: style).whereabouts(task)
        : say(
          .tokenAt,
          [
            "block": .text(
              branches.map { renderer.blockLabel(task: task.id, block: $0.block) }.joined(
                separator: ", "))
          ])
      // Several branches by their ids alone, which fit beside the lane; the title has all.
      let shown =
        branches.count > 1
        ? say(
          .tokenAt,
          [
            "block": .text(
              branches.map { "[\(engine.definition(of: task)[$0.block].id)]" }.joined(
                separator: ", "))
          ]) : text
      let here = x(engine.clock)
      if !branches.isEmpty {
        svg += "<circle class=\"token\" cx=\"\(here)\" cy=\"\(laneY + 13)\" r=\"7\">"
        svg += "<title>\(escape(text))</title></circle>\n"
      }
      svg += "<text class=\"where\(branches.isEmpty ? " ended" : "")\" x=\"\(Self.whereStart)\""
      svg +=
        " y=\"\(laneY + 17)\"><title>\(escape(text))</title>\(escape(shown.truncated(48)))</text>\n"
    }
    // Events of one lane at one point of the axis (a burst at one instant) share a mark, whose
    // tooltip lists them all in order; its colour is that of the one that matters most.
    var marks: [(row: Int, x: Int, kind: Int, lines: [String])] = []
    var markAt: [Int: Int] = [:]
    for index in indices {
      let event = engine.log[index]
      let row = event.task.flatMap { laneOf[$0] } ?? 0
      let kind =
        switch event.change {
        case .stepOpened: 0
        case .stepAnswered: 1
        case .paymentReceived: 2
        case .statusChanged, .orderCreated: 3
        case .messageSent, .mailingSent, .messageOpened: 4
        case .taskEnded, .taskFailed, .taskDeleted: 5
        default: 6
        }
      let at = x(event.time)
      let key = row * (Self.width + 1) + at
      if let mark = markAt[key] {
        marks[mark].kind = min(marks[mark].kind, kind)
        marks[mark].lines.append(renderer.line(for: event))
      } else {
        markAt[key] = marks.count
        marks.append((row, at, kind, [renderer.line(for: event)]))
      }
    }
    let kinds = ["ask", "answer", "pay", "status", "message", "end", "step"]
    for mark in marks {
      svg += "<circle class=\"mark \(kinds[mark.kind])\" cx=\"\(mark.x)\""
      svg += " cy=\"\(y + mark.row * Self.laneHeight + 13)\" r=\"\(4 + min(mark.lines.count, 4))\">"
      svg += "<title>\(mark.lines.map(escape).joined(separator: "\n"))</title></circle>\n"
    }
    svg += "</svg>\n"
    let note = say(.timelineNote, ["start": .text("\(start)"), "end": .text("\(end)")])
    return "<h4>\(escape(say(.timeline)))</h4>\n<p class=\"note\">\(escape(note))</p>\n" + svg
  }

  private func lane(label: String, y: Int) -> String {
    "<rect class=\"lane\" x=\"0\" y=\"\(y)\" width=\"\(Self.width)\" height=\"\(Self.laneHeight)\"/>"
      + "<text class=\"lanelabel\" x=\"6\" y=\"\(y + 17)\">\(escape(label))</text>\n"
  }

  /// Each status the order took, when, and the event that set it.
  private func statusHistory(indices: [Int], renderer: EventRenderer) -> String {
    var html = "<h4>\(escape(say(.statusHistory)))</h4>\n<table class=\"history\">"
    html += "<tr><th>\(escape(say(.time)))</th><th>\(escape(say(.status)))</th>"
    html += "<th>\(escape(say(.cause)))</th></tr>\n"
    for index in indices {
      let event = engine.log[index]
      let status: OrderStatus
      switch event.change {
      case .orderCreated where event.order != nil: status = .new
      case .statusChanged(_, let to, _): status = to
      default: continue
      }
      var cause = renderer.subject(of: event)
      if cause.hasSuffix(": ") { cause.removeLast(2) }
      if cause.hasSuffix(" · ") { cause.removeLast(3) }
      html += "<tr><td>\(escape("\(event.time)"))</td>"
      html += "<td class=\"st-\(status.slug)\">\(escape(style.language.name(of: status)))</td>"
      html +=
        "<td>\(escape(renderer.text(for: event)))<br><small>\(escape(cause))</small></td></tr>\n"
    }
    return html + "</table>\n"
  }
}
