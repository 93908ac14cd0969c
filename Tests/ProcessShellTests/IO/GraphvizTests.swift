import Testing

@testable import ProcessShell

/// `--format svg` runs Graphviz's `dot`; without it, the error says which package to install.
@Suite struct GraphvizTests {
  @Test func aMissingGraphvizNamesThePackage() throws {
    let error = #expect(throws: ShellError.self) {
      try Graphviz.svg(from: "digraph {}", searchPath: "/nonexistent")
    }
    #expect(error == .graphviz(.notInstalled(package: "graphviz")))
    #expect(
      error?.message
        == "cannot draw SVG: Graphviz's 'dot' is not installed (not found on PATH); install the "
        + "Debian package 'graphviz' (apt-get install graphviz, or scripts/setup.sh), or write "
        + "the DOT with --format dot")
    #expect(error?.message(in: .russian).contains("установите пакет Debian 'graphviz'") == true)
  }

  @Test(.enabled(if: DotWriterTests.hasGraphviz, DotWriterTests.noGraphviz))
  func whatGraphvizRefusesIsReported() throws {
    let error = #expect(throws: ShellError.self) { try Graphviz.svg(from: "digraph { a -> }") }
    guard case .graphviz(.failed(_, let code, let message)) = error else {
      Issue.record("\(String(describing: error))")
      return
    }
    #expect(code == 1)
    #expect(message.contains("syntax error"))
    #expect(error?.message.contains("drew nothing: exit code 1: ") == true)
  }
}
