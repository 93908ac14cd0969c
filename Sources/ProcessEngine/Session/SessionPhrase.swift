import JSON
import Wording

extension SessionProblem.Reason {
  /// What is wrong, in `language`.
  public func message(in language: Language) -> String {
    func say(_ phrase: SessionPhrase, _ values: PhraseValues = [:]) -> String {
      language.text(phrase, values)
    }
    func number(_ value: Int64) -> PhraseValue { .plain(Int(value)) }
    func status(_ status: OrderStatus) -> PhraseValue { .text(language.name(of: status)) }
    func result(_ result: TaskResult) -> PhraseValue {
      let phrase: SessionPhrase =
        switch result {
        case .positive: .positive
        case .neutral: .neutral
        case .negative: .negative
        case .none: .noResult
        }
      return .text(say(phrase))
    }
    func at(_ error: JSONSyntaxError) -> PhraseValues {
      [
        "line": .plain(error.line), "column": .plain(error.column),
        "detail": .text(error.message(in: language)),
      ]
    }
    switch self {
    case .notJSON(let error): return say(.notJSON, at(error))
    case .syntax(let error): return say(.syntax, at(error))
    case .emptyFile: return say(.emptyFile)
    case .formatMissing: return say(.formatMissing)
    case .notASession: return say(.notASession, ["format": .text(Engine.sessionFormat)])
    case .missing: return say(.missing)
    case .expectedWholeNumber: return say(.expectedWholeNumber)
    case .newerVersion(let version):
      return say(
        .newerVersion, ["version": number(version), "max": .text("\(Engine.sessionVersion)")])
    case .versionNotOne(let version): return say(.versionNotOne, ["found": number(version)])
    case .unknownKey(let version): return say(.unknownKey, ["version": number(version)])
    case .historyInBase: return say(.historyInBase)
    case .expectedArray: return say(.expectedArray)
    case .expectedObject: return say(.expectedObject)
    case .expectedBool: return say(.expectedBool)
    case .outOfRange(let value, let range):
      return say(
        .outOfRange,
        [
          "value": .text("\(value)"), "low": .text("\(range.lowerBound)"),
          "high": .text("\(range.upperBound)"),
        ])
    case .nullNumber: return say(.nullNumber)
    case .recordNotArray(let line, let column):
      return say(.recordNotArray, ["line": .plain(line), "column": .plain(column)])
    case .tooFewFields(let line, let column):
      return say(.tooFewFields, ["line": .plain(line), "column": .plain(column)])
    case .tooManyFields(let line, let column):
      return say(.tooManyFields, ["line": .plain(line), "column": .plain(column)])
    case .refused(let error): return error.message(in: language)
    case .definition(let problem): return problem.message(in: language)
    case .profile(let problem): return problem.description(in: language)

    case .textTwice: return say(.textTwice)
    case .firstManagerNotAdmin:
      return say(.firstManagerNotAdmin, ["admin": .text(Manager.adminName)])
    case .managerNameTwice: return say(.managerNameTwice)
    case .processTextMissing: return say(.processTextMissing)
    case .mailingTwice(let name): return say(.mailingTwice, ["name": .text(name)])
    case .messageToNobody: return say(.messageToNobody)
    case .noMessageBefore(let id): return say(.noMessageBefore, ["id": .text("\(id)")])
    case .openedByOther(let id): return say(.openedByOther, ["id": .text("\(id)")])
    case .messageOpenedTwice(let id): return say(.messageOpenedTwice, ["id": .text("\(id)")])
    case .messageCount(let found, let logged):
      return say(.messageCount, ["found": .text("\(found)"), "logged": .text("\(logged)")])
    case .noSuchMailing: return say(.noSuchMailing)
    case .noEvent(let id): return say(.noEvent, ["id": number(id)])
    case .noToken(let id): return say(.noToken, ["id": number(id)])
    case .noProcess(let id): return say(.noProcess, ["id": number(id)])
    case .orderWithoutUsers: return say(.orderWithoutUsers)
    case .taskWithoutProcesses: return say(.taskWithoutProcesses)
    case .tokenWithoutTasks: return say(.tokenWithoutTasks)
    case .taskWithoutObject: return say(.taskWithoutObject)
    case .noOrder(let id): return say(.noOrder, ["id": .text("\(id)")])
    case .noUser(let id): return say(.noUser, ["id": .text("\(id)")])
    case .processRunsOver(let object):
      return say(object == .order ? .processRunsOverOrders : .processRunsOverUsers)
    case .slotCount(let expected, let found):
      return say(.slotCount, ["expected": .plain(expected), "found": .plain(found)])
    case .endedWithoutTime: return say(.endedWithoutTime)
    case .notAnEndBlock(let block, let process):
      return say(.notAnEndBlock, ["block": .text("\(block)"), "process": .text(process)])
    case .noSuchText: return say(.noSuchText)
    case .deletedWithoutTime: return say(.deletedWithoutTime)
    case .taskHasEnded(let task): return say(.taskHasEnded, ["task": .text("\(task)")])
    case .tokenStateNotSaved: return say(.tokenStateNotSaved)
    case .tokenBlockKind(let block, let type):
      return say(.tokenBlockKind, ["block": .text(block), "type": .text(type)])
    case .tokenWithoutChild: return say(.tokenWithoutChild)
    case .openStepsMismatch(let open, let asking):
      return say(.openStepsMismatch, ["open": .plain(Int(open)), "asking": .plain(Int(asking))])
    case .runningWithoutTokens: return say(.runningWithoutTokens)

    case .clockBeforeLastEvent(let clock, let last, let index):
      return say(
        .clockBeforeLastEvent,
        ["clock": .text("\(clock)"), "time": .text("\(last)"), "index": .plain(index)])
    case .timeOutOfRange: return say(.timeOutOfRange)
    case .clockSetMismatch: return say(.clockSetMismatch)
    case .eventBeforePrevious: return say(.eventBeforePrevious)
    case .notATaskID(let value): return say(.notATaskID, ["value": .text("\(value)")])
    case .triggerNotEarlier: return say(.triggerNotEarlier)
    case .notAnObjectID(let value): return say(.notAnObjectID, ["value": .text("\(value)")])
    case .fieldOutOfRange: return say(.fieldOutOfRange)
    case .unknownEventKind(let kind): return say(.unknownEventKind, ["kind": .text("\(kind)")])
    case .blockOutsideProcess(let block):
      return say(.blockOutsideProcess, ["block": .plain(block)])
    case .blockWithoutTask: return say(.blockWithoutTask)
    case .badFieldChange: return say(.badFieldChange)
    case .badStatusChange: return say(.badStatusChange)
    case .badDateField: return say(.badDateField)
    case .noSuchManager: return say(.noSuchManager)
    case .noSuchProcess: return say(.noSuchProcess)
    case .badResult: return say(.badResult)
    case .stepOutsideQuestion: return say(.stepOutsideQuestion)
    case .badAnswer: return say(.badAnswer)
    case .noSuchCounter: return say(.noSuchCounter)
    case .noSuchVariable: return say(.noSuchVariable)
    case .taskEventWithoutTask: return say(.taskEventWithoutTask)

    case .agendaShape:
      return say(.agendaShape, ["shape": .text("{\"items\": [...], \"next-sequence\": N}")])
    case .agendaRowShape: return say(.agendaRowShape, ["row": .text(AgendaColumn.outline)])
    case .dueBeforeClock: return say(.dueBeforeClock)
    case .sequenceTaken(let sequence):
      return say(.sequenceTaken, ["sequence": .text("\(sequence)")])
    case .badEpoch: return say(.badEpoch)
    case .unknownTimerKind(let kind): return say(.unknownTimerKind, ["kind": .text("\(kind)")])
    case .tokenHasNoTimer(let token): return say(.tokenHasNoTimer, ["token": .plain(token)])
    case .staleTimer(let token, let epoch, let timerEpoch):
      return say(
        .staleTimer,
        ["token": .plain(token), "epoch": .text("\(epoch)"), "timer": .text("\(timerEpoch)")])
    case .timerTwice(let token, let other):
      return say(.timerTwice, ["token": .plain(token), "other": .text(other)])
    case .waitWithoutTimeout(let token, let block):
      return say(.waitWithoutTimeout, ["token": .plain(token), "block": .text(block)])
    case .timerDue(let token, let since, let block, let due):
      return say(
        .timerDue,
        [
          "token": .plain(token), "since": .text("\(since)"), "block": .text(block),
          "due": .text("\(due)"),
        ])
    case .timerBeforeWait(let token, let since, let due):
      return say(
        .timerBeforeWait,
        ["token": .plain(token), "since": .text("\(since)"), "due": .text("\(due)")])
    case .notPeriodic(let process, let name):
      return say(.notPeriodic, ["process": .plain(process), "name": .text(name)])
    case .staleCheck(let process, let name):
      return say(.staleCheck, ["process": .plain(process), "name": .text(name)])
    case .checkTwice(let process, let other):
      return say(.checkTwice, ["process": .plain(process), "other": .text(other)])
    case .dueTooLate(let interval): return say(.dueTooLate, ["interval": .text("\(interval)")])
    case .sleepWithoutTimer(let token, let block):
      return say(.sleepWithoutTimer, ["token": .plain(token), "block": .text(block)])
    case .timeoutWithoutTimer(let token, let block):
      return say(.timeoutWithoutTimer, ["token": .plain(token), "block": .text(block)])
    case .periodicWithoutCheck(let name): return say(.periodicWithoutCheck, ["name": .text(name)])

    case .taskStartsTwice(let task): return say(.taskStartsTwice, ["task": .plain(task)])
    case .orderEventBeforeCreation(let order):
      return say(.orderEventBeforeCreation, ["order": .plain(order)])
    case .taskEventBeforeStart(let task): return say(.taskEventBeforeStart, ["task": .plain(task)])
    case .orderCreatedTwice(let order): return say(.orderCreatedTwice, ["order": .plain(order)])
    case .paidWhile(let order, let current):
      return say(.paidWhile, ["order": .plain(order), "status": status(current)])
    case .paymentTooLarge(let cents, let order, let left):
      return say(
        .paymentTooLarge, ["cents": number(cents), "order": .plain(order), "left": number(left)])
    case .changeFromOther(let order, let current, let from):
      return say(
        .changeFromOther,
        ["order": .plain(order), "status": status(current), "from": status(from)])
    case .becomesWith(let order, let becomes, let paid, let amount):
      return say(
        .becomesWith,
        [
          "order": .plain(order), "status": status(becomes), "paid": number(paid),
          "amount": number(amount),
        ])
    case .runsButEnded(let task, let at):
      return say(.runsButEnded, ["task": .text("\(task)"), "at": .text("\(at)")])
    case .endedWithoutEvent(let task): return say(.endedWithoutEvent, ["task": .text("\(task)")])
    case .deletedAtOther(let task, let at, let logged):
      return say(
        .deletedAtOther,
        ["task": .text("\(task)"), "at": .text("\(at)"), "logged": .text("\(logged)")])
    case .deletedNotLast(let task): return say(.deletedNotLast, ["task": .text("\(task)")])
    case .endedButDeleted(let task): return say(.endedButDeleted, ["task": .text("\(task)")])
    case .failedOtherReason(let task): return say(.failedOtherReason, ["task": .text("\(task)")])
    case .endedAtOther(let task, let at, let logged):
      return say(
        .endedAtOther,
        ["task": .text("\(task)"), "at": .text("\(at)"), "logged": .text("\(logged)")])
    case .failedButEnded(let task, let logged):
      return say(.failedButEnded, ["task": .text("\(task)"), "logged": result(logged)])
    case .resultMismatch(let task, let ended, let logged):
      return say(
        .resultMismatch,
        ["task": .text("\(task)"), "result": result(ended), "logged": result(logged)])
    case .endedButFailed(let task): return say(.endedButFailed, ["task": .text("\(task)")])
    case .noTaskStarted(let task): return say(.noTaskStarted, ["task": .plain(task)])
    case .startedAtOther(let task, let at, let logged):
      return say(
        .startedAtOther,
        ["task": .plain(task), "at": .text("\(at)"), "logged": .text("\(logged)")])
    case .noOrderCreated(let order): return say(.noOrderCreated, ["order": .plain(order)])
    case .statusMismatch(let order, let current, let logged):
      return say(
        .statusMismatch,
        ["order": .plain(order), "status": status(current), "logged": status(logged)])
    case .paidMismatch(let order, let paid, let logged):
      return say(
        .paidMismatch, ["order": .plain(order), "paid": number(paid), "logged": number(logged)])
    case .reasonMismatch(let order): return say(.reasonMismatch, ["order": .plain(order)])
    case .completedButUnpaid(let order, let unpaid):
      return say(
        .completedButUnpaid,
        ["order": .plain(order), "status": status(.completed), "unpaid": number(unpaid)])
    case .partiallyPaidBut(let order, let paid, let amount):
      return say(
        .partiallyPaidBut,
        [
          "order": .plain(order), "status": status(.partiallyPaid), "paid": number(paid),
          "amount": number(amount),
        ])

    case .commandNotObject(let kind):
      return say(.commandNotObject, ["found": .text(kind.name(in: language))])
    case .commandNameMissing: return say(.commandNameMissing)
    case .unknownCommand(let name, let suggestion):
      return say(.unknownCommand, ["name": .text(name)]) + language.didYouMean(suggestion)
    case .notAUserField(let field): return say(.notAUserField, ["field": .text(field)])
    case .notAStatus(let text):
      let statuses =
        language == .english
        ? Suggestion.list(OrderStatus.allCases.map(\.slug)) : language.statusNames
      return say(.notAStatus, ["text": .text(text), "statuses": .text(statuses)])
    case .notADateField(let field): return say(.notADateField, ["field": .text(field)])
    case .answerWithoutTarget: return say(.answerWithoutTarget)
    case .answerWithTwoTargets: return say(.answerWithTwoTargets)
    case .argumentShape:
      return say(.argumentShape, ["text": .text("{\"text\": …}"), "date": .text("{\"date\": …}")])
    case .unknownMember(let suggestion):
      return say(.unknownMember) + language.didYouMean(suggestion)
    case .expectedObjectFound(let kind):
      return say(.expectedObjectFound, ["found": .text(kind.name(in: language))])
    case .expectedStringFound(let kind):
      return say(.expectedStringFound, ["found": .text(kind.name(in: language))])
    case .expectedWholeNumberFound(let kind):
      return say(.expectedWholeNumberFound, ["found": .text(kind.name(in: language))])
    case .notASpan(let text): return say(.notASpan, ["text": .text(text)])
    case .expectedDateTimeFound(let kind):
      return say(.expectedDateTimeFound, ["found": .text(kind.name(in: language))])
    case .notADateTimeOrSpan(let text): return say(.notADateTimeOrSpan, ["text": .text(text)])
    case .expectedSeed: return say(.expectedSeed)
    case .unknownHistoryKey: return say(.unknownHistoryKey)
    case .keyTwice: return say(.keyTwice)
    case .stepShape: return say(.stepShape)
    case .stepTextFound(let kind):
      return say(.stepTextFound, ["found": .text(kind.name(in: language))])
    case .checkpointShape: return say(.checkpointShape)
    case .checkpointNameMissing: return say(.checkpointNameMissing)
    case .checkpointTwice(let name): return say(.checkpointTwice, ["name": .text(name)])
    case .checkpointSteps(let steps): return say(.checkpointSteps, ["n": .plain(steps)])
    }
  }
}

