import Glibc
import Synchronization
import Testing

@testable import ProcessShell

/// The prefaulter maps a heap's next pages on a thread of its own and changes nothing else.
@Suite struct HeapPrefaulterTests {
  /// A heap of its own: fresh anonymous memory, 2 MiB aligned, nothing of it resident yet.
  final class Region: Sendable {
    let base: Int
    let length: Int
    private let mapping: Int
    private let mappedLength: Int

    init(megabytes: Int) throws {
      let step = HeapPrefaulter.step
      length = megabytes << 20
      mappedLength = length + step
      let address = mmap(
        nil, mappedLength, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
      guard let address, address != MAP_FAILED else { throw Errno(errno) }
      mapping = Int(bitPattern: address)
      base = (mapping + step - 1) & ~(step - 1)
    }

    deinit { munmap(UnsafeMutableRawPointer(bitPattern: mapping), mappedLength) }

    /// Whether every page of the `length` bytes at `offset` is resident (mincore).
    func isResident(at offset: Int, length: Int) -> Bool {
      let page = Int(sysconf(Int32(_SC_PAGESIZE)))
      var vector = [UInt8](repeating: 0, count: length / page)
      let result = vector.withUnsafeMutableBufferPointer {
        mincore(UnsafeMutableRawPointer(bitPattern: base + offset), length, $0.baseAddress)
      }
      return result == 0 && vector.allSatisfy { $0 & 1 == 1 }
    }

    func byte(at offset: Int) -> UInt8 {
      UnsafeMutablePointer<UInt8>(bitPattern: base + offset)!.pointee
    }

    func setByte(at offset: Int, to value: UInt8) {
      UnsafeMutablePointer<UInt8>(bitPattern: base + offset)!.pointee = value
    }
  }

  struct Errno: Error { let code: Int32; init(_ code: Int32) { self.code = code } }

  @Test func thePagesAboveTheTopBecomeResidentWithTheirBytesUnchanged() throws {
    let region = try Region(megabytes: 32)
    let step = HeapPrefaulter.step
    // The top is one huge page in; a byte already written just above it, as the engine may have
    // written there when the prefaulter gets to it.
    let top = step
    region.setByte(at: top + 4_097, to: 0xA5)
    let resident = HeapPrefaulter.whilePerforming(heap: {
      (region.base + top, region.base + region.length)
    }) {
      () -> Bool in
      // The prefaulter looks every 10 ms; two seconds is ample even on a loaded machine.
      for _ in 0..<400 {
        if region.isResident(at: top, length: HeapPrefaulter.minimumLead) { return true }
        usleep(5_000)
      }
      return false
    }
    #expect(resident)
    #expect(region.byte(at: top + 4_097) == 0xA5)
    #expect(region.byte(at: top + 4_096) == 0)
    // No growth seen: the least lead, and not a page more.
    let beyond = top + HeapPrefaulter.minimumLead
    #expect(!region.isResident(at: beyond, length: step))
    #expect(!region.isResident(at: 0, length: step))
  }

  /// A large allocation moves the top past pages the prefaulter has not reached: it goes on from
  /// where it stopped, so the new block's pages are mapped too (the engine may still be filling
  /// them), not only those above the new top.
  @Test func aTopThatJumpsLeavesNoGapBehind() throws {
    let region = try Region(megabytes: 64)
    let megabyte = 1 << 20
    final class Looks: Sendable { let count = Atomic<Int>(0) }
    let looks = Looks()
    // The first look finds the top 2 MiB in, every later one 20 MiB in.
    let heap: HeapPrefaulter.Heap = {
      let look = looks.count.wrappingAdd(1, ordering: .relaxed).oldValue
      return (region.base + (look == 0 ? 2 : 20) * megabyte, region.base + region.length)
    }
    let resident = HeapPrefaulter.whilePerforming(heap: heap) { () -> Bool in
      for _ in 0..<400 {
        if region.isResident(at: 2 * megabyte, length: 24 * megabyte) { return true }
        usleep(5_000)
      }
      return false
    }
    #expect(resident)
  }

  @Test func theCommandsResultAndErrorPassThroughUnchanged() {
    struct Refused: Error, Equatable {}
    #expect(HeapPrefaulter.whilePerforming { 42 } == 42)
    #expect(throws: Refused()) {
      try HeapPrefaulter.whilePerforming { () throws(Refused) -> Int in throw Refused() }
    }
  }
}
