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

extension NothingIsLostTests {
  /// `save` wrote session JSON over any file, a text included.
  @Test func saveReplacesOnlyASessionUnlessForced() throws {
    let directory = try TemporaryDirectory()
    try directory.write("my notes\n", to: "notes.txt")
    let session = Transcript()
    session.ok("order new")
    #expect(
      session.failing("save \(directory.path)/notes.txt")
        == "error: \(directory.path)/notes.txt is there and is not a procsh session; --force replaces it\n"
    )
    #expect(try directory.read("notes.txt") == "my notes\n")
    #expect(
      session.ok("save \(directory.path)/a.json").hasPrefix("saved \(directory.path)/a.json: "))
    #expect(
      session.ok("save \(directory.path)/a.json").hasPrefix(
        "saved \(directory.path)/a.json, replacing the session that was there: "))
    session.ok("save --force \(directory.path)/notes.txt")
    #expect(try directory.read("notes.txt").hasPrefix("{\n\"acting-manager\":"))
  }

  /// `record` wrote over any file too, a hand-written test script included.
  @Test func recordReplacesOnlyARecordingUnlessForced() throws {
    let directory = try TemporaryDirectory()
    try directory.write("order new\nexpect count orders 1\n", to: "mine.procsh")
    let session = Transcript()
    #expect(session.failing("record \(directory.path)/mine.procsh").contains("--force replaces it"))
    #expect(try directory.read("mine.procsh") == "order new\nexpect count orders 1\n")
    session.ok("record \(directory.path)/case.procsh; order new; record stop")
    #expect(
      session.ok("record \(directory.path)/case.procsh").contains("(replacing what was there)"))
  }

  /// Saving onto a device replaced it with a regular file (as root), and saving onto a link
  /// replaced the link; a link is written through now, and a device refused.
  @Test func saveWritesThroughALinkAndRefusesADevice() throws {
    let directory = try TemporaryDirectory()
    let session = Transcript()
    session.ok("save \(directory.path)/real.json")
    try FileManager.default.createSymbolicLink(
      atPath: directory.path + "/link.json", withDestinationPath: "real.json")
    session.ok("order new; save \(directory.path)/link.json")
    #expect(
      try FileManager.default.destinationOfSymbolicLink(atPath: directory.path + "/link.json")
        == "real.json")
    #expect(try Shell.readSession(path: directory.path + "/real.json").engine.orders.count == 1)
    #expect(session.failing("save /dev/null").contains("is a device or something else"))
  }

  /// The temporary file was `FILE.tmp-PID`, opened following links: a link planted under that
  /// name in a shared folder made procsh write over its target.
  @Test func aLinkPlantedWhereTheTemporaryWasCannotRedirectASave() throws {
    let directory = try TemporaryDirectory()
    try directory.write("precious\n", to: "victim.txt")
    try FileManager.default.createSymbolicLink(
      atPath: directory.path + "/shared.json.tmp-\(getpid())",
      withDestinationPath: directory.path + "/victim.txt")
    let session = Transcript()
    session.ok("save \(directory.path)/shared.json")
    #expect(try directory.read("victim.txt") == "precious\n")
    #expect(try Shell.readSession(path: directory.path + "/shared.json").engine.orders.isEmpty)
    // Nothing but the planted link and the files is left: no temporary behind.
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() == [
        "shared.json", "shared.json.tmp-\(getpid())", "victim.txt",
      ])
  }

  /// `record` in a session that already had orders wrote a script that failed on its own (its
  /// first command named order 1, which a new session does not have).
  @Test func aRecordingOfABusySessionRunsOnItsOwnFromAnywhere() throws {
    let directory = try TemporaryDirectory()
    let session = Transcript()
    session.ok("order new; advance 1m")
    session.ok("record \(directory.path)/case.procsh")
    session.ok("answer task 1 yes; pay order 1; record stop --expect")
    let script = try directory.read("case.procsh")
    #expect(script.contains("\nload case.start.json\nanswer task 1 yes\npay order 1\n"))
    let replay = Transcript()
    let outcome = replay.shell.runScript(
      script, path: directory.path + "/case.procsh", folder: directory.path)
    #expect(outcome == .success, "\(replay.errors.text)")
    #expect(replay.engine.orders.first?.status == .completed)
  }

  /// Paths in a script were relative to the current folder, so a script that loads a process
  /// beside it worked only when run from its own folder.
  @Test func pathsInAScriptAreRelativeToItsFolder() throws {
    let directory = try TemporaryDirectory()
    let definition = try String(
      contentsOfFile: ExampleTests.root + "/processes/call-3-days.json", encoding: .utf8)
    try directory.write(
      definition.replacingOccurrences(of: "\"call-3-days\"", with: "\"calls\""), to: "calls.json")
    try directory.write("process load calls.json\nsave out.json\n", to: "load.procsh")
    let session = Transcript()
    session.ok("source \(directory.path)/load.procsh")
    #expect(session.engine.processNames.contains("calls"))
    #expect(FileManager.default.fileExists(atPath: directory.path + "/out.json"))
    // Typed in the shell, a path is the current folder's.
    #expect(session.failing("process load calls.json").contains("calls.json: no such file"))
  }
}