/// Why a session file cannot be loaded (`SessionProblem`). What the file holds (keys, ids, times,
/// cents) is quoted as it is; record numbers count from 1, as `order 3` does.
public enum SessionPhrase: PhraseBook {
  case positive, neutral, negative, noResult
  case notJSON, syntax, emptyFile, formatMissing, notASession, missing, expectedWholeNumber
  case newerVersion, versionNotOne, unknownKey, historyInBase
  case expectedArray, expectedObject, expectedBool, outOfRange, nullNumber
  case recordNotArray, tooFewFields, tooManyFields
  case textTwice, firstManagerNotAdmin, managerNameTwice, processTextMissing
  case mailingTwice, messageToNobody, noMessageBefore, openedByOther, messageOpenedTwice
  case messageCount, noSuchMailing
  case noEvent, noToken, noProcess
  case orderWithoutUsers, taskWithoutProcesses, tokenWithoutTasks, taskWithoutObject
  case noOrder, noUser, processRunsOverOrders, processRunsOverUsers, slotCount
  case endedWithoutTime, notAnEndBlock, noSuchText, deletedWithoutTime, taskHasEnded
  case tokenStateNotSaved, tokenBlockKind, tokenWithoutChild
  case openStepsMismatch, runningWithoutTokens
  case clockBeforeLastEvent, timeOutOfRange, clockSetMismatch, eventBeforePrevious
  case notATaskID, triggerNotEarlier, notAnObjectID, fieldOutOfRange, unknownEventKind
  case blockOutsideProcess, blockWithoutTask, badFieldChange, badStatusChange, badDateField
  case noSuchManager, noSuchProcess, badResult, stepOutsideQuestion, badAnswer
  case noSuchCounter, noSuchVariable, taskEventWithoutTask
  case agendaShape, agendaRowShape, dueBeforeClock, sequenceTaken, badEpoch, unknownTimerKind
  case tokenHasNoTimer, staleTimer, timerTwice, waitWithoutTimeout, timerDue, timerBeforeWait
  case notPeriodic, staleCheck, checkTwice, dueTooLate
  case sleepWithoutTimer, timeoutWithoutTimer, periodicWithoutCheck
  case taskStartsTwice, orderEventBeforeCreation, taskEventBeforeStart, orderCreatedTwice
  case paidWhile, paymentTooLarge, changeFromOther, becomesWith
  case runsButEnded, endedWithoutEvent, deletedAtOther, deletedNotLast, endedButDeleted
  case failedOtherReason, endedAtOther, failedButEnded, resultMismatch, endedButFailed
  case noTaskStarted, startedAtOther, noOrderCreated, statusMismatch, paidMismatch
  case reasonMismatch, completedButUnpaid, partiallyPaidBut
  case commandNotObject, commandNameMissing, unknownCommand, notAUserField, notAStatus
  case notADateField
  case answerWithoutTarget, answerWithTwoTargets, argumentShape, unknownMember
  case expectedObjectFound, expectedStringFound, expectedWholeNumberFound, notASpan
  case expectedDateTimeFound, notADateTimeOrSpan, expectedSeed
  case unknownHistoryKey, keyTwice, stepShape, stepTextFound
  case checkpointShape, checkpointNameMissing, checkpointTwice, checkpointSteps

