import ProcessEngine

extension Condition {
  /// The comparisons in it that time alone can turn (`created ago >= 1h`, `received X ago >=
  /// 1d`), as written.
  var timeConditions: [String] {
    switch self {
    case .createdAgo, .received(_, ago: .some):
      return [text(counters: [])]
    case .not(let inner):
      return inner.timeConditions
    case .and(let a, let b), .or(let a, let b):
      return a.timeConditions + b.timeConditions
    case .always, .paid, .partiallyPaid, .statusIn, .hasPhone, .hasEmail, .counter, .actual,
      .received(_, ago: .none), .opened:
      return []
    }
  }
}
