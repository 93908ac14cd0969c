import JSON
import Wording

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

    /// `error`, `warning`; «ошибка», «предупреждение».
    public func name(in language: Language) -> String {
      language.text(self == .error ? DefinitionPhrase.error : DefinitionPhrase.warning)
    }
  }

  public var severity: Severity
  /// The JSON path of the offending value: `blocks[3].exits.yes`; empty for the whole document.
  public var path: String
  /// The id of the block concerned, if any.
  public var block: String?
  /// What is wrong, as values: `message(in:)` words it.
  public var reason: Reason

  public init(_ severity: Severity, path: String, block: String? = nil, _ reason: Reason) {
    self.severity = severity
    self.path = path
    self.block = block
    self.reason = reason
  }

  /// What is wrong, in English.
  public var message: String { reason.message(in: .english) }

  /// What is wrong, in `language`.
  public func message(in language: Language) -> String { reason.message(in: language) }

  /// `blocks[3].exits.yes (block 11): …`
  public var description: String { description(in: .english) }

  /// `blocks[3].exits.yes (block 11): …`, `blocks[3].exits.yes (блок 11): …`
  public func description(in language: Language) -> String {
    var place = path
    if let block {
      place = language.text(
        place.isEmpty ? DefinitionPhrase.block : DefinitionPhrase.pathAndBlock,
        ["path": .text(path), "block": .text(block)])
    }
    let message = reason.message(in: language)
    return place.isEmpty ? message : "\(place): \(message)"
  }

  /// What is wrong with a definition: the detail of a `DefinitionProblem`, worded by
  /// `DefinitionPhrase`. A found value's kind is a `JSONKind`; names, keys and ids are as the
  /// file has them.
  public enum Reason: Equatable, Sendable {
    // The document.
    case notJSON(JSONSyntaxError)
    case documentNotObject(found: JSONKind)
    /// `format` is not `expected` (`procsh-process`, `procsh-mailing`).
    case wrongFormat(found: String, expected: String)
    /// The file's version is after `newest`, the last this procsh reads.
    case newerVersion(Int64, newest: Int64)
    case versionNotOne(found: Int64)
    case versionMissing
    case unusableName(String)
    case unknownObjectType(String)
    /// A mailing's document is not an object.
    case mailingNotObject(found: JSONKind)
    /// A mailing's `object` is not `order`.
    case mailingNotOverOrders(found: String)
    case emptyMailingText
    case badCounterName
    case counterTwice(String)
    case countersNotArray(found: JSONKind)
    case intervalNotPositive
    case unknownLaunch(String)
    case intervalWithoutPeriodic
    case entryReadsCounters
    case noBlocks
    case blocksNotArray(found: JSONKind)
    case blocksMissing
    // Blocks.
    case blockNotObject(found: JSONKind)
    case blockWithoutID
    case unknownBlockType(String, suggestion: String?)
    case delayWithoutLength
    /// Both `duration` and `until`: which one would count is a guess, so neither does.
    case delayWithTwoLengths
    case unknownResult(String)
    // Exits.
    case exitNotTarget(found: JSONKind)
    case forkExitsNotArray
    case exitsNotObject(found: JSONKind)
    case endWithExits
    /// `exits` are the block's, named when there is no guess.
    case unknownExit(String, blockType: String, suggestion: String?, exits: [String])
    // Questions.
    case noOptions
    case optionNotObject
    case badOptionKey
    case optionTwice(String)
    case unknownOptionKind(String)
    case unknownArgument(String)
    case variableWithoutArgument
    // Operations.
    case actionsNotArray
    case actionNotObject
    case unknownAction(String, suggestion: String?)
    case unknownStatus(String)
    case statusSetByPayments(String)
    case valueMissing
    case unknownField(String, suggestion: String?)
    /// `counters` are the process's.
    case unknownCounter(String, counters: [String])
    case textSourceShape(found: JSONKind)
    case dateSourceShape(found: JSONKind)
    case dateSourceEmpty
    case unknownDateField(String)
    // Values.
    case unknownKey(String, suggestion: String?, allowed: [String])
    case unknownLanguage(key: String)
    case wordingShape
    case missingString
    case notAString(found: JSONKind)
    case notABool(found: JSONKind)
    case notAWholeNumber(found: JSONKind)
    case badDuration(String, DurationProblem)
    /// A condition that cannot be read: its first 60 characters, and its length when it is
    /// longer (a generated condition may be a megabyte).
    case badCondition(shown: String, length: Int?, ConditionProblem)
    // Validation.
    case tooManyBlocks(Int)
    case tooManyCounters(Int)
    case tooManyOptions(Int)
    /// `count` variables, the first past the limit `first`.
    case tooManyVariables(count: Int, first: String)
    case conditionTooDeep
    case idTwice(String, first: Int)
    case noStart
    case secondStart(first: String)
    case emptyExit(String)
    case missingBlock(String, suggestion: String?)
    case forkWithoutExits
    case conditionReadsOrder
    case actionNeedsOrder(String)
    case orderFieldForUsers
    case noSubprocess(String)
    case subprocessObject(String, child: ObjectType)
    case noEndNamed(String, process: String, ends: [String])
    case noExitForEnd(String)
    case variableKindClash(String, elsewhere: ArgumentKind)
    case variableNeverSet(String)
    case variableKindNeeded(String, holds: ArgumentKind)
    case unreachable(String)
    /// The ids of the blocks round the cycle, the first again at the end.
    case instantCycle([String])
  }
}
