/// Everything that will happen at a future instant, in the order it will happen: by due time, then
/// by the order it was scheduled in (SPEC §2).
///
/// A binary heap would do, but a simulated month of a million orders keeps a million timers
/// pending (every order's 30-day payment wait), and each heap operation would then walk twenty
/// cache-cold levels. This is a hierarchical timing wheel instead, O(1) per item:
///
/// - level 0: one slot per second of the current *block* (4,096 aligned seconds);
/// - level 1: one slot per block of the current *era* (4,096 aligned blocks, about 194 days);
/// - beyond the era: a small binary heap, ordered by (due, sequence).
///
/// Each slot is a FIFO list. An item goes to the finest level whose aligned range holds both the
/// cursor and its due time; a coarser slot is poured into the finer level only when the cursor
/// enters its range, before anything can be scheduled there directly. So every item that reaches a
/// level-0 slot arrives in sequence order, and items due at the same second leave in the order
/// they were scheduled.
///
/// Looking for the first item moves the cursor to it. When the owner then schedules something
/// before the cursor (it looked ahead, then acted at an earlier instant), the item goes to a small
/// heap of early items, which `first` consults too.
///
/// Cancelled items are not removed: the owner recognises stale ones when they come out (an epoch
/// that no longer matches) and drops them. That keeps cancelling free.
public struct Agenda<Action: Sendable>: Sendable {
  /// One scheduled action.
  public struct Item: Sendable {
    public var due: Instant
    public var sequence: Int64
    public var action: Action
  }

  private struct Node: Sendable {
    var item: Item
    var next: Int32
  }

  private struct Slot: Sendable {
    var head: Int32 = -1
    var tail: Int32 = -1
  }

  static var blockBits: Int64 { 12 }
  static var slotsPerLevel: Int { 1 << 12 }

  private var nodes: [Node] = []
  private var freeNodes: [Int32] = []
  private var level0: [Slot]
  private var level1: [Slot]
  private var level0Count = 0
  private var level1Count = 0
  /// One bit per slot of each level, set while the slot holds items: finding the next occupied
  /// slot skips 64 empty ones per word (count trailing zeros) rather than looking at each. A
  /// simulation's seconds are mostly empty: the slot-by-slot scan took 3.5 % of its instructions.
  private var occupied0: [UInt64]
  private var occupied1: [UInt64]
  /// Items beyond the current era, as a binary heap of node indices.
  private var distant: [Int32] = []
  /// Items due before the cursor (scheduled after a look ahead), as a binary heap.
  private var early: [Int32] = []
  /// Where the item `first(dueBy:)` returned lives: true for the early heap.
  private var firstIsEarly = false
  /// The earliest second that may still hold items; never after the engine's clock.
  private var cursor: Int64
  /// The next sequence number handed out by `schedule`.
  public private(set) var nextSequence: Int64 = 0

  /// An empty agenda whose cursor starts at `now`.
  public init(now: Instant) {
    level0 = Array(repeating: Slot(), count: Self.slotsPerLevel)
    level1 = Array(repeating: Slot(), count: Self.slotsPerLevel)
    occupied0 = Array(repeating: 0, count: Self.slotsPerLevel / 64)
    occupied1 = Array(repeating: 0, count: Self.slotsPerLevel / 64)
    cursor = now.secondsSinceEpoch
  }

  /// Rebuilds an agenda from saved items (any order) and the saved sequence counter, so that it
  /// behaves exactly like the one that was saved.
  public init(now: Instant, items: [Item], nextSequence: Int64) {
    self.init(now: now)
    for item in items.sorted(by: { ($0.due, $0.sequence) < ($1.due, $1.sequence) }) {
      insert(item)
    }
    self.nextSequence = nextSequence
  }

  /// The number of items held, stale ones included.
  public var count: Int { nodes.count - freeNodes.count }

  public var isEmpty: Bool { count == 0 }

  /// Schedules `action` at `due` (never before the last item taken out) and returns its sequence
  /// number, which orders it after everything scheduled before for the same second.
  @discardableResult
  public mutating func schedule(_ action: Action, at due: Instant) -> Int64 {
    let sequence = nextSequence
    nextSequence += 1
    insert(Item(due: due, sequence: sequence, action: action))
    return sequence
  }

  /// Uses up `count` sequence numbers without scheduling anything: what `count` items scheduled
  /// and taken out again would leave, so that the items after them are numbered the same.
  public mutating func skipSequences(_ count: Int64) {
    nextSequence += count
  }

  /// The first item due at or before `limit`, without taking it out; `nil` if there is none.
  ///
  /// Mutating because finding it may pour coarser slots into finer ones.
  public mutating func first(dueBy limit: Instant) -> Item? {
    if let top = early.first, nodes[Int(top)].item.due <= limit {
      // An early item is due before the cursor, so before anything in the wheel.
      firstIsEarly = true
      return nodes[Int(top)].item
    }
    firstIsEarly = false
    guard let index = firstNode(dueBy: limit.secondsSinceEpoch) else { return nil }
    return nodes[Int(index)].item
  }

