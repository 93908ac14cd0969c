/// One run of a simulation: the simulated people, their agenda, and the loop that interleaves it
/// with the engine's.
extension Simulation {
  /// One simulated customer, by population index.
  struct Customer {
    var random: SplitMix64
    var kind: SimulationProfile.Kind
    var givesPhone: Bool
    var specialCallPending: Bool
    /// Seconds after the start when the customer orders.
    var arrival: Int64
  }

  enum Action {
    /// A manager answers the step opened at this block of this task.
    case answer(TaskID, BlockIndex)
    case pay(OrderID)
    case givePhone(OrderID)
    /// The customer opens a mailing's message.
    case openMessage(MessageID)
  }

  /// The questions the population knows how to answer; any other question gets its first option.
  enum QuestionKind {
    case takeOrder, sendMessage, controlCall, call, callOutcome, other
  }

  /// The state of one run.
  ///
  /// The simulated people read the session as they like (what is open, what is owed), but change
  /// it only by `issue(_:)`, which applies a `Command` through `Engine.apply` with all its checks:
  /// the run is a session a person could have typed, clock moves included.
  struct Run {
    let simulation: Simulation
    var engine: Engine
    /// Told of each command once the engine has applied it.
    let applied: ((Command) -> Void)?
    /// The customers by arrival (then population index): the customer of the k-th order the run
    /// creates is `customers[k]`. Kept in the order they act rather than in population order,
    /// so that a step's customer lies near the order's other rows instead of at random over the
    /// whole table (a cache miss per answer at a million orders).
    var customers: [Customer] = []
    /// Population indices by arrival (then index): customers order in this sequence, read in
    /// turn rather than put on the agenda; `arrivals[k]` is the population index of
    /// `customers[k]`.
    var arrivals: [Int32] = []
    var nextArrival = 0
    var agenda = ActionQueue()
    let start: Instant
    let end: Instant
    let firstOrder: Int
    var managers: [ManagerID] = []
    var seen: Int
    var created = 0
    var openTasks = 0
    var stoppedAtHorizon = false
    /// Per definition, per block: which question the population sees there.
    var questionKinds: [[QuestionKind?]] = []
    /// Messages logged before `seen`: the id of the next one `scanEvents` meets is one more.
    var messagesSeen: Int
    /// Whether and when customers open mailings' messages: a stream of its own, so that drawing
    /// it leaves every customer's other choices as they were.
    var opening: SplitMix64

    init(simulation: Simulation, engine: Engine, applied: ((Command) -> Void)?) {
      self.simulation = simulation
      self.engine = engine
      self.applied = applied
      start = engine.clock
      end = engine.clock + simulation.parameters.horizon
      firstOrder = engine.orders.count
      seen = engine.log.count
      messagesSeen = engine.messageCount
      opening = SplitMix64(seed: simulation.parameters.seed ^ 0x6D61_696C_696E_6773)
    }

    var profile: SimulationProfile { simulation.profile }

    mutating func execute(monitor: CommandMonitor?) throws(EngineError) {
      prepareManagers()
      drawPopulation()
      // Each customer is a user with one order: room for all of them now, rather than copying
      // the arrays as they double (capacity only; the session is unchanged).
      let population = simulation.parameters.orders
      engine.orders.reserveCapacity(engine.orders.count + population)
      engine.users.reserveCapacity(engine.users.count + population)
      seen = engine.log.count
      var steps = 0
      while true {
        var simulatedDue = agenda.first(dueBy: end)?.due
        var arrivalIsNext = false
        if nextArrival < arrivals.count {
          // A new customer comes before the people already acting at the same second.
          let arrival = start + .seconds(customers[nextArrival].arrival)
          if simulatedDue == nil || arrival <= simulatedDue! {
            simulatedDue = arrival
            arrivalIsNext = true
          }
        }
        // The engine goes first at a tie; it is asked only as far as that (see `nextDue`).
        if let due = engine.nextDue(by: min(end, simulatedDue ?? end)) {
          issue(.advanceTo(.absolute(due)))
        } else if let due = simulatedDue {
          issue(.advanceTo(.absolute(due)))
          if arrivalIsNext {
            create(nextArrival)
            nextArrival += 1
          } else {
            let action = agenda.removeFirst().action
            prefetchUpcomingActions()
            perform(action)
          }
        } else {
          stoppedAtHorizon = true
          break
        }
        scanEvents()
        if created == simulation.parameters.orders && openTasks == 0 { break }
        steps += 1
        if let monitor, steps & 0xFFFF == 0 {
          if monitor.isCancelled() { throw .interrupted }
          monitor.progress(
            Double((engine.clock - start).seconds)
              / Double(max(1, simulation.parameters.horizon.seconds)))
        }
      }
      if stoppedAtHorizon && engine.clock < end { issue(.advanceTo(.absolute(end))) }
      scanEvents()
    }

