/// Graphviz's `dot`, run to draw a diagram's DOT as SVG (`process show --format svg`).
///
/// Graphviz is a program, not a library procsh links: procsh builds and runs without it, and
/// only `--format svg` needs it, so its absence is an error that says how to install it
/// (`scripts/setup.sh` does).
enum Graphviz {
  /// The Debian package that has `dot`.
  static let package = "graphviz"

  /// The SVG `dot -Tsvg` draws from `dot`, with `dot` looked up along `searchPath` (`PATH`).
  static func svg(from dot: String, searchPath: String? = environment("PATH")) throws(ShellError)
    -> [UInt8]
  {
    guard let executable = ChildProcess.find("dot", searchPath: searchPath) else {
      throw .graphviz(.notInstalled(package: package))
    }
    let outcome: ChildProcess.Outcome
    do {
      outcome = try ChildProcess.run(executable, arguments: ["-Tsvg"], input: Array(dot.utf8))
    } catch {
      throw .graphviz(.cannotStart(path: executable, error.reason))
    }
    switch outcome.termination {
    case .exited(0): return outcome.output
    case .signalled where Interrupts.wereRequested: throw .interrupted(command: nil)
    case .exited(let code):
      throw .graphviz(.failed(path: executable, exitCode: code, message: message(outcome.errors)))
    case .signalled(let signal):
      throw .graphviz(.killed(path: executable, signal: signal, message: message(outcome.errors)))
    }
  }

  /// What the program said on standard error, at most a few lines of it.
  private static func message(_ errors: [UInt8]) -> String {
    let lines = String(decoding: errors, as: UTF8.self).split(separator: "\n")
    let text = lines.prefix(3).joined(separator: "; ")
    return text.count <= 300 ? text : String(text.prefix(299)) + "…"
  }
}
