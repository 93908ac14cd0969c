/// Values under their labels, the labels in one column as wide as the longest: `order N`,
/// `task N` and `user N` show their fields this way. The column is at least `minimumWidth` wide,
/// so that English keeps the layout it always had while longer Russian labels widen it; a
/// continuation line (a question's script under its options) starts under the values.
///
///     var lines = LabelledLines()
///     lines.add("manager", "admin")
///     lines.add("asks", "[8] Take the order?: yes (+) | duplicate (-)")
///     lines.continue("waiting since 2026-01-05 09:01 (1m)")
///     lines.text   // ["  manager    admin", "  asks       [8] …", "             waiting since …"]
struct LabelledLines {
  private var entries: [(label: String?, value: String)] = []
  let minimumWidth: Int

  init(minimumWidth: Int = 10) {
    self.minimumWidth = minimumWidth
  }

  mutating func add(_ label: String, _ value: String) {
    entries.append((label, value))
  }

  /// A line under the previous value, without a label of its own.
  mutating func `continue`(_ value: String) {
    entries.append((nil, value))
  }

  /// The lines, indented by two spaces.
  var text: [String] {
    let width = max(minimumWidth, entries.compactMap { $0.label?.count }.max() ?? 0)
    return entries.map { label, value in
      "  " + (label ?? "").padding(toLength: width) + " " + value
    }
  }
}