    /// Applies a command of the simulated people; a refusal is a bug of the simulation, which
    /// looks before it acts.
    mutating func issue(_ command: Command) {
      do throws(EngineError) {
        try engine.apply(command)
      } catch {
        preconditionFailure(
          "internal inconsistency: the simulation's \(command) was refused: \(error.message)")
      }
      applied?(command)
    }

    /// The simulated managers `m1` … `m20`, added (`manager add`) if the session does not have
    /// them.
    mutating func prepareManagers() {
      for number in 1...Simulation.managerCount {
        let name = "m\(number)"
        if engine.manager(named: name) == nil { issue(.addManager(name)) }
        guard let manager = engine.manager(named: name) else {
          preconditionFailure("internal inconsistency: manager '\(name)' was not added")
        }
        managers.append(manager.id)
      }
    }

    /// Draws every customer's profile and arrival, in population order.
    mutating func drawPopulation() {
      var master = SplitMix64(seed: simulation.parameters.seed)
      let window = max(1, simulation.parameters.window.seconds)
      customers.reserveCapacity(simulation.parameters.orders)
      var cumulative: [Double] = []
      var total = 0.0
      for share in profile.shares {
        total += share
        cumulative.append(total)
      }
      for _ in 0..<simulation.parameters.orders {
        var random = SplitMix64(seed: master.next())
        let arrival = Int64(random.nextUnit() * Double(window))
        let draw = random.nextUnit()
        let kindIndex = cumulative.firstIndex(where: { draw < $0 }) ?? (cumulative.count - 1)
        let kind = SimulationProfile.Kind.allCases[kindIndex]
        var givesPhone = kind == .noPhoneGives
        if kind == .wrongNumber { givesPhone = random.nextUnit() < profile.wrongNumberGivesPhone }
        customers.append(
          Customer(
            random: random, kind: kind, givesPhone: givesPhone,
            specialCallPending: kind == .duplicateAtCall || kind == .wrongNumber,
            arrival: arrival))
      }
      arrivals = Self.arrivalOrder(customers, window: window)
      customers = arrivals.map { [customers] in customers[Int($0)] }
    }

    /// Population indices sorted by (arrival, index).
    ///
    /// Arrivals are whole seconds within the window, so unless the window is far longer than
    /// the population is large, a counting sort by second does it in one pass each way: a
    /// comparison sort reading each customer through its index took 2 % of a run's instructions.
    static func arrivalOrder(_ customers: [Customer], window: Int64) -> [Int32] {
      guard window <= max(4 * Int64(customers.count), 1 << 20) else {
        return (0..<Int32(customers.count)).sorted {
          (customers[Int($0)].arrival, $0) < (customers[Int($1)].arrival, $1)
        }
      }
      // Arrivals lie in 0...window (a unit draw times the window, rounded down).
      var next = [Int32](repeating: 0, count: Int(window) + 2)
      for customer in customers { next[Int(customer.arrival) + 1] += 1 }
      for second in 1..<next.count { next[second] += next[second - 1] }
      var order = [Int32](repeating: 0, count: customers.count)
      for index in customers.indices {
        let second = Int(customers[index].arrival)
        order[Int(next[second])] = Int32(index)
        next[second] += 1
      }
      return order
    }

    /// The customer at `index` in `customers` (by arrival) orders.
    mutating func create(_ index: Int) {
      let kind = customers[index].kind
      let hasPhone = kind != .noPhoneGives && kind != .noPhoneNever
      let orderID = OrderID(index: engine.orders.count)
      created += 1
      issue(.createOrder(NewOrder(phone: hasPhone ? nil : .some(nil))))
      if kind == .fastPay {
        let delay = uniform(profile.fastPayWithin, customer: index)
        agenda.schedule(.pay(orderID), at: engine.clock + .seconds(delay))
      }
    }

