/// Suggestions and lists for error messages about definitions, which may be generated and huge.
extension Suggestion {
  /// `'a', 'b' or 'c'` as `list(_:conjunction:)` writes it, but a long list shows its first
  /// `limit` values and how many there are: a generated definition with 100,000 option keys must
  /// not make each of its error messages 100,000 names long.
  static func list(_ values: [String], conjunction: String = "or", atMost limit: Int) -> String {
    guard values.count > limit else { return list(values, conjunction: conjunction) }
    let shown = values.prefix(limit).map { "'\($0)'" }.joined(separator: ", ")
    return "\(shown), … (\(values.count) in all)"
  }

  /// `closest(to:among:)` while `budget` lasts: each look costs one unit per candidate and is
  /// skipped when the budget cannot pay for it. Finding a typo costs an edit distance per
  /// candidate, so without a budget 40,000 exits to missing blocks among 40,000 ids would take
  /// minutes; with it the first few errors get their "did you mean" and the rest a plain message.
  static func closest(to word: String, among candidates: [String], budget: inout Int) -> String? {
    guard candidates.count <= budget else { return nil }
    budget -= candidates.count
    return closest(to: word, among: candidates)
  }
}
