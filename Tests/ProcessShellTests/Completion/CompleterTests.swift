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
    let shown = result.listing.components(separatedBy: "  ")
    #expect(shown.count == Completer.Result.listingLimit + 1)
    #expect(shown.last == "… and 2901 more: type more of the word")
    // Typing more narrows it to what can follow.
    #expect(Completer(engine: session.engine).complete("order 299").candidates.count == 11)
  }

  @Test func aShortListingShowsEveryCandidate() {
    let result = Completer.Result(prefix: "", candidates: ["a", "b"])
    #expect(result.listing == "a  b")
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
