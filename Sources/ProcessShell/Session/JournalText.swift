import ProcessEngine

/// A journal's bytes cut into lines: the whole ones, each with its number from 1, and whether
/// a torn one follows.
struct JournalText {
  let bytes: [UInt8]
  /// Where each whole line starts and ends (without its newline).
  let lines: [Range<Int>]
  /// Bytes up to the end of the last whole line's newline: what the journal keeps.
  let wholeLength: Int

  init(_ bytes: [UInt8]) {
    self.bytes = bytes
    var lines: [Range<Int>] = []
    var start = 0
    for index in bytes.indices where bytes[index] == 0x0A {
      lines.append(start..<index)
      start = index + 1
    }
    self.lines = lines
    wholeLength = start
  }

  /// The number of the torn last line, if the journal does not end with a newline.
  var tornLine: Int? { wholeLength < bytes.count ? lines.count + 1 : nil }

  /// Line `number` (from 1), read.
  func line(_ number: Int, path: String) throws(ShellError) -> JournalLine {
    do throws(JournalProblem) {
      return try JournalLine(parsing: bytes[lines[number - 1]])
    } catch {
      throw .journal(path: path, line: number, error)
    }
  }

  /// What replaying left the journal as.
  struct Outcome {
    var journalState: SessionFile.JournalState
    /// Whether the next change may be appended as lines, rather than written with `FILE` whole:
    /// not after a `replaced-by` line that names a file which never took `FILE`'s place, nor
    /// when replaying met a costly step (procsh was killed before folding it into `FILE`), so
    /// that the next opening does not replay it again.
    var canAppend: Bool
  }

  /// Replays the lines on `opened` if the journal continues `snapshot`; leaves it as it is if
  /// the journal is done with (its last lines name `snapshot` as having replaced it).
  func replay(onto opened: inout SessionFile.Opened, snapshot: SnapshotIdentity, path: String)
    throws(ShellError) -> Outcome
  {
    // A journal ends with the `replaced-by` lines of the snapshots written since it began; one
    // naming this `FILE` means `FILE` holds all of it.
    var trailing = lines.count
    while trailing > 0, case .replacedBy(let named)? = try? line(trailing, path: path) {
      if named == snapshot {
        return Outcome(journalState: .stale(length: wholeLength), canAppend: true)
      }
      trailing -= 1
    }
    guard !lines.isEmpty else {
      return Outcome(journalState: .stale(length: wholeLength), canAppend: true)
    }
    guard case .header(let named) = try line(1, path: path) else {
      throw .journal(path: path, line: 1, .notAJournal)
    }
    guard named == snapshot else {
      throw .journal(
        path: path, line: nil,
        .ofAnotherSession(session: opened.file.path, named: named, found: snapshot))
    }
    var engine = opened.engine
    var journal = opened.journal
    var replaced = false
    var costly = false
    for number in lines.indices.dropFirst().map({ $0 + 1 }) {
      let line = try line(number, path: path)
      func fail(_ problem: JournalProblem) -> ShellError {
        .journal(path: path, line: number, problem)
      }
      if replaced {
        guard case .replacedBy = line else { throw fail(.lineAfterReplacement) }
      }
      switch line {
      case .header:
        throw fail(.headerNotFirst)
      case .step(let after, let text, let json):
        guard after == journal.count else {
          throw fail(.stepOutOfPlace(after: after, count: journal.count))
        }
        let command: Command
        do throws(EngineError) {
          command = try Command(
            json: json, at: "command",
            catalog: { name in engine.currentProcess(named: name)?.definition })
          try engine.apply(command)
        } catch .session(let problem) {
          throw fail(.command(problem))
        } catch {
          throw fail(.doesNotReplay(text: text, error))
        }
        journal.append(command, text: text, leaving: engine)
        if Journal.isCostly(command) { costly = true }
      case .rewind(let count):
        guard count <= journal.count else {
          throw fail(.rewindPastEnd(to: count, count: journal.count))
        }
        do throws(ShellError) {
          engine = try journal.rewind(to: count)
        } catch .historyBroken(let step, let text, let error) {
          throw fail(.rewindBroken(step: step, text: text, error))
        } catch {
          throw error
        }
      case .checkpoint(let name, let step):
        guard step <= journal.count else {
          throw fail(.checkpointPastEnd(step: step, count: journal.count))
        }
        journal.mark(name, at: step)
      case .replacedBy:
        replaced = true
      }
    }
    opened.engine = engine
    opened.journal = journal
    return Outcome(journalState: .lines(length: wholeLength), canAppend: !replaced && !costly)
  }
}
