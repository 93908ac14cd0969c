import Wording

extension DefinitionProblem.Reason {
  /// What is wrong, in `language`.
  public func message(in language: Language) -> String {
    func say(_ phrase: DefinitionPhrase, _ values: PhraseValues = [:]) -> String {
      language.text(phrase, values)
    }
    func found(_ kind: JSONKind) -> PhraseValue { .text(kind.name(in: language)) }
    typealias Limits = ProcessDefinition.Limits
    switch self {
    case .notJSON(let error):
      return say(.notJSON, ["detail": .text(error.description(in: language))])
    case .documentNotObject(let kind): return say(.documentNotObject, ["found": found(kind)])
    case .wrongFormat(let format, let expected):
      return say(.wrongFormat, ["format": .text(expected), "found": .text(format)])
    case .newerVersion(let version, let newest):
      return say(.newerVersion, ["version": .text("\(version)"), "max": .text("\(newest)")])
    case .versionNotOne(let version): return say(.versionNotOne, ["found": .text("\(version)")])
    case .versionMissing: return say(.versionMissing)
    case .unusableName(let name): return say(.unusableName, ["name": .text(name)])
    case .unknownObjectType(let text): return say(.unknownObjectType, ["text": .text(text)])
    case .mailingNotObject(let kind): return say(.mailingNotObject, ["found": found(kind)])
    case .mailingNotOverOrders(let text): return say(.mailingNotOverOrders, ["text": .text(text)])
    case .emptyMailingText: return say(.emptyMailingText)
    case .badCounterName: return say(.badCounterName)
    case .counterTwice(let name): return say(.counterTwice, ["name": .text(name)])
    case .countersNotArray(let kind): return say(.countersNotArray, ["found": found(kind)])
    case .intervalNotPositive: return say(.intervalNotPositive)
    case .unknownLaunch(let text):
      return say(
        .unknownLaunch, ["text": .text(text), "launches": .text(language.choices(Launch.names))])
    case .intervalWithoutPeriodic: return say(.intervalWithoutPeriodic)
    case .entryReadsCounters: return say(.entryReadsCounters)
    case .noBlocks: return say(.noBlocks)
    case .blocksNotArray(let kind): return say(.blocksNotArray, ["found": found(kind)])
    case .blocksMissing: return say(.blocksMissing)

    case .blockNotObject(let kind): return say(.blockNotObject, ["found": found(kind)])
    case .blockWithoutID: return say(.blockWithoutID)
    case .unknownBlockType(let type, let suggestion):
      guard let suggestion else {
        return say(
          .unknownBlockTypeList,
          ["type": .text(type), "types": .text(BlockKind.typeNames.joined(separator: ", "))])
      }
      return say(.unknownBlockType, ["type": .text(type)]) + language.didYouMean(suggestion)
    case .delayWithoutLength:
      return say(.delayWithoutLength, ["until": .text("{\"variable\": NAME}")])
    case .delayWithTwoLengths: return say(.delayWithTwoLengths)
    case .unknownResult(let text): return say(.unknownResult, ["text": .text(text)])

    case .exitNotTarget(let kind): return say(.exitNotTarget, ["found": found(kind)])
    case .forkExitsNotArray: return say(.forkExitsNotArray)
    case .exitsNotObject(let kind): return say(.exitsNotObject, ["found": found(kind)])
    case .endWithExits: return say(.endWithExits)
    case .unknownExit(let exit, let type, let suggestion, let exits):
      guard let suggestion else {
        return say(
          .unknownExitList,
          [
            "type": .text(type), "exit": .text(exit),
            "exits": .text(language.choices(exits, conjunction: "and", atMost: 10)),
          ])
      }
      return say(.unknownExit, ["type": .text(type), "exit": .text(exit)])
        + language.didYouMean(suggestion)

    case .noOptions: return say(.noOptions)
    case .optionNotObject: return say(.optionNotObject)
    case .badOptionKey: return say(.badOptionKey)
    case .optionTwice(let key): return say(.optionTwice, ["key": .text(key)])
    case .unknownOptionKind(let text): return say(.unknownOptionKind, ["text": .text(text)])
    case .unknownArgument(let text): return say(.unknownArgument, ["text": .text(text)])
    case .variableWithoutArgument: return say(.variableWithoutArgument)

    case .actionsNotArray: return say(.actionsNotArray)
    case .actionNotObject:
      return say(.actionNotObject, ["example": .text("{\"do\": \"set-status\", …}")])
    case .unknownAction(let action, let suggestion):
      guard let suggestion else {
        return say(
          .unknownActionList,
          [
            "action": .text(action),
            "actions": .text(Operation.actionNames.joined(separator: ", ")),
          ])
      }
      return say(.unknownAction, ["action": .text(action)]) + language.didYouMean(suggestion)
    case .unknownStatus(let status):
      return say(
        .unknownStatus, ["status": .text(status), "statuses": .text(language.statusNames)])
    case .statusSetByPayments(let status):
      return say(.statusSetByPayments, ["status": .text(status)])
    case .valueMissing: return say(.valueMissing, ["variable": .text("{\"variable\": NAME}")])
    case .unknownField(let field, let suggestion):
      guard let suggestion else {
        let fields =
          UserField.allCases.map { "user.\($0.rawValue)" }
          + OrderDateField.allCases.map { "order.\($0.rawValue)" }
        return say(
          .unknownFieldList,
          ["field": .text(field), "fields": .text(fields.joined(separator: ", "))])
      }
      return say(.unknownField, ["field": .text(field)]) + language.didYouMean(suggestion)
    case .unknownCounter(let name, let counters):
      guard !counters.isEmpty else { return say(.undeclaredCounter, ["name": .text(name)]) }
      return say(
        .unknownCounter,
        [
          "name": .text(name),
          "counters": .text(language.choices(counters, conjunction: "and", atMost: 10)),
        ])
    case .textSourceShape(let kind):
      return say(
        .textSourceShape,
        ["shape": .text("{\"variable\": NAME, \"default\": TEXT}"), "found": found(kind)])
    case .dateSourceShape(let kind):
      return say(
        .dateSourceShape,
        [
          "variable": .text("{\"variable\": NAME}"),
          "field": .text("{\"field\": \"order.payment-date\"}"), "found": found(kind),
        ])
    case .dateSourceEmpty:
      return say(
        .dateSourceEmpty,
        [
          "variable": .text("{\"variable\": NAME}"),
          "field": .text("{\"field\": \"order.payment-date\"}"),
        ])
    case .unknownDateField(let field): return say(.unknownDateField, ["field": .text(field)])

    case .unknownKey(let key, let suggestion, let allowed):
      guard let suggestion else {
        return say(.unknownKeyList, ["key": .text(key), "keys": .text(language.choices(allowed))])
      }
      return say(.unknownKey, ["key": .text(key)]) + language.didYouMean(suggestion)
    case .unknownLanguage(let key): return say(.unknownLanguage, ["key": .text(key)])
    case .wordingShape: return say(.wordingShape)
    case .missingString: return say(.missingString)
    case .notAString(let kind): return say(.notAString, ["found": found(kind)])
    case .notABool(let kind): return say(.notABool, ["found": found(kind)])
    case .notAWholeNumber(let kind): return say(.notAWholeNumber, ["found": found(kind)])
    case .badDuration(let text, let problem):
      return EngineError.malformedDuration(text, reason: problem).message(in: language)
    case .badCondition(let shown, let length, let problem):
      guard let length else {
        return say(
          .badCondition,
          ["condition": .text(shown), "problem": .text(problem.message(in: language))])
      }
      return say(
        .badLongCondition,
        [
          "condition": .text(shown), "length": .text(language.thousands(length)),
          "n": .plain(length), "problem": .text(problem.message(in: language)),
        ])

    case .tooManyBlocks(let count):
      return say(
        .tooManyBlocks,
        ["max": .text(language.thousands(Limits.blocks)), "n": .text(language.thousands(count))])
    case .tooManyCounters(let count):
      return say(
        .tooManyCounters, ["max": .plain(Limits.counters), "n": .text(language.thousands(count))])
    case .tooManyOptions(let count):
      return say(
        .tooManyOptions,
        ["max": .plain(Limits.optionsPerQuestion), "n": .text(language.thousands(count))])
    case .tooManyVariables(let count, let first):
      return say(
        .tooManyVariables,
        [
          "max": .plain(Limits.variables), "n": .text(language.thousands(count)),
          "name": .text(first), "nth": .plain(Limits.variables + 1),
        ])
    case .conditionTooDeep: return say(.conditionTooDeep, ["max": .plain(Limits.conditionDepth)])
    case .idTwice(let id, let first):
      return say(.idTwice, ["id": .text(id), "first": .plain(first)])
    case .noStart: return say(.noStart)
    case .secondStart(let first): return say(.secondStart, ["first": .text(first)])
    case .emptyExit(let exit): return say(.emptyExit, ["exit": .text(exit)])
    case .missingBlock(let target, let suggestion):
      return say(.missingBlock, ["target": .text(target)]) + language.didYouMean(suggestion)
    case .forkWithoutExits: return say(.forkWithoutExits)
    case .conditionReadsOrder: return say(.conditionReadsOrder)
    case .actionNeedsOrder(let action): return say(.actionNeedsOrder, ["action": .text(action)])
    case .orderFieldForUsers: return say(.orderFieldForUsers)
    case .noSubprocess(let process): return say(.noSubprocess, ["process": .text(process)])
    case .subprocessObject(let process, let child):
      return say(
        child == .order ? .subprocessOverOrders : .subprocessOverUsers,
        ["process": .text(process)])
    case .noEndNamed(let exit, let process, let ends):
      return say(
        .noEndNamed,
        [
          "process": .text(process), "exit": .text(exit),
          "ends": .text(language.choices(ends, conjunction: "and", atMost: 10)),
        ])
    case .noExitForEnd(let end): return say(.noExitForEnd, ["end": .text(end)])
    case .variableKindClash(let name, let elsewhere):
      return say(
        elsewhere == .date ? .variableDateElsewhere : .variableTextElsewhere, ["name": .text(name)])
    case .variableNeverSet(let name): return say(.variableNeverSet, ["name": .text(name)])
    case .variableKindNeeded(let name, let holds):
      return say(
        holds == .date ? .variableHoldsDate : .variableHoldsText, ["name": .text(name)])
    case .unreachable(let id): return say(.unreachable, ["id": .text(id)])
    case .instantCycle(let ids):
      return say(.instantCycle, ["ids": .text(ids.joined(separator: " → "))])
    }
  }
}

