import JSON
import Testing

@testable import ProcessEngine

/// Every engine command is written to a history and read back equal (`CommandCodec`).
@Suite struct CommandCodecTests {
  static let order3 = OrderID(rawValue: 3)
  static let task5 = TaskID(rawValue: 5)
  static let january7 = Instant(year: 2026, month: 1, day: 7, hour: 9, minute: 1)

  /// A profile with every value changed from the default.
  static let profile: SimulationProfile = {
    let json: JSONValue = [
      "shares": [
        "fast-pay": .double(0.5), "duplicate": .double(0.1), "no-phone-gives": .double(0.1),
        "no-phone-never": .double(0.05), "duplicate-at-call": .double(0.05),
        "wrong-number": .double(0.1), "normal": .double(0.1),
      ],
      "answer-delay": "5m", "fast-pay-within": ["10s", "2m"], "phone-after": ["1h", "3h"],
      "wrong-number-gives-phone": .double(0.25), "call-answered": .double(0.3),
      "send-message": .double(0.9),
      "outcome": ["will-pay": .double(0.6), "postpone": .double(0.1), "refuse": .double(0.3)],
      "will-pay-in": "3d", "pays-when-promised": .double(0.8), "pays-before": "2h",
      "postpone-by": "1w",
    ]
    do throws(EngineError) {
      return try SimulationProfile(json: json)
    } catch {
      preconditionFailure("the test profile is invalid: \(error.message)")
    }
  }()

  /// Every case of `Command`, each value that is written its own way at least once. A case that
  /// is not here fails `everyCommandHasACase`.
  static let cases: [(String, Command)] = [
    ("set-clock to a date", .setClock(.absolute(Instant(year: 2026, month: 2, day: 2, hour: 9)))),
    ("set-clock by a span", .setClock(.relative(.days(3)))),
    ("advance", .advance(by: TimeSpan(seconds: 93_784))),
    ("advance by a span nobody types", .advance(by: TimeSpan(seconds: -5))),
    ("advance-to a date", .advanceTo(.absolute(january7))),
    ("advance-to a relative time", .advanceTo(.relative(.hours(2)))),
    (
      "advance-to past year 9999",
      .advanceTo(.absolute(Instant(secondsSinceEpoch: 400_000_000_000)))
    ),
    ("advance-to-next", .advanceToNext),
    ("create-order", .createOrder(NewOrder())),
    (
      "create-order with every field",
      .createOrder(
        NewOrder(
          name: "Анна \"Аня\"\tПетрова", email: "anna@example.com", phone: "+79001234567",
          product: "Course\nadvanced", amount: Money(cents: 12_345)))
    ),
    ("create-order without a phone", .createOrder(NewOrder(phone: .some(nil)))),
    ("create-order for a customer", .createOrder(NewOrder(user: UserID(rawValue: 3)))),
    ("pay the rest", .pay(order3, nil)),
    ("pay a part", .pay(order3, Money(cents: 250_000))),
    ("cancel", .cancel(order3, reason: nil)),
    ("cancel with a reason", .cancel(order3, reason: "too expensive")),
    ("set-user-field", .setUserField(UserID(rawValue: 2), .phone, "+79001234567")),
    ("set-user-field cleared", .setUserField(UserID(rawValue: 2), .email, nil)),
    ("set-order-status", .setOrderStatus(order3, .postponed, reason: nil)),
    ("set-order-status with a reason", .setOrderStatus(order3, .cancelled, reason: "duplicate")),
    ("set-order-date", .setOrderDate(order3, .paymentDate, january7)),
    ("set-order-date cleared", .setOrderDate(order3, .nextContactDate, nil)),
    ("answer", .answer(.task(task5), option: "yes", argument: nil)),
    ("answer with a text", .answer(.task(task5), option: "will-pay", argument: "+2d")),
    (
      "answer an order with a date, by a manager",
      .answer(
        .order(order3), option: "will-pay", argument: .date(january7),
        by: ManagerID(rawValue: 2))
    ),
    ("add-manager", .addManager("anna")),
    ("act-as", .actAs("admin")),
    ("take-task", .takeTask(task5)),
    ("transfer-tasks", .transferTasks(from: "anna", to: "bob")),
    ("transfer-tasks to nobody", .transferTasks(from: "anna", to: nil)),
    ("load-process", .loadProcess(BuiltInProcesses.definitions[0])),
    ("load-process with a sub-process", .loadProcess(BuiltInProcesses.definitions[1])),
    ("start-process", .startProcess("order-processing")),
    ("stop-process", .stopProcess("order-processing")),
    ("restart-process", .restartProcess("order-processing")),
    ("run-process", .runProcess("call-3-days", order: order3)),
    ("run-process-on-user", .runProcessOnUser("welcome", user: UserID(rawValue: 2))),
    (
      "load-mailing",
      .loadMailing(
        MailingDefinition(
          name: "unpaid-1h", title: "Unpaid", russianTitle: "Не оплачен",
          to: .and(.actual, .createdAgo(.greaterOrEqual, .hours(1))), text: "Ждём «оплату»\n"))
    ),
    ("start-mailing", .startMailing("unpaid-1h")),
    ("stop-mailing", .stopMailing("unpaid-1h")),
    ("open-message", .openMessage(MessageID(rawValue: 12))),
    ("simulate", .simulate(SimulationParameters(orders: 2000, seed: 7), SimulationProfile())),
    (
      "simulate with a profile and the largest seed",
      .simulate(
        SimulationParameters(
          orders: 10, window: .hours(2), seed: .max, horizon: .days(3), logsSteps: true),
        profile)
    ),
  ]

