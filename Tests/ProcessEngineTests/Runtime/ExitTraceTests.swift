import ProcessEngine
import Testing

/// The exits an engine notes when asked to (`procsh test --coverage`): exactly those a token
/// took, by the blocks and exits of SPEC §7.1, and nothing when nobody asked.
@Suite struct ExitTraceTests {
  /// The taken exits of `name`'s first version, as `BLOCK EXIT→TARGET`, sorted.
  func taken(_ name: String, in trace: ExitTrace) -> [String] {
    guard let version = trace.versions.first(where: { $0.definition.name == name }) else {
      return []
    }
    return version.taken.sorted().map { place in
      let block = version.definition.blocks[place.block]
      let exit = block.exits[place.port]
      return "\(block.id) \(exit.name)→\(exit.target ?? "nothing")"
    }
  }

  @Test func aDuplicateTakesTheExitsOfPathTwoAndNoOther() {
    // SPEC §7.3 path 2: start, the fork's three branches, the minute to pay, the answer
    // "duplicate", block 9 sets false and leads to the end 6, which ends the task before the
    // wait of block 5 sees the new status.
    var engine = Engine()
    let trace = ExitTrace()
    engine.exitTrace = trace
    _ = engine.run(.createOrder(NewOrder()))
    _ = engine.run(.advance(by: .minutes(1)))
    _ = engine.run(
      .answer(.order(OrderID(rawValue: 1)), option: "duplicate", argument: nil))
    #expect(
      taken("order-processing", in: trace)
        == [
          "1 next→2", "2 1→3", "2 2→5", "2 3→7", "7 next→8", "8 duplicate→9", "9 next→6",
        ].sorted())
    #expect(taken("call-3-days", in: trace) == [])
  }

  @Test func copiesOfAnEngineWriteToTheSameTrace() {
    var engine = Engine()
    let trace = ExitTrace()
    engine.exitTrace = trace
    var copy = engine
    _ = copy.run(.createOrder(NewOrder()))
    #expect(taken("order-processing", in: trace).contains("1 next→2"))
    #expect(engine.orders.count == 0)
  }

  @Test func anEngineWithoutATraceNotesNothing() {
    var engine = Engine()
    _ = engine.run(.createOrder(NewOrder()))
    #expect(engine.exitTrace == nil)
  }

  @Test func includingAnEngineListsEveryLoadedVersionUntaken() {
    let trace = ExitTrace()
    trace.include(Engine())
    #expect(trace.versions.map(\.definition.name).sorted() == ["call-3-days", "order-processing"])
    #expect(trace.versions.allSatisfy { $0.taken.isEmpty && $0.number == 1 })
  }
}
