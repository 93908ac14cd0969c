import Foundation
import Testing

@testable import ProcessEngine
@testable import ProcessShell

/// `procsh --session FILE` (issue 14, SPEC §12.6): a small command appends one line to
/// `FILE.journal`, opening replays the journal on `FILE`, and no kill leaves files that open to
/// another session than the one before or after the command in flight.
@Suite struct SessionFileTests {
  /// A shell on the session `path` and its journal hold, as `procsh --session` opens it.
  static func open(_ path: String) throws -> Transcript {
    let session = Transcript()
    try session.shell.openSession(path)
    return session
  }

  /// What `save` would write: the session with its history, for comparing sessions whole.
  static func saved(_ session: Transcript) -> [UInt8] {
    session.engine.sessionBytes(history: session.shell.journal.history)
  }

  static func journalLines(_ directory: TemporaryDirectory) throws -> [String] {
    lines(try directory.read("s.json.journal"))
  }

  /// The header a journal beside the file `s.json` of `directory` starts with.
  static func header(_ directory: TemporaryDirectory, steps: Int) throws -> String {
    let bytes = try Data(contentsOf: URL(fileURLWithPath: directory.path + "/s.json"))
    let identity = bytes.withUnsafeBytes { SnapshotIdentity(of: $0, steps: steps) }
    return
      "{\"format\":\"procsh-journal\",\"session\":{\"bytes\":\(bytes.count),\"hash\":\"\(identity.hashText)\",\"steps\":\(steps)},\"version\":1}"
  }

