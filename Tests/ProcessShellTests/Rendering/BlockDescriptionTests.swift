import ProcessEngine
import Testing

@testable import ProcessShell

/// The DOES and EXITS columns of `process show`: what each block does and where its exits lead,
/// in a few words.
@Suite struct BlockDescriptionTests {
  /// Every block of `order-processing` (examples/processes/order-processing.json).
  static let orderProcessing: [(id: String, does: String, exits: String)] = [
    ("1", "", "2"),
    ("2", "", "3, 5, 7"),
    ("3", "until paid, at most 30d", "met → 4, timeout → ∅"),
    ("4", "end paid (positive)", ""),
    ("5", "until status in [cancelled, false]", "met → 6, timeout → ∅"),
    ("6", "end closed (negative)", ""),
    ("7", "for 1m", "8"),
    ("8", "asks take-order: yes (+) duplicate (-)", "yes → 10, duplicate → 9"),
    ("9", "status := false", "6"),
    ("10", "assign to the manager who answered", "11"),
    ("11", "partially-paid?", "yes → 13, no → 12"),
    ("12", "status := in-work", "13"),
    ("13", "has-phone?", "yes → 20, no → 14"),
    ("14", "status := not-confirmed", "15"),
    ("15", "asks send-message: send (+) skip (0)", "send → 15e, skip → 16"),
    (
      "15e",
      "email: Thank you for your order! Please reply with a phone number so that we can confirm it.",
      "16"
    ),
    ("16", "until has-phone, at most 5d", "met → 20, timeout → 17"),
    ("17", "status := postponed", "18"),
    ("18", "for 3d", "18a"),
    ("18a", "has-phone?", "yes → 19, no → 18b"),
    ("18b", "status := cancelled (no contact details)", "6"),
    (
      "19", "asks control-call: reached (+) no-answer (0) refuse (-); a call",
      "reached → 21, no-answer → 20, refuse → 21c"
    ),
    // In the order of the child's end blocks (D, E1, F, M), not of the file.
    (
      "20", "runs call-3-days",
      "reached → 21, duplicate → 6, wrong-number → 20w, unreachable → 22"
    ),
    ("20w", "clear customer phone", "14"),
    (
      "21", "asks call-outcome: will-pay (+) postpone (0) refuse (-)",
      "will-pay → 21a, postpone → 21b, refuse → 21c"
    ),
    ("21a", "status := awaiting-payment; payment-date := date", "21d"),
    ("21b", "status := postponed; next-contact-date := date", "21f"),
    ("21c", "status := cancelled (reason: reason or refused)", "6"),
    ("21d", "until order payment-date", "21e"),
    ("21f", "until order next-contact-date", "21e"),
    ("21e", "paid?", "yes → 4, no → 20"),
    (
      "22",
      "email: We could not reach you by phone. Your order is waiting: pay it by the link in your account.",
      "22a"
    ),
    ("22a", "status := cancelled (unreachable)", "6"),
  ]

  /// Every block of `call-3-days`; counters are named, not numbered.
  static let callThreeDays: [(id: String, does: String, exits: String)] = [
    ("start", "", "A"),
    ("A", "days := 0", "B"),
    ("B", "calls := 0", "C"),
    (
      "C", "asks call: reached (+) duplicate (-) wrong-number (0) no-answer (0); a call",
      "reached → D, duplicate → E, wrong-number → F, no-answer → G"
    ),
    ("D", "end reached (positive)", ""),
    ("E", "status := false", "E1"),
    ("E1", "end duplicate (negative)", ""),
    ("F", "end wrong-number (neutral)", ""),
    ("G", "calls += 1", "H"),
    ("H", "counter calls < 3?", "yes → I, no → J"),
    ("I", "for 30m", "C"),
    ("J", "counter days < 3?", "yes → K, no → M"),
    ("K", "for 1d", "L"),
    ("L", "days += 1", "B"),
    ("M", "end unreachable (neutral)", ""),
  ]

  static let english = BlockDescription(language: .english, counters: [])

  static func definition(_ name: String) throws -> ProcessDefinition {
    try #require(Engine().currentProcess(named: name)).definition
  }

