import Testing

@testable import ProcessEngine

/// The engine's per-object rows stay compact: a million simulated orders keep about four million
/// tokens, two million tasks and a million orders and users in memory at once.
@Suite struct LayoutTests {
  @Test func rowsKeepTheirPackedSizes() {
    #expect(MemoryLayout<Token>.stride == 56)
    #expect(MemoryLayout<ProcessTask>.stride <= 128)
    #expect(MemoryLayout<Order>.stride <= 112)
    #expect(MemoryLayout<User>.stride <= 64)
    #expect(MemoryLayout<Event>.stride == 32)
  }

  @Test func aPackedIDKeepsNoneAndEveryID() {
    @PackedID var link: TaskID? = nil
    #expect(link == nil)
    link = TaskID(rawValue: 1)
    #expect(link == TaskID(rawValue: 1))
    link = TaskID(rawValue: .max)
    #expect(link == TaskID(rawValue: .max))
    link = nil
    #expect(link == nil)
  }
}
