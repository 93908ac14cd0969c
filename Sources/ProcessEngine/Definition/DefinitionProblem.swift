/// Something wrong (or worth a look) in a process definition, with where it is.
///
///     blocks[12].exits.next (block 21a): leads to block '99', which does not exist
///
/// A definition that cannot be used is refused with `EngineError.definition`, every problem in it.
public struct DefinitionProblem: Equatable, Sendable, CustomStringConvertible {
  public enum Severity: String, Sendable {
    /// The definition cannot be used.
    case error
    /// The definition works, but probably not as meant (GetCourse's "show empty outputs").
    case warning
  }

  public var severity: Severity
  /// The JSON path of the offending value: `blocks[3].exits.yes`; empty for the whole document.
  public var path: String
  /// The id of the block concerned, if any.
  public var block: String?
  public var message: String

  public init(_ severity: Severity, path: String, block: String? = nil, _ message: String) {
    self.severity = severity
    self.path = path
    self.block = block
    self.message = message
  }

  /// `blocks[3].exits.yes (block 11): …`
  public var description: String {
    var place = path
    if let block { place += place.isEmpty ? "block \(block)" : " (block \(block))" }
    return place.isEmpty ? message : "\(place): \(message)"
  }
}