  @Test(arguments: [("order-processing", orderProcessing), ("call-3-days", callThreeDays)])
  func everyBlockOfABuiltInProcessIsDescribed(
    name: String, blocks: [(id: String, does: String, exits: String)]
  ) throws {
    let definition = try Self.definition(name)
    #expect(definition.blocks.map(\.id) == blocks.map(\.id))
    for (block, expected) in zip(definition.blocks, blocks) {
      #expect(
        BlockDescription(language: .english, counters: definition.counters).describe(block.kind)
          == expected.does,
        "block \(block.id)")
      #expect(BlockDescription.exits(of: block) == expected.exits, "block \(block.id)")
    }
  }

  /// Operations the built-ins do not use.
  @Test(arguments: [
    (
      Operation.setStatus(.postponed, reason: .variable("reason", default: nil)),
      "status := postponed (reason: reason)"
    ),
    (.setUserField(.name, .literal("Анна Петрова")), "customer name := Анна Петрова"),
    (.setUserField(.email, .variable("note", default: nil)), "customer email := note"),
    (.setOrderDate(.nextContactDate, nil), "clear next-contact-date"),
    (
      .setOrderDate(.nextContactDate, .orderField(.paymentDate)),
      "next-contact-date := payment-date"
    ),
    (.sendMessage(channel: "sms", text: "Your order is waiting"), "sms: Your order is waiting"),
    (.setCounter(1, 5), "calls := 5"),  // the second counter: counters are found by position
    (.addCounter(0, 2), "days += 2"),
  ])
  func everyOperationIsDescribed(operation: Operation, text: String) {
    #expect(
      BlockDescription(language: .english, counters: ["days", "calls"]).describe(operation) == text)
  }

  @Test func anOperationBlockDescribesItsActionsInOrder() {
    let kind = BlockKind.operation([.assignManager, .setOrderDate(.paymentDate, nil)])
    #expect(
      Self.english.describe(kind)
        == "assign to the manager who answered; clear payment-date")
  }

  @Test func delaysUntilAnOrderDateAndWaitsWithoutATimeoutAreDescribed() throws {
    #expect(
      Self.english.describe(.delay(.until(.orderField(.paymentDate))))
        == "until order payment-date")
    let condition = try Condition(parsing: "has-phone and not partially-paid", counters: [])
    #expect(
      Self.english.describe(.wait(condition, timeout: nil))
        == "until has-phone and not partially-paid")
  }

  /// A lone exit is shown as its target only when it is `next`: a question with one option
  /// still names the option.
  @Test func aLoneExitIsShownBareOnlyWhenItIsNext() {
    let question = Question(
      key: "ok", text: "Done?", options: [QuestionOption(key: "ok", kind: .positive)])
    let asking = Block(
      id: "q", kind: .question(question), exits: [Exit(name: "ok", target: "5")])
    #expect(BlockDescription.exits(of: asking) == "ok → 5")
    let delay = Block(
      id: "d", kind: .delay(.duration(.days(2))), exits: [Exit(name: "next", target: nil)])
    #expect(BlockDescription.exits(of: delay) == "∅")
  }

  @Test func aForkListsItsTargetsInOrderWithEmptyOnesAsEmpty() {
    let fork = Block(
      id: "f", kind: .fork,
      exits: [
        Exit(name: "1", target: "q"), Exit(name: "2", target: "d"), Exit(name: "3", target: nil),
      ])
    #expect(BlockDescription.exits(of: fork) == "q, d, ∅")
  }

  /// As a trainer sees it: the header, the counters, then the table with both columns.
  @Test func processShowPrintsEveryBlockWithWhatItDoesAndWhereItLeads() {
    let session = Transcript()
    #expect(
      session.ok("process show call-3-days") == """
        call-3-days: Reach the customer in 3 days — over orders, launch disabled (not started)
        counters: days, calls
          BLOCK  TYPE       TITLE                   DOES                                                                         EXITS
          start  start      Start                                                                                                A
          A      operation  Reset the day counter   days := 0                                                                    B
          B      operation  Reset the call counter  calls := 0                                                                   C
          C      question   Call the customer       asks call: reached (+) duplicate (-) wrong-number (0) no-answer (0); a call  reached → D, duplicate → E, wrong-number → F, no-answer → G
          D      end        Reached                 end reached (positive)
          E      operation  Mark the order false    status := false                                                              E1
          E1     end        Duplicate               end duplicate (negative)
          F      end        Wrong number            end wrong-number (neutral)
          G      operation  One more call           calls += 1                                                                   H
          H      condition  Fewer than 3 calls?     counter calls < 3?                                                           yes → I, no → J
          I      delay      Wait 30 minutes         for 30m                                                                      C
          J      condition  Fewer than 3 days?      counter days < 3?                                                            yes → K, no → M
          K      delay      Wait a day              for 1d                                                                       L
          L      operation  One more day            days += 1                                                                    B
          M      end        Unreachable             end unreachable (neutral)

        """)
  }
}
