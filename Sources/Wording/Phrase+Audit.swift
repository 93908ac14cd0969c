extension Phrase {
  /// What is wrong with this phrase as an entry of a catalogue (issue 11: every message in both
  /// languages, every placeholder in each, no Russian built from English): each library's tests
  /// run it over every message of its books, so the rules live here once.
  ///
  /// - both languages are written;
  /// - each names the same placeholders;
  /// - the Russian has a Cyrillic letter, unless it is only placeholders and signs (`{a} → {b}`);
  /// - a counted word has English's two forms (one, other) and Russian's three (one, few, many).
  public var problems: [String] {
    var problems: [String] = []
    if english.isEmpty { problems.append("no English") }
    if russian.isEmpty { problems.append("no Russian") }
    let englishNames = Self.placeholders(in: english)
    let russianNames = Self.placeholders(in: russian)
    if englishNames != russianNames {
      problems.append(
        "placeholders differ: English \(englishNames.sorted()), Russian \(russianNames.sorted())")
    }
    let letters = russian.replacing(/\{[^}]*\}/, with: "").unicodeScalars.filter {
      $0.properties.isAlphabetic
    }
    if !letters.isEmpty && !letters.contains(where: { (0x0400...0x04FF).contains($0.value) }) {
      problems.append("the Russian has no Cyrillic letter")
    }
    for (language, template, count) in [("English", english, 2), ("Russian", russian, 3)] {
      for match in template.matches(of: /\{[^}:]*:([^}]*)\}/) {
        let forms = match.output.1.split(separator: "|", omittingEmptySubsequences: false).count
        if forms != count {
          problems.append("\(language) gives \(forms) forms of a counted word, not \(count)")
        }
      }
    }
    return problems
  }
}
