import Foundation
import JSON
import ProcessEngine
import Testing

/// A definition document around the given blocks, as a test writes it.
func definitionJSON(
  name: String = "test", object: String = "order", launch: String = "disabled", extra: String = "",
  counters: [String] = [], blocks: [String]
) -> String {
  let counterList = counters.map { "\"\($0)\"" }.joined(separator: ", ")
  return """
    {"format": "procsh-process", "version": 1, "name": "\(name)", "title": "Test", "object": "\(object)",
     "launch": "\(launch)", "counters": [\(counterList)]\(extra),
     "blocks": [\(blocks.joined(separator: ",\n"))]}
    """
}

/// Loads a definition from JSON text, with the built-ins as the catalog for sub-processes.
func loadDefinition(_ text: String, catalog: [ProcessDefinition] = BuiltInProcesses.definitions)
  throws(EngineError)
  -> ProcessDefinition
{
  try ProcessDefinition.load(
    bytes: Array(text.utf8), catalog: { name in catalog.first(where: { $0.name == name }) }
  )
  .definition
}

/// The problems a definition has, as `path (block id): message` lines.
func problems(_ text: String) -> [String] {
  do throws(EngineError) {
    let (_, warnings) = try ProcessDefinition.load(
      bytes: Array(text.utf8),
      catalog: { name in BuiltInProcesses.definitions.first(where: { $0.name == name }) })
    return warnings.map { "warning: \($0)" }
  } catch .definition(let problems) {
    return problems.map { "\($0.severity.rawValue): \($0)" }
  } catch {
    return ["not a definition problem: \(error.message)"]
  }
}

@Suite struct ProcessDefinitionTests {
  @Test func theBuiltInsFollowTheSeedsBlockIDs() {
    let definitions = BuiltInProcesses.definitions
    #expect(definitions.map(\.name) == ["call-3-days", "order-processing"])
    let order = definitions[1]
    #expect(
      order.blocks.map(\.id) == [
        "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "15e",
        "16", "17", "18",
        "18a", "18b", "19", "20", "20w", "21", "21a", "21b", "21c", "21d", "21f", "21e", "22",
        "22a",
      ])
    #expect(order.launch == .onCreate)
    #expect(order.entry == .statusIn(StatusSet([.new])))
    #expect(
      definitions[0].blocks.map(\.id) == [
        "start", "A", "B", "C", "D", "E", "E1", "F", "G", "H", "I", "J", "K", "L", "M",
      ])
    #expect(definitions[0].counters == ["days", "calls"])
    #expect(definitions[0].endNames == ["reached", "duplicate", "wrong-number", "unreachable"])
  }

  /// Block 5 waits without a timeout, so its empty `timeout` exit can never be taken: no warning
  /// (SPEC §12.4). Block 3's can, after 30 days.
  @Test func theBuiltInsHaveOnlyTheEmptyExitsTheSeedDraws() {
    let order = problems(BuiltInProcesses.sources[1].text)
    #expect(
      order == [
        "warning: blocks[2].exits.timeout (block 3): the exit 'timeout' is empty: a token that takes it ends there"
      ])
    #expect(problems(BuiltInProcesses.sources[0].text) == [])
  }

  @Test(arguments: [0, 1])
  func theEmbeddedBuiltInsAreTheExampleFiles(index: Int) throws {
    // scripts/embed-processes.sh copies examples/processes/*.json into the engine.
    let source = BuiltInProcesses.sources[index]
    let path =
      "\(#filePath)".components(separatedBy: "/Tests/")[0] + "/examples/processes/" + source.file
    let onDisk = try String(contentsOfFile: path, encoding: .utf8)
    #expect(
      onDisk == source.text + "\n", "run scripts/embed-processes.sh after editing \(source.file)")
  }

  @Test(arguments: [0, 1])
  func aDefinitionWrittenAsJSONReadsBackEqual(index: Int) throws {
    let definition = BuiltInProcesses.definitions[index]
    var writer = JSONWriter()
    writer.write(definition.json)
    let reread = try loadDefinition(String(decoding: writer.bytes, as: UTF8.self))
    #expect(reread == definition)
  }

  @Test func operationBlocksTakeOneActionOrAList() throws {
    let definition = try loadDefinition(
      definitionJSON(blocks: [
        #"{"id": "s", "type": "start", "exits": {"next": "a"}}"#,
        #"{"id": "a", "type": "operation", "do": "set-status", "status": "postponed", "exits": {"next": "b"}}"#,
        #"{"id": "b", "type": "operation", "actions": [{"do": "send-message", "text": "hi"}, {"do": "clear-field", "field": "user.phone"}], "exits": {"next": null}}"#,
      ]))
    #expect(definition.blocks[1].kind == .operation([.setStatus(.postponed, reason: nil)]))
    #expect(
      definition.blocks[2].kind
        == .operation([.sendMessage(channel: "email", text: "hi"), .setUserField(.phone, nil)]))
  }

  @Test func periodicLaunchesHaveAnIntervalDefaultingToFiveMinutes() throws {
    let start = #"{"id": "s", "type": "start", "exits": {"next": null}}"#
    #expect(
      try loadDefinition(definitionJSON(launch: "periodic", blocks: [start])).launch
        == .periodic(.minutes(5)))
    #expect(
      try loadDefinition(
        definitionJSON(launch: "periodic", extra: #", "interval": "1h""#, blocks: [start])
      ).launch
        == .periodic(.hours(1)))
  }
}

