/// Instant cycles (SPEC §4.2): loops a token could go round forever without time passing.
extension ProcessDefinition {
  /// The cycles made only of instant blocks, each as block positions starting at its lowest, found
  /// with Tarjan's strongly connected components: `successors[i]` are the positions block i's
  /// exits lead to, `instant[i]` whether block i passes a token on at once.
  static func instantCycles(successors all: [[Int]], instant: [Bool]) -> [[Int]] {
    let count = all.count
    var order = [Int](repeating: -1, count: count)
    var low = [Int](repeating: 0, count: count)
    var onStack = [Bool](repeating: false, count: count)
    var stack: [Int] = []
    var counter = 0
    var cycles: [[Int]] = []

    // Made once: the walk below asks for a block's successors once per exit, and a fork with
    // 100,000 exits must not build its list 100,000 times.
    let instantSuccessors = all.indices.map { index in
      instant[index] ? all[index].filter { instant[$0] } : []
    }
    func successors(_ index: Int) -> [Int] { instantSuccessors[index] }

    // Iterative, so a long chain of blocks cannot overflow the stack.
    for root in 0..<count where order[root] < 0 && instant[root] {
      var work: [(node: Int, next: Int)] = [(root, 0)]
      order[root] = counter
      low[root] = counter
      counter += 1
      stack.append(root)
      onStack[root] = true
      while let (node, position) = work.last {
        let next = successors(node)
        if position < next.count {
          work[work.count - 1].next += 1
          let child = next[position]
          if order[child] < 0 {
            order[child] = counter
            low[child] = counter
            counter += 1
            stack.append(child)
            onStack[child] = true
            work.append((child, 0))
          } else if onStack[child] {
            low[node] = min(low[node], order[child])
          }
          continue
        }
        work.removeLast()
        if let parent = work.last?.node { low[parent] = min(low[parent], low[node]) }
        if low[node] == order[node] {
          var component: [Int] = []
          while let top = stack.popLast() {
            onStack[top] = false
            component.append(top)
            if top == node { break }
          }
          let selfLoop = component.count == 1 && successors(node).contains(node)
          if component.count > 1 || selfLoop {
            cycles.append(cyclePath(through: component.sorted(), successors: successors))
          }
        }
      }
    }
    return cycles.sorted { $0[0] < $1[0] }
  }

  /// One simple cycle inside a strongly connected component, from its lowest block, for the error
  /// message.
  private static func cyclePath(through component: [Int], successors: (Int) -> [Int]) -> [Int] {
    let members = Set(component)
    let start = component[0]
    // Breadth-first from start back to start, staying inside the component.
    var previous: [Int: Int] = [:]
    var queue = [start]
    var head = 0
    var found = false
    while head < queue.count, !found {
      let node = queue[head]
      head += 1
      for next in successors(node) where members.contains(next) {
        if next == start {
          previous[start] = node
          found = true
          break
        }
        if previous[next] == nil {
          previous[next] = node
          queue.append(next)
        }
      }
    }
    var path: [Int] = []
    var node = previous[start] ?? start
    while node != start {
      path.append(node)
      node = previous[node] ?? start
    }
    path.append(start)
    return path.reversed()
  }
}
