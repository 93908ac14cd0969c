// libFuzzer target: the journal of a `--session` file (FILE.journal). The input is the journal's
// bytes, replayed on a new session as `procsh --session FILE` replays it on FILE; the snapshot is
// taken to be the one the first line names, so that every line after it is reached. Built by
// scripts/fuzz.sh.
//
// Properties: cutting, reading and replaying never crash; a journal that replays leaves a session
// that saves bytes which read back and save the same; and the shell can go on from it with the
// replayed steps (`undo` and `restore` included) without crashing.

import ProcessEngine

@testable import ProcessShell

let path = "fuzz.json"

/// What the shell does with a replayed session: looks at it, steps back through the replayed
/// steps, and moves on.
let commands = [
  "status", "tasks", "log --last 20", "history", "undo", "undo 2", "status", "restore here",
  "advance next", "order new", "advance 1d",
]

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let text = JournalText(Array(UnsafeBufferPointer(start: data, count: size)))
  guard !text.lines.isEmpty, case .header(let snapshot)? = try? text.line(1, path: path) else {
    return 0
  }
  let engine = Engine()
  var opened = SessionFile.Opened(
    engine: engine, journal: Journal(current: engine, history: nil, byLoad: false),
    file: SessionFile(path: path, written: nil, snapshot: snapshot, journalState: .absent))
  guard (try? text.replay(onto: &opened, snapshot: snapshot, path: path + ".journal")) != nil
  else {
    return 0
  }

  let saved = opened.engine.sessionBytes()
  do throws(EngineError) {
    let again = try Engine(sessionBytes: saved)
    check(
      again.sessionBytes() == saved,
      "the replayed session read back saves other bytes:\n" + String(decoding: saved, as: UTF8.self)
    )
  } catch {
    fatalError(
      "the replayed session saved cannot be read back: \(error.message)\n"
        + String(decoding: saved, as: UTF8.self))
  }

  let shell = Shell(engine: Engine(), output: BufferedOutput(), errors: BufferedOutput())
  shell.adopt(opened.engine)
  shell.journal = opened.journal
  for command in commands { shell.run(line: command) }
  return 0
}
