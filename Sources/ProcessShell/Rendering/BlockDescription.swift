import ProcessEngine
import Wording

/// What a block does and where its exits lead, in a few words: the columns of `process show`.
/// Counters, option keys, field names and `:=` stay as a definition writes them; conditions and
/// the words around them are in the chosen language (`Condition.text(counters:in:)`).
struct BlockDescription {
  let language: Language
  let counters: [String]

  private func say(_ phrase: BlockPhrase, _ values: PhraseValues = [:]) -> String {
    language.text(phrase, values)
  }

  /// `until paid, at most 30d`, `asks take-order: yes (+) duplicate (-)`, `status := false`
  func describe(_ kind: BlockKind) -> String {
    switch kind {
    case .start, .fork: return ""
    case .condition(let condition): return condition.text(counters: counters, in: language) + "?"
    case .wait(let condition, let timeout):
      let wait = say(.until, ["condition": .text(condition.text(counters: counters, in: language))])
      return timeout.map {
        say(.atMost, ["wait": .text(wait), "timeout": .text(language.duration($0))])
      } ?? wait
    case .delay(.duration(let span)): return say(.lasts, ["span": .text(language.duration(span))])
    case .delay(.until(.variable(let name))): return say(.untilVariable, ["name": .text(name)])
    case .delay(.until(.orderField(let field))):
      return say(.untilOrderField, ["field": .text(field.rawValue)])
    case .question(let question):
      let asks = say(
        .asks,
        [
          "key": .text(question.key),
          "options": .text(
            question.options.map { "\($0.key) (\($0.kind.mark))" }.joined(separator: " ")),
        ])
      return question.countsAsCall ? say(.countsAsCall, ["asks": .text(asks)]) : asks
    case .operation(let operations):
      return operations.map(describe).joined(separator: "; ")
    case .subprocess(let process): return say(.runs, ["process": .text(process)])
    case .end(let name, let result):
      return say(.ends, ["name": .text(name), "result": .text(language.name(of: result))])
    }
  }

  func describe(_ operation: Operation) -> String {
    switch operation {
    case .setStatus(let status, nil):
      return say(.setStatus, ["status": .text(language.name(of: status))])
    case .setStatus(let status, .literal(let reason)):
      return say(
        .setStatusWithReason,
        ["status": .text(language.name(of: status)), "reason": .text(reason)])
    case .setStatus(let status, .variable(let name, nil)):
      return say(
        .setStatusWithVariable, ["status": .text(language.name(of: status)), "name": .text(name)])
    case .setStatus(let status, .variable(let name, let fallback?)):
      return say(
        .setStatusWithVariableOr,
        [
          "status": .text(language.name(of: status)), "name": .text(name),
          "fallback": .text(fallback),
        ])
    case .assignManager: return say(.assignManager)
    case .setUserField(let field, nil):
      return say(.clearCustomerField, ["field": .text(field.rawValue)])
    case .setUserField(let field, .literal(let text)):
      return say(.setCustomerField, ["field": .text(field.rawValue), "value": .text(text)])
    case .setUserField(let field, .variable(let name, _)):
      return say(.setCustomerField, ["field": .text(field.rawValue), "value": .text(name)])
    case .setOrderDate(let field, nil):
      return say(.clearOrderDate, ["field": .text(field.rawValue)])
    case .setOrderDate(let field, .variable(let name)): return "\(field.rawValue) := \(name)"
    case .setOrderDate(let field, .orderField(let source)):
      return "\(field.rawValue) := \(source.rawValue)"
    case .sendMessage(let channel, let text): return "\(channel): \(text)"
    case .setCounter(let counter, let value): return "\(counters[counter]) := \(value)"
    case .addCounter(let counter, let value): return "\(counters[counter]) += \(value)"
    }
  }

  /// `met → 4, timeout → ∅`; a fork's targets in order; a lone `next` exit as its target.
  static func exits(of block: Block) -> String {
    if case .fork = block.kind {
      return block.exits.map { $0.target ?? "∅" }.joined(separator: ", ")
    }
    if block.exits.count == 1, block.exits[0].name == "next" { return block.exits[0].target ?? "∅" }
    return block.exits.map { "\($0.name) → \($0.target ?? "∅")" }.joined(separator: ", ")
  }
}
