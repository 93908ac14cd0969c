import Testing

@testable import ProcessEngine

/// SPEC §3 and §12.1: a status is named by its slug or by GetCourse's Russian name, in any case,
/// with `ё` written as `е`.
@Suite struct OrderStatusTests {
  /// The table of SPEC §3.
  static let getCourseNames: [(OrderStatus, String)] = [
    (.new, "Новый"), (.inWork, "В работе"), (.notConfirmed, "Не подтверждён"),
    (.awaitingPayment, "Ожидаем оплаты"), (.postponed, "Отложен"),
    (.partiallyPaid, "Частично оплачен"), (.pendingRefund, "Ожидаем возврата"),
    (.completed, "Завершён"), (.cancelled, "Отменён"), (.false, "Ложный"),
  ]

  @Test func everyStatusHasItsGetCourseName() {
    for (status, name) in Self.getCourseNames {
      #expect(status.russianName == name)
      #expect(OrderStatus(name: name) == status)
      #expect(OrderStatus(name: status.slug) == status)
    }
    #expect(Self.getCourseNames.count == OrderStatus.allCases.count)
  }

  @Test(arguments: [
    ("в работе", OrderStatus.inWork), ("В РАБОТЕ", .inWork), ("Не подтвержден", .notConfirmed),
    ("завершен", .completed), ("ОТМЕНЕН", .cancelled), ("ложный", .false),
  ])
  func russianNamesIgnoreCaseAndTheDotsOfYo(text: String, status: OrderStatus) {
    #expect(OrderStatus(name: text) == status)
  }

  @Test(arguments: ["In-Work", "в  работе", "работе", "Готов", ""])
  func anythingElseIsNoStatus(text: String) {
    #expect(OrderStatus(name: text) == nil)
  }

  /// Conditions take the Russian names too, a name with a space in double quotes.
  @Test func conditionsReadRussianNames() throws {
    let inWork = try Condition(parsing: "status == \"В работе\"", counters: [])
    #expect(inWork == .statusIn(StatusSet([.inWork])))
    let either = try Condition(parsing: "status in [Отложен, \"ожидаем оплаты\"]", counters: [])
    #expect(either == .statusIn(StatusSet([.postponed, .awaitingPayment])))
  }
}
