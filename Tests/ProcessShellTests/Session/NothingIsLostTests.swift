import Foundation
import ProcessEngine
import Testing

@testable import ProcessShell

/// SPEC §12.3, "nothing is lost": what replaces a session can be taken back, and a change the
/// shell could not save says so.
@Suite struct NothingIsLostTests {
  /// `load` threw away the session it replaced, and `undo` could not bring it back.
  @Test func undoAfterALoadBringsBackTheSessionItReplaced() throws {
    let directory = try TemporaryDirectory()
    let other = Transcript()
    other.ok("order new; save \(directory.path)/other.json")
    let session = Transcript()
    session.ok("order new --no-phone; order new; advance 1m; answer task 1 yes")
    let before = session.engine.sessionBytes()
    session.ok("load \(directory.path)/other.json")
    #expect(session.engine.orders.count == 1)
    session.ok("pay order 1")
    #expect(
      lines(session.ok("undo 2")) == [
        "undone: load \(directory.path)/other.json; pay order 1", "now 2026-01-05 09:01 (Mon)",
      ])
    let after = session.engine.sessionBytes()
    #expect(after == before)
    // And on, through the commands before the load.
    session.ok("undo")
    #expect(session.engine.openSteps.map(\.question.key) == ["take-order", "take-order"])
    #expect(session.failing("undo 4") == "error: only 3 commands can be undone\n")
  }

  /// `procsh --session FILE` saves after every change; a save that fails (a full or read-only
  /// disk) printed a warning and the run still ended with 0.
  @Test func aChangeThatCannotBeAutosavedFailsTheCommand() throws {
    let directory = try TemporaryDirectory()
    let session = Transcript()
    session.shell.autosavePath = directory.path + "/missing-folder/session.json"
    #expect(session.shell.run(line: "order new") == .commandFailed)
    #expect(
      session.errors.text
        == "error: the change is made but could not be saved to \(directory.path)/missing-folder/session.json: no such file or folder\n"
    )
    // The change stands in the shell, and a script stops there.
    #expect(session.engine.orders.count == 1)
    #expect(
      session.shell.runScript("order new\norder new\n", path: "s.procsh") == .commandFailed)
    #expect(session.engine.orders.count == 2)
  }
}