  @Test func aSmallCommandAppendsOneLineThatOpeningReplays() throws {
    let directory = try TemporaryDirectory()
    let path = directory.path + "/s.json"
    let session = try Self.open(path)
    #expect(!directory.exists("s.json"))
    // The first change writes the file whole: there is none for a journal to continue.
    session.ok("order new")
    #expect(directory.exists("s.json") && !directory.exists("s.json.journal"))
    let file = try directory.read("s.json")
    session.ok("advance 1m")
    session.ok("answer task 1 yes")
    #expect(try directory.read("s.json") == file)
    #expect(
      try Self.journalLines(directory) == [
        try Self.header(directory, steps: 1),
        #"{"after":1,"command":{"by":"1m","command":"advance"},"text":"advance 1m"}"#,
        #"{"after":2,"command":{"command":"answer","option":"yes","task":1},"text":"answer task 1 yes"}"#,
      ])
    let reopened = try Self.open(path)
    #expect(identical(Self.saved(reopened), Self.saved(session)))
    #expect(lines(reopened.ok("history")).count == 4)
  }

  /// `load FILE` and `procsh --load FILE` read the session as procsh left it: `FILE` with the
  /// commands of its journal, as `--session` opens it; the file alone is an older session.
  @Test func loadingAFileWithAJournalBesideItReplaysTheJournal() throws {
    let directory = try TemporaryDirectory()
    let path = directory.path + "/s.json"
    let session = try Self.open(path)
    session.ok("order new")
    session.ok("advance 1m")
    session.ok("answer task 1 yes")
    #expect(directory.exists("s.json.journal"))
    let colleague = Transcript()
    colleague.ok("load \(path)")
    #expect(identical(Self.saved(colleague), Self.saved(session)))
    #expect(colleague.errors.text.isEmpty)
    // What `--load` runs; and nothing on disk changed.
    let journal = try directory.read("s.json.journal")
    let started = Transcript()
    let loaded = try started.shell.readSessionAsLeft(path: path)
    started.shell.replaceSession(with: loaded.engine, history: loaded.history)
    #expect(identical(Self.saved(started), Self.saved(session)))
    #expect(try directory.read("s.json.journal") == journal)
  }

  /// A journal that does not continue the file beside it (another session's, copied there) is
  /// left out of `load` with a warning that says so; the file alone loads.
  @Test func loadingAFileBesideAnotherSessionsJournalWarnsAndLoadsTheFile() throws {
    let directory = try TemporaryDirectory()
    let path = directory.path + "/s.json"
    let session = try Self.open(path)
    session.ok("order new")
    session.ok("advance 1m")
    // Another file under the same name: the journal now names a file that is not there.
    let other = Transcript()
    other.ok("order new; order new; save --force \(path)")
    let colleague = Transcript()
    colleague.ok("load \(path)")
    #expect(colleague.engine.orders.count == 2)
    #expect(colleague.errors.text.contains("is loaded without the commands of \(path).journal"))
  }

  /// What the file holds is remembered from one command to the next: it must follow the journal
  /// exactly (or the next lines would be wrong) without sharing its numbers (or every version
  /// of their last chunk would stay behind the journal).
  @Test func whatTheFileHoldsFollowsTheJournalWithoutSharingIt() throws {
    let directory = try TemporaryDirectory()
    let session = try Self.open(directory.path + "/s.json")
    for round in 1...40 {
      session.ok("order new")
      session.ok("advance 1m")
      if round % 7 == 0 { session.ok("undo") }
      if round % 9 == 0 { session.ok("checkpoint c\(round % 2)") }
      let written = try #require(session.shell.sessionFile?.written)
      #expect(written == SessionFile.Written(session.shell.journal))
    }
    #expect(session.shell.journal.ids.copyChainLength <= 2)
    #expect(session.shell.journal.entries.copyChainLength <= 2)
    let reopened = try Self.open(directory.path + "/s.json")
    #expect(identical(Self.saved(reopened), Self.saved(session)))
  }

  @Test func undoRestoreAndCheckpointsAreLinesOfTheirOwn() throws {
    let directory = try TemporaryDirectory()
    let path = directory.path + "/s.json"
    let session = try Self.open(path)
    session.ok("order new")
    session.ok("advance 1m; checkpoint asked; answer task 1 yes; answer task 2 no-answer")
    session.ok("undo")
    session.ok("restore asked")
    session.ok("checkpoint asked")  // where it is already: nothing to write
    session.ok("pay order 1")
    session.ok("checkpoint asked")  // the same name again: moved, not added
    #expect(
      try Self.journalLines(directory).dropFirst() == [
        #"{"after":1,"command":{"by":"1m","command":"advance"},"text":"advance 1m"}"#,
        #"{"checkpoint":"asked","step":2}"#,
        #"{"after":2,"command":{"command":"answer","option":"yes","task":1},"text":"answer task 1 yes"}"#,
        #"{"after":3,"command":{"command":"answer","option":"no-answer","task":2},"text":"answer task 2 no-answer"}"#,
        #"{"rewind-to":3}"#,
        #"{"rewind-to":2}"#,
        #"{"after":2,"command":{"command":"pay","order":1},"text":"pay order 1"}"#,
        #"{"checkpoint":"asked","step":3}"#,
      ])
    let reopened = try Self.open(path)
    #expect(identical(Self.saved(reopened), Self.saved(session)))
    #expect(reopened.shell.journal.checkpoints == [.init(name: "asked", step: 3)])
    // The reopened session steps back as the first one would.
    reopened.ok("undo 2")
    session.ok("undo 2")
    #expect(identical(Self.saved(reopened), Self.saved(session)))
  }

  /// procsh killed while it appended a line: the line is left out with a warning naming it, and
  /// cut off before the next line is appended, so that it never runs into the next one.
  @Test func aTornLastLineIsLeftOutWithAWarningAndCutOffBeforeTheNextLine() throws {
    let directory = try TemporaryDirectory()
    let path = directory.path + "/s.json"
    let session = try Self.open(path)
    session.ok("order new; advance 1m")
    let before = Self.saved(session)
    session.ok("answer task 1 yes")
    let journal = try directory.read("s.json.journal")
    try directory.write(String(journal.dropLast(20)), to: "s.json.journal")
    let reopened = Transcript()
    try reopened.shell.openSession(path)
    #expect(
      reopened.errors.text
        == "warning: \(path).journal:3: the last line is incomplete (procsh was stopped while writing it) and is left out: the command it held is not in the session\n"
    )
    #expect(identical(Self.saved(reopened), before))
    // Nothing on disk changed by opening; the next line replaces the torn one.
    #expect(try directory.read("s.json.journal") == String(journal.dropLast(20)))
    reopened.ok("answer task 1 duplicate")
    #expect(
      try Self.journalLines(directory).last
        == #"{"after":2,"command":{"command":"answer","option":"duplicate","task":1},"text":"answer task 1 duplicate"}"#
    )
    #expect(try Self.journalLines(directory).count == 3)
    #expect(identical(Self.saved(try Self.open(path)), Self.saved(reopened)))
  }

  /// A damaged line that is not the last is not a kill: it is refused with its place, and
  /// neither file changes.
  @Test(arguments: [
    (
      #"{"after":1,"command":{"by":"1m","command":"advance"},"text":"advance 1m""#,
      "not JSON at column 73: the text ended inside an array or object"
    ),
    (#"["advance 1m"]"#, "the line is not a JSON object"),
    (
      #"{"after":1,"command":{"by":"1m","command":"advance"},"txt":"advance 1m"}"#,
      "not a journal line (its keys are 'after', 'command', 'txt'); expected a step, a rewind, a checkpoint or a replacement"
    ),
    (
      #"{"after":1,"command":{"command":"advance","by":"1 minute"},"text":"advance 1m"}"#,
      "the step's command cannot be read: command.by: "
    ),
    (
      #"{"after":7,"command":{"by":"1m","command":"advance"},"text":"advance 1m"}"#,
      "the step follows 7 steps, but the session has 1 here"
    ),
    (
      #"{"after":1,"command":{"command":"pay","order":9},"text":"pay order 9"}"#,
      "the step 'pay order 9' does not replay: "
    ),
    (#"{"rewind-to":5}"#, "goes back to step 5, but the session has only 1 step"),
    (
      #"{"checkpoint":"x","step":3}"#,
      "a checkpoint after step 3, but the session has only 1 step"
    ),
    (
      #"{"format":"procsh-journal","session":{"bytes":1,"hash":"0000000000000000","steps":0},"version":1}"#,
      "the line naming the session file may only be the first"
    ),
  ])
  func aDamagedLineIsRefusedWithItsPlaceAndChangesNothing(line: String, problem: String) throws {
    let directory = try TemporaryDirectory()
    let path = directory.path + "/s.json"
    let session = try Self.open(path)
    session.ok("order new; advance 1m; answer task 1 yes")
    var journal = try Self.journalLines(directory)
    journal[1] = line
    try directory.write(journal.joined(separator: "\n") + "\n", to: "s.json.journal")
    let file = try directory.read("s.json")
    let error = #expect(throws: ShellError.self) { try Self.open(path) }
    let message = try #require(error).message
    #expect(message.hasPrefix("\(path).journal:2: \(problem)"), "\(message)")
    #expect(try directory.read("s.json") == file)
    #expect(try directory.read("s.json.journal") == journal.joined(separator: "\n") + "\n")
  }

  @Test func aJournalWithoutItsSessionFileIsRefused() throws {
    let directory = try TemporaryDirectory()
    let path = directory.path + "/s.json"
    try Self.open(path).ok("order new; advance 1m")
    try FileManager.default.removeItem(atPath: path)
    let error = #expect(throws: ShellError.self) { try Self.open(path) }
    #expect(
      error?.message
        == "\(path).journal: continues the session file \(path), which is not there; put it back, or move the journal away to start a new session"
    )
    #expect(directory.exists("s.json.journal") && !directory.exists("s.json"))
  }

  /// `s.json` replaced by another session (a `save` from another procsh, an older copy): the
  /// journal's lines would replay onto the wrong session.
  @Test func aJournalOfAnotherSessionFileIsRefused() throws {
    let directory = try TemporaryDirectory()
    let path = directory.path + "/s.json"
    try Self.open(path).ok("order new; advance 1m")
    let journal = try directory.read("s.json.journal")
    let named = try Self.header(directory, steps: 1)
    let other = Transcript()
    other.ok("order new; order new; save --force \(path)")
    let error = #expect(throws: ShellError.self) { try Self.open(path) }
    let message = try #require(error?.message)
    #expect(message.hasPrefix("\(path).journal: continues another session file than \(path): "))
    #expect(message.contains("where \(path) has "))
    #expect(named.contains("\"steps\":1"))
    #expect(try directory.read("s.json.journal") == journal)
  }

  @Test func aNewerJournalIsRefusedNamingBothVersions() throws {
    let directory = try TemporaryDirectory()
    let path = directory.path + "/s.json"
    try Self.open(path).ok("order new; advance 1m")
    var journal = try Self.journalLines(directory)
    journal[0] = journal[0].replacingOccurrences(of: "\"version\":1", with: "\"version\":3")
    try directory.write(journal.joined(separator: "\n") + "\n", to: "s.json.journal")
    let error = #expect(throws: ShellError.self) { try Self.open(path) }
    #expect(
      error?.message
        == "\(path).journal:1: this journal is version 3; this procsh reads journals up to version 1. Use a newer procsh"
    )
  }
}

