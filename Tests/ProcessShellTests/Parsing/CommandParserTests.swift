import ProcessEngine
import Testing

@testable import ProcessShell

/// Every command of SPEC §8.1, as written.
@Suite struct CommandParserTests {
  func parse(_ line: String) throws -> ShellCommand {
    try CommandParser.parse(try Lexer.commands(in: line)[0])
  }

  static let order1 = OrderID(rawValue: 1)

  @Test(arguments: [
    ("clock", ShellCommand.clock(json: false)),
    (
      "clock set 2026-02-02 10:00",
      .engine(.setClock(.absolute(Instant(year: 2026, month: 2, day: 2, hour: 10))))
    ),
    ("advance 1d2h30m", .engine(.advance(by: .days(1) + .hours(2) + .minutes(30)))),
    (
      "advance to 2026-01-10 09:00",
      .engine(.advanceTo(.absolute(Instant(year: 2026, month: 1, day: 10, hour: 9))))
    ),
    ("advance to +3d", .engine(.advanceTo(.relative(.days(3))))),
    ("advance next", .engine(.advanceToNext)),
    ("order new", .engine(.createOrder(NewOrder()))),
    (
      "order new --user 2 --product Yoga --amount 4990.50",
      .engine(
        .createOrder(
          NewOrder(user: UserID(rawValue: 2), product: "Yoga", amount: Money(cents: 499_050))))
    ),
    (
      "order new --name \"Анна\" --email a@b.c --no-phone",
      .engine(.createOrder(NewOrder(name: "Анна", email: "a@b.c", phone: .some(nil))))
    ),
    ("order new --phone +7999", .engine(.createOrder(NewOrder(phone: .some("+7999"))))),
    ("pay order 1", .engine(.pay(order1, nil))),
    ("pay order #1 2500", .engine(.pay(order1, .whole(2500)))),
    ("cancel order 1", .engine(.cancel(order1, reason: nil))),
    (
      "cancel order 1 --reason \"too expensive\"", .engine(.cancel(order1, reason: "too expensive"))
    ),
    (
      "set user 1 phone +79990001122",
      .engine(.setUserField(UserID(rawValue: 1), .phone, "+79990001122"))
    ),
    ("set user 1 phone none", .engine(.setUserField(UserID(rawValue: 1), .phone, nil))),
    ("set user 1 name \"none\"", .engine(.setUserField(UserID(rawValue: 1), .name, "none"))),
    ("set order 1 status postponed", .engine(.setOrderStatus(order1, .postponed, reason: nil))),
    (
      "set order 1 status cancelled --reason dup",
      .engine(.setOrderStatus(order1, .cancelled, reason: "dup"))
    ),
    (
      "answer task 3 yes",
      .engine(.answer(.task(TaskID(rawValue: 3)), option: "yes", argument: nil))
    ),
    (
      "answer task 3 will-pay 2026-01-09 14:00",
      .engine(.answer(.task(TaskID(rawValue: 3)), option: "will-pay", argument: "2026-01-09 14:00"))
    ),
    (
      "answer order 1 refuse too expensive",
      .engine(.answer(.order(order1), option: "refuse", argument: "too expensive"))
    ),
    ("manager add anna", .engine(.addManager("anna"))),
    ("as anna", .engine(.actAs("anna"))),
    ("take task 2", .engine(.takeTask(TaskID(rawValue: 2)))),
    ("transfer tasks from anna to boris", .engine(.transferTasks(from: "anna", to: "boris"))),
    ("transfer tasks from anna to nobody", .engine(.transferTasks(from: "anna", to: nil))),
    ("process load x.json", .processLoad(path: "x.json")),
    ("process start order-processing", .engine(.startProcess("order-processing"))),
    ("process stop order-processing", .engine(.stopProcess("order-processing"))),
    ("process restart order-processing", .engine(.restartProcess("order-processing"))),
    ("process run call-3-days order 1", .engine(.runProcess("call-3-days", order: order1))),
    ("source demo.procsh", .source(path: "demo.procsh")),
    ("save demo.json", .save(path: "demo.json")),
    ("load demo.json", .load(path: "demo.json")),
    ("status", .status(json: false)),
    ("status --json", .status(json: true)),
    ("tasks --state waiting", .tasks(json: false, filter: TaskFilter(state: .waiting))),
    ("log --order 1 --last 5", .log(LogFilter(order: order1, last: 5), json: false)),
    ("why order 1 calls", .why(.order(order1, field: "calls"))),
    ("echo Day 1: a customer orders", .echo("Day 1: a customer orders")),
    ("quit", .quit),
  ])
  func parsesCommandsAsWritten(line: String, command: ShellCommand) throws {
    #expect(try parse(line) == command)
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
      "'5x' is not a duration ('x' is not a unit (w d h m s)); write it like 30s, 5m, 2h, 1d, 1w or 1d2h30m\nusage: advance DURATION | advance to DATETIME | advance next"
    ),
    (
      "order new --nmae Bob",
      "unknown option '--nmae'; did you mean '--name'?\nusage: order new [--user N] [--name S] [--email S] [--phone S | --no-phone] [--product S] [--amount N]"
    ),
    (
      "set order 1 status done",
      "unknown status 'done'; expected one of new, in-work, not-confirmed, awaiting-payment, postponed, partially-paid, pending-refund, completed, cancelled, false\nusage: set user N phone|email|name VALUE | set order N status SLUG [--reason S]"
    ),
    (
      "expect order 1 statsu new",
      "unknown field 'statsu'; did you mean 'status'?\nusage: \(Expectation.usageText)"
    ),
    (
      "expect order 1 status > new",
      "order 1 status compares only with == or !=\nusage: \(Expectation.usageText)"
    ),
    (
      "answer task 1",
      "'answer task 1' needs an option\nusage: answer task N OPTION [ARG] | answer order N OPTION [ARG]"
    ),
    ("status now", "unexpected 'now' after 'status'\nusage: status [--json]"),
  ])
  func explainsBadCommands(line: String, message: String) {
    #expect {
      _ = try parse(line)
    } throws: { error in
      (error as? ShellError)?.message == message
    }
  }
}