/// SPEC §4.2: every problem of a definition is reported at once, before it is used, each naming the
/// block id and the JSON path.
@Suite struct ValidationTests {
  let start = #"{"id": "s", "type": "start", "exits": {"next": "a"}}"#

  @Test func unknownBlockTypesAreNamedWithASuggestion() {
    #expect(
      problems(
        definitionJSON(blocks: [start, #"{"id": "a", "type": "wiat", "condition": "paid"}"#])
      ).first
        == "error: blocks[1].type (block a): unknown block type 'wiat'; did you mean 'wait'?")
  }

  @Test func exitsToMissingBlocksAreErrors() {
    let found = problems(
      definitionJSON(blocks: [
        start,
        #"{"id": "a", "type": "condition", "condition": "paid", "exits": {"yes": "b", "no": "z"}}"#,
        #"{"id": "b", "type": "end", "name": "done", "result": "positive"}"#,
      ]))
    #expect(
      found == ["error: blocks[1].exits.no (block a): leads to block 'z', which does not exist"])
  }

  @Test func aMissingStartIsAnError() {
    let found = problems(
      definitionJSON(blocks: [#"{"id": "a", "type": "end", "name": "x", "result": "neutral"}"#]))
    #expect(
      found.contains("error: blocks: there is no start block; add one block of type \"start\""))
  }

  @Test func aSecondStartIsAnError() {
    let found = problems(
      definitionJSON(blocks: [
        start, #"{"id": "a", "type": "start", "exits": {"next": "b"}}"#,
        #"{"id": "b", "type": "end", "name": "x", "result": "neutral"}"#,
      ]))
    #expect(
      found.contains(
        "error: blocks[1].type (block a): a second start block (the first is block s); a process has one"
      ))
  }

  @Test func subprocessesMustNameALoadedProcessAndItsEnds() {
    let unknown = problems(
      definitionJSON(blocks: [
        start, #"{"id": "a", "type": "subprocess", "process": "call-4-days", "exits": {}}"#,
      ]))
    #expect(
      unknown == [
        "error: blocks[1].process (block a): there is no process 'call-4-days'; load it before this one"
      ])
    let badExit = problems(
      definitionJSON(blocks: [
        start,
        #"{"id": "a", "type": "subprocess", "process": "call-3-days", "exits": {"reached": "b", "answered": "b", "unreachable": "b", "wrong-number": "b", "duplicate": "b"}}"#,
        #"{"id": "b", "type": "end", "name": "x", "result": "neutral"}"#,
      ]))
    #expect(
      badExit == [
        "error: blocks[1].exits.answered (block a): 'call-3-days' has no end block named 'answered'; its ends are 'reached', 'duplicate', 'wrong-number' and 'unreachable'"
      ])
  }

  @Test func unreachableBlocksAreErrors() {
    let found = problems(
      definitionJSON(blocks: [
        #"{"id": "s", "type": "start", "exits": {"next": "b"}}"#,
        #"{"id": "a", "type": "delay", "duration": "1d", "exits": {"next": "b"}}"#,
        #"{"id": "b", "type": "end", "name": "x", "result": "neutral"}"#,
      ]))
    #expect(found == ["error: blocks[1] (block a): block a cannot be reached from the start block"])
  }

  @Test func instantCyclesAreErrorsNamingTheirBlocks() {
    let found = problems(
      definitionJSON(
        counters: ["n"],
        blocks: [
          start,
          #"{"id": "a", "type": "operation", "do": "counter-add", "counter": "n", "exits": {"next": "b"}}"#,
          #"{"id": "b", "type": "condition", "condition": "counter n < 5", "exits": {"yes": "a", "no": "c"}}"#,
          #"{"id": "c", "type": "end", "name": "x", "result": "neutral"}"#,
        ]))
    #expect(
      found == [
        "error: blocks[1] (block a): an instant cycle a → b → a: nothing on it waits, so a token would loop forever; put a delay, wait, question or subprocess on it"
      ])
  }

  @Test func aCycleThroughADelayIsNotInstant() {
    let found = problems(
      definitionJSON(
        counters: ["n"],
        blocks: [
          start,
          #"{"id": "a", "type": "operation", "do": "counter-add", "counter": "n", "exits": {"next": "b"}}"#,
          #"{"id": "b", "type": "delay", "duration": "1h", "exits": {"next": "a"}}"#,
        ]))
    #expect(found == [])
  }

  @Test func emptyExitsAreWarnings() {
    let found = problems(
      definitionJSON(blocks: [
        start, #"{"id": "a", "type": "condition", "condition": "paid", "exits": {"yes": null}}"#,
      ]))
    #expect(
      found == [
        "warning: blocks[1].exits.yes (block a): the exit 'yes' is empty: a token that takes it ends there",
        "warning: blocks[1].exits.no (block a): the exit 'no' is empty: a token that takes it ends there",
      ])
  }

  /// SPEC §12.4: an exit that can never be taken is no cause for a warning when it is empty.
  @Test func aWaitWithoutATimeoutMayLeaveItsTimeoutExitEmpty() {
    func waiting(_ timeout: String) -> [String] {
      problems(
        definitionJSON(blocks: [
          start,
          #"{"id": "a", "type": "wait", "condition": "paid"\#(timeout), "exits": {"met": "e", "timeout": null}}"#,
          #"{"id": "e", "type": "end", "name": "done", "result": "positive"}"#,
        ]))
    }
    #expect(waiting("") == [])
    #expect(
      waiting(#", "timeout": "1d""#) == [
        "warning: blocks[1].exits.timeout (block a): the exit 'timeout' is empty: a token that takes it ends there"
      ])
  }

  /// Values that cannot be read, wiring and the graph, in one pass (SPEC §12.4): the blocks that
  /// did not decode stand in by their ids, and nothing leads from them to `b` and `c`.
  @Test func everyProblemIsReportedAtOnce() {
    let found = problems(
      definitionJSON(blocks: [
        start,
        #"{"id": "a", "type": "wait", "condition": "payed", "timout": "5d"}"#,
        #"{"id": "b", "type": "question", "key": "q", "text": "?", "options": [{"key": "yes", "kind": "positiv"}]}"#,
        #"{"id": "c", "type": "operation", "do": "set-status", "status": "done"}"#,
      ]))
    #expect(
      found == [
        "error: blocks[1].condition (block a): in condition \"payed\": unknown condition 'payed'; did you mean 'paid'?",
        "error: blocks[1].timout (block a): unknown key 'timout'; did you mean 'timeout'?",
        "error: blocks[2].options[0].kind (block b): unknown kind 'positiv'; expected 'positive', 'neutral' or 'negative'",
        "error: blocks[3].status (block c): unknown status 'done'; expected one of new, in-work, not-confirmed, awaiting-payment, postponed, partially-paid, pending-refund, completed, cancelled, false",
        "error: blocks[2] (block b): block b cannot be reached from the start block",
        "error: blocks[3] (block c): block c cannot be reached from the start block",
        "warning: blocks[2].exits.yes (block b): the exit 'yes' is empty: a token that takes it ends there",
      ])
  }

  @Test func unknownKeysAreErrorsWithASuggestion() {
    let found = problems(
      definitionJSON(blocks: [
        start,
        #"{"id": "a", "type": "wait", "condition": "paid", "timout": "5d", "exits": {"met": null, "timeout": null}}"#,
      ]))
    #expect(
      found.first
        == "error: blocks[1].timout (block a): unknown key 'timout'; did you mean 'timeout'?")
  }

  @Test func exitNamesMustBeThoseOfTheBlockType() {
    let found = problems(
      definitionJSON(blocks: [
        start,
        #"{"id": "a", "type": "condition", "condition": "paid", "exits": {"yes": null, "no": null, "maybe": null}}"#,
      ]))
    #expect(
      found.first
        == "error: blocks[1].exits.maybe (block a): a condition block has no exit 'maybe'; its exits are 'yes' and 'no'"
    )
  }

  @Test func variablesHoldOneKindOfValue() {
    let found = problems(
      definitionJSON(blocks: [
        start,
        #"{"id": "a", "type": "question", "key": "q", "text": "?", "options": [{"key": "x", "kind": "neutral", "argument": "text", "variable": "date"}], "exits": {"x": "b"}}"#,
        #"{"id": "b", "type": "delay", "until": {"variable": "date"}, "exits": {"next": null}}"#,
      ]))
    #expect(
      found.first
        == "error: blocks[2].until (block b): the variable 'date' holds a text, but a date is needed here"
    )
  }

  /// docs/process-format.md: a delay has `duration` or `until`. With both, one was silently
  /// dropped (the task fired after the duration, ignoring the date) and the other's mistakes went
  /// unreported.
  @Test func aDelayWithBothADurationAndADateIsRefused() {
    let found = problems(
      definitionJSON(blocks: [
        start,
        #"{"id": "a", "type": "delay", "duration": "5m", "until": {"field": "order.payment-date"}, "exits": {"next": null}}"#,
      ]))
    #expect(
      found == [#"error: blocks[1] (block a): a delay takes "duration" or "until", not both"#])
  }

  /// SPEC §12.4: `process validate` reports every problem in one pass. A block with a bad
  /// condition also had its bad timeout, and a question without a key its unknown option kind
  /// and its misspelt key, reported only after the first was fixed.
  @Test func everyProblemOfABlockIsReportedInOnePass() {
    let found = problems(
      definitionJSON(blocks: [
        start,
        #"{"id": "a", "type": "wait", "condition": "bogus", "timeout": "5x", "exits": {"met": "q", "timeout": "q"}}"#,
        #"{"id": "q", "type": "question", "text": "?", "colour": "red", "options": [{"key": "x", "kind": "meh"}], "exits": {"x": null}}"#,
      ]))
    let places = found.map { $0.components(separatedBy: " (block")[0] }
    #expect(
      places == [
        "error: blocks[1].condition", "error: blocks[1].timeout", "error: blocks[2].key",
        "error: blocks[2].options[0].kind", "error: blocks[2].colour",
      ])
  }

  @Test func userProcessesCannotReadOrders() {
    let found = problems(
      definitionJSON(
        object: "user",
        blocks: [
          start,
          #"{"id": "a", "type": "condition", "condition": "paid", "exits": {"yes": null, "no": null}}"#,
        ]))
    #expect(
      found.first
        == "error: blocks[1].condition (block a): this condition reads an order, but the process runs over users"
    )
  }

  @Test func aNewerFormatVersionIsRefusedNamingBothVersions() {
    let text = definitionJSON(blocks: [start]).replacingOccurrences(
      of: "\"version\": 1", with: "\"version\": 2")
    #expect(
      problems(text).first
        == "error: version: this file is version 2; this procsh reads this format up to version 1"
    )
  }

  @Test func invalidJSONIsReportedWithLineAndColumn() {
    #expect(
      problems("{\"format\": \n  oops}") == [
        "error: not valid JSON: line 2, column 3: expected a value"
      ])
  }
}

