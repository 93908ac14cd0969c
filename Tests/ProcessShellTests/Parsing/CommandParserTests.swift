import ProcessEngine
import Testing
import Wording

@testable import ProcessShell

/// Every command of SPEC §8.1, as written.
@Suite struct CommandParserTests {
  func parse(_ line: String) throws -> any ShellCommand {
    try CommandRegistry.parse(try Lexer.commands(in: line)[0]).command
  }

  /// The engine command a line stands for.
  func engineCommand(_ line: String) throws -> Command? {
    let session = Transcript()
    guard let command = try parse(line) as? any EngineCommand else { return nil }
    return try command.command(
      in: CommandContext(shell: session.shell, text: line, location: nil, wantsJSON: false))
  }

  static let order1 = OrderID(rawValue: 1)

  @Test(arguments: [
    (
      "clock set 2026-02-02 10:00",
      Command.setClock(.absolute(Instant(year: 2026, month: 2, day: 2, hour: 10)))
    ),
    ("advance 1d2h30m", .advance(by: .days(1) + .hours(2) + .minutes(30))),
    (
      "advance to 2026-01-10 09:00",
      .advanceTo(.absolute(Instant(year: 2026, month: 1, day: 10, hour: 9)))
    ),
    ("advance to +3d", .advanceTo(.relative(.days(3)))),
    ("advance next", .advanceToNext),
    ("order new", .createOrder(NewOrder())),
    (
      "order new --user 2 --product Yoga --amount 4990.50",
      .createOrder(
        NewOrder(user: UserID(rawValue: 2), product: "Yoga", amount: Money(cents: 499_050)))
    ),
    (
      "order new --name \"Анна\" --email a@b.c --no-phone",
      .createOrder(NewOrder(name: "Анна", email: "a@b.c", phone: .some(nil)))
    ),
    ("order new --phone +7999", .createOrder(NewOrder(phone: .some("+7999")))),
    ("pay order 1", .pay(order1, nil)),
    ("pay order #1 2500", .pay(order1, .whole(2500))),
    ("cancel order 1", .cancel(order1, reason: nil)),
    ("cancel order 1 --reason \"too expensive\"", .cancel(order1, reason: "too expensive")),
    ("set user 1 phone +79990001122", .setUserField(UserID(rawValue: 1), .phone, "+79990001122")),
    ("set user 1 phone none", .setUserField(UserID(rawValue: 1), .phone, nil)),
    ("set user 1 name \"none\"", .setUserField(UserID(rawValue: 1), .name, "none")),
    ("set user 1 name Анна Петрова", .setUserField(UserID(rawValue: 1), .name, "Анна Петрова")),
    ("set order 1 status postponed", .setOrderStatus(order1, .postponed, reason: nil)),
    (
      "set order 1 status cancelled --reason dup",
      .setOrderStatus(order1, .cancelled, reason: "dup")
    ),
    ("set order 1 status в работе", .setOrderStatus(order1, .inWork, reason: nil)),
    (
      "set order 1 payment-date 2026-01-10 14:00",
      .setOrderDate(order1, .paymentDate, Instant(year: 2026, month: 1, day: 10, hour: 14))
    ),
    // A relative date is read against the clock (2026-01-05 09:00): the history keeps the date.
    (
      "set order 1 next-contact-date +2d",
      .setOrderDate(order1, .nextContactDate, Instant(year: 2026, month: 1, day: 7, hour: 9))
    ),
    ("set order 1 payment-date none", .setOrderDate(order1, .paymentDate, nil)),
    ("answer task 3 yes", .answer(.task(TaskID(rawValue: 3)), option: "yes", argument: nil)),
    (
      "answer task 3 will-pay 2026-01-09 14:00",
      .answer(.task(TaskID(rawValue: 3)), option: "will-pay", argument: "2026-01-09 14:00")
    ),
    (
      "answer order 1 refuse too expensive",
      .answer(.order(order1), option: "refuse", argument: "too expensive")
    ),
    ("manager add anna", .addManager("anna")),
    ("as anna", .actAs("anna")),
    ("take task 2", .takeTask(TaskID(rawValue: 2))),
    ("transfer tasks from anna to boris", .transferTasks(from: "anna", to: "boris")),
    ("transfer tasks from anna to nobody", .transferTasks(from: "anna", to: nil)),
    ("process start order-processing", .startProcess("order-processing")),
    ("process stop order-processing", .stopProcess("order-processing")),
    ("process restart order-processing", .restartProcess("order-processing")),
    ("process run call-3-days order 1", .runProcess("call-3-days", order: order1)),
    ("mailing start unpaid-1h", .startMailing("unpaid-1h")),
    ("mailing stop unpaid-1h", .stopMailing("unpaid-1h")),
    ("open message #3", .openMessage(MessageID(rawValue: 3))),
  ])
  func readsEngineCommandsAsWritten(line: String, command: Command) throws {
    #expect(try engineCommand(line) == command)
  }

