import ProcessEngine
import Wording

extension Condition {
  /// The comparisons in it that time alone can turn (`created ago >= 1h`, `received X ago >=
  /// 1d`), as `language` shows them.
  func timeConditions(in language: Language) -> [String] {
    switch self {
    case .createdAgo, .received(_, ago: .some):
      return [text(counters: [], in: language)]
    case .not(let inner):
      return inner.timeConditions(in: language)
    case .and(let a, let b), .or(let a, let b):
      return a.timeConditions(in: language) + b.timeConditions(in: language)
    case .always, .paid, .partiallyPaid, .statusIn, .hasPhone, .hasEmail, .counter, .actual,
      .received(_, ago: .none), .opened:
      return []
    }
  }
}
