import ProcessEngine
import ProcessShell
import Testing

/// The interactive loop without a terminal: a scripted reader stands in for the person.
@Suite struct REPLTests {
  @Test func thePromptShowsTheVirtualClockAndTheActingUser() {
    let output = BufferedOutput()
    let shell = Shell(output: output, errors: output)
    let reader = ScriptedLineReader([
      .line("manager add anna"), .line("as anna"), .line("advance 2h"), .end,
    ])
    REPL(shell: shell, reader: reader, interactive: true).run()
    #expect(
      reader.prompts == [
        "procsh 2026-01-05 09:00 admin> ", "procsh 2026-01-05 09:00 admin> ",
        "procsh 2026-01-05 09:00 anna> ",
        "procsh 2026-01-05 11:00 anna> ",
      ])
    #expect(reader.remembered == ["manager add anna", "as anna", "advance 2h"])
  }

  @Test func anInterruptedLineIsDroppedAndTheShellGoesOn() {
    let output = BufferedOutput()
    let shell = Shell(output: output, errors: output)
    let reader = ScriptedLineReader([.interrupted, .line("order new"), .end])
    #expect(REPL(shell: shell, reader: reader, interactive: true).run() == .success)
    #expect(shell.engine.orders.count == 1)
  }

  @Test func anErrorKeepsTheInteractiveShellGoing() {
    let output = BufferedOutput()
    let shell = Shell(output: output, errors: output)
    let reader = ScriptedLineReader([
      .line("pay order 1"), .line("order new"), .line("quit"), .line("order new"),
    ])
    REPL(shell: shell, reader: reader, interactive: true).run()
    #expect(shell.engine.orders.count == 1)
    #expect(output.text.contains("error: there is no order 1; there are no orders yet"))
  }

  @Test func pipedInputIsAScriptWithoutPromptsThatStopsAtTheFirstFailure() {
    let output = BufferedOutput()
    let errors = BufferedOutput()
    let shell = Shell(output: output, errors: errors)
    let reader = ScriptedLineReader([
      .line("order new"), .line("pay order 3"), .line("order new"), .end,
    ])
    #expect(REPL(shell: shell, reader: reader, interactive: false).run() == .commandFailed)
    #expect(errors.text == "<stdin>:2: error: there is no order 3; orders are 1–1\n")
    #expect(shell.engine.orders.count == 1)
    #expect(reader.prompts.allSatisfy { $0.isEmpty })
    #expect(reader.remembered.isEmpty)
  }
}