    /// Starts loading the rows the next actions will read, while this one runs: at a million
    /// orders each is a cache miss otherwise (see `prefetch`). Answers, nearly all actions, queue
    /// in line and are prefetched in two stages: the task of the fourth answer in line; two
    /// actions later, that row arrived, the newest token, the order and the customer of what is
    /// then the second. A customer's payment or phone due next gets its order's row.
    mutating func prefetchUpcomingActions() {
      // The line's own items, 16 answers (six cache lines) ahead of the first stage's read.
      agenda.prefetchQueuedAnswer(19)
      if let item = agenda.queuedAnswer(3), case .answer(let task, _) = item.action {
        engine.tasks.prefetch(task.index)
      }
      if let item = agenda.queuedAnswer(1), case .answer(let task, _) = item.action {
        // Field by field, where the row lies: a copy of the whole row would retain and release
        // its slots' array on every action.
        if let token = engine.tasks[task.index].lastToken { engine.tokens.prefetch(token.index) }
        if let order = engine.tasks[task.index].order {
          engine.orders.prefetch(order.index)
          customers.prefetch(order.index - firstOrder)
        }
      }
      switch agenda.first(dueBy: end)?.action {
      case .pay(let order), .givePhone(let order): engine.orders.prefetch(order.index)
      default: break
      }
    }

    mutating func perform(_ action: Action) {
      switch action {
      case .answer(let task, let block):
        answer(task, block)
      case .pay(let order):
        // The customer pays what is left, if anything is and the order still takes payments.
        guard customerIsActive(order) else { return }
        let remaining = engine.orders[order.index].remaining
        guard remaining > .zero, engine.orders[order.index].status.acceptsPayments else { return }
        issue(.pay(order, nil))
      case .givePhone(let order):
        guard customerIsActive(order) else { return }
        let user = engine.orders[order.index].user
        guard engine.users[user.index].phone == nil else { return }
        issue(.setUserField(user, .phone, User.defaultPhone(for: user)))
      case .openMessage(let message):
        issue(.openMessage(message))
      }
    }

    /// Customers act only while the order's launched task runs (as in the peer models).
    /// (`mutating` only to avoid copying the run, engine and all; see `Engine.evaluate`.)
    mutating func customerIsActive(_ order: OrderID) -> Bool {
      var next = engine.orders[order.index].lastTask
      while let id = next {
        let task = engine.tasks[id.index]
        if task.parent == nil { return task.isOpen }
        next = task.previousTaskOfObject
      }
      return false
    }

    /// A manager answers the step opened at `block`, if it is still open: `answer task N OPTION`
    /// by the task's manager, or by the customer's manager while the task has none (SPEC §5: a
    /// manager answers unassigned steps and their own). Options go by key, dates as instants.
    mutating func answer(_ taskID: TaskID, _ block: BlockIndex) {
      guard engine.tasks[taskID.index].isOpen, let token = askingToken(taskID, block) else {
        return
      }
      guard let order = engine.tasks[taskID.index].order, order.index >= firstOrder else { return }
      // The run creates its orders in arrival order, one per customer.
      let index = order.index - firstOrder
      var argument: AnswerArgument? = nil
      let option: String
      let now = engine.clock
      // The keys are those `questionKind` checked the question offers.
      switch questionKind(taskID, block) {
      case .takeOrder:
        option = customers[index].kind == .duplicate ? "duplicate" : "yes"
      case .sendMessage:
        option = chance(profile.sendMessage, customer: index) ? "send" : "skip"
        if customers[index].givesPhone {
          customers[index].givesPhone = false
          let delay = uniform(profile.phoneAfter, customer: index)
          agenda.schedule(.givePhone(order), at: now + .seconds(delay))
        }
      case .controlCall:
        option = chance(profile.callAnswered, customer: index) ? "reached" : "no-answer"
      case .call:
        if !chance(profile.callAnswered, customer: index) {
          option = "no-answer"
        } else if customers[index].specialCallPending {
          customers[index].specialCallPending = false
          option = customers[index].kind == .duplicateAtCall ? "duplicate" : "wrong-number"
        } else {
          option = "reached"
        }
      case .callOutcome:
        let draw = customers[index].random.nextUnit()
        if draw < profile.willPay {
          option = "will-pay"
          let date = now + profile.willPayIn
          argument = .date(date)
          if chance(profile.paysWhenPromised, customer: index) {
            agenda.schedule(.pay(order), at: date + TimeSpan(seconds: -profile.paysBefore.seconds))
          }
        } else if draw < profile.willPay + profile.postpone {
          option = "postpone"
          argument = .date(now + profile.postponeBy)
        } else {
          option = "refuse"
        }
      case .other:
        let first = engine.askedQuestion(token).options[0]
        option = first.key
        if first.argument == .date { argument = .date(now + .days(1)) }
      }
      // With several steps open in the task, a person names the step by its option; when that
      // does not single out this one, the manager leaves it (never so in the built-in processes).
      if engine.tasks[taskID.index].openSteps > 1 {
        guard (try? engine.askingToken(for: .task(taskID), option: option)) == token else { return }
      }
      let manager =
        engine.tasks[taskID.index].manager ?? managers[Int(arrivals[index]) % managers.count]
      issue(.answer(.task(taskID), option: option, argument: argument, by: manager))
    }

