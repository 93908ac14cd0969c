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
  ])
  func explainsWhatIsWrong(text: String, message: String) {
    let error = #expect(throws: EngineError.self) {
      try Condition(parsing: text, counters: counters)
    }
    #expect(error?.message == message)
  }
}
