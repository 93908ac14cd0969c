import Testing

@testable import ProcessEngine

/// The numbers of session format version 1, as shipped (docs/session-format.md): every code and
/// every column keeps its place, whatever the order of the cases in the source, so that files
/// saved by any version-1 procsh read back as they were meant.
@Suite struct StoredCodeTests {
  /// Checks a code table both ways against the literal table, and that no case is missing from it.
  func expectFrozen<Code: StoredCode & Hashable>(
    _ expected: KeyValuePairs<Code, UInt8>, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let cases = Set(Code.allCases)
    #expect(
      cases == Set(expected.map(\.key)), "every case needs a frozen code",
      sourceLocation: sourceLocation)
    #expect(
      Set(expected.map(\.value)).count == expected.count, "a code is used twice",
      sourceLocation: sourceLocation)
    for (value, code) in expected {
      #expect(value.code == code, "\(value) is written as \(code)", sourceLocation: sourceLocation)
      #expect(
        Code(storedCode: code) == value, "\(code) reads as \(value)", sourceLocation: sourceLocation
      )
    }
    let unused = (0...255).map(UInt8.init).filter { code in !expected.contains { $0.value == code }
    }
    for code in unused {
      #expect(
        Code(storedCode: code) == nil, "\(code) is no \(Code.self)", sourceLocation: sourceLocation)
    }
  }

  @Test func orderStatusCodesAreFrozen() {
    expectFrozen([
      OrderStatus.new: 0, .inWork: 1, .notConfirmed: 2, .awaitingPayment: 3, .postponed: 4,
      .partiallyPaid: 5, .pendingRefund: 6, .completed: 7, .cancelled: 8, .false: 9,
    ])
    // Statistics count by code: the table is every status in code order.
    #expect(OrderStatus.table.map(\.code) == Array(0...9))
  }

  @Test func eventKindCodesAreFrozen() {
    expectFrozen([
      Event.Kind.userCreated: 0, .orderCreated: 1, .userFieldChanged: 2, .statusChanged: 3,
      .paymentReceived: 4, .orderDateChanged: 5, .orderManagerChanged: 6, .messageSent: 7,
      .taskStarted: 8, .stepOpened: 9, .stepAnswered: 10, .stepWithdrawn: 11, .delayEnded: 12,
      .waitMet: 13, .waitTimedOut: 14, .conditionDecided: 15, .branchEnded: 16,
      .counterChanged: 17, .variableSet: 18, .taskManagerChanged: 19, .taskEnded: 20,
      .taskFailed: 21, .taskDeleted: 22, .clockSet: 23, .managerAdded: 24,
      .actingUserChanged: 25, .processLoaded: 26, .processStarted: 27, .processStopped: 28,
      // Auto-mailings (SPEC §12.4).
      .mailingLoaded: 29, .mailingStarted: 30, .mailingStopped: 31, .mailingSent: 32,
      .messageOpened: 33,
    ])
  }

  @Test func fieldAndResultCodesAreFrozen() {
    expectFrozen([UserField.name: 0, .email: 1, .phone: 2])
    expectFrozen([OrderDateField.paymentDate: 0, .nextContactDate: 1])
    expectFrozen([TaskResult.positive: 0, .neutral: 1, .negative: 2, .none: 3])
  }

  @Test func taskTokenAndAgendaCodesAreFrozen() {
    expectFrozen([TaskColumn.State.running: 0, .ended: 1, .deleted: 2])
    expectFrozen([TaskColumn.EndKind.block: 0, .none: 1, .failed: 2])
    expectFrozen([
      TokenState.ready: 0, .sleeping: 1, .waiting: 2, .asking: 3, .awaitingChild: 4, .ended: 5,
    ])
    #expect(TokenState.saved.map(\.code) == [1, 2, 3, 4])
    expectFrozen([
      AgendaColumn.Kind.token: 0, .periodicLaunch: 1, .mailingCheck: 2, .waitCheck: 3,
    ])
  }

  /// The golden sessions hold many of these columns at 0; the names pin every position.
  @Test func columnsKeepTheirPositions() {
    func names<Column: SessionColumn>(_: Column.Type) -> [String] {
      #expect(Column.allCases.map(\.position) == Array(Column.allCases.indices))
      return Column.allCases.map(\.name)
    }
    #expect(
      names(EventColumn.self) == [
        "Δtime", "task", "Δtrigger", "subject", "block", "kind", "small", "payload",
      ])
    #expect(
      names(OrderColumn.self) == [
        "user", "product", "amount", "paid", "status", "reason", "manager", "payment-date",
        "next-contact-date", "created", "calls", "messages",
      ])
    #expect(
      names(TaskColumn.self) == [
        "process", "subject", "parent", "started", "manager", "state", "result", "end-kind", "end",
        "ended-at", "slots", "open-steps", "parent-token", "answered-by", "depth",
      ])
    #expect(
      names(TokenColumn.self) == [
        "task", "block", "state", "epoch", "since", "wait-sequence", "child", "trigger",
        "guard-instant", "guard-steps",
      ])
    #expect(names(UserColumn.self) == ["name", "email", "phone"])
    #expect(names(AgendaColumn.self) == ["due", "sequence", "kind", "id", "epoch"])
  }

  @Test func membersAreWrittenInSortedOrder() {
    let keys = SessionKey.allCases.map(\.name)
    #expect(keys == keys.sorted())
    // `history` and `mailings` are optional so that every file without one stays what it was.
    #expect(
      SessionKey.allCases.filter(\.isOptional) == [
        .actingManager, .agenda, .history, .mailings, .nextWaitSequence,
      ])
    #expect(SessionReader.HistoryKey.allCases.map(\.rawValue) == ["base", "checkpoints", "steps"])
  }

  /// A history names its commands as version 1 first did: a file's steps replay as they were.
  /// Names are only ever added (`run-process-on-user`, the mailings' four: issue 12), never
  /// renamed.
  @Test func commandNamesAreFrozen() {
    #expect(
      CommandCodec.Name.allCases.map(\.rawValue).sorted() == [
        "act-as", "add-manager", "advance", "advance-to", "advance-to-next", "answer", "cancel",
        "create-order", "load-mailing", "load-process", "open-message", "pay", "restart-process",
        "run-process", "run-process-on-user", "set-clock", "set-order-date", "set-order-status",
        "set-user-field", "simulate", "start-mailing", "start-process", "stop-mailing",
        "stop-process", "take-task", "transfer-tasks",
      ])
  }
}