    mutating func askingToken(_ task: TaskID, _ block: BlockIndex) -> TokenID? {
      var next = engine.tasks[task.index].lastToken
      while let id = next {
        let token = engine.tokens[id.index]
        if token.state == .asking && token.block == block { return id }
        next = token.previousInTask
      }
      return nil
    }

    mutating func questionKind(_ task: TaskID, _ block: BlockIndex) -> QuestionKind {
      let definition = engine.tasks[task.index].definition.index
      while questionKinds.count <= definition { questionKinds.append([]) }
      if questionKinds[definition].isEmpty {
        questionKinds[definition] = engine.processes[definition].definition.blocks.map { block in
          guard case .question(let question) = block.kind else { return nil }
          let known: [String: (QuestionKind, [String])] = [
            "take-order": (.takeOrder, ["yes", "duplicate"]),
            "send-message": (.sendMessage, ["send", "skip"]),
            "control-call": (.controlCall, ["reached", "no-answer"]),
            "call": (.call, ["reached", "duplicate", "wrong-number", "no-answer"]),
            "call-outcome": (.callOutcome, ["will-pay", "postpone", "refuse"]),
          ]
          // A known key whose options start as the population expects; otherwise the first option.
          guard let (kind, options) = known[question.key],
            question.options.count >= options.count,
            zip(question.options, options).allSatisfy({ $0.key == $1 })
          else { return .other }
          return kind
        }
      }
      return questionKinds[definition][block.index] ?? .other
    }

    @inline(__always)
    static func isSimulated(_ order: OrderID?, from firstOrder: Int) -> Bool {
      guard let order else { return false }
      return order.index >= firstOrder
    }

    /// Follows the new events: schedules answers to opened steps and counts running tasks.
    mutating func scanEvents() {
      let count = engine.log.count
      while seen < count {
        let event = engine.log[seen]
        seen += 1
        switch event.kind {
        case .stepOpened:
          guard Self.isSimulated(event.order, from: firstOrder), let task = event.task,
            let block = event.block
          else { continue }
          agenda.schedule(.answer(task, block), at: event.time + profile.answerDelay)
        case .messageSent:
          messagesSeen += 1
        case .mailingSent:
          messagesSeen += 1
          guard Self.isSimulated(event.order, from: firstOrder),
            opening.nextUnit() < profile.opensMessage
          else { continue }
          let window = profile.opensWithin
          let delay =
            window.lowerBound
            + Int64(opening.nextUnit() * Double(window.upperBound - window.lowerBound + 1))
          agenda.schedule(
            .openMessage(MessageID(rawValue: Int32(messagesSeen))),
            at: event.time + .seconds(delay))
        case .taskStarted:
          if Self.isSimulated(event.order, from: firstOrder), let task = event.task,
            engine.tasks[task.index].parent == nil
          {
            openTasks += 1
          }
        case .taskEnded, .taskFailed, .taskDeleted:
          if Self.isSimulated(event.order, from: firstOrder), let task = event.task,
            engine.tasks[task.index].parent == nil
          {
            openTasks -= 1
          }
        default:
          continue
        }
      }
    }

    mutating func chance(_ probability: Double, customer index: Int) -> Bool {
      customers[index].random.nextUnit() < probability
    }

    mutating func uniform(_ range: ClosedRange<Int64>, customer index: Int) -> Int64 {
      let span = Double(range.upperBound - range.lowerBound)
      return range.lowerBound + Int64(customers[index].random.nextUnit() * span)
    }

    func report() -> SimulationReport {
      let orders = OrderID(index: firstOrder)..<OrderID(index: firstOrder + created)
      return SimulationReport(
        parameters: simulation.parameters, orders: orders, started: start, ended: engine.clock,
        stoppedAtHorizon: stoppedAtHorizon, statistics: Statistics(engine: engine, orders: orders))
    }
  }
}