extension SessionFileTests {
  /// The file is rewritten after a costly command and when the journal has grown as large as
  /// the file; each time the journal goes, and the session reopens the same.
  @Test func aSimulationOrALongJournalIsFoldedIntoTheFile() throws {
    let directory = try TemporaryDirectory()
    let path = directory.path + "/s.json"
    let session = try Self.open(path)
    session.ok("order new; advance 1m")
    #expect(directory.exists("s.json.journal"))
    session.ok("simulate 20 orders --seed 3")
    #expect(!directory.exists("s.json.journal"))
    #expect(identical(Self.saved(try Self.open(path)), Self.saved(session)))
    let size = try directory.read("s.json").utf8.count
    // Each round appends two lines, about 110 bytes.
    var rounds = 0
    var folded = false
    while !folded && rounds < size / 50 {
      for line in ["manager add anna", "undo"] where !folded {
        session.ok(line)
        let journal =
          directory.exists("s.json.journal") ? try directory.read("s.json.journal") : ""
        #expect(journal.utf8.count < size + 200)
        folded = journal.isEmpty
      }
      rounds += 1
    }
    #expect(folded && rounds > size / 150, "folded after \(rounds) rounds, the file \(size) bytes")
    #expect(identical(Self.saved(try Self.open(path)), Self.saved(session)))
  }

