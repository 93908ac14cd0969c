/// `apply(_:)`: every command checks everything it needs first and only then changes state, so a
/// refused command leaves the session exactly as it was.
extension Engine {
  /// Performs `command` and returns the positions of the events it logged (`log[range]`).
  ///
  /// With a `monitor`, a long command (`advance`, `simulate`) reports its progress and stops when
  /// the monitor says so: the engine is then exactly as it was before the command, and the
  /// command throws `.interrupted`.
  @discardableResult
  public mutating func apply(_ command: Command, monitor: CommandMonitor? = nil)
    throws(EngineError) -> Range<Int>
  {
    guard let monitor else { return try perform(command, monitor: nil) }
    forgetDroppedCopies()
    // Kept to be put back: copies share their storage until written, so this costs what the
    // command changes, not the session.
    let before = self
    do throws(EngineError) {
      return try perform(command, monitor: monitor)
    } catch .interrupted {
      self = before
      throw .interrupted
    }
  }

  /// Lets go of the older versions of the tables that only copies since dropped needed.
  ///
  /// Whoever keeps the session before each command (the shell, for Ctrl-C; `apply` itself, with
  /// a monitor) calls this before taking the next copy; without it, memory grew with every command
  /// for as long as the session lived (`ChunkedArray.forgetDroppedCopies`).
  public mutating func forgetDroppedCopies() {
    users.forgetDroppedCopies()
    orders.forgetDroppedCopies()
    tasks.forgetDroppedCopies()
    messages.forgetDroppedCopies()
    tokens.forgetDroppedCopies()
    log.rows.forgetDroppedCopies()
  }

  /// The longest `ChunkedArray.copyChainLength` of the engine's tables; a test hook. The tables
  /// are found by reflection, not listed, so that one added later and left out of
  /// `forgetDroppedCopies` shows here.
  var longestCopyChain: Int {
    func chains(in value: Any, depth: Int) -> [Int] {
      if let table = value as? any CopyChained { return [table.copyChainLength] }
      guard depth > 0 else { return [] }
      return Mirror(reflecting: value).children.flatMap { chains(in: $0.value, depth: depth - 1) }
    }
    return chains(in: self, depth: 2).max() ?? 0
  }

  private mutating func perform(_ command: Command, monitor: CommandMonitor?)
    throws(EngineError) -> Range<Int>
  {
    let start = log.count
    switch command {
    case .setClock(let expression):
      try setClock(expression.resolved(now: clock))
    case .advance(let span):
      guard span.seconds >= 0, span <= TimeSpan.maximum else {
        throw .malformedDuration(span.description, reason: .outOfRange)
      }
      guard (clock + span).isInCalendar else { throw .beyondTheCalendar }
      try advance(to: clock + span, monitor: monitor)
    case .advanceTo(let expression):
      let target = expression.resolved(now: clock)
      guard target >= clock else { throw .timeGoesBack(target: target, clock: clock) }
      guard target.isInCalendar else { throw .beyondTheCalendar }
      try advance(to: target, monitor: monitor)
    case .advanceToNext:
      guard let due = nextDue() else { throw .agendaEmpty }
      try advance(to: due, monitor: monitor)
    case .createOrder(let request):
      try createOrder(request)
    case .pay(let id, let amount):
      try pay(id, amount)
    case .cancel(let id, let reason):
      let order = try existingOrder(id)
      guard order.status != .cancelled, order.status != .false, order.status != .completed else {
        throw .orderClosed(id, order.status)
      }
      setStatus(of: id, to: .cancelled, reason: reason.map { texts.intern($0) }, cause: .command)
      settle()
    case .setUserField(let id, let field, let value):
      try setUserField(id, field, value)
    case .setOrderStatus(let id, let status, let reason):
      let order = try existingOrder(id)
      guard !status.isSetByPayments else { throw .statusSetByPayments(status) }
      guard reason == nil || status == .cancelled else { throw .reasonWithoutCancel }
      guard order.status != status else { throw .statusUnchanged(id, status) }
      setStatus(of: id, to: status, reason: reason.map { texts.intern($0) }, cause: .command)
      settle()
    case .setOrderDate(let id, let field, let value):
      try setOrderDate(id, field, value)
    case .answer(let target, let option, let argument, let manager):
      try answer(target, option: option, argument: argument, by: manager)
    case .addManager(let name):
      guard !name.isEmpty, !name.contains(where: \.isWhitespace) else {
        throw .invalidName(name, what: .managerName)
      }
      guard name != "nobody" else { throw .invalidName(name, what: .reservedManagerName) }
      guard manager(named: name) == nil else { throw .managerExists(name) }
      let id = ManagerID(index: managers.count)
      managers.append(Manager(id: id, name: name))
      record(.managerAdded(id))
    case .actAs(let name):
      let manager = try existingManager(name)
      actingUser = manager.id
      record(.actingUserChanged(manager.id))
    case .takeTask(let id):
      let task = try existingTask(id)
      guard task.isOpen else { throw .taskNotOpen(id, task.state) }
      if let owner = task.manager {
        guard owner != actingUser else { throw .alreadyAssigned(id, to: managerName(owner)) }
        guard actingUser == .admin else { throw .assignedToOther(id, owner: managerName(owner)) }
      }
      setManager(of: id, to: actingUser, trigger: nil)
    case .transferTasks(let from, let to):
      let source = try existingManager(from)
      let target = try to.map { name throws(EngineError) in try existingManager(name) }
      for index in tasks.indices where tasks[index].isOpen && tasks[index].manager == source.id {
        setManager(of: TaskID(index: index), to: target?.id, trigger: nil)
      }
    case .loadProcess(let definition):
      try loadProcess(definition)
    case .startProcess(let name):
      try startProcess(name)
    case .stopProcess(let name):
      let process = try existingProcess(name)
      guard process.isStarted else { throw .processNotStarted(name) }
      stopLaunching(process.id)
    case .restartProcess(let name):
      let process = try existingProcess(name)
      restartProcess(process)
    case .runProcess(let name, let orderID):
      _ = try existingOrder(orderID)
      try launchByHand(name, on: .order(orderID))
    case .runProcessOnUser(let name, let userID):
      _ = try existingUser(userID)
      try launchByHand(name, on: .user(userID))
    case .loadMailing(let definition):
      loadMailing(definition)
    case .startMailing(let name):
      try startMailing(name)
    case .stopMailing(let name):
      try stopMailing(name)
    case .openMessage(let id):
      try openMessage(id)
    case .simulate(let parameters, let profile):
      try parameters.check()
      guard (clock + parameters.horizon).isInCalendar else { throw .beyondTheCalendar }
      _ = try Simulation(parameters: parameters, profile: profile).run(on: &self, monitor: monitor)
    }
    return start..<log.count
  }

