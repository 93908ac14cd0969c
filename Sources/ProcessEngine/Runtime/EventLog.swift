/// Every event of the session, in the order it happened; `EventID(index:)` addresses one.
///
/// Kept in fixed-size chunks rather than one array: a growing array copies itself when it doubles,
/// and for tens of millions of events that copy would double the peak memory.
public struct EventLog: RandomAccessCollection, Sendable {
  static var chunkBits: Int { 16 }
  static var chunkSize: Int { 1 << chunkBits }

  private var chunks: [[Event]] = []
  public private(set) var count: Int = 0

  public init() {}

  public var startIndex: Int { 0 }
  public var endIndex: Int { count }

  public subscript(position: Int) -> Event {
    chunks[position >> Self.chunkBits][position & (Self.chunkSize - 1)]
  }

  public subscript(id: EventID) -> Event { self[id.index] }

  /// Appends an event and returns its id.
  @inline(__always) @discardableResult
  public mutating func append(_ event: Event) -> EventID {
    if count & (Self.chunkSize - 1) == 0 {
      var chunk: [Event] = []
      chunk.reserveCapacity(Self.chunkSize)
      chunks.append(chunk)
    }
    chunks[chunks.count - 1].append(event)
    count += 1
    return EventID(index: count - 1)
  }

  /// The id the next appended event will get.
  public var nextID: EventID { EventID(index: count) }
}
