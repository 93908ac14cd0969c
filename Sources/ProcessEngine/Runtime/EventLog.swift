/// Every event of the session, in the order it happened; `EventID(index:)` addresses one.
///
/// Kept in chunks (`ChunkedArray`) rather than one array: a growing array copies itself when it
/// doubles, and for tens of millions of events that copy would double the peak memory; and a kept
/// copy of the session shares all but the last chunk with the live one.
public struct EventLog: RandomAccessCollection, Sendable {
  var rows = ChunkedArray<Event>()

  public init() {}

  public var count: Int { rows.count }
  public var startIndex: Int { 0 }
  public var endIndex: Int { rows.count }

  public subscript(position: Int) -> Event { rows[position] }

  public subscript(id: EventID) -> Event { rows[id.index] }

  public func makeIterator() -> ChunkedArray<Event>.Iterator { rows.makeIterator() }

  /// Appends an event and returns its id.
  @inline(__always) @discardableResult
  public mutating func append(_ event: Event) -> EventID {
    rows.append(event)
    return EventID(index: rows.count - 1)
  }

  /// The id the next appended event will get.
  public var nextID: EventID { EventID(index: rows.count) }
}