  /// The first two items of the cursor's block, without moving anything: a hint of what comes
  /// next for prefetching, where finding the items of a later block would cost more than it saves.
  /// Nil where such an item is not at hand: none is, or one due before the cursor comes first.
  ///
  /// Nodes come from a free list, at random over the table: the node of the third item is asked
  /// for (`prefetch`) here, so that it is in cache when the next call reads it as the second.
  public func upcoming() -> (first: Item?, second: Item?) {
    guard early.isEmpty, level0Count > 0,
      let slot = Self.firstSet(in: occupied0, from: Int(cursor & Self.blockMask))
    else { return (nil, nil) }
    let head = level0[slot].head
    guard let (second, secondSlot) = nodeAfter(head, inSlot: slot) else {
      return (nodes[Int(head)].item, nil)
    }
    if let (third, _) = nodeAfter(second, inSlot: secondSlot) { nodes.prefetch(Int(third)) }
    return (nodes[Int(head)].item, nodes[Int(second)].item)
  }

  /// The level-0 node that comes after node `index` of slot `slot`, and its slot; nil if none.
  private func nodeAfter(_ index: Int32, inSlot slot: Int) -> (node: Int32, slot: Int)? {
    let next = nodes[Int(index)].next
    if next >= 0 { return (next, slot) }
    guard let following = Self.firstSet(in: occupied0, from: slot + 1) else { return nil }
    return (level0[following].head, following)
  }

  /// Takes out the item that `first(dueBy:)` just returned.
  @discardableResult
  public mutating func removeFirst() -> Item {
    if firstIsEarly {
      firstIsEarly = false
      let index = early[0]
      Self.popHeap(&early, nodes: nodes)
      freeNodes.append(index)
      return nodes[Int(index)].item
    }
    let slotIndex = Int(cursor & Self.blockMask)
    let index = level0[slotIndex].head
    precondition(index >= 0, "internal inconsistency: removeFirst without first")
    let node = nodes[Int(index)]
    level0[slotIndex].head = node.next
    if node.next < 0 {
      level0[slotIndex].tail = -1
      Self.clear(slotIndex, in: &occupied0)
    }
    level0Count -= 1
    freeNodes.append(index)
    return node.item
  }

  /// Every item, in the order they would fire. For listings and saving, not for the hot path.
  public var items: [Item] {
    var result: [Item] = []
    result.reserveCapacity(count)
    var free = [Bool](repeating: false, count: nodes.count)
    for index in freeNodes { free[Int(index)] = true }
    for (index, node) in nodes.enumerated() where !free[index] { result.append(node.item) }
    result.sort { ($0.due, $0.sequence) < ($1.due, $1.sequence) }
    return result
  }

  // MARK: - Levels

  private static var blockMask: Int64 { (1 << blockBits) - 1 }

  private static func block(of second: Int64) -> Int64 { second >> blockBits }
  private static func era(of second: Int64) -> Int64 { second >> (2 * blockBits) }

  private mutating func insert(_ item: Item) {
    let index: Int32
    if let reused = freeNodes.popLast() {
      index = reused
      nodes[Int(index)] = Node(item: item, next: -1)
    } else {
      index = Int32(nodes.count)
      nodes.append(Node(item: item, next: -1))
    }
    let due = item.due.secondsSinceEpoch
    if due < cursor {
      Self.pushHeap(&early, index, nodes: nodes)
    } else if Self.block(of: due) == Self.block(of: cursor) {
      let slot = Int(due & Self.blockMask)
      Self.append(index, to: &level0, at: slot, nodes: &nodes)
      Self.set(slot, in: &occupied0)
      level0Count += 1
    } else if Self.era(of: due) == Self.era(of: cursor) {
      let slot = Int(Self.block(of: due) & Self.blockMask)
      Self.append(index, to: &level1, at: slot, nodes: &nodes)
      Self.set(slot, in: &occupied1)
      level1Count += 1
    } else {
      Self.pushHeap(&distant, index, nodes: nodes)
    }
  }

  private static func append(
    _ index: Int32, to slots: inout [Slot], at slot: Int, nodes: inout [Node]
  ) {
    nodes[Int(index)].next = -1
    let tail = slots[slot].tail
    if tail < 0 {
      slots[slot].head = index
    } else {
      nodes[Int(tail)].next = index
    }
    slots[slot].tail = index
  }

