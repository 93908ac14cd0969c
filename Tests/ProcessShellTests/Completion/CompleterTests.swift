import Foundation
import ProcessEngine
import ProcessShell
import Testing

/// Tab completion of commands, sub-commands, flags, live ids and answer options.
@Suite struct CompleterTests {
  static func completer() -> Completer {
    let session = Transcript()
    session.ok("manager add anna; order new; order new; advance 1m; answer task 1 yes; pay order 2")
    return Completer(engine: session.engine)
  }

  @Test(arguments: [
    ("adv", "adv", ["advance"]),
    ("st", "st", ["status", "stats"]),
    ("process s", "s", ["start", "stop", "show"]),
    ("order new --n", "--n", ["--name", "--no-phone"]),
    ("answer task ", "", ["3"]),
    ("answer task 3 ", "", ["reached", "duplicate", "wrong-number", "no-answer"]),
    ("answer order 1 n", "n", ["no-answer"]),
    ("pay order ", "", ["1"]),
    ("set order 1 status p", "p", ["postponed", "pending-refund"]),
    ("set order 1 ", "", ["status", "payment-date", "next-contact-date"]),
    ("set order 1 n", "n", ["next-contact-date"]),
    ("set order 1 payment-date ", "", ["none"]),
    ("as ", "", ["admin", "anna"]),
    ("process start ", "", ["call-3-days", "order-processing"]),
    ("expect task 3 c", "c", ["counter.days", "counter.calls"]),
    ("order new; pay ", "", ["order"]),
    ("help ex", "ex", ["expect", "exit"]),
    ("ma", "ma", ["manager", "managers", "mailing", "mailings"]),
    ("mailing ", "", ["load", "start", "stop", "show"]),
    ("me", "me", ["messages"]),
    ("messages --", "--", ["--order", "--json"]),
    ("expect m", "m", ["message"]),
    ("why order 1 m", "m", ["manager", "messages"]),
  ])
  func completesWhatCanComeNext(line: String, prefix: String, candidates: [String]) {
    let result = Self.completer().complete(line)
    #expect(result.prefix == prefix)
    #expect(result.candidates == candidates)
  }

  @Test func aSimulatedSessionOffersEveryIDOnceAndListsThemShort() {
    let session = Transcript()
    session.ok("simulate 3000 orders")
    let result = Completer(engine: session.engine).complete("order ")
    #expect(result.candidates.count == 3001)  // `new` and every order
    #expect(Set(result.candidates).count == result.candidates.count)
    #expect(Array(result.candidates.prefix(3)) == ["new", "1", "2"])
    let lines = result.listing(width: 80, in: .english).split(separator: "\n")
    #expect(lines.last == "… and 2901 more: type more of the word")
    let shown = lines.dropLast().flatMap { $0.split(separator: " ") }.map(String.init)
    #expect(
      shown.sorted() == Array(result.candidates.prefix(Completer.Result.listingLimit)).sorted())
    #expect(
      result.listing(width: 80, in: .russian).hasSuffix("… и ещё 2901: наберите начало точнее"))
    // Typing more narrows it to what can follow.
    #expect(Completer(engine: session.engine).complete("order 299").candidates.count == 11)
  }

  @Test func aShortListingShowsEveryCandidate() {
    let result = Completer.Result(prefix: "", candidates: ["a", "b"])
    #expect(result.listing(width: 80, in: .english) == "a  b")
  }

  /// SPEC §12.2: at 80 columns a listing is columns of whole words, read down each column as a
  /// shell lists files; a terminal never breaks one of them.
  @Test func aListingFitsTheWidthInColumnsOfWholeWords() {
    let words = (1...30).map { "word-\($0)" }
    let listing = Completer.Result(prefix: "", candidates: words).listing(width: 40, in: .english)
    let lines = listing.split(separator: "\n").map(String.init)
    #expect(lines.allSatisfy { $0.count <= 40 }, "\(lines)")
    // Cells of 7 characters and 2 spaces: 4 columns (the last without its spaces) of 8 rows.
    #expect(lines.count == 8)
    #expect(lines[0] == "word-1   word-9   word-17  word-25")
    #expect(lines[7] == "word-8   word-16  word-24")
    let narrow = Completer.Result(prefix: "", candidates: words).listing(width: 5, in: .english)
    #expect(narrow.split(separator: "\n").count == 30)
  }

  /// `restore` offers the checkpoints the shell keeps, those a loaded file brought included.
  @Test func restoreOffersTheCheckpoints() {
    let session = Transcript()
    session.ok("checkpoint start; order new; checkpoint ordered; checkpoint second")
    #expect(
      Completer(shell: session.shell).complete("restore ").candidates
        == ["start", "ordered", "second"])
    #expect(
      Completer(shell: session.shell).complete("restore s").candidates == ["start", "second"])
  }
}