/// What is wrong with a process definition (`DefinitionProblem`). JSON keys, block types, ids,
/// exit and option names and the examples of what to write stay as the file has them.
public enum DefinitionPhrase: PhraseBook {
  case error, warning, block, pathAndBlock
  case notJSON, documentNotObject, wrongFormat, newerVersion, versionNotOne, versionMissing
  case mailingNotObject, mailingNotOverOrders, emptyMailingText
  case unusableName, unknownObjectType, badCounterName, counterTwice, countersNotArray
  case intervalNotPositive, unknownLaunch, intervalWithoutPeriodic, entryReadsCounters
  case noBlocks, blocksNotArray, blocksMissing
  case blockNotObject, blockWithoutID, unknownBlockType, unknownBlockTypeList
  case delayWithoutLength, delayWithTwoLengths, unknownResult
  case exitNotTarget, forkExitsNotArray, exitsNotObject, endWithExits, unknownExit, unknownExitList
  case noOptions, optionNotObject, badOptionKey, optionTwice, unknownOptionKind, unknownArgument
  case variableWithoutArgument
  case actionsNotArray, actionNotObject, unknownAction, unknownActionList
  case unknownStatus, statusSetByPayments, valueMissing, unknownField, unknownFieldList
  case undeclaredCounter, unknownCounter
  case textSourceShape, dateSourceShape, dateSourceEmpty, unknownDateField
  case unknownKey, unknownKeyList, unknownLanguage, wordingShape, missingString
  case notAString, notABool, notAWholeNumber, badCondition, badLongCondition
  case tooManyBlocks, tooManyCounters, tooManyOptions, tooManyVariables, conditionTooDeep
  case idTwice, noStart, secondStart, emptyExit, missingBlock, forkWithoutExits
  case conditionReadsOrder, actionNeedsOrder, orderFieldForUsers
  case noSubprocess, subprocessOverOrders, subprocessOverUsers, noEndNamed, noExitForEnd
  case variableDateElsewhere, variableTextElsewhere, variableNeverSet
  case variableHoldsDate, variableHoldsText
  case unreachable, instantCycle