  /// At exit a small session is one file again; a large one keeps its journal, which costs
  /// nothing to keep and seconds to fold.
  @Test func closingFoldsTheJournalOfASmallSession() throws {
    let directory = try TemporaryDirectory()
    let path = directory.path + "/s.json"
    let session = try Self.open(path)
    session.ok("order new; advance 1m")
    session.shell.closeSession()
    #expect(!directory.exists("s.json.journal"))
    #expect(identical(Self.saved(try Self.open(path)), Self.saved(session)))
    #expect(session.errors.text.isEmpty)
  }

  /// procsh killed after the new file took `s.json`'s place and before the journal was removed:
  /// the journal's last line names the new file, which holds every line before it, so none is
  /// applied again.
  @Test func aJournalTheFileHasReplacedAppliesNothingTwice() throws {
    let directory = try TemporaryDirectory()
    let path = directory.path + "/s.json"
    let session = try Self.open(path)
    session.ok("order new; advance 1m; answer task 1 yes")
    let journal = try directory.read("s.json.journal")
    session.shell.closeSession()  // folds the journal into s.json
    let replacedBy = try Self.header(directory, steps: 3).replacingOccurrences(
      of: #"{"format":"procsh-journal","session":"#, with: #"{"replaced-by":"#
    ).replacingOccurrences(of: #","version":1}"#, with: "}")
    try directory.write(journal + replacedBy + "\n", to: "s.json.journal")
    let reopened = try Self.open(path)
    #expect(identical(Self.saved(reopened), Self.saved(session)))
    #expect(reopened.errors.text.isEmpty)
    // The next line starts a journal of its own, naming the new file.
    reopened.ok("answer task 2 reached")
    #expect(try Self.journalLines(directory).first == (try Self.header(directory, steps: 3)))
    #expect(try Self.journalLines(directory).count == 2)
    #expect(identical(Self.saved(try Self.open(path)), Self.saved(reopened)))
  }

  /// procsh killed after announcing a new file and before renaming it into place: the old file
  /// and every line stand, and the next change writes the file whole rather than append after
  /// the announcement.
  @Test func aReplacementThatNeverHappenedLeavesTheJournalStanding() throws {
    let directory = try TemporaryDirectory()
    let path = directory.path + "/s.json"
    let session = try Self.open(path)
    session.ok("order new; advance 1m; answer task 1 yes")
    let announced = #"{"replaced-by":{"bytes":12,"hash":"00000000000000ff","steps":3}}"#
    try directory.write(
      try directory.read("s.json.journal") + announced + "\n", to: "s.json.journal")
    let reopened = try Self.open(path)
    #expect(identical(Self.saved(reopened), Self.saved(session)))
    reopened.ok("answer task 2 reached")
    #expect(!directory.exists("s.json.journal"))
    session.shell.autosavePath = nil  // the files are the reopened session's now
    session.ok("answer task 2 reached")
    #expect(identical(Self.saved(try Self.open(path)), Self.saved(session)))
  }

  /// After opening, `undo` of a step in the journal starts from the session the file states,
  /// not from the history's base: here the file's own step would not even replay on the base,
  /// so replaying it would fail (after a million-order simulation it would take seconds).
  @Test func undoAfterOpeningStartsFromTheFilesSessionNotItsBase() throws {
    let directory = try TemporaryDirectory()
    let path = directory.path + "/s.json"
    let state = Transcript()
    state.ok("order new")
    let history = SessionHistory(
      base: Engine(), steps: [.init(.pay(OrderID(rawValue: 9), nil), text: "pay order 9")])
    try Data(state.engine.sessionBytes(history: history)).write(to: URL(fileURLWithPath: path))
    let session = try Self.open(path)
    session.ok("advance 1m")
    let reopened = try Self.open(path)
    #expect(lines(reopened.ok("undo")) == ["undone: advance 1m", "now 2026-01-05 09:00 (Mon)"])
    #expect(identical(reopened.engine.sessionBytes(), state.engine.sessionBytes()))
  }

  /// The lines between what the files hold and the journal now: whatever came between (an
  /// undo, new steps, a Ctrl-C that put an older journal back), they lead to the same journal.
  @Test func theLinesLeadFromWhatIsWrittenToTheJournal() throws {
    var journal = Journal(base: Engine())
    var engine = Engine()
    for text in ["order new", "advance 1m"] {
      let command: Command =
        text == "order new" ? .createOrder(NewOrder()) : .advance(by: .minutes(1))
      try engine.apply(command)
      journal.append(command, text: text, leaving: engine)
    }
    journal.checkpoint("a")
    let written = SessionFile.Written(journal)
    #expect(SessionFile.lines(from: written, to: journal) == [])
    let kept = journal
    _ = try journal.rewind(to: 1)
    journal.append(.advance(by: .hours(1)), text: "advance 1h", leaving: engine)
    #expect(
      SessionFile.lines(from: written, to: journal) == [
        .rewind(to: 1), .step(after: 1, journal.entries[1]),
      ])
    // The old journal put back (Ctrl-C): from the new one, the lines lead back to it.
    let now = SessionFile.Written(journal)
    #expect(
      SessionFile.lines(from: now, to: kept) == [
        .rewind(to: 1), .step(after: 1, kept.entries[1]), .checkpoint("a", step: 2),
      ])
    // Another base (a `load`): no lines lead there, the file is written whole.
    #expect(SessionFile.lines(from: written, to: Journal(base: Engine())) == nil)
  }
}

