import JSON
import Testing
import Wording

@testable import ProcessEngine

/// SPEC §12.1 and issue 11: the engine's errors in both languages, from its own books; in
/// Russian, with nothing assembled from English pieces.
@Suite struct EngineErrorWordingTests {
  /// Every message of every book the engine has, by book and case.
  static var everyPhrase: [(name: String, phrase: Phrase)] {
    func all<Book: PhraseBook>(_ book: Book.Type) -> [(String, Phrase)] {
      Book.allCases.map { ("\(Book.self).\($0)", $0.phrase) }
    }
    return all(EngineErrorPhrase.self) + all(TimePhrase.self) + all(ConditionPhrase.self)
      + all(DefinitionPhrase.self) + all(SessionPhrase.self) + all(ProfilePhrase.self)
      + all(JSONPhrase.self) + all(HintPhrase.self) + all(JSONSyntaxPhrase.self)
  }

  // MARK: - The books

  /// Both languages, the same placeholders, Russian in Russian, each language's word forms
  /// (`Phrase.problems`).
  @Test func everyMessageIsWrittenInBothLanguages() {
    #expect(Self.everyPhrase.count > 300)
    for (name, phrase) in Self.everyPhrase {
      #expect(phrase.problems.isEmpty, "\(name): \(phrase.problems)")
    }
  }

  // MARK: - Real refusals, in Russian

  let order1 = OrderID(rawValue: 1)
  let task1 = TaskID(rawValue: 1)

  /// Order 1 at its take-order step (task 1), a minute after it was made.
  func orderAtTakeOrder() -> Engine {
    var engine = Engine()
    _ = engine.run(.createOrder(NewOrder()))
    _ = engine.run(.advance(by: .minutes(1)))
    return engine
  }

  /// The error `body` throws, in Russian.
  func russian(_ body: () throws -> Void) -> String? {
    do {
      try body()
      return nil
    } catch let error as EngineError {
      return error.message(in: .russian)
    } catch {
      return "not an engine error: \(error)"
    }
  }