/// SPEC §12.1: a definition may give any title or label in both languages, and the built-ins
/// carry the seed's Russian titles and option labels.
extension ProcessDefinitionTests {
  @Test func theBuiltInsCarryTheSeedsRussianTitles() {
    let order = BuiltInProcesses.definitions[1]
    func russian(_ id: String) -> String? {
      order.blocks.first { $0.id == id }?.russianTitle
    }
    // The seed's names, as SPEC §12.1 lists them, by the block they name.
    let seed: [(String, String)] = [
      ("1", "Начало работы"), ("2", "Прокси-скрипт"), ("3", "Ждём оплату"),
      ("4", "Завершение процесса"), ("5", "Отменён?"), ("7", "1 минуту на оплату"),
      ("8", "Взять заказ"), ("9", "Ложный"), ("10", "Назначить на себя"),
      ("11", "Частично оплачен?"), ("12", "Статус „В работе“"), ("13", "Есть телефон?"),
      ("14", "Не подтверждён"), ("15", "Отправляем сообщение"), ("16", "Ждём номер 5 дней"),
      ("17", "Отложен"), ("18", "Ждём 3 дня"), ("19", "Контрольный звонок"),
      ("20", "Дозваниваемся 3 дня"),
    ]
    for (id, title) in seed { #expect(russian(id) == title, "block \(id)") }
    let take = order.blocks.first { $0.id == "8" }
    guard case .question(let question)? = take?.kind else {
      Issue.record("block 8 is not a question")
      return
    }
    #expect(question.options.map(\.russianLabel) == ["Да", "Это дубль"])
    #expect(order.russianTitle == "Обработка заказа")
    // Every block and option of both built-ins has its Russian words.
    for definition in BuiltInProcesses.definitions {
      for block in definition.blocks {
        #expect(block.russianTitle?.isEmpty == false, "\(definition.name) block \(block.id)")
        if case .question(let question) = block.kind {
          for option in question.options {
            #expect(option.russianLabel?.isEmpty == false, "\(block.id) \(option.key)")
          }
        }
      }
    }
  }

  @Test func aTitleOrLabelMayBeGivenInBothLanguages() throws {
    let text = definitionJSON(blocks: [
      #"{"id": "s", "type": "start", "title": {"en": "Start", "ru": "Начало"}, "exits": {"next": "q"}}"#,
      #"{"id": "q", "type": "question", "title": {"ru": "Только по-русски"}, "key": "q", "text": "?", "options": [{"key": "yes", "label": {"en": "Yes", "ru": "Да"}, "kind": "positive"}, {"key": "no", "label": "No", "kind": "negative"}], "exits": {"yes": null, "no": null}}"#,
    ])
    let definition = try loadDefinition(text)
    #expect(definition.blocks[0].title == "Start")
    #expect(definition.blocks[0].russianTitle == "Начало")
    // A Russian title alone stands for English too.
    #expect(definition.blocks[1].title == "Только по-русски")
    #expect(definition.blocks[1].russianTitle == "Только по-русски")
    guard case .question(let question) = definition.blocks[1].kind else {
      Issue.record("not a question")
      return
    }
    #expect(question.options.map(\.label) == ["Yes", "No"])
    #expect(question.options.map(\.russianLabel) == ["Да", nil])
    // And it writes back as it was read.
    let again = try ProcessDefinition.load(json: definition.json, catalog: { _ in nil }).definition
    #expect(again == definition)
  }

  @Test func aTitleInAnUnknownLanguageOrOfTheWrongTypeIsRefused() {
    let text = definitionJSON(blocks: [
      #"{"id": "s", "type": "start", "title": {"en": "Start", "de": "Anfang"}, "exits": {"next": "e"}}"#,
      #"{"id": "e", "type": "end", "title": {}, "name": "done", "result": "neutral"}"#,
    ])
    #expect(
      problems(text) == [
        "error: blocks[0].title.de (block s): unknown language; a title may be given in en and ru",
        "error: blocks[1].title (block e): expected a string, or an object with en and ru",
      ])
  }

  /// Issue 12: a process over users has no order to ask about, in its entry as in its blocks
  /// (`created ago` and the mailings' conditions need one too).
  @Test(arguments: ["paid", "created ago >= 1h", "has-phone and opened unpaid-1h"])
  func anEntryConditionOverOrdersIsRefusedInAProcessOverUsers(entry: String) {
    let text = definitionJSON(
      name: "u", object: "user", launch: "periodic",
      extra: #", "interval": "1h", "entry": "\#(entry)""#,
      blocks: [
        #"{"id": "s", "type": "start", "exits": {"next": "e"}}"#,
        #"{"id": "e", "type": "end", "name": "done", "result": "neutral"}"#,
      ])
    #expect(
      problems(text) == [
        "error: entry: this condition reads an order, but the process runs over users"
      ])
  }
}