  @Test func readsArgumentsAndFlagsOfOtherCommands() throws {
    let source = try #require(try parse("source demo.procsh") as? SourceCommand)
    #expect(source.file == "demo.procsh")
    let tasks = try #require(try parse("tasks --state waiting") as? TasksCommand)
    #expect(tasks.state == .waiting && tasks.order == nil && tasks.process == nil)
    let log = try #require(try parse("log --order 1 --last 5") as? LogCommand)
    #expect(log.order == Self.order1 && log.last == 5 && log.task == nil)
    let why = try #require(try parse("why order 1 calls") as? WhyOrderCommand)
    #expect(why.field == .calls)
    #expect((try parse("why order 1") as? WhyOrderCommand)?.field == .status)
    #expect(
      (try parse("echo Day 1: a customer orders") as? EchoCommand)?.text
        == "Day 1: a customer orders")
    // A command without flags takes a word written as one as it is.
    #expect((try parse("echo --like this") as? EchoCommand)?.text == "--like this")
    #expect(try parse("quit") is QuitCommand)
    #expect(try parse("exit") is QuitCommand)
    #expect(try parse("order 1") is OrderCommand)
    #expect(try parse("order new") is OrderNewCommand)
    #expect(try parse("record stop") is RecordStopCommand)
    #expect((try parse("record stop.procsh") as? RecordCommand)?.file == "stop.procsh")
    let undo = try #require(try parse("undo") as? UndoCommand)
    #expect(undo.steps == 1)
  }

  /// `report FILE --order N...`: a repeatable flag keeps every value in order; the others are
  /// still refused twice (below).
  @Test func aRepeatableFlagKeepsEveryValue() throws {
    let report = try #require(
      try parse("report r.html --order 3 --force --order 1") as? ReportCommand)
    #expect(report.orders == [OrderID(rawValue: 3), Self.order1])
    #expect(report.file == "r.html" && report.force)
    #expect((try parse("report r.html") as? ReportCommand)?.orders == [])
    #expect(ReportCommand.syntax.usage == "report FILE [--order N]... [--force]")
  }

  @Test func readsExpectationsByTheFieldsKind() throws {
    let paid = try #require(try parse("expect order 1 paid >= 2500.00") as? ExpectOrderCommand)
    #expect(paid.field == .paid)
    #expect(paid.expectation.op == .greaterOrEqual)
    #expect(paid.expectation.expected.value == .value(.number(250_000)))
    let date = try #require(
      try parse("expect order 1 payment-date 2026-01-07 09:01") as? ExpectOrderCommand)
    #expect(date.expectation.op == .equal)
    #expect(
      date.expectation.expected.value
        == .dateTime(.absolute(Instant(year: 2026, month: 1, day: 7, hour: 9, minute: 1))))
    let counter = try #require(try parse("expect task 2 counter.days != 3") as? ExpectTaskCommand)
    #expect(counter.field == .counter("days"))
    let count = try #require(
      try parse("expect count orders status cancelled reason none == 2")
        as? ExpectCountOrdersCommand)
    #expect(count.filters.map(\.field) == [.status, .reason])
    #expect(count.filters.map(\.value.value) == [.value(.text("cancelled")), .value(.none)])
    #expect(count.expectation.expected.value == .value(.number(2)))
    let bare = try #require(try parse("expect count tasks 4") as? ExpectCountTasksCommand)
    #expect(bare.filters.isEmpty && bare.expectation.op == .equal)
  }

  /// `[mailing NAME] [opened yes|no]` (SPEC §12.4): each word takes the value after it, each
  /// may be left out, and `mailing` may name a mailing called `opened`.
  @Test(arguments: [
    ("expect count messages 2", nil, nil, ComparisonOperator.equal),
    ("expect count messages mailing unpaid-1h 1", "unpaid-1h", nil, .equal),
    ("expect count messages opened no >= 1", nil, YesNo.no, .greaterOrEqual),
    ("expect count messages mailing opened opened yes != 0", "opened", .yes, .notEqual),
  ])
  func readsTheKeyedFiltersOfCountMessages(
    line: String, mailing: String?, opened: YesNo?, op: ComparisonOperator
  ) throws {
    let count = try #require(try parse(line) as? ExpectCountMessagesCommand)
    #expect(count.mailing == mailing)
    #expect(count.opened == opened)
    #expect(count.expectation.op == op)
  }

  @Test(arguments: [
    ("pya order 1", "unknown command 'pya'; did you mean 'pay'?"),
    (
      "pay ordr 1",
      "expected 'order' after 'pay', found 'ordr'; did you mean 'order'?\nusage: pay order N [AMOUNT]"
    ),
    ("pay order x", "'x' is not an order id; write it like 12 or #12\nusage: pay order N [AMOUNT]"),
    (
      "advance 5x",
      "'5x' is not a duration ('x' is not a unit (w d h m s)); write it like 30s, 5m, 2h, 1d, 1w or 1d2h30m\nusage: advance DURATION"
    ),
    (
      "advance nxet",
      "expected 'to' or 'next' or a duration after 'advance', found 'nxet'; did you mean 'next'?\nusage: advance DURATION"
    ),
    ("advance", "'advance' needs 'to', 'next' or a duration\nusage: advance DURATION"),
    (
      "order new --nmae Bob",
      "unknown option '--nmae'; did you mean '--name'?\nusage: order new [--user N] [--name S] [--email S] [--phone S] [--no-phone] [--product S] [--amount N]"
    ),
    (
      "order new --phone 1 --no-phone",
      "--phone and --no-phone contradict each other\nusage: order new [--user N] [--name S] [--email S] [--phone S] [--no-phone] [--product S] [--amount N]"
    ),
    (
      "set order 1 status done",
      "unknown status 'done'; expected one of new, in-work, not-confirmed, awaiting-payment, postponed, partially-paid, pending-refund, completed, cancelled, false\nusage: set order N status|payment-date|next-contact-date VALUE [--reason S]"
    ),
    (
      "set order 1 paymnet-date +1d",
      "unknown field 'paymnet-date'; did you mean 'payment-date'?\nusage: set order N status|payment-date|next-contact-date VALUE [--reason S]"
    ),
    (
      "set order 1 payment-date soon",
      "'soon' is not a date-time (expected YYYY-MM-DD, YYYY-MM-DD HH:MM[:SS] or +DURATION); write it like 2026-01-07, 2026-01-07 14:30 or +2d\nusage: set order N status|payment-date|next-contact-date VALUE [--reason S]"
    ),
    (
      #"set order 1 next-contact-date "none""#,
      "'none' is not a date-time (expected YYYY-MM-DD, YYYY-MM-DD HH:MM[:SS] or +DURATION); write it like 2026-01-07, 2026-01-07 14:30 or +2d\nusage: set order N status|payment-date|next-contact-date VALUE [--reason S]"
    ),
    (
      "set thing 1",
      "expected 'user' or 'order' after 'set', found 'thing'\nusage: set user N phone|email|name VALUE\n       set order N status|payment-date|next-contact-date VALUE [--reason S]"
    ),
    (
      "expect order 1 statsu new",
      "unknown field 'statsu'; did you mean 'status'?\nusage: expect order N FIELD [OP] VALUE"
    ),
    (
      "expect order 1 status > new",
      "order 1 status compares only with == or !=\nusage: expect order N FIELD [OP] VALUE"
    ),
    (
      "expect count orders status 2",
      "filters come in pairs, FIELD VALUE; 'status' has no value\nusage: expect count orders [FIELD VALUE]... [OP] N"
    ),
    ("answer task 1", "'answer task 1' needs an option\nusage: answer task N OPTION [ARG]"),
    ("status now", "unexpected 'now' after 'status'\nusage: status [--json]"),
    (
      "log --last",
      "--last needs a number of events\nusage: log [--order N] [--task N] [--last N] [--json]"
    ),
    (
      "orders --status new --status false",
      "--status is given twice\nusage: orders [--status SLUG] [--json]"
    ),
    // A command without flags reads `--json` as a word; when the words do not read, it was
    // meant as a flag (not "unknown field '--json'; did you mean 'reason'?").
    (
      "why order 1 --json",
      "unknown option '--json'; 'why order' takes none\nusage: why order N [FIELD]"
    ),
    ("advance --json", "unknown option '--json'; 'advance' takes none\nusage: advance DURATION"),
  ])
  func explainsBadCommands(line: String, message: String) {
    #expect {
      _ = try parse(line)
    } throws: { error in
      (error as? ShellError)?.message == message
    }
  }

  /// Issue 11: the same refusals in Russian. A noun keeps its dictionary form (after a colon or a
  /// dash), what the user typed and the words they may type stay as they are, and the usage
  /// lines line up under the Russian header.
  @Test(arguments: [
    (
      "pay ordr 1",
      "после 'pay' ожидалось: 'order'; получено 'ordr'; может быть, 'order'?\nкак писать: pay order N [AMOUNT]"
    ),
    (
      "pay order x",
      "'x' — не номер заказа; номер пишется так: 12 или #12\nкак писать: pay order N [AMOUNT]"
    ),
    (
      "pay order", "после 'pay order' не хватает: номер заказа\nкак писать: pay order N [AMOUNT]"
    ),
    ("pay", "после 'pay' не хватает: 'order'\nкак писать: pay order N [AMOUNT]"),
    (
      "advance nxet",
      "после 'advance' ожидалось: 'to', 'next' или длительность; получено 'nxet'; может быть, 'next'?\nкак писать: advance DURATION"
    ),
    (
      "advance",
      "после 'advance' не хватает: 'to', 'next' или длительность\nкак писать: advance DURATION"
    ),
    (
      "order new --nmae Bob",
      "неизвестный флаг '--nmae'; может быть, '--name'?\nкак писать: order new [--user N] [--name S] [--email S] [--phone S] [--no-phone] [--product S] [--amount N]"
    ),
    (
      "status --bogus",
      "неизвестный флаг '--bogus'; 'status' принимает: '--json'\nкак писать: status [--json]"
    ),
    (
      "order new --phone 1 --no-phone",
      "--phone и --no-phone противоречат друг другу\nкак писать: order new [--user N] [--name S] [--email S] [--phone S] [--no-phone] [--product S] [--amount N]"
    ),
    (
      "set order 1 status done",
      "'done' — не статус; допустимо одно из: new, in-work, not-confirmed, awaiting-payment, postponed, partially-paid, pending-refund, completed, cancelled, false\nкак писать: set order N status|payment-date|next-contact-date VALUE [--reason S]"
    ),
    (
      "set thing 1",
      "после 'set' ожидалось: 'user' или 'order'; получено 'thing'\nкак писать: set user N phone|email|name VALUE\n            set order N status|payment-date|next-contact-date VALUE [--reason S]"
    ),
    (
      "expect order 1 statsu new",
      "'statsu' — не поле; может быть, 'status'?\nкак писать: expect order N FIELD [OP] VALUE"
    ),
    (
      "expect task 1 state waitng",
      "'waitng' — не состояние задачи; может быть, 'waiting'?\nкак писать: expect task N FIELD [OP] VALUE"
    ),
    (
      "expect order 1 status > new",
      "order 1 status сравнивается только через == или !=\nкак писать: expect order N FIELD [OP] VALUE"
    ),
    (
      "expect count orders status 2",
      "фильтры идут парами, FIELD VALUE; у 'status' нет значения\nкак писать: expect count orders [FIELD VALUE]... [OP] N"
    ),
    (
      "answer task 1",
      "после 'answer task 1' не хватает: вариант ответа\nкак писать: answer task N OPTION [ARG]"
    ),
    ("status now", "лишнее 'now' после 'status'\nкак писать: status [--json]"),
    (
      "log --last",
      "после --last не хватает: число событий\nкак писать: log [--order N] [--task N] [--last N] [--json]"
    ),
    (
      "undo 0",
      "'0' не подходит: число команд — от 1 до 1\u{00A0}000\u{00A0}000\nкак писать: undo [N]"
    ),
    (
      "orders --status new --status false",
      "флаг --status указан дважды\nкак писать: orders [--status SLUG] [--json]"
    ),
    (
      "simulate 5 orders --seed x",
      "'x' — не зерно генератора; нужно целое число\nкак писать: simulate N orders [--over DURATION] [--seed S] [--profile FILE] [--until DURATION] [--log full|changes] [--json]"
    ),
  ])
  func explainsBadCommandsInRussian(line: String, message: String) {
    #expect {
      _ = try parse(line)
    } throws: { error in
      guard case .usage(let problem, let usage) = error as? ShellError else { return false }
      return problem.message(in: .russian) + "\n" + HelpPhrase.usageLines(usage, in: .russian)
        == message
    }
  }

  /// The English of the same refusals comes from the same catalogue, as it always read.
  @Test func theUsageHeaderIsTheSameInEnglish() {
    let usage = "set user N\n       set order N"
    #expect(HelpPhrase.usageLines(usage, in: .english) == "usage: " + usage)
  }
}