  // MARK: - Checked lookups

  /// `process run NAME order|user N`: the process, over the subject's kind of object, launched
  /// on it unless it has a task of that process already.
  private mutating func launchByHand(_ name: String, on subject: Subject) throws(EngineError) {
    let process = try existingProcess(name)
    let object: ObjectType
    switch subject {
    case .order: object = .order
    case .user: object = .user
    }
    guard process.definition.object == object else {
      throw .processObjectMismatch(name, process.definition.object)
    }
    if let task = launchedTask(of: name, on: subject) {
      switch subject {
      case .order(let order): throw .alreadyLaunched(name, order: order, task: task)
      case .user(let user): throw .alreadyLaunchedOnUser(name, user: user, task: task)
      }
    }
    launch(process.id, on: subject)
    settle()
  }

  func existingOrder(_ id: OrderID) throws(EngineError) -> Order {
    guard let order = order(id) else { throw .unknownOrder(id, count: orders.count) }
    return order
  }

  func existingUser(_ id: UserID) throws(EngineError) -> User {
    guard let user = user(id) else { throw .unknownUser(id, count: users.count) }
    return user
  }

  func existingTask(_ id: TaskID) throws(EngineError) -> ProcessTask {
    guard let task = task(id) else { throw .unknownTask(id, count: tasks.count) }
    return task
  }

  func existingManager(_ name: String) throws(EngineError) -> Manager {
    guard let manager = manager(named: name) else {
      throw .unknownManager(
        name, suggestion: Suggestion.closest(to: name, among: managers.map(\.name)))
    }
    return manager
  }

  func existingProcess(_ name: String) throws(EngineError) -> LoadedProcess {
    guard let process = currentProcess(named: name) else {
      throw .unknownProcess(name, suggestion: Suggestion.closest(to: name, among: processNames))
    }
    return process
  }

  // MARK: - Clock

  mutating func setClock(_ instant: Instant) throws(EngineError) {
    guard users.isEmpty, orders.isEmpty else { throw .clockSetWithObjects }
    guard instant.isInCalendar else { throw .beyondTheCalendar }
    // Pending periodic checks keep their distance from the clock.
    let shift = instant - clock
    let items = agenda.items.map { item in
      Agenda<Timer>.Item(due: item.due + shift, sequence: item.sequence, action: item.action)
    }
    agenda = Agenda(now: instant, items: items, nextSequence: agenda.nextSequence)
    clock = instant
    record(.clockSet(instant))
  }

  // MARK: - Objects

