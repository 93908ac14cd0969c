/// What `process explore NAME` found: every distinct outcome of the process on one abstract order,
/// and the anomalies its paths reach (SPEC §12.5, docs/explore.md).
public struct Exploration: Sendable {
  /// Where a path ends up.
  public struct Outcome: Hashable, Sendable {
    public enum Ending: Hashable, Sendable {
      /// The task reached the end block `name`, or ended without one (`none`).
      case ended(name: String, result: TaskResult)
      /// The task is open, nobody is asked and no timer is due: it waits for the customer, and
      /// waits forever if the customer never acts.
      case waitsForever
      /// The runtime guard stopped the task (a loop, say).
      case failed
      /// The path reached `--max-steps` before any of the above.
      case cutOff

      /// Ends first, cut-off paths last: the order outcomes are listed in.
      var rank: Int {
        switch self {
        case .ended: 0
        case .waitsForever: 1
        case .failed: 2
        case .cutOff: 3
        }
      }
    }
    public var ending: Ending
    public var status: OrderStatus
  }

  /// A path from the new order: whether the customer had a phone, then the steps.
  public struct Path: Sendable, Equatable {
    public var hasPhone: Bool
    public var steps: [ExplorationStep]
  }

  /// One outcome and the paths that reach it.
  public struct OutcomeSummary: Sendable {
    public var outcome: Outcome
    /// The least and the most virtual time, from the order to the outcome, over its paths.
    public var shortest: TimeSpan
    public var longest: TimeSpan
    /// The order's calls and messages at the outcome, least and most.
    public var calls: ClosedRange<Int>
    public var messages: ClosedRange<Int>
    /// How many distinct end states reach it.
    public var states: Int
    /// The shortest path found to it, and the order's calls and messages at its end.
    public var example: Path
    public var exampleEnd: (calls: Int, messages: Int)
  }

  /// Something a path can reach that a process author would not want.
  public enum Anomaly: Hashable, Sendable {
    /// A block changes the status of an order that is already `completed` (SPEC §7.3 path 6: a
    /// payment after block 3 timed out passes unnoticed).
    case completedOrderChanged(process: String, block: String, to: OrderStatus)
    /// A paid order is cancelled, by a block (or by the customer, `block` nil).
    case paidOrderCancelled(process: String?, block: String?)
    /// The task can wait forever: open, nobody asked, no timer, with branches at these blocks.
    case waitsForever(process: String, blocks: [String])
  }

  public struct AnomalySummary: Sendable {
    public var anomaly: Anomaly
    /// The first path found that reaches it.
    public var example: Path
  }

  /// The process explored, and its task on the explored order.
  public var process: String
  public var task: TaskID
  public var outcomes: [OutcomeSummary]
  public var anomalies: [AnomalySummary]
  /// Per process that ran (the explored one and its sub-processes), the blocks no path entered.
  public var blocksNeverReached: [(process: String, blocks: [String])]
  /// The distinct states visited.
  public var states: Int
  /// The paths `--max-steps` cut short.
  public var cutOff: Int
  /// Whether the exploration stopped at `Explorer.stateLimit` before it saw every state.
  public var isIncomplete: Bool
}