/// SPEC §12.3: "a session file keeps its checkpoints and the commands that made it, so `undo`,
/// `restore` and the history of typed commands work after `load`, and a colleague can see the
/// exact steps".
extension NothingIsLostTests {
  static let steps = ["order new", "advance 1m", "answer task 1 yes", "advance 1d"]

  /// The session after the first `count` of `steps`, as its bytes without a history.
  static func session(after count: Int) -> [UInt8] {
    let session = Transcript()
    for step in steps.prefix(count) { session.ok(step) }
    return session.engine.sessionBytes()
  }

  /// A session saved after `steps`, with the checkpoint `took` after the second.
  static func savedSession(in directory: TemporaryDirectory) -> String {
    let session = Transcript()
    session.ok("order new; advance 1m; checkpoint took; answer task 1 yes; advance 1d")
    #expect(
      session.ok("save \(directory.path)/day.json").contains(", with the 4 commands that made it (")
    )
    return directory.path + "/day.json"
  }

  @Test func aSessionStartedFromAFileShowsAndUndoesTheStepsThatMadeIt() throws {
    let directory = try TemporaryDirectory()
    let path = Self.savedSession(in: directory)
    let loaded = try Shell.readSession(path: path)
    let colleague = Transcript()
    colleague.shell.replaceSession(with: loaded.engine, history: loaded.history)
    #expect(
      lines(colleague.ok("history")) == [
        "4 commands since a new session at 2026-01-05 09:00 (Mon)",
        "1  order new",
        "2  advance 1m",
        "   ── checkpoint took",
        "3  answer task 1 yes",
        "4  advance 1d",
      ])
    let json = colleague.ok("history --json")
    #expect(json.contains("\"text\": \"answer task 1 yes\""))
    #expect(json.contains("\"name\": \"took\",\n      \"step\": 2"))
    #expect(lines(colleague.ok("undo")) == ["undone: advance 1d", "now 2026-01-05 09:01 (Mon)"])
    #expect(identical(colleague.engine.sessionBytes(), Self.session(after: 3)))
    colleague.ok("restore took")
    #expect(identical(colleague.engine.sessionBytes(), Self.session(after: 2)))
    colleague.ok("undo 2")
    #expect(identical(colleague.engine.sessionBytes(), Self.session(after: 0)))
    #expect(
      colleague.failing("undo") == "error: nothing to undo: no command has changed the session\n")
  }

  /// After a `load` typed in the shell, `undo` takes the load back as one command (the session
  /// it replaced returns), while the file's steps show in `history` and its checkpoints restore.
  @Test func aLoadedFilesCheckpointsRestoreAndItsLoadUndoesAsOne() throws {
    let directory = try TemporaryDirectory()
    let path = Self.savedSession(in: directory)
    let session = Transcript()
    session.ok("order new --no-phone; advance 2d")
    let before = session.engine.sessionBytes()
    session.ok("load \(path)")
    #expect(lines(session.ok("history")).count == 6)
    session.ok("restore took")
    #expect(identical(session.engine.sessionBytes(), Self.session(after: 2)))
    #expect(lines(session.ok("undo")) == ["undone: load \(path)", "now 2026-01-07 09:00 (Wed)"])
    #expect(identical(session.engine.sessionBytes(), before))
  }

  /// A history goes on across saves: what a colleague adds is kept after the steps they loaded,
  /// and a `--session` file keeps every step it autosaved.
  @Test func aHistoryGoesOnAcrossSavesAndAutosaves() throws {
    let directory = try TemporaryDirectory()
    let path = Self.savedSession(in: directory)
    let loaded = try Shell.readSession(path: path)
    let colleague = Transcript()
    colleague.shell.replaceSession(with: loaded.engine, history: loaded.history)
    colleague.shell.autosavePath = directory.path + "/auto.json"
    colleague.ok("pay order 1")
    let again = try Shell.readSession(path: directory.path + "/auto.json")
    #expect(again.history?.steps.map(\.text) == Self.steps + ["pay order 1"])
    #expect(again.history?.checkpoints == [.init(name: "took", step: 2)])
    #expect(identical(again.engine.sessionBytes(), colleague.engine.sessionBytes()))
  }

  /// A session with no step and no checkpoint writes no history: its file is what it was.
  @Test func aSessionWithoutStepsSavesWithoutAHistory() throws {
    let directory = try TemporaryDirectory()
    let path = Self.savedSession(in: directory)
    let session = Transcript()
    let loaded = try Shell.readSession(path: path)
    session.shell.replaceSession(with: loaded.engine)
    session.ok("save \(directory.path)/plain.json")
    #expect(identical(Array(try directory.read("plain.json").utf8), loaded.engine.sessionBytes()))
    #expect(try Shell.readSession(path: directory.path + "/plain.json").history == nil)
  }
}