  mutating func createOrder(_ request: NewOrder) throws(EngineError) {
    if request.user != nil, request.name != nil || request.email != nil || request.phone != nil {
      throw .customerFieldsWithUser
    }
    if let user = request.user { _ = try existingUser(user) }
    if let amount = request.amount, amount <= .zero { throw .nonPositiveAmount }
    if let name = request.name, name.isBlank {
      throw .invalidName(name, what: .customerName)
    }
    if let product = request.product, product.isBlank {
      throw .invalidName(product, what: .product)
    }
    if case .some(.some(let phone)) = request.phone, phone.isBlank {
      throw .blankContact(.phone)
    }
    if let email = request.email, email.isBlank {
      throw .blankContact(.email)
    }

    let userID: UserID
    if let existing = request.user {
      userID = existing
    } else {
      userID = UserID(index: users.count)
      let name = request.name ?? User.defaultName(for: userID)
      let phone = request.phone ?? User.defaultPhone(for: userID)
      users.append(
        request.email.map { User(id: userID, name: name, email: $0, phone: phone) }
          ?? User(defaultEmailFor: userID, name: name, phone: phone))
      record(.userCreated, subject: .user(userID))
      launchOnCreate(of: .user(userID))
    }
    let orderID = OrderID(index: orders.count)
    var order = Order(
      id: orderID, user: userID, product: request.product ?? NewOrder.defaultProduct,
      amount: request.amount ?? NewOrder.defaultAmount, createdAt: clock)
    order.previousOrderOfUser = users[userID.index].lastOrder
    users[userID.index].lastOrder = orderID
    orders.append(order)
    objectChanges &+= 1
    let created = record(.orderCreated, subject: .order(orderID))
    if startedMailings > 0 { noteMailingCandidate(orderID, cause: created) }
    launchOnCreate(of: .order(orderID))
    settle()
  }

  mutating func pay(_ id: OrderID, _ requested: Money?) throws(EngineError) {
    let order = try existingOrder(id)
    guard order.status.acceptsPayments else {
      throw .paymentRefused(id, reason: .status(order.status))
    }
    guard order.remaining > .zero else {
      throw .paymentRefused(id, reason: .paidInFull)
    }
    let amount = requested ?? order.remaining
    guard amount > .zero else { throw .nonPositiveAmount }
    guard amount <= order.remaining else {
      throw .amountTooLarge(amount, remaining: order.remaining)
    }
    receivePayment(amount, for: id, cause: .command)
    settle()
  }

  mutating func setUserField(_ id: UserID, _ field: UserField, _ value: String?) throws(EngineError)
  {
    let user = try existingUser(id)
    if field == .name, value == nil { throw .nameRequired(id) }
    if let value, value.isBlank {
      throw field == .name ? .invalidName(value, what: .customerName) : .blankContact(field)
    }
    let current: String? =
      switch field {
      case .name: user.name
      case .email: user.email
      case .phone: user.phone
      }
    guard current != value else { throw .fieldUnchanged(id, field) }
    setField(field, of: id, to: value, cause: .command)
    settle()
  }

  /// Sets (nil: clears) an order's date; the same value again changes nothing and logs nothing.
  mutating func setOrderDate(_ id: OrderID, _ field: OrderDateField, _ value: Instant?)
    throws(EngineError)
  {
    let order = try existingOrder(id)
    if let value {
      guard value >= clock else { throw .dateInPast(value, clock: clock) }
      guard value.isInCalendar else { throw .beyondTheCalendar }
    }
    guard order.date(field) != value else { return }
    setDate(field, of: id, to: value, cause: .command)
    settle()
  }

  // MARK: - Processes

  mutating func loadProcess(_ definition: ProcessDefinition) throws(EngineError) {
    // First, as the change the other problems follow from: a process over orders made a process
    // over users would fail every order block.
    if let current = currentProcess(named: definition.name),
      current.definition.object != definition.object
    {
      throw .processObjectChanged(
        definition.name, was: current.definition.object, now: definition.object)
    }
    let (validated, problems) = definition.validated(catalog: {
      currentProcess(named: $0)?.definition
    })
    guard !problems.contains(where: { $0.severity == .error }) else {
      throw .definition(problems)
    }
    let id = DefinitionID(index: processes.count)
    for index in processes.indices where processes[index].name == definition.name {
      processes[index].isCurrent = false
      processes[index].launchEpoch &+= 1
    }
    let program = CompiledProcess(validated, texts: &texts)
    let startsAtOnce: Bool =
      switch validated.launch {
      case .onCreate, .periodic: true
      case .once, .disabled: false
      }
    processes.append(
      LoadedProcess(
        id: id, definition: validated, isStarted: false, program: program,
        variables: validated.variables))
    record(.processLoaded(id))
    if startsAtOnce { beginLaunching(id) }
  }

  mutating func startProcess(_ name: String) throws(EngineError) {
    let process = try existingProcess(name)
    if case .disabled = process.definition.launch { throw .processLaunchDisabled(name) }
    guard !process.isStarted else { throw .processAlreadyStarted(name) }
    beginLaunching(process.id)
    settle()
  }
}
