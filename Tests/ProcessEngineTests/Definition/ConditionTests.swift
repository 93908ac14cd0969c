import ProcessEngine
import Testing

@Suite struct ConditionTests {
  let counters = ["days", "calls"]

  @Test(arguments: [
    ("paid", Condition.paid),
    ("partially-paid", .partiallyPaid),
    ("has-phone", .hasPhone),
    ("has-email", .hasEmail),
    ("true", .always),
    ("status in [cancelled]", .statusIn(StatusSet([.cancelled]))),
    ("status in [new, in-work]", .statusIn(StatusSet([.new, .inWork]))),
    ("status == postponed", .statusIn(StatusSet([.postponed]))),
    ("counter calls < 3", .counter(1, .less, 3)),
    ("counter days >= 2", .counter(0, .greaterOrEqual, 2)),
    ("not paid", .not(.paid)),
    ("has-phone and not paid", .and(.hasPhone, .not(.paid))),
    ("paid or has-phone and has-email", .or(.paid, .and(.hasPhone, .hasEmail))),
    ("(paid or has-phone) and has-email", .and(.or(.paid, .hasPhone), .hasEmail)),
    // SPEC §12.4.
    ("actual", .actual),
    ("created ago >= 1h", .createdAgo(.greaterOrEqual, .hours(1))),
    ("created ago < 1d12h", .createdAgo(.less, TimeSpan(seconds: 129_600))),
    ("received unpaid-1h", .received("unpaid-1h", ago: nil)),
    (
      "received unpaid-1h ago >= 1d",
      .received("unpaid-1h", ago: Condition.Age(.greaterOrEqual, .days(1)))
    ),
    ("opened unpaid-1h", .opened("unpaid-1h")),
    (
      "actual and received unpaid-1h ago >= 1d and not opened unpaid-1h",
      .and(
        .and(.actual, .received("unpaid-1h", ago: Condition.Age(.greaterOrEqual, .days(1)))),
        .not(.opened("unpaid-1h")))
    ),
    ("received a and opened b", .and(.received("a", ago: nil), .opened("b"))),
  ])
  func parsesConditions(text: String, condition: Condition) throws {
    #expect(try Condition(parsing: text, counters: counters) == condition)
  }

  @Test(arguments: [
    "paid", "status in [new, cancelled]", "counter calls < 3", "not (paid or has-phone)",
    "(paid or has-phone) and has-email", "paid or has-phone and has-email", "not not paid",
    // Grouped to the right: found by fuzzing (Fuzz/Condition.swift), written without the
    // parentheses and read back grouped to the left.
    "paid and (has-phone and has-email)", "paid or (has-phone or has-email)",
    "paid and ((has-email) and has-email) and not status in [cancelled, false, completed]",
    "actual and not paid and created ago >= 1h", "received x ago != 90s or opened x",
    "not received x and created ago <= 2d",
  ])
  func writesConditionsBackInASyntaxThatReadsTheSame(text: String) throws {
    let condition = try Condition(parsing: text, counters: counters)
    #expect(
      try Condition(parsing: condition.text(counters: counters), counters: counters) == condition)
  }

  @Test func keepsTheParenthesesOfAnOperandGroupedToTheRight() throws {
    let condition = try Condition(parsing: "paid and (has-phone and has-email)", counters: counters)
    #expect(condition.text(counters: counters) == "paid and (has-phone and has-email)")
    #expect(
      try Condition(parsing: "paid and has-phone and has-email", counters: counters).text(
        counters: counters) == "paid and has-phone and has-email")
  }

  @Test(arguments: [
    ("payed", "unknown condition 'payed'; did you mean 'paid'?"),
    (
      "status in [canceled]",
      "unknown status 'canceled'; expected one of new, in-work, not-confirmed, awaiting-payment, postponed, partially-paid, pending-refund, completed, cancelled, false"
    ),
    ("counter attempts < 3", "unknown counter 'attempts'; expected one of days, calls"),
    ("counter calls ~ 3", "expected one of == != < <= > >= after 'counter calls'"),
    ("paid and", "the condition ends where a condition was expected"),
    ("(paid", "expected ')' but the condition ended"),
    ("paid paid", "unexpected 'paid'; expected 'and', 'or' or the end"),
    ("", "the condition is empty"),
    ("created 1h", "expected 'ago' but found '1h'"),
    ("created ago 1h", "expected one of == != < <= > >= after 'created ago'"),
    ("created ago >=", "expected a span such as 1h or 2d after 'created ago' and its comparison"),
    ("created ago >= 1x", "'1x' is not a span: 'x' is not a unit (w d h m s)"),
    ("received", "expected a mailing's name after 'received'"),
    ("opened and paid", "expected a mailing's name after 'opened'"),
    // A quoted word may hold spaces; a mailing's name may not, or it would not read back.
    ("received \"unpaid 1h\"", "expected a mailing's name after 'received'"),
    // Found by fuzzing: a quoted word holding a bracket wrote back as two words.
    ("paid and  opened\"atedpl[eted]", "expected a mailing's name after 'opened'"),
    ("received x ago 1d", "expected one of == != < <= > >= after 'received x ago'"),
    ("actuall", "unknown condition 'actuall'; did you mean 'actual'?"),
  ])
  func explainsWhatIsWrong(text: String, message: String) {
    let error = #expect(throws: EngineError.self) {
      try Condition(parsing: text, counters: counters)
    }
    #expect(error?.message == message)
  }
}
