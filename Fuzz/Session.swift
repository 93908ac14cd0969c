// libFuzzer target: the session reader. The input is a `procsh-session` document. Built by
// scripts/fuzz.sh.
//
// Properties: reading never crashes; a session that loads saves bytes that load again and save
// the same bytes; and a session that loads is safe to go on with: the shell's views of it and a
// few steps of the clock (every open step answered by its first option) do not crash.

import ProcessEngine
import ProcessShell

/// What the shell shows of a session, and what moves it on.
let commands = [
  "status", "orders", "users", "tasks", "managers", "timers", "processes", "log --last 50",
  "order 1", "user 1", "task 1", "why order 1", "why task 1", "tasks --json", "status --json",
  "process show order-processing", "advance next", "advance next", "take task 1",
  "answer order 1 yes", "pay order 1 1", "advance 1d", "order new", "advance next",
  "cancel order 1", "undo 2",
]

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  guard let engine = try? Engine(sessionBytes: bytes) else { return 0 }

  let saved = engine.sessionBytes()
  do throws(EngineError) {
    let again = try Engine(sessionBytes: saved)
    check(
      again.sessionBytes() == saved,
      "the session read back saves other bytes:\n" + String(decoding: saved, as: UTF8.self))
  } catch {
    fatalError(
      "the session saved cannot be read back: \(error.message)\n"
        + String(decoding: saved, as: UTF8.self))
  }

  let shell = Shell(engine: engine, output: BufferedOutput(), errors: BufferedOutput())
  for command in commands { shell.run(line: command) }
  for step in shell.engine.openSteps.prefix(8) {
    guard let option = step.question.options.first else { continue }
    let argument = option.argument == nil ? "" : " +1d"
    shell.run(line: "answer task \(step.task.rawValue) \(option.key)\(argument)")
  }
  shell.run(line: "advance next")
  return 0
}
