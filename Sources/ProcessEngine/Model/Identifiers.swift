/// Ids users see and type: `order 12`, `task 3`. They start at 1 and are never reused, so a saved
/// session, a log line and a script all mean the same object by the same number.
///
/// The engine keeps each kind of object in an array indexed by `id.index`, so an id is also the
/// object's address.
public protocol EntityID: Hashable, Comparable, Sendable, CustomStringConvertible {
  var rawValue: Int32 { get }
  init(rawValue: Int32)
}

extension EntityID {
  /// The position of the object in its array.
  @inline(__always) public var index: Int { Int(rawValue) - 1 }

  /// The id of the object at `index` in its array.
  @inline(__always) public init(index: Int) { self.init(rawValue: Int32(index + 1)) }

  public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
  public var description: String { String(rawValue) }
}

/// A customer.
public struct UserID: EntityID {
  public let rawValue: Int32
  public init(rawValue: Int32) { self.rawValue = rawValue }
}

/// An order.
public struct OrderID: EntityID {
  public let rawValue: Int32
  public init(rawValue: Int32) { self.rawValue = rawValue }
}

/// One run of one process for one object.
public struct TaskID: EntityID {
  public let rawValue: Int32
  public init(rawValue: Int32) { self.rawValue = rawValue }
}

/// One branch of a task; internal, never shown.
public struct TokenID: EntityID {
  public let rawValue: Int32
  public init(rawValue: Int32) { self.rawValue = rawValue }
}

/// A manager; `ManagerID.admin` is the administrator every session starts with.
public struct ManagerID: EntityID {
  public let rawValue: Int32
  public init(rawValue: Int32) { self.rawValue = rawValue }
  public static let admin = ManagerID(rawValue: 1)
}

/// A loaded process definition (one version of a named process).
public struct DefinitionID: EntityID {
  public let rawValue: Int32
  public init(rawValue: Int32) { self.rawValue = rawValue }
}

/// A position in the event log.
public struct EventID: EntityID {
  public let rawValue: Int32
  public init(rawValue: Int32) { self.rawValue = rawValue }
}

/// A block's position in its definition's `blocks` array.
public struct BlockIndex: Hashable, Comparable, Sendable {
  public let rawValue: Int16
  public init(_ index: Int) { rawValue = Int16(index) }
  public var index: Int { Int(rawValue) }
  public static func < (lhs: BlockIndex, rhs: BlockIndex) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// A string the session keeps once: a reason, a message text, a variable's text value.
public struct TextID: Hashable, Sendable {
  public let rawValue: Int32
  public init(rawValue: Int32) { self.rawValue = rawValue }
}

/// An optional id stored in the id's 4 bytes, 0 meaning none (ids start at 1), where `Optional`
/// takes 5 and pads to 8 inside a struct. A million simulated orders keep millions of tokens and
/// tasks, each with several links; packing them saves a third of a token's size.
@propertyWrapper
public struct PackedID<ID: EntityID>: Equatable, Sendable {
  private var raw: Int32

  public init(wrappedValue: ID?) { raw = wrappedValue?.rawValue ?? 0 }

  public var wrappedValue: ID? {
    @inline(__always) get { raw == 0 ? nil : ID(rawValue: raw) }
    @inline(__always) set { raw = newValue?.rawValue ?? 0 }
  }
}

/// A loaded auto-mailing (SPEC §12.4); reloading a mailing of the same name keeps its id.
public struct MailingID: EntityID {
  public let rawValue: Int32
  public init(rawValue: Int32) { self.rawValue = rawValue }
}

/// A message sent to a customer, by a mailing or a block: 1, 2, 3, … in the order sent.
public struct MessageID: EntityID {
  public let rawValue: Int32
  public init(rawValue: Int32) { self.rawValue = rawValue }
}
