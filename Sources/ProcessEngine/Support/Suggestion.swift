/// "Did you mean …?" for mistyped names: commands, fields, statuses, processes, managers.
public enum Suggestion {
  /// The candidate closest to `word` by edit distance, if it is close enough to be a typo (at most
  /// a third of the word's length, at least one edit); ties go to the earlier candidate.
  public static func closest(to word: String, among candidates: [String]) -> String? {
    let limit = max(1, word.count / 3)
    var best: (candidate: String, distance: Int)? = nil
    for candidate in candidates where candidate != word {
      let distance = editDistance(word, candidate)
      if distance <= limit, distance < (best?.distance ?? .max) {
        best = (candidate, distance)
      }
    }
    if best == nil {
      // A prefix is a strong hint too: `proc` for `processes`.
      if word.count >= 3, let prefixed = candidates.first(where: { $0.hasPrefix(word) }) {
        return prefixed
      }
    }
    return best?.candidate
  }

  /// The Levenshtein distance between two strings, by characters.
  public static func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a)
    let b = Array(b)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
        current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
      }
      swap(&previous, &current)
    }
    return previous[b.count]
  }

  /// `'a', 'b' or 'c'`: a list of valid values for an error message.
  public static func list(_ values: [String], conjunction: String = "or") -> String {
    let quoted = values.map { "'\($0)'" }
    switch quoted.count {
    case 0: return "nothing"
    case 1: return quoted[0]
    default: return quoted.dropLast().joined(separator: ", ") + " \(conjunction) " + quoted.last!
    }
  }
}
