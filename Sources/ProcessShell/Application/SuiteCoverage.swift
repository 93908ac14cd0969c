import JSON
import ProcessEngine
import Wording

/// What a test suite exercised of each process version: the blocks entered and the exits taken
/// (SPEC §12.5), added up over the scripts' exit traces. `procsh test --coverage` prints it;
/// `--coverage-json FILE` writes it for tooling (docs/testing.md).
///
/// A version is its definition: two scripts that load the same file under the same name count
/// together, two different files under one name apart. An exit that no token can ever take (the
/// `timeout` of a wait without a timeout, an empty exit of a fork) is listed apart and left out
/// of the percentage, so that 100 % is reachable.
public struct SuiteCoverage: Sendable {
  /// One process version, what a suite did with it.
  public struct Version: Sendable {
    public let definition: ProcessDefinition
    /// `order-processing v1`, or with `#2` after it when two different definitions would share
    /// that name.
    public let label: String
    public let taken: Set<ExitTrace.ExitPlace>

    /// Every exit of the definition, in block order, that a token can take.
    public var possibleExits: [ExitTrace.ExitPlace] {
      places.filter { mayBeTaken($0) }
    }

    /// The exits no token can take: listed, never counted.
    public var impossibleExits: [ExitTrace.ExitPlace] {
      places.filter { !mayBeTaken($0) }
    }

    public var exitsNeverTaken: [ExitTrace.ExitPlace] {
      possibleExits.filter { !taken.contains($0) }
    }

    /// The blocks a token came into.
    public var blocksEntered: Set<Int> { definition.blocksEntered(taking: taken) }

    private var places: [ExitTrace.ExitPlace] {
      definition.blocks.indices.flatMap { block in
        definition.blocks[block].exits.indices.map { ExitTrace.ExitPlace(block: block, port: $0) }
      }
    }

    private func mayBeTaken(_ place: ExitTrace.ExitPlace) -> Bool {
      let block = definition.blocks[place.block]
      let exit = block.exits[place.port]
      if case .fork = block.kind, exit.target == nil { return false }
      return block.kind.mayTake(exit: exit.name)
    }
  }

  /// The versions, in the order the suite first met them.
  public let versions: [Version]

  /// Adds up `traces`, in their order.
  public init(_ traces: [ExitTrace]) {
    var merged: [(definition: ProcessDefinition, number: Int, taken: Set<ExitTrace.ExitPlace>)] =
      []
    for trace in traces {
      for version in trace.versions {
        if let index = merged.firstIndex(where: { $0.definition == version.definition }) {
          merged[index].taken.formUnion(version.taken)
        } else {
          merged.append((version.definition, version.number, version.taken))
        }
      }
    }
    var labels: [String: Int] = [:]
    versions = merged.map { entry in
      let label = "\(entry.definition.name) v\(entry.number)"
      labels[label, default: 0] += 1
      let count = labels[label]!
      return Version(
        definition: entry.definition, label: count == 1 ? label : "\(label) #\(count)",
        taken: entry.taken)
    }
  }

  // MARK: - Text

  /// Per version: the blocks and exits as counts and percentages, then the exits never taken
  /// and those that cannot be, each as `BLOCK EXIT → TARGET`.
  public func text(in language: Language) -> String {
    var text = language.text(CoveragePhrase.heading) + "\n"
    for version in versions {
      let blocks = version.definition.blocks.count
      let entered = version.blocksEntered.count
      let possible = version.possibleExits.count
      let taken = possible - version.exitsNeverTaken.count
      text +=
        "  "
        + language.text(
          CoveragePhrase.version,
          [
            "process": .text(version.label),
            "entered": .number(entered), "blocks": .number(blocks),
            "blockShare": .text(language.percent(Self.percent(entered, of: blocks))),
            "taken": .number(taken), "exits": .number(possible),
            "exitShare": .text(language.percent(Self.percent(taken, of: possible))),
          ]) + "\n"
      let never = version.exitsNeverTaken
      if !never.isEmpty {
        text += "    " + language.text(CoveragePhrase.neverTaken) + "\n"
        for place in never { text += "      " + describe(place, of: version, in: language) + "\n" }
      }
      let impossible = version.impossibleExits
      if !impossible.isEmpty {
        text += "    " + language.text(CoveragePhrase.cannotBeTaken) + "\n"
        for place in impossible {
          text += "      " + describe(place, of: version, in: language) + "\n"
        }
      }
    }
    return text
  }

  /// `16 timeout → 17`, `3 timeout → (empty)` for an exit that leads nowhere, `2 → 5` for a
  /// fork's.
  func describe(_ place: ExitTrace.ExitPlace, of version: Version, in language: Language)
    -> String
  {
    let block = version.definition.blocks[place.block]
    let exit = block.exits[place.port]
    let target = exit.target ?? language.text(CoveragePhrase.empty)
    // A fork's exits are only numbered: where they lead says more.
    if case .fork = block.kind { return "\(block.id) → \(target)" }
    return "\(block.id) \(exit.name) → \(target)"
  }

  /// A share in percent; a version with nothing to cover is fully covered.
  static func percent(_ part: Int, of whole: Int) -> Double {
    whole == 0 ? 100 : Double(part) * 100 / Double(whole)
  }

  // MARK: - JSON

  /// The shape is in docs/testing.md.
  public var json: JSONValue {
    .object(
      JSONObject([
        (key: "format", value: "procsh-coverage"),
        (key: "version", value: 1),
        (key: "processes", value: .array(versions.map(Self.json))),
      ]))
  }

  private static func json(_ version: Version) -> JSONValue {
    func exits(_ places: [ExitTrace.ExitPlace]) -> JSONValue {
      .array(
        places.map { place in
          let block = version.definition.blocks[place.block]
          let exit = block.exits[place.port]
          return .object(
            JSONObject([
              (key: "block", value: .string(block.id)),
              (key: "exit", value: .string(exit.name)),
              (key: "target", value: exit.target.map(JSONValue.string) ?? .null),
            ]))
        })
    }
    let entered = version.blocksEntered
    let blocks = version.definition.blocks
    let never = version.exitsNeverTaken
    let possible = version.possibleExits.count
    return .object(
      JSONObject([
        (key: "name", value: .string(version.definition.name)),
        (key: "label", value: .string(version.label)),
        (
          key: "blocks",
          value: .object(
            JSONObject([
              (key: "all", value: .integer(Int64(blocks.count))),
              (key: "entered", value: .integer(Int64(entered.count))),
              (
                key: "never-entered",
                value: .array(
                  blocks.indices.filter { !entered.contains($0) }.map { .string(blocks[$0].id) })
              ),
            ]))
        ),
        (
          key: "exits",
          value: .object(
            JSONObject([
              (key: "possible", value: .integer(Int64(possible))),
              (key: "taken", value: .integer(Int64(possible - never.count))),
              (key: "never-taken", value: exits(never)),
              (key: "cannot-be-taken", value: exits(version.impossibleExits)),
            ]))
        ),
      ]))
  }
}
