/// The columns of one kind of session row, in the order they are written.
///
/// The bulk sections of a session file are arrays of compact rows, so a value's meaning is its
/// position. That position is said once, here: each record kind is an enum whose cases are its
/// columns in on-disk order (the raw value is the position). The writer walks the cases with an
/// exhaustive `switch`, the reader takes each value by its case, and docs/session-format.md is
/// generated from the same cases (`SessionDocsTests`), so adding a column fails to compile until it
/// is written and read, and the three cannot disagree.
protocol SessionColumn: CaseIterable, Hashable, Sendable, RawRepresentable
where AllCases == [Self], RawValue == Int {
  /// Where the rows are in the document, for error paths: `events`, `agenda.items`.
  static var section: String { get }
  /// The column's name in the docs: `payment-date`.
  var name: String { get }
  /// What the column holds on disk.
  var type: ColumnType { get }
  /// What the value means, for the docs.
  var meaning: String { get }
}

extension SessionColumn {
  /// The column's place in the row, from 0.
  @inline(__always) var position: Int { rawValue }

  /// The shape the row reader expects.
  static var shape: [ColumnType] { allCases.map(\.type) }

  /// The JSON path of row `row`: `events[12]`.
  static func path(row: Int) -> String { "\(section)[\(row)]" }

  /// The JSON path of this column's value in row `row`: `events[12][3]`.
  func path(row: Int) -> String { "\(Self.section)[\(row)][\(position)]" }

  /// The row as the docs and messages show it: `[due, sequence, kind, id, epoch]`.
  static var outline: String { "[" + allCases.map(\.name).joined(separator: ", ") + "]" }
}

/// The JSON value a column holds.
enum ColumnType: Equatable, Sendable {
  case integer
  case optionalInteger
  case string
  case optionalString
  /// A list of integers or nulls (a task's counters and variables).
  case list

  /// How the docs describe it.
  var description: String {
    switch self {
    case .integer: "integer"
    case .optionalInteger: "integer or null"
    case .string: "string"
    case .optionalString: "string or null"
    case .list: "list of integers or nulls"
    }
  }
}
