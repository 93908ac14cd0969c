/// A task's counters and variables (see `CompiledProcess`): up to four kept inline, more in an
/// array. A million simulated orders start two million tasks; an array each would be two million
/// allocations, each looking up its storage type at run time.
struct TaskSlots: Equatable, Sendable {
  private var inline: (Int64, Int64, Int64, Int64) = (0, 0, 0, 0)
  private var overflow: [Int64] = []
  private let storedCount: Int32
  var count: Int { Int(storedCount) }

  static let inlineCount = 4

  /// `count` slots, all `value`.
  init(count: Int, value: Int64 = 0) {
    storedCount = Int32(count)
    inline = (value, value, value, value)
    if count > Self.inlineCount {
      overflow = [Int64](repeating: value, count: count - Self.inlineCount)
    }
  }

  init(_ values: [Int64]) {
    self.init(count: values.count)
    for (index, value) in values.enumerated() { self[index] = value }
  }

  subscript(index: Int) -> Int64 {
    @inline(__always) get {
      precondition(index >= 0 && index < count, "internal inconsistency: slot \(index) of \(count)")
      switch index {
      case 0: return inline.0
      case 1: return inline.1
      case 2: return inline.2
      case 3: return inline.3
      default: return overflow[index - Self.inlineCount]
      }
    }
    @inline(__always) set {
      precondition(index >= 0 && index < count, "internal inconsistency: slot \(index) of \(count)")
      switch index {
      case 0: inline.0 = newValue
      case 1: inline.1 = newValue
      case 2: inline.2 = newValue
      case 3: inline.3 = newValue
      default: overflow[index - Self.inlineCount] = newValue
      }
    }
  }

  /// The values in order.
  var values: [Int64] { (0..<count).map { self[$0] } }

  static func == (lhs: TaskSlots, rhs: TaskSlots) -> Bool { lhs.values == rhs.values }
}
