import ProcessEngine
import Testing

@testable import ProcessShell

/// Names and texts come from session files and definitions someone else wrote: printed raw, a
/// name could retitle the terminal, clear the screen or hide a line. They are shown escaped.
@Suite struct EscapingOutputTests {
  @Test func aNameCannotReachTheTerminalAsControlCharacters() {
    let session = Transcript()
    session.ok("order new --name \"\u{1B}]0;pwned\u{07}\u{1B}[2J\u{9B}31m\"")
    let listing = session.ok("users")
    #expect(listing.contains("^[]0;pwned^G^[[2J\\u{9B}31m"))
    #expect(!listing.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
  }

  @Test func theShellsOwnColoursStillReachTheTerminal() {
    let output = BufferedOutput()
    let shell = Shell(output: output, errors: BufferedOutput(), style: .colored)
    shell.run(line: "order new; cancel order 1; orders --status cancelled")
    #expect(output.text.contains("\u{1B}[1mORDER"))  // the bold header
    shell.run(line: "order 1")
    #expect(output.text.contains("\u{1B}[31mcancelled\u{1B}[0m"))
  }

  @Test(arguments: [
    ("plain text · «Курс»", "plain text · «Курс»"),
    ("tab\tand\nnewline", "tab\tand\nnewline"),
    ("bell\u{07} delete\u{7F} nul\u{00}", "bell^G delete^? nul^@"),
    ("a\rb", "a^Mb"),
  ])
  func controlCharactersAreShownAsCatDashVShowsThem(text: String, shown: String) {
    #expect(EscapingOutput.escaped(text) == shown)
  }
}
