/// "Did you mean …?" for mistyped names: commands, fields, statuses, processes, managers.
public enum Suggestion {
  /// The candidate closest to `word` by edit distance, if it is close enough to be a typo: at most
  /// half the word's length in edits (a swap of two neighbours counts as one), and never for words
  /// of one or two characters, where every candidate is "close". Ties go to the earlier candidate.
  public static func closest(to word: String, among candidates: [String]) -> String? {
    let length = word.count
    guard length >= 3 else { return nil }
    let limit = min(3, max(1, length / 2))
    var best: (candidate: String, distance: Int)? = nil
    for candidate in candidates where candidate != word {
      // Every edit changes the length by at most one: a word much longer or shorter than the
      // candidate cannot be close, and a megabyte of garbage costs one count, not a table.
      guard abs(candidate.count - length) <= limit else { continue }
      let distance = editDistance(word, candidate)
      if distance <= limit, distance < (best?.distance ?? .max) {
        best = (candidate, distance)
      }
    }
    if best == nil, let prefixed = candidates.first(where: { $0.hasPrefix(word) }) {
      // A prefix is a strong hint too: `proc` for `processes`.
      return prefixed
    }
    return best?.candidate
  }

  /// The optimal-string-alignment distance between two strings, by characters: insertions,
  /// deletions, substitutions and swaps of neighbours each count one.
  public static func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a)
    let b = Array(b)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
    for i in 0...a.count { table[i][0] = i }
    for j in 0...b.count { table[0][j] = j }
    for i in 1...a.count {
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
        }
      }
    }
    return table[a.count][b.count]
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