extension SessionFileTests {
  /// `load` and an `undo` past it put another base under the steps: no line can say that, so
  /// the file is written whole, and the journal goes.
  @Test func aLoadAndItsUndoWriteTheFileWhole() throws {
    let directory = try TemporaryDirectory()
    let path = directory.path + "/s.json"
    let other = Transcript()
    other.ok("order new; order new; advance 1m; save \(directory.path)/other.json")
    let session = try Self.open(path)
    session.ok("order new; advance 1m")
    #expect(directory.exists("s.json.journal"))
    session.ok("load \(directory.path)/other.json")
    #expect(!directory.exists("s.json.journal"))
    #expect(identical(Self.saved(try Self.open(path)), Self.saved(session)))
    session.ok("answer task 1 yes")
    #expect(try Self.journalLines(directory).count == 2)
    session.ok("undo 2")
    #expect(!directory.exists("s.json.journal"))
    #expect(session.engine.orders.count == 1)
    #expect(identical(Self.saved(try Self.open(path)), Self.saved(session)))
  }

  /// A line that could not be appended fails its command (the change stands in the shell); the
  /// next save writes what the file lacks, that change included.
  @Test func aChangeThatCouldNotBeAppendedIsWrittenWithTheNext() throws {
    let directory = try TemporaryDirectory()
    let path = directory.path + "/s.json"
    let session = try Self.open(path)
    session.ok("order new")
    try FileManager.default.createDirectory(
      atPath: path + ".journal", withIntermediateDirectories: false)
    #expect(
      session.failing("advance 1m")
        == "error: the change is made but could not be saved to \(path).journal: is a folder, not a file\n"
    )
    try FileManager.default.removeItem(atPath: path + ".journal")
    session.ok("advance 1h")
    #expect(try Self.journalLines(directory).count == 3)
    #expect(identical(Self.saved(try Self.open(path)), Self.saved(session)))
  }

  /// `procsh --session FILE` with a damaged journal: the error names the line, in the
  /// language asked for, procsh exits with 2 and runs nothing.
  @Test func procshRefusesADamagedJournalAndRunsNothing() throws {
    let directory = try TemporaryDirectory()
    let path = directory.path + "/s.json"
    try Self.open(path).ok("order new; advance 1m; advance 1h")
    var journal = try Self.journalLines(directory)
    journal[1] = "{\"rewind-to\":9}"
    try directory.write(journal.joined(separator: "\n") + "\n", to: "s.json.journal")
    for (language, message) in [
      ("en", "goes back to step 9, but the session has only 1 step"),
      ("ru", "возврат к шагу 9, а в сессии всего 1 шаг"),
    ] {
      var options = Application.Options()
      options.session = path
      options.commands = "order new"
      options.language = language
      let output = BufferedOutput()
      let errors = BufferedOutput()
      let shell = Shell(output: output, errors: errors)
      #expect(Application.run(options, in: shell, output: output, errors: errors) == 2)
      let error = language == "en" ? "error" : "ошибка"
      #expect(errors.text == "\(error): \(path).journal:2: \(message)\n")
      #expect(output.text.isEmpty)
    }
    #expect(try directory.read("s.json.journal") == journal.joined(separator: "\n") + "\n")
  }
}

