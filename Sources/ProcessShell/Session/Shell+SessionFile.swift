import ProcessEngine
import Wording

/// `procsh --session FILE`: the session opened from its file and journal, and closed at exit.
extension Shell {
  /// Starts from the session `FILE` and `FILE.journal` hold (a new one when neither is there),
  /// and saves every change to them from now on. A torn last line of the journal is left out
  /// with a warning; a journal that cannot be replayed is refused, and nothing changes.
  public func openSession(_ path: String) throws(ShellError) {
    let opened = try SessionFile.open(path)
    adopt(opened.engine)
    journal = opened.journal
    replaced = []
    sessionFile = opened.file
    warnIfTorn(opened)
  }

  /// Warns that the journal's last line was torn and left out (procsh was killed writing it).
  func warnIfTorn(_ opened: SessionFile.Opened) {
    guard let line = opened.tornLine else { return }
    warn(
      style.text(
        JournalPhrase.tornLine,
        ["path": .text(opened.file.journalPath), "line": .text(String(line))]))
  }

  /// At exit: a small session's journal is folded into its file, so that it is one file again
  /// (`SessionFile.close`); a failure is a warning, for the journal still holds everything.
  public func closeSession() {
    guard let sessionFile else { return }
    if let problem = sessionFile.close(engine, journal) { warnNotFolded(problem) }
    errors.flush()
  }

  /// Warns that the journal could not be folded into the session file.
  func warnNotFolded(_ problem: ShellError) {
    guard let sessionFile else { return }
    warn(
      style.text(
        JournalPhrase.compactionFailed,
        [
          "journal": .text(sessionFile.journalPath), "path": .text(sessionFile.path),
          "reason": .text(problem.message(in: style.language)),
        ]))
  }
}
