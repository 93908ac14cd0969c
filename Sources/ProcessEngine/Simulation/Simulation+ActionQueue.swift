extension Simulation {
  /// What the simulated people will do, by due time and then by the order it was scheduled in
  /// (the order `Agenda` keeps), at less cost for this mix of actions.
  ///
  /// Nearly all actions are managers' answers, due `answerDelay` after a step opened. Steps open
  /// in log order, whose times never go back, so answers come due in the order they are scheduled
  /// and queue first in, first out. Other actions that happen to come due in scheduling order
  /// (promised payments, all due the same time after the promise) queue in a second line; the
  /// rest go to a binary heap. `Agenda`, a timing wheel built for the engine's million pending
  /// timers, looked at every second between these sparse actions: it took about 44 million
  /// instructions of a 20,000-order run (callgrind), this takes 23 million.
  struct ActionQueue {
    struct Item {
      var due: Instant
      var sequence: Int64
      var action: Action

      /// Whether this item comes before `other`: earlier, or as early and scheduled first.
      @inline(__always)
      func precedes(_ other: Item) -> Bool {
        due < other.due || (due == other.due && sequence < other.sequence)
      }
    }

    /// Items scheduled in due order, taken from the front.
    struct Line {
      private var items: [Item] = []
      private var start = 0

      var front: Item? { start < items.count ? items[start] : nil }

      /// The item `offset` places behind the front, if the line is that long.
      func item(behindFront offset: Int) -> Item? {
        start + offset < items.count ? items[start + offset] : nil
      }

      /// Asks for the item `offset` places behind the front (`prefetch`): a line's front was
      /// written long before it is read (an answer waits `answerDelay`), and read too slowly for
      /// the processor to see a sequence in it.
      func prefetch(behindFront offset: Int) { items.prefetch(start + offset) }

      /// Whether an item due then keeps the line in order.
      func accepts(_ due: Instant) -> Bool { items.last.map { $0.due <= due } ?? true }

      mutating func append(_ item: Item) { items.append(item) }

      mutating func removeFirst() -> Item {
        let item = items[start]
        start += 1
        // Drop the taken prefix when the line empties, or once it is half the array: each item
        // moves at most once.
        if start == items.count {
          items.removeAll(keepingCapacity: true)
          start = 0
        } else if start >= 4_096, start * 2 >= items.count {
          items.removeSubrange(0..<start)
          start = 0
        }
        return item
      }
    }

    private enum Place {
      case answers, inOrder, heap
    }

    private var answers = Line()
    private var inOrder = Line()
    /// A binary heap by `precedes`.
    private var heap: [Item] = []
    private var nextSequence: Int64 = 0
    /// The first item and where it is, kept up to date: the run loop asks for it at every step.
    private var head: (item: Item, place: Place)? = nil

    /// Schedules `action` at `due`, after everything scheduled before for the same second.
    mutating func schedule(_ action: Action, at due: Instant) {
      let item = Item(due: due, sequence: nextSequence, action: action)
      nextSequence += 1
      let place: Place
      if case .answer = action, answers.accepts(due) {
        answers.append(item)
        place = .answers
      } else if inOrder.accepts(due) {
        inOrder.append(item)
        place = .inOrder
      } else {
        push(item)
        place = .heap
      }
      if let head, !item.precedes(head.item) { return }
      head = (item, place)
    }

    /// The first item due at or before `limit`, or nil.
    func first(dueBy limit: Instant) -> Item? {
      guard let head, head.item.due <= limit else { return nil }
      return head.item
    }

    /// The managers' answers queued `offset` places behind the first one in line (not always
    /// the next actions: other kinds may come between).
    func queuedAnswer(_ offset: Int) -> Item? { answers.item(behindFront: offset) }

    /// Asks for the answer queued `offset` places behind the first (`prefetch`).
    func prefetchQueuedAnswer(_ offset: Int) { answers.prefetch(behindFront: offset) }

    /// Takes out the first item; there must be one.
    mutating func removeFirst() -> Item {
      guard let head else {
        preconditionFailure("internal inconsistency: removeFirst on an empty action queue")
      }
      switch head.place {
      case .answers: _ = answers.removeFirst()
      case .inOrder: _ = inOrder.removeFirst()
      case .heap: pop()
      }
      var next: (item: Item, place: Place)? = answers.front.map { ($0, .answers) }
      if let item = inOrder.front, next.map({ item.precedes($0.item) }) ?? true {
        next = (item, .inOrder)
      }
      if let item = heap.first, next.map({ item.precedes($0.item) }) ?? true {
        next = (item, .heap)
      }
      self.head = next
      return head.item
    }

    private mutating func push(_ item: Item) {
      heap.append(item)
      heap.withUnsafeMutableBufferPointer { heap in
        var child = heap.count - 1
        while child > 0 {
          let parent = (child - 1) / 2
          guard item.precedes(heap[parent]) else { break }
          heap[child] = heap[parent]
          child = parent
        }
        heap[child] = item
      }
    }

    private mutating func pop() {
      let last = heap.removeLast()
      guard !heap.isEmpty else { return }
      heap.withUnsafeMutableBufferPointer { heap in
        // Sift the last item down from the root's place.
        var parent = 0
        while true {
          var child = 2 * parent + 1
          guard child < heap.count else { break }
          if child + 1 < heap.count, heap[child + 1].precedes(heap[child]) { child += 1 }
          guard heap[child].precedes(last) else { break }
          heap[parent] = heap[child]
          parent = child
        }
        heap[parent] = last
      }
    }
  }
}