extension SessionFileTests {
  /// procsh killed after a simulation's line and before the file was written with it: opening
  /// replays the simulation, and the next change writes the file whole, so that the opening
  /// after it does not replay the simulation again.
  @Test func aSimulationReplayedFromTheJournalIsFoldedByTheNextChange() throws {
    let directory = try TemporaryDirectory()
    let path = directory.path + "/s.json"
    let session = try Self.open(path)
    session.ok("order new; advance 1m")
    // The line as procsh writes it (`Command.json`), the simulation's whole profile included.
    var simulating = Journal(base: Engine())
    let command = Command.simulate(SimulationParameters(orders: 20, seed: 3), SimulationProfile())
    simulating.append(command, text: "simulate 20 orders --seed 3", leaving: Engine())
    let simulation = String(
      decoding: JournalLine.step(after: 2, simulating.entries[0]).bytes.dropLast(), as: UTF8.self)
    try directory.write(
      try directory.read("s.json.journal") + simulation + "\n", to: "s.json.journal")
    let reopened = try Self.open(path)
    #expect(reopened.engine.orders.count == 21)
    #expect(lines(reopened.ok("history")).last == "3  simulate 20 orders --seed 3")
    reopened.ok("advance 1m")
    #expect(!directory.exists("s.json.journal"))
    #expect(identical(Self.saved(try Self.open(path)), Self.saved(reopened)))
  }
}
