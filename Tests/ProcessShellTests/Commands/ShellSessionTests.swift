import ProcessEngine
import ProcessShell
import Testing

/// The shell as a trainer uses it: input lines and exactly what they print.
@Suite struct ShellSessionTests {
  @Test func orderNewNamesTheNewOrderAndCustomerAndTheStartedTask() {
    let session = Transcript()
    #expect(
      lines(session.ok("order new")) == [
        "2026-01-05 09:00  user 1 · created: Customer 1 (customer1@example.com, +79000000001)",
        "2026-01-05 09:00  order 1 · created for user 1: Course, 10000",
        "2026-01-05 09:00  order 1 · task 1 · started order-processing",
      ])
  }

  @Test func advancePrintsEachEventWithItsTimeThenTheClock() {
    let session = Transcript()
    session.ok("order new")
    #expect(
      lines(session.ok("advance 1m")) == [
        "2026-01-05 09:01  order 1 · task 1 · [7] 1 minute to pay: delay over",
        "2026-01-05 09:01  order 1 · task 1 · [8] Take the order?: asks the manager: yes (+) | duplicate (-)",
        "now 2026-01-05 09:01 (Mon)",
      ])
    #expect(lines(session.ok("advance 1h")) == ["nothing happened", "now 2026-01-05 10:01 (Mon)"])
  }

  @Test func answeringShowsTheWholeInstantUpToTheNextStop() {
    let session = Transcript()
    session.ok("order new --no-phone; advance 1m")
    #expect(
      lines(session.ok("answer task 1 yes")) == [
        "2026-01-05 09:01  order 1 · task 1 · [8] Take the order?: answered yes by admin",
        "2026-01-05 09:01  order 1 · task 1 · [10] Assign to self: order manager is now admin",
        "2026-01-05 09:01  order 1 · task 1 · assigned to admin",
        "2026-01-05 09:01  order 1 · task 1 · [11] Partially paid?: no",
        "2026-01-05 09:01  order 1 · task 1 · [12] In work: status new → in-work",
        "2026-01-05 09:01  order 1 · task 1 · [13] Has phone?: no",
        "2026-01-05 09:01  order 1 · task 1 · [14] Not confirmed: status in-work → not-confirmed",
        "2026-01-05 09:01  order 1 · task 1 · [15] Ask for a phone: asks the manager: send (+) | skip (0)",
      ])
  }

  @Test func statusShowsTheClockOrdersOpenStepsAndWhatComesNext() {
    let session = Transcript()
    session.ok("order new; order new; advance 1m; answer task 1 yes; pay order 2; advance 5m")
    #expect(
      lines(session.ok("status")) == [
        "clock    2026-01-05 09:06 (Mon)",
        "acting   admin",
        "orders   1 actual: 1 in-work; 1 completed",
        "open manager steps: 1",
        "  TASK  ORDER  STEP      OPTIONS                                         MANAGER  WAITING",
        "  3     1      [C] call  reached | duplicate | wrong-number | no-answer  admin    5m",
        "next:",
        "  2026-02-04 09:00  order 1 · task 1 · [3] Wait for payment: wait times out",
      ])
  }

  @Test func queriesListOrdersTasksUsersAndTimers() {
    let session = Transcript()
    session.ok(
      "manager add anna; order new --name \"Анна Петрова\" --amount 4990; advance 1m; as anna; answer order 1 yes"
    )
    #expect(
      lines(session.ok("orders")) == [
        "ORDER  STATUS   CUSTOMER        PRODUCT  AMOUNT  PAID  MANAGER  CALLS  MSGS  CREATED",
        "1      in-work  1 Анна Петрова  Course   4990    0     anna     0      0     2026-01-05 09:00",
      ])
    #expect(
      lines(session.ok("tasks")) == [
        "TASK  PROCESS           ON       STATE    MANAGER  WHERE",
        "1     order-processing  order 1  active   anna     [3], [5], [20] → task 2",
        "2     call-3-days       order 1  waiting  anna     asks [C] call",
      ])
    #expect(
      lines(session.ok("users"))[1] == "1     Анна Петрова  customer1@example.com  +79000000001  1")
    #expect(
      lines(session.ok("timers")) == [
        "2026-02-04 09:00  order 1 · task 1 · [3] Wait for payment: wait times out"
      ])
    #expect(
      lines(session.ok("managers")) == [
        "MANAGER  OPEN TASKS", "admin    0", "anna     2           ← acting",
      ])
  }

  @Test func taskDetailsShowTheOpenStepCountersAndHistory() {
    let session = Transcript()
    session.ok("order new; advance 1m; answer task 1 yes; answer task 2 no-answer")
    let text = session.ok("task 2")
    #expect(text.contains("task 2: call-3-days on order 1 — active (sub-process of task 1)"))
    #expect(text.contains("  counters   days = 0, calls = 1"))
    #expect(text.contains("  sleeps     [I] Wait 30 minutes, since 2026-01-05 09:01"))
  }

  @Test func processShowListsTheBlocksAndMarksWhereATaskIs() {
    let session = Transcript()
    session.ok("order new; advance 1m; answer task 1 yes")
    let text = session.ok("process show call-3-days --task 2")
    #expect(
      text.contains(
        "call-3-days: Reach the customer in 3 days — over orders, launch disabled (not started)"
      ))
    #expect(
      lines(text).contains {
        $0.hasPrefix("▶  C ")
          && $0.contains(
            "asks call: reached (+) duplicate (-) wrong-number (0) no-answer (0); a call")
      })
    #expect(text.contains("  ▶ [C] Call the customer: asking since 2026-01-05 09:01"))
  }

  @Test func whyTracesAStatusBackToItsCause() {
    let session = Transcript()
    session.ok(
      "order new --no-phone; advance 1m; answer task 1 yes; answer task 1 skip; advance 8d")
    let text = lines(session.ok("why order 1"))
    #expect(text[0] == "order 1 status is cancelled (no contact details), because:")
    #expect(
      text[1]
        == "    2026-01-13 09:01  order 1 · task 1 · [18b] Cancel: no contact details: status postponed → cancelled (no contact details)"
    )
    #expect(text[2] == "  ← 2026-01-13 09:01  order 1 · task 1 · [18a] Has phone now?: no")
    #expect(text[3] == "  ← 2026-01-13 09:01  order 1 · task 1 · [18] Wait 3 days: delay over")
    #expect(
      text.contains(
        "  ← 2026-01-05 09:01  order 1 · task 1 · [15] Ask for a phone: answered skip by admin"))
    #expect(text.last == "    (started when the order was created)")
  }

  @Test func whyCountsCallsAttemptByAttempt() {
    let session = Transcript()
    session.ok(
      "order new; advance 1m; answer task 1 yes; answer task 2 no-answer; advance next; answer task 2 reached"
    )
    let text = lines(session.ok("why order 1 calls"))
    #expect(
      text == [
        "order 1: 2 call attempts:",
        "  2026-01-05 09:01  order 1 · task 2 · [C] Call the customer: answered no-answer by admin",
        "  2026-01-05 09:31  order 1 · task 2 · [C] Call the customer: answered reached by admin",
      ])
  }

  @Test func queryCommandsAnswerInJSON() {
    let session = Transcript()
    session.ok("order new; pay order 1 2500")
    let text = session.ok("order 1 --json")
    #expect(text.contains(#""status": "partially-paid""#))
    #expect(text.contains(#""paid": 2500"#))
    #expect(text.contains(#""created": "2026-01-05T09:00:00""#))
    #expect(session.ok("clock --json") == "{\n  \"clock\": \"2026-01-05T09:00:00\"\n}\n")
  }

  @Test func helpListsCommandsAndExplainsOne() {
    let session = Transcript()
    #expect(
      session.ok("help").contains(
        "  answer task            answer an open manager step with one of its options\n"))
    let pay = session.ok("help pay")
    #expect(lines(pay).first == "usage: pay order N [AMOUNT]")
    #expect(pay.contains("  pay order 1 2500"))
    #expect(session.failing("help pya") == "error: no help for 'pya'; did you mean 'pay'?\n")
  }

  @Test func cyrillicNamesAndReasonsRoundTrip() {
    let session = Transcript()
    session.ok(
      "order new --name \"Анна Петрова\"; advance 1m; answer task 1 yes; answer order 1 reached")
    session.ok("answer order 1 refuse \"дорого, вернётся весной\"")
    #expect(
      session.engine.text(session.engine.orders[0].cancelReason!) == "дорого, вернётся весной")
    session.ok("expect order 1 reason \"дорого, вернётся весной\"")
    session.ok("expect user 1 name \"Анна Петрова\"")
  }
}

extension ShellSessionTests {
  /// `log --order N` is the order's story, including what its tasks did to its customer: block
  /// 20w clearing a wrong phone is logged against the customer, by the order's task.
  @Test func anOrdersLogIncludesWhatItsTasksDidToTheCustomer() {
    let session = Transcript()
    session.ok("order new; advance 1m; answer task 1 yes; answer task 2 wrong-number")
    let log = session.ok("log --order 1")
    #expect(log.contains("order 1 · task 1 · [20w]"))
    #expect(log.contains("phone cleared"))
  }
}