  static func catalog(_ name: String) -> ProcessDefinition? {
    BuiltInProcesses.definitions.last { $0.name == name }
  }

  @Test(arguments: cases)
  func aCommandReadsBackEqual(_ name: String, _ command: Command) throws {
    var writer = JSONWriter()
    writer.write(CommandCodec.json(command))
    let parsed = try JSONReader.parse(writer.bytes)
    let read = try CommandCodec.command(parsed, at: "step", catalog: Self.catalog)
    #expect(read == command, "\(name): \(String(decoding: writer.bytes, as: UTF8.self))")
  }

  @Test func everyCommandHasACase() {
    let covered = Set(Self.cases.map { CommandCodec.Name($0.1) })
    #expect(covered == Set(CommandCodec.Name.allCases))
  }

  @Test func aCommandIsWrittenWithItsNameAndNamedMembers() {
    func text(_ command: Command) -> String {
      var writer = JSONWriter()
      writer.write(CommandCodec.json(command))
      return String(decoding: writer.bytes, as: UTF8.self)
    }
    #expect(
      text(.pay(Self.order3, .whole(2500))) == #"{"amount":250000,"command":"pay","order":3}"#)
    #expect(text(.advanceTo(.relative(.days(2)))) == #"{"command":"advance-to","to":"+2d"}"#)
    #expect(
      text(.answer(.task(Self.task5), option: "will-pay", argument: .date(Self.january7)))
        == #"{"argument":{"date":"2026-01-07T09:01:00"},"command":"answer","option":"will-pay","task":5}"#
    )
    #expect(
      text(.setOrderDate(Self.order3, .paymentDate, Self.january7))
        == #"{"command":"set-order-date","field":"payment-date","order":3,"value":"2026-01-07T09:01:00"}"#
    )
    #expect(
      text(.setOrderDate(Self.order3, .nextContactDate, nil))
        == #"{"command":"set-order-date","field":"next-contact-date","order":3}"#)
    #expect(
      text(.createOrder(NewOrder(phone: .some(nil))))
        == #"{"command":"create-order","order":{"phone":null}}"#)
    #expect(
      text(.simulate(SimulationParameters(orders: 20, seed: 3), SimulationProfile())).hasPrefix(
        #"{"command":"simulate","parameters":{"horizon":"40d","logs-steps":true,"orders":20,"seed":3,"window":"1d"},"profile":{"answer-delay":"10m","#
      ))
  }

  /// The spans a step may hold: what `TimeSpan.description` writes, read back exactly.
  @Test(arguments: [0, 1, 59, 60, 3_599, 93_784, 604_800, -5, -93_784, .max, .min] as [Int64])
  func aSpanReadsBackExactly(_ seconds: Int64) {
    #expect(CommandCodec.span(TimeSpan(seconds: seconds).description)?.seconds == seconds)
  }

  @Test(arguments: ["", "-", "5", "d", "1d1d", "1h1d", "1x", "99999999999999999999s", "+1d"])
  func aMalformedSpanIsRefused(_ text: String) {
    #expect(CommandCodec.span(text) == nil)
  }

  /// Each value is checked, and refused with the path of the member.
  @Test(
    arguments: [
      (
        #"{"command":"pya","order":3}"#, "step.command",
        "unknown command 'pya'; did you mean 'pay'?"
      ),
      (#"{"order":3}"#, "step.command", "expected the command's name"),
      (#"[1]"#, "step", "expected a command object, found an array"),
      (#"{"command":"pay"}"#, "step.order", "missing"),
      (
        #"{"command":"pay","order":3,"ordr":4}"#, "step.ordr",
        "unknown member; did you mean 'order'?"
      ),
      (#"{"command":"pay","order":"3"}"#, "step.order", "expected a whole number, found a string"),
      (#"{"command":"pay","order":0}"#, "step.order", "0 is out of range (1…2147483647)"),
      (
        #"{"amount":-5,"command":"pay","order":3}"#, "step.amount",
        "-5 is out of range (1…100000000000000)"
      ),
      (#"{"by":"1 day","command":"advance"}"#, "step.by", "'1 day' is not a span like 1d2h30m"),
      (#"{"command":"advance-to","to":"+1x"}"#, "step.to", "'+1x' is not a date-time or +SPAN"),
      (
        #"{"command":"advance-to","to":"2026-13-01"}"#, "step.to",
        "'2026-13-01' is not a date-time (month 13 is not 1–12); write it like 2026-01-07, 2026-01-07 14:30 or +2d"
      ),
      (
        #"{"command":"create-order","order":{"phone":7}}"#, "step.order.phone",
        "expected a string, found a number"
      ),
      (
        #"{"command":"create-order","order":{"name":null}}"#, "step.order.name",
        "expected a string, found null"
      ),
      (
        #"{"command":"set-order-status","order":3,"status":"done"}"#, "step.status",
        "'done' is not a status; expected 'new', 'in-work', 'not-confirmed', 'awaiting-payment', 'postponed', 'partially-paid', 'pending-refund', 'completed', 'cancelled' or 'false'"
      ),
      (
        #"{"command":"set-user-field","field":"age","user":2}"#, "step.field",
        "'age' is not a user field; expected name, email or phone"
      ),
      (
        #"{"command":"set-order-date","field":"paid-date","order":3}"#, "step.field",
        "'paid-date' is not a date of an order; expected payment-date or next-contact-date"
      ),
      (
        #"{"command":"set-order-date","field":"payment-date","order":3,"value":"+2d"}"#,
        "step.value", nil
      ),
      (#"{"command":"set-order-date","order":3}"#, "step.field", "missing"),
      (
        #"{"command":"answer","option":"yes","order":3,"task":5}"#, "step",
        "an answer names a task or an order, not both"
      ),
      (#"{"command":"answer","option":"yes"}"#, "step", "an answer names a task or an order"),
      (
        #"{"argument":{"date":"+2d","text":"x"},"command":"answer","option":"yes","task":5}"#,
        "step.argument", #"expected {"text": …} or {"date": …}"#
      ),
      (
        #"{"command":"simulate","parameters":{"horizon":"1h","logs-steps":true,"orders":5,"seed":1,"window":"1d"},"profile":{}}"#,
        "step.parameters",
        "a simulation runs until its horizon (1h), which must be at least its window (1d)"
      ),
      (
        #"{"command":"simulate","parameters":{"horizon":"40d","logs-steps":true,"orders":5,"seed":1,"window":"1d"},"profile":{"call-answered":4}}"#,
        "step.profile", "call-answered: 4.0 is not a probability (0 to 1)"
      ),
      (
        #"{"command":"load-process","definition":{"format":"procsh-process"}}"#,
        "step.definition.version", nil
      ),
    ] as [(String, String, String?)])
  func aBadValueIsRefusedWithItsPath(_ text: String, _ path: String, _ message: String?) throws {
    let parsed = try JSONReader.parse(Array(text.utf8))
    let error = #expect(throws: SessionReadError.self) {
      try CommandCodec.command(parsed, at: "step", catalog: Self.catalog)
    }
    #expect(error?.path == path)
    if let message { #expect(error?.message == message) }
  }

  /// A definition is read with the processes loaded before it: order-processing runs
  /// call-3-days, so it cannot come first.
  @Test func aDefinitionIsReadWithTheProcessesLoadedBeforeIt() throws {
    let json = CommandCodec.json(.loadProcess(BuiltInProcesses.definitions[1]))
    let error = #expect(throws: SessionReadError.self) {
      try CommandCodec.command(json, at: "step", catalog: { _ in nil })
    }
    #expect(error?.path.hasPrefix("step.definition.blocks[") == true)
    #expect(error?.message.contains("call-3-days") == true)
  }
}