  public var phrase: Phrase {
    switch self {
    case .positive: Phrase(en: "positive", ru: "положительно")
    case .neutral: Phrase(en: "neutral", ru: "нейтрально")
    case .negative: Phrase(en: "negative", ru: "отрицательно")
    case .noResult: Phrase(en: "none", ru: "без результата")

    case .notJSON:
      Phrase(
        en: "not valid JSON at line {line}, column {column}: {detail}",
        ru: "это не JSON: строка {line}, столбец {column}: {detail}")
    case .syntax:
      Phrase(
        en: "{detail} at line {line}, column {column}",
        ru: "{detail} (строка {line}, столбец {column})")
    case .emptyFile: Phrase(en: "the file is empty", ru: "файл пуст")
    case .formatMissing:
      Phrase(
        en: "missing: this is not a procsh session file",
        ru: "отсутствует: это не файл сессии procsh")
    case .notASession:
      Phrase(
        en: "this is not a procsh session file (expected \"{format}\")",
        ru: "это не файл сессии procsh (нужно \"{format}\")")
    case .missing: Phrase(en: "missing", ru: "отсутствует")
    case .expectedWholeNumber: Phrase(en: "expected a whole number", ru: "нужно целое число")
    case .newerVersion:
      Phrase(
        en:
          "this session file is version {version}; this procsh reads sessions up to version {max}. Use a newer procsh",
        ru:
          "у этого файла сессии версия {version}; этот procsh читает сессии до версии {max}. Нужен procsh новее"
      )
    case .versionNotOne: Phrase(en: "expected 1, found {found}", ru: "нужно 1, а здесь {found}")
    case .unknownKey:
      Phrase(
        en: "unknown key in a version {version} session",
        ru: "неизвестный ключ для сессии версии {version}")
    case .historyInBase:
      Phrase(
        en: "the base of a history has no history of its own",
        ru: "у основы истории не бывает своей истории")
    case .expectedArray: Phrase(en: "expected an array", ru: "нужен массив")
    case .expectedObject: Phrase(en: "expected an object", ru: "нужен объект")
    case .expectedBool: Phrase(en: "expected true or false", ru: "нужно true или false")
    case .outOfRange:
      Phrase(
        en: "{value} is out of range ({low}…{high})", ru: "{value} вне допустимого ({low}…{high})")
    case .nullNumber: Phrase(en: "null where a number belongs", ru: "null там, где нужно число")
    case .recordNotArray:
      Phrase(
        en: "expected an array (a record) at line {line}, column {column}",
        ru: "нужен массив (запись) (строка {line}, столбец {column})")
    case .tooFewFields:
      Phrase(
        en: "the record has too few fields at line {line}, column {column}",
        ru: "в записи не хватает полей (строка {line}, столбец {column})")
    case .tooManyFields:
      Phrase(
        en: "the record has too many fields at line {line}, column {column}",
        ru: "в записи лишние поля (строка {line}, столбец {column})")

    case .textTwice: Phrase(en: "the text appears twice", ru: "текст встречается дважды")
    case .firstManagerNotAdmin:
      Phrase(en: "the first manager must be {admin}", ru: "первым менеджером должен быть {admin}")
    case .managerNameTwice: Phrase(en: "a name appears twice", ru: "имя встречается дважды")
    case .processTextMissing:
      Phrase(
        en: "a text the processes use is missing", ru: "нет текста, который нужен процессам")
    case .noEvent: Phrase(en: "there is no event {id}", ru: "нет события {id}")
    case .noToken: Phrase(en: "there is no token {id}", ru: "нет токена {id}")
    case .noProcess: Phrase(en: "there is no process {id}", ru: "нет процесса {id}")
    case .orderWithoutUsers:
      Phrase(en: "an order but no users", ru: "заказ есть, а пользователей нет")
    case .taskWithoutProcesses:
      Phrase(en: "a task but no processes", ru: "задача есть, а процессов нет")
    case .tokenWithoutTasks: Phrase(en: "a token but no tasks", ru: "токен есть, а задач нет")
    case .taskWithoutObject: Phrase(en: "a task needs an object", ru: "задаче нужен объект")
    case .noOrder: Phrase(en: "there is no order {id}", ru: "нет заказа {id}")
    case .noUser: Phrase(en: "there is no user {id}", ru: "нет пользователя {id}")
    case .processRunsOverOrders:
      Phrase(en: "the process runs over orders", ru: "процесс работает с заказами")
    case .processRunsOverUsers:
      Phrase(en: "the process runs over users", ru: "процесс работает с пользователями")
    case .slotCount:
      Phrase(
        en: "expected {expected} counters and variables, found {found}",
        ru: "нужно счётчиков и переменных: {expected}, а здесь {found}")
    case .endedWithoutTime:
      Phrase(
        en: "an ended task needs its end time", ru: "у завершённой задачи должно быть время конца")
    case .notAnEndBlock:
      Phrase(
        en: "block {block} is not an end block of {process}",
        ru: "блок {block} — не блок конца процесса {process}")
    case .noSuchText: Phrase(en: "no such text", ru: "такого текста нет")
    case .deletedWithoutTime:
      Phrase(en: "a deleted task needs its time", ru: "у удалённой задачи должно быть время")
    case .taskHasEnded: Phrase(en: "task {task} has ended", ru: "задача {task} уже завершена")
    case .tokenStateNotSaved:
      Phrase(
        en: "a saved token waits, sleeps, asks or runs a child",
        ru: "сохранённый токен ждёт, спит, спрашивает или ведёт подпроцесс")
    case .tokenBlockKind:
      Phrase(en: "block {block} is a {type} block", ru: "блок {block} — блок типа {type}")
    case .tokenWithoutChild:
      Phrase(
        en: "a token running a sub-process needs its child task",
        ru: "токену, который ведёт подпроцесс, нужна его дочерняя задача")
    case .openStepsMismatch:
      Phrase(
        en: "{open} open steps, but {asking} tokens ask",
        ru: "открытых шагов: {open}, а спрашивают {asking} {asking:токен|токена|токенов}")
    case .runningWithoutTokens:
      Phrase(en: "a running task without tokens", ru: "идущая задача без токенов")

    case .clockBeforeLastEvent:
      Phrase(
        en: "the clock is at {clock}, before the last event ({time}, events[{index}])",
        ru: "часы показывают {clock}, раньше последнего события ({time}, events[{index}])")
    case .timeOutOfRange: Phrase(en: "the time is out of range", ru: "время вне допустимого")
    case .clockSetMismatch:
      Phrase(
        en: "the clock is set to another time than the event's",
        ru: "часы переставлены не на время события")
    case .eventBeforePrevious:
      Phrase(en: "the event is before the one above it", ru: "событие раньше предыдущего")
    case .notATaskID: Phrase(en: "{value} is not a task id", ru: "{value} — не id задачи")
    case .triggerNotEarlier:
      Phrase(en: "the trigger is not an earlier event", ru: "причина — не более раннее событие")
    case .notAnObjectID: Phrase(en: "{value} is not an object", ru: "{value} — не объект")
    case .fieldOutOfRange: Phrase(en: "a field is out of range", ru: "поле вне допустимого")
    case .unknownEventKind:
      Phrase(en: "unknown event kind {kind}", ru: "неизвестный вид события {kind}")
    case .blockOutsideProcess:
      Phrase(
        en: "block {block} is not in the task's process", ru: "блока {block} нет в процессе задачи")
    case .blockWithoutTask: Phrase(en: "a block without a task", ru: "блок без задачи")
    case .badFieldChange: Phrase(en: "a bad field change", ru: "неверное изменение поля")
    case .badStatusChange: Phrase(en: "a bad status change", ru: "неверная смена статуса")
    case .badDateField: Phrase(en: "a bad date field", ru: "неверное поле даты")
    case .noSuchManager: Phrase(en: "no such manager", ru: "такого менеджера нет")
    case .noSuchProcess: Phrase(en: "no such process", ru: "такого процесса нет")
    case .noSuchMailing: Phrase(en: "no such mailing", ru: "такой рассылки нет")
    case .mailingTwice:
      Phrase(
        en: "a second mailing called '{name}'; each name is loaded once",
        ru: "вторая рассылка с именем '{name}'; каждое имя загружается один раз")
    case .messageToNobody:
      Phrase(
        en: "a message must go to an order (a mailing's) or to a customer",
        ru: "сообщение должно идти по заказу (от рассылки) или клиенту")
    case .noMessageBefore:
      Phrase(
        en: "opens message {id}, which was not sent before it",
        ru: "открывает сообщение {id}, которого до этого не отправляли")
    case .openedByOther:
      Phrase(
        en: "opens message {id}, which was sent to someone else",
        ru: "открывает сообщение {id}, отправленное не этому получателю")
    case .messageOpenedTwice:
      Phrase(en: "opens message {id} a second time", ru: "открывает сообщение {id} второй раз")
    case .messageCount:
      Phrase(
        en: "says {found} messages, and the log has {logged} about this order",
        ru: "здесь {found} сообщений, а в журнале {logged} по этому заказу")
    case .badResult: Phrase(en: "a bad result", ru: "неверный результат")
    case .stepOutsideQuestion:
      Phrase(en: "a step outside a question block", ru: "шаг не в блоке вопроса")
    case .badAnswer: Phrase(en: "a bad answer", ru: "неверный ответ")
    case .noSuchCounter: Phrase(en: "no such counter", ru: "такого счётчика нет")
    case .noSuchVariable: Phrase(en: "no such variable", ru: "такой переменной нет")
    case .taskEventWithoutTask:
      Phrase(en: "a task event without a task", ru: "событие задачи без задачи")

    case .agendaShape: Phrase(en: "expected {shape}", ru: "нужно {shape}")
    case .agendaRowShape: Phrase(en: "expected {row}", ru: "нужно {row}")
    case .dueBeforeClock: Phrase(en: "due before the clock", ru: "срок раньше часов")
    case .sequenceTaken:
      Phrase(
        en: "sequence {sequence} is taken or not below next-sequence",
        ru: "номер {sequence} занят или не меньше next-sequence")
    case .badEpoch: Phrase(en: "bad epoch", ru: "неверная эпоха")
    case .unknownTimerKind: Phrase(en: "unknown kind {kind}", ru: "неизвестный вид {kind}")
    case .tokenHasNoTimer:
      Phrase(en: "token {token} has no timer", ru: "у токена {token} таймера быть не должно")
    case .staleTimer:
      Phrase(
        en: "token {token} is at epoch {epoch}: a timer for epoch {timer} would never fire",
        ru: "токен {token} в эпохе {epoch}: таймер для эпохи {timer} не сработал бы никогда")
    case .timerTwice:
      Phrase(
        en: "token {token} already has a timer ({other})",
        ru: "у токена {token} уже есть таймер ({other})")
    case .waitWithoutTimeout:
      Phrase(
        en: "token {token} waits in block {block}, which has no timeout",
        ru: "токен {token} ждёт в блоке {block}, а у него нет тайм-аута")
    case .timerDue:
      Phrase(
        en: "token {token} began waiting at {since} in block {block}, so its timer is due at {due}",
        ru: "токен {token} начал ждать в {since} в блоке {block}, так что его таймер — на {due}")
    case .timerBeforeWait:
      Phrase(
        en: "token {token} began waiting at {since}, after its timer ({due})",
        ru: "токен {token} начал ждать в {since}, позже своего таймера ({due})")
    case .notPeriodic:
      Phrase(
        en: "process {process} ({name}) is not periodic",
        ru: "процесс {process} ({name}) не периодический")
    case .staleCheck:
      Phrase(
        en:
          "process {process} ({name}) is stopped or replaced since: the check would never run",
        ru:
          "процесс {process} ({name}) с тех пор остановлен или заменён: проверка не прошла бы никогда"
      )
    case .checkTwice:
      Phrase(
        en: "process {process} already has its check ({other})",
        ru: "у процесса {process} уже есть проверка ({other})")
    case .dueTooLate:
      Phrase(
        en: "due more than its interval ({interval}) after the clock",
        ru: "срок позже часов больше чем на интервал ({interval})")
    case .sleepWithoutTimer:
      Phrase(
        en: "token {token} sleeps in block {block}, but the agenda has no timer to wake it",
        ru: "токен {token} спит в блоке {block}, а в расписании нет таймера, чтобы его разбудить")
    case .timeoutWithoutTimer:
      Phrase(
        en:
          "token {token} waits in block {block} with a timeout, but the agenda has no timer for it",
        ru:
          "токен {token} ждёт в блоке {block} с тайм-аутом, а в расписании нет таймера для него")
    case .periodicWithoutCheck:
      Phrase(
        en: "the periodic process {name} is started, but the agenda has no check for it",
        ru: "периодический процесс {name} запущен, а в расписании нет его проверки")

    case .taskStartsTwice:
      Phrase(en: "task {task} starts a second time", ru: "задача {task} начинается второй раз")
    case .orderEventBeforeCreation:
      Phrase(
        en: "an event of order {order} before its orderCreated event",
        ru: "событие заказа {order} раньше его события orderCreated")
    case .taskEventBeforeStart:
      Phrase(
        en: "an event of task {task} before its taskStarted event",
        ru: "событие задачи {task} раньше её события taskStarted")
    case .orderCreatedTwice:
      Phrase(en: "order {order} is created a second time", ru: "заказ {order} создан второй раз")
    case .paidWhile:
      Phrase(
        en: "order {order} is paid while it is {status}",
        ru: "заказ {order} оплачен, когда он {status}")
    case .paymentTooLarge:
      Phrase(
        en: "a payment of {cents} cents to order {order}, which has {left} cents left to pay",
        ru:
          "платёж {cents} {cents:копейка|копейки|копеек} заказу {order}, которому осталось оплатить {left} {left:копейку|копейки|копеек}"
      )
    case .changeFromOther:
      Phrase(
        en: "order {order} is {status} here, but this change is from {from}",
        ru: "заказ {order} здесь {status}, а эта смена — из статуса {from}")
    case .becomesWith:
      Phrase(
        en: "order {order} becomes {status} with {paid} of {amount} cents paid",
        ru:
          "заказ {order} становится {status}, когда оплачено {paid} из {amount} {amount:копейки|копеек|копеек}"
      )
    case .runsButEnded:
      Phrase(
        en: "task {task} runs, but the log ended it at {at}",
        ru: "задача {task} идёт, а по журналу она завершена в {at}")
    case .endedWithoutEvent:
      Phrase(
        en: "task {task} has ended, but the log has no event that ended it",
        ru: "задача {task} завершена, а в журнале нет события, которое её завершило")
    case .deletedAtOther:
      Phrase(
        en: "task {task} was deleted at {at}, but the log at {logged}",
        ru: "задача {task} удалена в {at}, а по журналу — в {logged}")
    case .deletedNotLast:
      Phrase(
        en: "task {task} is deleted, but the log did not delete it last",
        ru: "задача {task} удалена, а в журнале её последнее событие — не удаление")
    case .endedButDeleted:
      Phrase(
        en: "task {task} has ended, but the log deleted it",
        ru: "задача {task} завершена, а по журналу удалена")
    case .failedOtherReason:
      Phrase(
        en: "task {task} failed for another reason than the log says",
        ru: "задача {task} сорвалась не по той причине, что в журнале")
    case .endedAtOther:
      Phrase(
        en: "task {task} ended at {at}, but the log at {logged}",
        ru: "задача {task} завершена в {at}, а по журналу — в {logged}")
    case .failedButEnded:
      Phrase(
        en: "task {task} failed, but the log ended it {logged}",
        ru: "задача {task} сорвалась, а по журналу завершена: {logged}")
    case .resultMismatch:
      Phrase(
        en: "task {task} ended {result}, but the log ended it {logged}",
        ru: "задача {task} завершена: {result}, а по журналу: {logged}")
    case .endedButFailed:
      Phrase(
        en: "task {task} has ended, but the log says it failed",
        ru: "задача {task} завершена, а по журналу сорвалась")
    case .noTaskStarted:
      Phrase(
        en: "task {task} has no taskStarted event", ru: "у задачи {task} нет события taskStarted")
    case .startedAtOther:
      Phrase(
        en: "task {task} started at {at}, but its taskStarted event is at {logged}",
        ru: "задача {task} начата в {at}, а её событие taskStarted — в {logged}")
    case .noOrderCreated:
      Phrase(
        en: "order {order} has no orderCreated event",
        ru: "у заказа {order} нет события orderCreated")
    case .statusMismatch:
      Phrase(
        en: "order {order} is {status}, but its events leave it {logged}",
        ru: "заказ {order} {status}, а по его событиям — {logged}")
    case .paidMismatch:
      Phrase(
        en: "order {order} is paid {paid} cents, but its payments add up to {logged}",
        ru:
          "по заказу {order} оплачено {paid} {paid:копейка|копейки|копеек}, а его платежи дают {logged}"
      )
    case .reasonMismatch:
      Phrase(
        en: "order {order}'s reason is not that of its last cancellation",
        ru: "причина у заказа {order} не та, что при последней отмене")
    case .completedButUnpaid:
      Phrase(
        en: "order {order} is {status}, but {unpaid} cents are unpaid",
        ru: "заказ {order} {status}, а {unpaid} {unpaid:копейка|копейки|копеек} не оплачено")
    case .partiallyPaidBut:
      Phrase(
        en: "order {order} is {status}, but {paid} of {amount} cents are paid",
        ru:
          "заказ {order} {status}, а оплачено {paid} из {amount} {amount:копейки|копеек|копеек}")

    case .commandNotObject:
      Phrase(
        en: "expected a command object, found {found}", ru: "нужен объект команды, а здесь {found}")
    case .commandNameMissing: Phrase(en: "expected the command's name", ru: "нужно имя команды")
    case .unknownCommand: Phrase(en: "unknown command '{name}'", ru: "неизвестная команда '{name}'")
    case .notAUserField:
      Phrase(
        en: "'{field}' is not a user field; expected name, email or phone",
        ru: "'{field}' — не поле пользователя; поля: name, email, phone")
    case .notAStatus:
      Phrase(
        en: "'{text}' is not a status; expected {statuses}",
        ru: "'{text}' — не статус; статусы: {statuses}")
    case .notADateField:
      Phrase(
        en: "'{field}' is not a date of an order; expected payment-date or next-contact-date",
        ru: "'{field}' — не дата заказа; даты: payment-date, next-contact-date")
    case .answerWithoutTarget:
      Phrase(en: "an answer names a task or an order", ru: "в ответе указывают задачу или заказ")
    case .answerWithTwoTargets:
      Phrase(
        en: "an answer names a task or an order, not both",
        ru: "в ответе указывают задачу или заказ, но не то и другое")
    case .argumentShape: Phrase(en: "expected {text} or {date}", ru: "нужно {text} или {date}")
    case .unknownMember: Phrase(en: "unknown member", ru: "неизвестный ключ")
    case .expectedObjectFound:
      Phrase(en: "expected an object, found {found}", ru: "нужен объект, а здесь {found}")
    case .expectedStringFound:
      Phrase(en: "expected a string, found {found}", ru: "нужна строка, а здесь {found}")
    case .expectedWholeNumberFound:
      Phrase(
        en: "expected a whole number, found {found}", ru: "нужно целое число, а здесь {found}")
    case .notASpan:
      Phrase(
        en: "'{text}' is not a span like 1d2h30m", ru: "'{text}' — не длительность вида 1d2h30m")
    case .expectedDateTimeFound:
      Phrase(
        en: "expected a date-time, found {found}", ru: "нужны дата и время, а здесь {found}")
    case .notADateTimeOrSpan:
      Phrase(
        en: "'{text}' is not a date-time or +SPAN",
        ru: "'{text}' — не дата и время и не +ДЛИТЕЛЬНОСТЬ")
    case .expectedSeed:
      Phrase(
        en: "expected a seed (a whole number from 0)", ru: "нужно зерно (целое число от 0)")
    case .unknownHistoryKey:
      Phrase(
        en: "unknown key in a history; expected base, checkpoints and steps",
        ru: "неизвестный ключ в истории; ключи: base, checkpoints, steps")
    case .keyTwice: Phrase(en: "the key appears twice", ru: "ключ встречается дважды")
    case .stepShape: Phrase(en: "expected [text, command]", ru: "нужно [текст, команда]")
    case .stepTextFound:
      Phrase(
        en: "expected the step's text, found {found}", ru: "нужен текст шага, а здесь {found}")
    case .checkpointShape:
      Phrase(
        en: "expected [name, steps before it]", ru: "нужно [имя, сколько шагов до неё]")
    case .checkpointNameMissing:
      Phrase(en: "expected the checkpoint's name", ru: "нужно имя контрольной точки")
    case .checkpointTwice:
      Phrase(
        en: "checkpoint '{name}' appears twice", ru: "контрольная точка '{name}' встречается дважды"
      )
    case .checkpointSteps:
      Phrase(
        en: "expected how many steps lie before it (0…{n})",
        ru: "нужно число шагов до неё (0…{n})")
    }
  }
}
