import ProcessEngine

/// What a block does and where its exits lead, in a few words: the columns of `process show`.
enum BlockDescription {
  /// `until paid, at most 30d`, `asks take-order: yes (+) duplicate (-)`, `status := false`
  static func describe(_ kind: BlockKind, counters: [String]) -> String {
    switch kind {
    case .start, .fork: return ""
    case .condition(let condition): return condition.text(counters: counters) + "?"
    case .wait(let condition, let timeout):
      return "until \(condition.text(counters: counters))"
        + (timeout.map { ", at most \($0)" } ?? "")
    case .delay(.duration(let span)): return "for \(span)"
    case .delay(.until(.variable(let name))): return "until variable \(name)"
    case .delay(.until(.orderField(let field))): return "until order \(field.rawValue)"
    case .question(let question):
      return "asks \(question.key): "
        + question.options.map { "\($0.key) (\($0.kind.mark))" }.joined(separator: " ")
        + (question.countsAsCall ? "; a call" : "")
    case .operation(let operations):
      return operations.map { describe($0, counters: counters) }.joined(separator: "; ")
    case .subprocess(let process): return "runs \(process)"
    case .end(let name, let result): return "end \(name) (\(result.rawValue))"
    }
  }

  static func describe(_ operation: Operation, counters: [String]) -> String {
    switch operation {
    case .setStatus(let status, nil): return "status := \(status.slug)"
    case .setStatus(let status, .literal(let reason)):
      return "status := \(status.slug) (\(reason))"
    case .setStatus(let status, .variable(let name, let fallback)):
      return "status := \(status.slug) (reason: \(name)\(fallback.map { " or \($0)" } ?? ""))"
    case .assignManager: return "assign to the manager who answered"
    case .setUserField(let field, nil): return "clear customer \(field.rawValue)"
    case .setUserField(let field, .literal(let text)):
      return "customer \(field.rawValue) := \(text)"
    case .setUserField(let field, .variable(let name, _)):
      return "customer \(field.rawValue) := \(name)"
    case .setOrderDate(let field, nil): return "clear \(field.rawValue)"
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
