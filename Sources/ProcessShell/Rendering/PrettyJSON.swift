import JSON
import ProcessEngine

/// JSON for `--json`: keys sorted, two-space indents, a final newline. The shapes are documented
/// in docs/json-output.md.
enum PrettyJSON {
  static func text(_ value: JSONValue) -> String {
    var out = ""
    write(value, indent: "", into: &out)
    return out + "\n"
  }

  private static func write(_ value: JSONValue, indent: String, into out: inout String) {
    switch value {
    case .array(let elements) where !elements.isEmpty:
      out += "[\n"
      for (index, element) in elements.enumerated() {
        out += indent + "  "
        write(element, indent: indent + "  ", into: &out)
        out += index == elements.count - 1 ? "\n" : ",\n"
      }
      out += indent + "]"
    case .object(let object) where !object.members.isEmpty:
      out += "{\n"
      let members = JSONWriter.sorted(object.members)
      for (index, member) in members.enumerated() {
        out += indent + "  " + scalar(.string(member.key)) + ": "
        write(member.value, indent: indent + "  ", into: &out)
        out += index == members.count - 1 ? "\n" : ",\n"
      }
      out += indent + "}"
    default:
      out += scalar(value)
    }
  }

  private static func scalar(_ value: JSONValue) -> String {
    var writer = JSONWriter()
    writer.write(value)
    return String(decoding: writer.bytes, as: UTF8.self)
  }
}

/// JSON values of the engine's types, as `--json` shows them.
extension JSONValue {
  static func instant(_ instant: Instant?) -> JSONValue {
    instant.map { .string($0.isoDescription) } ?? .null
  }

  static func money(_ money: Money) -> JSONValue {
    money.cents % 100 == 0 ? .integer(money.cents / 100) : .double(Double(money.cents) / 100)
  }

  static func id<ID: EntityID>(_ id: ID?) -> JSONValue {
    id.map { .integer(Int64($0.rawValue)) } ?? .null
  }

  static func text(_ text: String?) -> JSONValue {
    text.map(JSONValue.string) ?? .null
  }
}

extension Shell {
  func sayJSON(_ value: JSONValue) {
    output.write(PrettyJSON.text(value))
  }
}