  private mutating func firstNode(dueBy limit: Int64) -> Int32? {
    while true {
      if level0Count > 0 {
        // Every level-0 item is in the cursor's block, at or after the cursor.
        guard let slot = Self.firstSet(in: occupied0, from: Int(cursor & Self.blockMask)) else {
          preconditionFailure("internal inconsistency: level-0 count")
        }
        let second = (cursor & ~Self.blockMask) | Int64(slot)
        guard second <= limit else { return nil }
        cursor = second
        return level0[slot].head
      }
      // Level 0 is empty: move the cursor to the next block that holds anything.
      guard let nextBlockStart = nextOccupiedBlockStart(), nextBlockStart <= limit else {
        return nil
      }
      enterBlock(startingAt: nextBlockStart)
    }
  }

  /// The first second of the earliest block after the cursor's that holds items, or nil.
  private func nextOccupiedBlockStart() -> Int64? {
    if level1Count > 0 {
      let cursorBlock = Self.block(of: cursor)
      guard let slot = Self.firstSet(in: occupied1, from: Int(cursorBlock & Self.blockMask) + 1)
      else {
        preconditionFailure("internal inconsistency: level-1 count")
      }
      let block = (cursorBlock & ~Self.blockMask) | Int64(slot)
      return block << Self.blockBits
    }
    guard let top = distant.first else { return nil }
    let due = nodes[Int(top)].item.due.secondsSinceEpoch
    return due & ~Self.blockMask
  }

  private mutating func enterBlock(startingAt start: Int64) {
    if Self.era(of: start) != Self.era(of: cursor) {
      // A new era: bring its items from the distant heap into level 1, in (due, sequence) order.
      let era = Self.era(of: start)
      while let top = distant.first, Self.era(of: nodes[Int(top)].item.due.secondsSinceEpoch) == era
      {
        Self.popHeap(&distant, nodes: nodes)
        let due = nodes[Int(top)].item.due.secondsSinceEpoch
        let slot = Int(Self.block(of: due) & Self.blockMask)
        Self.append(top, to: &level1, at: slot, nodes: &nodes)
        Self.set(slot, in: &occupied1)
        level1Count += 1
      }
    }
    cursor = start
    // Pour the block's level-1 slot into level 0, keeping its order.
    let slot = Int(Self.block(of: start) & Self.blockMask)
    var index = level1[slot].head
    level1[slot] = Slot()
    Self.clear(slot, in: &occupied1)
    while index >= 0 {
      let next = nodes[Int(index)].next
      let due = nodes[Int(index)].item.due.secondsSinceEpoch
      let second = Int(due & Self.blockMask)
      Self.append(index, to: &level0, at: second, nodes: &nodes)
      Self.set(second, in: &occupied0)
      level1Count -= 1
      level0Count += 1
      index = next
    }
  }

  // MARK: - Occupied slots

  @inline(__always)
  private static func set(_ slot: Int, in bits: inout [UInt64]) {
    bits[slot &>> 6] |= 1 &<< UInt64(slot & 63)
  }

  @inline(__always)
  private static func clear(_ slot: Int, in bits: inout [UInt64]) {
    bits[slot &>> 6] &= ~(1 &<< UInt64(slot & 63))
  }

  /// The first occupied slot at or after `start`, or nil.
  @inline(__always)
  private static func firstSet(in bits: [UInt64], from start: Int) -> Int? {
    guard start < slotsPerLevel else { return nil }
    var word = start &>> 6
    var current = bits[word] & (~0 &<< UInt64(start & 63))
    while current == 0 {
      word += 1
      guard word < bits.count else { return nil }
      current = bits[word]
    }
    return word &<< 6 | current.trailingZeroBitCount
  }

  // MARK: - Heaps (distant and early items)

  // Static, with the node table passed in: as instance methods called from a mutating one, each
  // call took a copy of `self` for the comparisons, and that copy shared the heap being changed,
  // so every push and pop copied the whole heap (40 % of the instructions of a 5,000-order
  // simulation, whose look-ahead puts thousands of items on the early heap).

  private static func precedes(_ a: Int32, _ b: Int32, in nodes: [Node]) -> Bool {
    let x = nodes[Int(a)].item
    let y = nodes[Int(b)].item
    return (x.due, x.sequence) < (y.due, y.sequence)
  }

  private static func pushHeap(_ heap: inout [Int32], _ index: Int32, nodes: [Node]) {
    heap.append(index)
    var child = heap.count - 1
    while child > 0 {
      let parent = (child - 1) / 2
      guard precedes(heap[child], heap[parent], in: nodes) else { break }
      heap.swapAt(child, parent)
      child = parent
    }
  }

  private static func popHeap(_ heap: inout [Int32], nodes: [Node]) {
    let last = heap.removeLast()
    guard !heap.isEmpty else { return }
    heap[0] = last
    var parent = 0
    while true {
      let left = 2 * parent + 1
      guard left < heap.count else { break }
      var best = left
      if left + 1 < heap.count, precedes(heap[left + 1], heap[left], in: nodes) { best = left + 1 }
      guard precedes(heap[best], heap[parent], in: nodes) else { break }
      heap.swapAt(best, parent)
      parent = best
    }
  }
}