  public var phrase: Phrase {
    switch self {
    case .error: Phrase(en: "error", ru: "ошибка")
    case .warning: Phrase(en: "warning", ru: "предупреждение")
    case .block: Phrase(en: "block {block}", ru: "блок {block}")
    case .pathAndBlock: Phrase(en: "{path} (block {block})", ru: "{path} (блок {block})")

    case .notJSON: Phrase(en: "not valid JSON: {detail}", ru: "это не JSON: {detail}")
    case .documentNotObject:
      Phrase(
        en: "a process definition must be a JSON object, not {found}",
        ru: "определение процесса должно быть JSON-объектом, а здесь {found}")
    case .wrongFormat:
      Phrase(
        en: "expected \"{format}\", found \"{found}\"",
        ru: "нужно \"{format}\", а здесь \"{found}\"")
    case .newerVersion:
      Phrase(
        en:
          "this file is version {version}; this procsh reads this format up to version {max}",
        ru: "у этого файла версия {version}; этот procsh читает этот формат до версии {max}"
      )
    case .versionNotOne: Phrase(en: "expected 1, found {found}", ru: "нужно 1, а здесь {found}")
    case .versionMissing:
      Phrase(en: "missing; expected \"version\": 1", ru: "отсутствует; нужно \"version\": 1")
    case .unusableName:
      Phrase(
        en: "'{name}' is not a usable name; use letters, digits and '-', no spaces",
        ru: "'{name}' не подходит как имя; нужны буквы, цифры и '-', без пробелов")
    case .mailingNotObject:
      Phrase(
        en: "a mailing must be a JSON object, not {found}",
        ru: "рассылка должна быть JSON-объектом, а здесь {found}")
    case .mailingNotOverOrders:
      Phrase(
        en: "a mailing goes to orders: expected \"order\", found '{text}'",
        ru: "рассылка идёт по заказам: нужно \"order\", а здесь '{text}'")
    case .emptyMailingText:
      Phrase(
        en: "the text is empty; a mailing must say something",
        ru: "текст пуст; рассылке нужно что-то сказать")
    case .unknownObjectType:
      Phrase(
        en: "unknown object type '{text}'; expected 'order' or 'user'",
        ru: "неизвестный тип объекта '{text}'; типы: order, user")
    case .badCounterName:
      Phrase(
        en: "a counter name must be a string without spaces",
        ru: "имя счётчика должно быть строкой без пробелов")
    case .counterTwice:
      Phrase(en: "the counter '{name}' is declared twice", ru: "счётчик '{name}' объявлен дважды")
    case .countersNotArray:
      Phrase(
        en: "expected an array of names, found {found}", ru: "нужен массив имён, а здесь {found}")
    case .intervalNotPositive:
      Phrase(en: "the interval must be longer than 0s", ru: "интервал должен быть длиннее 0s")
    case .unknownLaunch:
      Phrase(
        en: "unknown launch type '{text}'; expected {launches}",
        ru: "неизвестный тип запуска '{text}'; типы: {launches}")
    case .intervalWithoutPeriodic:
      Phrase(
        en: "only a periodic launch has an interval",
        ru: "интервал бывает только у периодического запуска")
    case .entryReadsCounters:
      Phrase(
        en: "an entry condition cannot read counters: there is no task yet",
        ru: "условие входа не может читать счётчики: задачи ещё нет")
    case .noBlocks:
      Phrase(
        en: "a process needs at least a start block", ru: "процессу нужен хотя бы стартовый блок")
    case .blocksNotArray:
      Phrase(
        en: "expected an array of blocks, found {found}", ru: "нужен массив блоков, а здесь {found}"
      )
    case .blocksMissing:
      Phrase(en: "missing; a process needs its blocks", ru: "отсутствует; процессу нужны блоки")

    case .blockNotObject:
      Phrase(
        en: "a block must be a JSON object, not {found}",
        ru: "блок должен быть JSON-объектом, а здесь {found}")
    case .blockWithoutID:
      Phrase(
        en: "every block needs a non-empty string id",
        ru: "каждому блоку нужен id — непустая строка")
    case .unknownBlockType:
      Phrase(en: "unknown block type '{type}'", ru: "неизвестный тип блока '{type}'")
    case .unknownBlockTypeList:
      Phrase(
        en: "unknown block type '{type}'; expected one of {types}",
        ru: "неизвестный тип блока '{type}'; типы: {types}")
    case .delayWithoutLength:
      Phrase(
        en: "a delay needs \"duration\" (like \"3d\") or \"until\" ({until})",
        ru: "задержке нужен \"duration\" (например, \"3d\") или \"until\" ({until})")
    case .delayWithTwoLengths:
      Phrase(
        en: "a delay takes \"duration\" or \"until\", not both",
        ru: "у задержки либо \"duration\", либо \"until\", не оба сразу")
    case .unknownResult:
      Phrase(
        en: "unknown result '{text}'; expected 'positive', 'neutral' or 'negative'",
        ru: "неизвестный результат '{text}'; результаты: positive, neutral, negative")

    case .exitNotTarget:
      Phrase(
        en: "an exit leads to a block id (a string) or null, not {found}",
        ru: "выход ведёт к id блока (строке) или null, а здесь {found}")
    case .forkExitsNotArray:
      Phrase(
        en: "a fork's exits are an array of block ids, in the order they are taken",
        ru: "выходы развилки — массив id блоков в том порядке, в каком по ним идут")
    case .exitsNotObject:
      Phrase(
        en: "exits are an object from exit name to block id, not {found}",
        ru: "выходы — объект «имя выхода → id блока», а здесь {found}")
    case .endWithExits: Phrase(en: "an end block has no exits", ru: "у блока конца нет выходов")
    case .unknownExit:
      Phrase(en: "a {type} block has no exit '{exit}'", ru: "у блока {type} нет выхода '{exit}'")
    case .unknownExitList:
      Phrase(
        en: "a {type} block has no exit '{exit}'; its exits are {exits}",
        ru: "у блока {type} нет выхода '{exit}'; выходы: {exits}")

    case .noOptions:
      Phrase(
        en: "a question needs a non-empty array of options",
        ru: "вопросу нужен непустой массив вариантов")
    case .optionNotObject:
      Phrase(
        en: "an option must be an object with a key and a kind",
        ru: "вариант должен быть объектом с key и kind")
    case .badOptionKey:
      Phrase(
        en: "an option key must be a word without spaces",
        ru: "ключ варианта должен быть словом без пробелов")
    case .optionTwice:
      Phrase(en: "the option '{key}' appears twice", ru: "вариант '{key}' встречается дважды")
    case .unknownOptionKind:
      Phrase(
        en: "unknown kind '{text}'; expected 'positive', 'neutral' or 'negative'",
        ru: "неизвестный вид '{text}'; виды: positive, neutral, negative")
    case .unknownArgument:
      Phrase(
        en: "unknown argument '{text}'; expected 'date' or 'text'",
        ru: "неизвестный аргумент '{text}'; аргументы: date, text")
    case .variableWithoutArgument:
      Phrase(
        en: "only an option with an argument stores a variable",
        ru: "переменную сохраняет только вариант с аргументом")

    case .actionsNotArray:
      Phrase(en: "expected a non-empty array of actions", ru: "нужен непустой массив действий")
    case .actionNotObject:
      Phrase(
        en: "an action must be an object like {example}",
        ru: "действие должно быть объектом вида {example}")
    case .unknownAction:
      Phrase(en: "unknown action '{action}'", ru: "неизвестное действие '{action}'")
    case .unknownActionList:
      Phrase(
        en: "unknown action '{action}'; expected one of {actions}",
        ru: "неизвестное действие '{action}'; действия: {actions}")
    case .unknownStatus:
      Phrase(
        en: "unknown status '{status}'; expected one of {statuses}",
        ru: "неизвестный статус '{status}'; статусы: {statuses}")
    case .statusSetByPayments:
      Phrase(
        en: "'{status}' is set by payments, not by a process",
        ru: "статус '{status}' ставят платежи, а не процесс")
    case .valueMissing:
      Phrase(
        en: "missing; set-field needs a value (a text or {variable})",
        ru: "отсутствует; set-field нужно значение (текст или {variable})")
    case .unknownField: Phrase(en: "unknown field '{field}'", ru: "неизвестное поле '{field}'")
    case .unknownFieldList:
      Phrase(
        en: "unknown field '{field}'; expected one of {fields}",
        ru: "неизвестное поле '{field}'; поля: {fields}")
    case .undeclaredCounter:
      Phrase(
        en: "unknown counter '{name}'; declare it in \"counters\"",
        ru: "неизвестный счётчик '{name}'; объявите его в \"counters\"")
    case .unknownCounter:
      Phrase(
        en: "unknown counter '{name}'; the counters are {counters}",
        ru: "неизвестный счётчик '{name}'; счётчики: {counters}")
    case .textSourceShape:
      Phrase(
        en: "expected a text or {shape}, found {found}",
        ru: "нужен текст или {shape}, а здесь {found}")
    case .dateSourceShape:
      Phrase(
        en: "expected {variable} or {field}, found {found}",
        ru: "нужно {variable} или {field}, а здесь {found}")
    case .dateSourceEmpty:
      Phrase(en: "expected {variable} or {field}", ru: "нужно {variable} или {field}")
    case .unknownDateField:
      Phrase(
        en:
          "unknown date field '{field}'; expected 'order.payment-date' or 'order.next-contact-date'",
        ru: "неизвестное поле даты '{field}'; поля: order.payment-date, order.next-contact-date")

    case .unknownKey: Phrase(en: "unknown key '{key}'", ru: "неизвестный ключ '{key}'")
    case .unknownKeyList:
      Phrase(
        en: "unknown key '{key}'; expected {keys}", ru: "неизвестный ключ '{key}'; ключи: {keys}")
    case .unknownLanguage:
      Phrase(
        en: "unknown language; a {key} may be given in en and ru",
        ru: "неизвестный язык; {key} задают на en и ru")
    case .wordingShape:
      Phrase(
        en: "expected a string, or an object with en and ru",
        ru: "нужна строка или объект с en и ru")
    case .missingString: Phrase(en: "missing; expected a string", ru: "отсутствует; нужна строка")
    case .notAString:
      Phrase(en: "expected a string, found {found}", ru: "нужна строка, а здесь {found}")
    case .notABool:
      Phrase(
        en: "expected true or false, found {found}", ru: "нужно true или false, а здесь {found}")
    case .notAWholeNumber:
      Phrase(
        en: "expected a whole number, found {found}", ru: "нужно целое число, а здесь {found}")
    case .badCondition:
      Phrase(
        en: "in condition \"{condition}\": {problem}", ru: "в условии \"{condition}\": {problem}")
    case .badLongCondition:
      Phrase(
        en: "in condition \"{condition}…\" ({length} {n:character|characters}): {problem}",
        ru:
          "в условии \"{condition}…\" ({length} {n:символ|символа|символов}): {problem}")

    case .tooManyBlocks:
      Phrase(
        en: "a process may have at most {max} blocks; this one has {n}",
        ru: "в процессе может быть не больше {max} блоков, а в этом {n}")
    case .tooManyCounters:
      Phrase(
        en: "a process may have at most {max} counters; this one has {n}",
        ru: "в процессе может быть не больше {max} счётчиков, а в этом {n}")
    case .tooManyOptions:
      Phrase(
        en: "a question may have at most {max} options; this one has {n}",
        ru: "у вопроса может быть не больше {max} вариантов, а у этого {n}")
    case .tooManyVariables:
      Phrase(
        en:
          "a process may use at most {max} task variables; this one uses {n} ('{name}' is the {nth}th)",
        ru:
          "процесс может использовать не больше {max} переменных задачи, а этот — {n} ('{name}' — {nth}-я)"
      )
    case .conditionTooDeep:
      Phrase(
        en: "the condition nests more than {max} levels deep",
        ru: "вложенность условия больше {max} уровней")
    case .idTwice:
      Phrase(
        en: "the id '{id}' is already used by blocks[{first}]",
        ru: "id '{id}' уже занят блоком blocks[{first}]")
    case .noStart:
      Phrase(
        en: "there is no start block; add one block of type \"start\"",
        ru: "нет стартового блока; добавьте один блок типа \"start\"")
    case .secondStart:
      Phrase(
        en: "a second start block (the first is block {first}); a process has one",
        ru: "второй стартовый блок (первый — блок {first}); в процессе он один")
    case .emptyExit:
      Phrase(
        en: "the exit '{exit}' is empty: a token that takes it ends there",
        ru: "выход '{exit}' пуст: токен, который пойдёт по нему, там и закончится")
    case .missingBlock:
      Phrase(
        en: "leads to block '{target}', which does not exist",
        ru: "ведёт к блоку '{target}', которого нет")
    case .forkWithoutExits:
      Phrase(
        en: "a fork without exits ends its token", ru: "развилка без выходов завершает свой токен")
    case .conditionReadsOrder:
      Phrase(
        en: "this condition reads an order, but the process runs over users",
        ru: "это условие читает заказ, а процесс работает с пользователями")
    case .actionNeedsOrder:
      Phrase(
        en: "'{action}' needs an order, but the process runs over users",
        ru: "действию '{action}' нужен заказ, а процесс работает с пользователями")
    case .orderFieldForUsers:
      Phrase(
        en: "an order field, but the process runs over users",
        ru: "это поле заказа, а процесс работает с пользователями")
    case .noSubprocess:
      Phrase(
        en: "there is no process '{process}'; load it before this one",
        ru: "нет процесса '{process}'; загрузите его раньше этого")
    case .subprocessOverOrders:
      Phrase(
        en: "'{process}' runs over orders, this process over users",
        ru: "'{process}' работает с заказами, а этот процесс — с пользователями")
    case .subprocessOverUsers:
      Phrase(
        en: "'{process}' runs over users, this process over orders",
        ru: "'{process}' работает с пользователями, а этот процесс — с заказами")
    case .noEndNamed:
      Phrase(
        en: "'{process}' has no end block named '{exit}'; its ends are {ends}",
        ru: "у '{process}' нет блока конца '{exit}'; концы: {ends}")
    case .noExitForEnd:
      Phrase(
        en: "no exit for the child's end '{end}': a token that gets it ends there",
        ru: "нет выхода для конца '{end}' подпроцесса: токен, который его получит, там и закончится"
      )
    case .variableDateElsewhere:
      Phrase(
        en: "the variable '{name}' holds a date elsewhere, a text here",
        ru: "переменная '{name}' в другом месте хранит дату, а здесь текст")
    case .variableTextElsewhere:
      Phrase(
        en: "the variable '{name}' holds a text elsewhere, a date here",
        ru: "переменная '{name}' в другом месте хранит текст, а здесь дату")
    case .variableNeverSet:
      Phrase(
        en: "no answer stores the variable '{name}', so it is never set",
        ru: "ни один ответ не сохраняет переменную '{name}', так что она всегда пуста")
    case .variableHoldsDate:
      Phrase(
        en: "the variable '{name}' holds a date, but a text is needed here",
        ru: "переменная '{name}' хранит дату, а здесь нужен текст")
    case .variableHoldsText:
      Phrase(
        en: "the variable '{name}' holds a text, but a date is needed here",
        ru: "переменная '{name}' хранит текст, а здесь нужна дата")
    case .unreachable:
      Phrase(
        en: "block {id} cannot be reached from the start block",
        ru: "до блока {id} не дойти от стартового блока")
    case .instantCycle:
      Phrase(
        en:
          "an instant cycle {ids}: nothing on it waits, so a token would loop forever; put a delay, wait, question or subprocess on it",
        ru:
          "мгновенный цикл {ids}: в нём ничто не ждёт, и токен кружил бы вечно; поставьте в него задержку, ожидание, вопрос или подпроцесс"
      )
    }
  }
}