  @Test func anUnknownOptionNamesTheOptionsThereAre() {
    var engine = orderAtTakeOrder()
    #expect(
      russian { try engine.apply(.answer(.task(task1), option: "maybe", argument: nil)) }
        == "у задачи 1 нет варианта 'maybe'; варианты: yes, duplicate")
    #expect(
      russian { try engine.apply(.answer(.task(task1), option: "yse", argument: nil)) }
        == "у задачи 1 нет варианта 'yse'; варианты: yes, duplicate; может быть, 'yes'?")
  }

  @Test func anUnknownOrderSaysWhichOrdersThereAre() {
    var engine = orderAtTakeOrder()
    _ = engine.run(.createOrder(NewOrder()))
    #expect(
      russian { try engine.apply(.pay(OrderID(rawValue: 9), nil)) } == "нет заказа 9; заказы 1–2")
    #expect(
      russian {
        var empty = Engine(); try empty.apply(.pay(order1, nil))
      }
        == "нет заказа 1; заказов пока нет")
  }

  @Test func aStatusIsNamedAsGetCourseNamesIt() {
    var engine = orderAtTakeOrder()
    _ = engine.run(.answer(.order(order1), option: "yes", argument: nil))
    #expect(
      russian { try engine.apply(.setOrderStatus(order1, .inWork, reason: nil)) }
        == "заказ 1 уже В работе")
    _ = engine.run(.setOrderStatus(order1, .cancelled, reason: nil))
    #expect(
      russian { try engine.apply(.pay(order1, nil)) } == "заказ 1 нельзя оплатить: он Отменён")
    #expect(
      EngineError.statusUnchanged(order1, .inWork).message == "order 1 is in-work already")
  }

  @Test func anEndedTaskIsEndedAndAMistypedProcessIsGuessed() {
    var engine = orderAtTakeOrder()
    _ = engine.run(.answer(.task(task1), option: "duplicate", argument: nil))
    #expect(
      russian { try engine.apply(.answer(.task(task1), option: "yes", argument: nil)) }
        == "задача 1 уже завершена")
    #expect(
      russian { try engine.apply(.restartProcess("order-procesing")) }
        == "нет процесса 'order-procesing'; может быть, 'order-processing'?")
  }

  @Test func aDefinitionWithTwoProblemsListsBothWithTheirPaths() {
    let text = """
      {"format": "procsh-process", "version": 1, "name": "t", "title": "T", "object": "order",
       "launch": "disabled",
       "blocks": [{"id": "s", "type": "start", "exits": {"next": "e"}, "colour": "red"},
                  {"id": "e", "type": "end", "name": "done", "result": "positive"},
                  {"id": "x", "type": "delay", "duration": "3x", "exits": {"next": "e"}}]}
      """
    let message = russian {
      _ = try ProcessDefinition.load(bytes: Array(text.utf8), catalog: { _ in nil })
    }
    #expect(
      message == """
        в определении 3 ошибки:
          blocks[0].colour (блок s): неизвестный ключ 'colour'; ключи: id, type, title, exits
          blocks[2].duration (блок x): '3x' — не длительность ('x' — не единица (w d h m s)); \
        пишите так: 30s, 5m, 2h, 1d, 1w или 1d2h30m
          blocks[2] (блок x): до блока x не дойти от стартового блока
        """)
  }

  @Test func aFileThatIsNotJSONSaysWhereInRussian() {
    let message = russian { _ = try ProcessDefinition.load(bytes: Array("{".utf8)) { _ in nil } }
    #expect(
      message == "в определении 1 ошибка:\n  это не JSON: строка 1, столбец 2: ожидалась строка")
  }

  @Test func aConditionAndASessionAreRefusedInRussian() {
    #expect(
      russian { _ = try Condition(parsing: "payed or status == нoвый", counters: []) }
        == "неизвестное условие 'payed'; может быть, 'paid'?")
    #expect(
      russian { _ = try Condition(parsing: "status == new-ish", counters: []) }
        == "неизвестный статус 'new-ish'; статусы: Новый, В работе, Не подтверждён, "
        + "Ожидаем оплаты, Отложен, Частично оплачен, Ожидаем возврата, Завершён, Отменён, Ложный")
    let newer = #"{"format": "procsh-session", "version": 2}"#
    #expect(
      russian { _ = try Engine(sessionBytes: Array(newer.utf8)) }
        == "version: у этого файла сессии версия 2; этот procsh читает сессии до версии 1. "
        + "Нужен procsh новее")
  }

  /// Ids and counts are written as the engine always wrote them, in both languages: `Phrase`
  /// groups a `.number` from five digits up, which would make `order 12345` `order 12,345`.
  @Test func idsAndCountsAreWrittenAsTheyAlwaysWere() {
    let order = EngineError.unknownOrder(OrderID(rawValue: 12345), count: 20000)
    #expect(order.message == "there is no order 12345; orders are 1–20000")
    #expect(order.message(in: .russian) == "нет заказа 12345; заказы 1–20000")
    let blocks = DefinitionProblem.Reason.tooManyBlocks(40000)
    #expect(
      blocks.message(in: .english)
        == "a process may have at most 32,767 blocks; this one has 40,000")
    #expect(
      blocks.message(in: .russian)
        == "в процессе может быть не больше 32\u{00A0}767 блоков, а в этом 40\u{00A0}000")
    let payment = SessionProblem.Reason.paymentTooLarge(cents: 1_000_001, order: 1, left: 1_000_000)
    #expect(
      payment.message(in: .english)
        == "a payment of 1000001 cents to order 1, which has 1000000 cents left to pay")
    #expect(
      payment.message(in: .russian)
        == "платёж 1000001 копейка заказу 1, которому осталось оплатить 1000000 копеек")
  }

  /// Every error the engine can make, with values of each kind, is worded in Russian without the
  /// English glue words a half-translated message would keep.
  @Test func russianMessagesKeepNoEnglishWords() {
    let samples: [EngineError] = [
      .malformedDuration("3x", reason: .notAUnit("x")),
      .malformedDateTime("2026-02-30", reason: .day(30, monthLength: 28)),
      .malformedAmount("ten"), .timeGoesBack(target: .sessionStart, clock: .sessionStart),
      .clockSetWithObjects, .agendaEmpty, .unknownUser(UserID(rawValue: 4), count: 2),
      .unknownTask(task1, count: 0), .taskNotOpen(task1, .deleted),
      .noOpenStep(.task(task1), hint: .init(task: TaskID(rawValue: 2), question: "call-outcome")),
      .noOpenStep(.order(order1), hint: nil),
      .ambiguousStep(
        .order(order1),
        candidates: [
          .init(task: task1, question: "take-order"),
          .init(task: TaskID(rawValue: 2), question: "call-outcome"),
        ]),
      .missingArgument(option: "will-pay", kind: .date),
      .missingArgument(option: "refuse", kind: .text), .unexpectedArgument(option: "yes"),
      .dateInPast(.sessionStart, clock: .sessionStart), .assignedToOther(task1, owner: "anna"),
      .assignedToOther(task1, owner: "admin"), .alreadyAssigned(task1, to: "anna"),
      .unknownManager("ana", suggestion: "anna"), .unknownManager("zed", suggestion: nil),
      .managerExists("anna"), .invalidName("two words", what: .managerName),
      .invalidName("nobody", what: .reservedManagerName),
      .invalidName(" ", what: .customerName), .invalidName(" ", what: .product),
      .paymentRefused(order1, reason: .paidInFull),
      .amountTooLarge(.whole(20), remaining: .whole(10)),
      .nonPositiveAmount, .statusSetByPayments(.completed), .reasonWithoutCancel,
      .orderClosed(order1, .completed), .orderClosed(order1, .false),
      .fieldUnchanged(UserID(rawValue: 1), .email), .nameRequired(UserID(rawValue: 1)),
      .customerFieldsWithUser, .blankContact(.phone), .blankContact(.email),
      .processLaunchDisabled("call-3-days"),
      .processAlreadyStarted("p"), .processNotStarted("p"), .processObjectMismatch("p", .user),
      .alreadyLaunched("p", order: order1, task: task1), .interrupted, .beyondTheCalendar,
      .unknownManagerID(ManagerID(rawValue: 9), count: 3), .dateForTextOption(option: "refuse"),
      .simulationOrderCount(-1), .simulationWindowEmpty(.zero),
      .simulationHorizonBeforeWindow(horizon: .days(1), window: .days(2)),
      .condition(.unknownCounter("x", suggestion: nil, counters: ["days", "calls"])),
      .condition(.tooDeep(limit: 100, character: 401, word: "not")),
      .profile([
        ProfileProblem(path: "outcme", .unknownKey(suggestion: "outcome")),
        ProfileProblem(path: "shares", .sharesTotal(1.1)),
        ProfileProblem(path: "answer-delay", .durationType(found: .array)),
      ]),
      .session(SessionProblem(path: "events[3]", .paidWhile(order: 2, .cancelled))),
      .session(SessionProblem(path: "orders[0][2]", .paidMismatch(order: 1, paid: 5, logged: 22))),
      .session(
        SessionProblem(path: "tasks[1][5]", .resultMismatch(task1, .negative, logged: .positive))),
      .session(
        SessionProblem(
          path: "x", .syntax(JSONSyntaxError(.expectedCommaOr("]"), line: 3, column: 4)))),
      .session(SessionProblem(path: "history.steps[0][1]", .notAStatus("payed"))),
    ]
    let glue = [
      " the ", " is ", " are ", " not ", "expected", "found", "did you mean", " or ", " and ",
      " has ", " cannot ", " must ", " at line", "column",
    ]
    for error in samples {
      let message = error.message(in: .russian)
      #expect(message != error.message, "\(error)")
      for word in glue {
        #expect(!message.contains(word), "'\(word)' in: \(message)")
      }
    }
  }

  /// Every complaint the JSON reader can make about a file is said in Russian too: a case of
  /// `JSONSyntaxError.Problem`, worded by `JSONSyntaxPhrase`, never its English text.
  @Test(arguments: [
    "", "{", "[1,", "[1 2]", "{\"a\" 1}", "{\"a\": 1, \"a\": 2}", "tru", "nul", "[1] x",
    "\"\u{1}\"",
    "\"\\q\"", "\"\\u12\"", "\"\\ud800\"", "\"abc", "-", "1e",
    "[" + String(repeating: "[", count: 300),
    "{1: 2}",
  ])
  func everyComplaintOfTheJSONReaderIsWordedInRussian(text: String) {
    let error = #expect(throws: JSONSyntaxError.self) { try JSONReader.parse(Array(text.utf8)) }
    guard let error else { return }
    let russian = error.message(in: .russian)
    #expect(russian != error.message)
    #expect(russian.unicodeScalars.contains { (0x0400...0x04FF).contains($0.value) }, "\(russian)")
    #expect(
      error.description(in: .russian)
        == "строка \(error.line), столбец \(error.column): \(russian)")
  }
}
