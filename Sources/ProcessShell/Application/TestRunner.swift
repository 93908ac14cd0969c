import Dispatch
import ProcessEngine
import Synchronization
import Wording

#if canImport(Glibc)
  import Glibc
#endif

/// `procsh test PATH...`: every script (or every `*.procsh` under a folder) in a session of its
/// own, in parallel; `ok` or `FAIL` with the first failure per script, in the order given, then
/// `N passed, N failed`; JUnit XML on request.
public enum TestRunner {
  public struct Result: Sendable {
    public var path: String
    public var outcome: Shell.Outcome
    /// What the script wrote to standard error: its first failure.
    public var failure: String
    public var seconds: Double
    /// The exits the script's tokens took, when coverage was asked for.
    public var trace: ExitTrace?

    /// Whether the script ran to its end (or a `quit`) with every expectation holding.
    public var passed: Bool { outcome == .success || outcome == .quit }
  }

  /// The scripts the paths name, folders expanded, in a stable order.
  public static func scripts(in paths: [String]) throws(ShellError) -> [String] {
    var scripts: [String] = []
    for path in paths {
      if FileSystem.isDirectory(path) {
        let found = FileSystem.files(under: path, suffix: ".procsh")
        guard !found.isEmpty else { throw .file(path: path, .noScripts) }
        scripts += found
      } else if FileSystem.exists(path) {
        scripts.append(path)
      } else {
        throw .file(path: path, .missing)
      }
    }
    return scripts
  }

  /// Runs every script with at most `jobs` at once; results in the order of `scripts`. With
  /// `tracingExits`, each result carries the exits its script's tokens took.
  public static func run(
    _ scripts: [String], jobs: Int, tracingExits: Bool = false, language: Language? = nil
  ) -> [Result] {
    let language = language ?? .ofEnvironment
    let results = Mutex<[Result?]>(Array(repeating: nil, count: scripts.count))
    let next = Atomic<Int>(0)
    DispatchQueue.concurrentPerform(iterations: max(1, min(jobs, scripts.count))) { _ in
      while true {
        let index = next.wrappingAdd(1, ordering: .relaxed).oldValue
        guard index < scripts.count else { return }
        let result = runOne(scripts[index], tracingExits: tracingExits, language: language)
        results.withLock { $0[index] = result }
      }
    }
    return results.withLock { $0.map { $0! } }
  }

  /// One script in a fresh session; its output is kept, not shown.
  static func runOne(
    _ path: String, tracingExits: Bool = false, language: Language = .ofEnvironment
  ) -> Result {
    let start = monotonicSeconds()
    let output = BufferedOutput()
    let errors = BufferedOutput()
    let shell = Shell(
      output: output, errors: errors, style: Style(isColored: false, language: language))
    // One trace per script: scripts run in parallel, and a shared one would be fought over.
    let trace = tracingExits ? ExitTrace() : nil
    shell.exitTrace = trace
    let outcome: Shell.Outcome
    do throws(ShellError) {
      let text = try FileSystem.readText(path)
      outcome = shell.runScript(text, path: path, folder: FileSystem.folder(of: path))
    } catch {
      shell.report(error, at: nil)
      outcome = .commandFailed
    }
    trace?.include(shell.engine)
    return Result(
      path: path, outcome: outcome, failure: errors.text, seconds: monotonicSeconds() - start,
      trace: trace)
  }

  /// The report: `ok PATH` or `FAIL PATH` with the failure indented, then the totals. `ok` and
  /// `FAIL` stay in both languages: tools look for them.
  public static func report(_ results: [Result], in language: Language = .english) -> String {
    var text = ""
    for result in results {
      if result.passed {
        text += "ok    \(result.path)\n"
      } else {
        text += "FAIL  \(result.path)\n"
        for line in result.failure.split(separator: "\n") { text += "      \(line)\n" }
      }
    }
    let failed = results.filter { !$0.passed }.count
    text +=
      language.text(
        ShellPhrase.testTotals,
        ["passed": .number(results.count - failed), "failed": .number(failed)])
      + "\n"
    return text
  }

  /// JUnit XML, as CI servers read it.
  public static func junit(_ results: [Result]) -> String {
    let failed = results.filter { !$0.passed }.count
    let total = results.reduce(0) { $0 + $1.seconds }
    var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    xml +=
      "<testsuites tests=\"\(results.count)\" failures=\"\(failed)\" time=\"\(seconds(total))\">\n"
    xml +=
      "  <testsuite name=\"procsh\" tests=\"\(results.count)\" failures=\"\(failed)\" errors=\"0\" time=\"\(seconds(total))\">\n"
    for result in results {
      xml +=
        "    <testcase classname=\"procsh\" name=\"\(escape(result.path))\" time=\"\(seconds(result.seconds))\""
      if result.passed {
        xml += "/>\n"
      } else {
        let first = result.failure.split(separator: "\n").first.map(String.init) ?? "failed"
        let type = result.outcome == .expectationFailed ? "expectation" : "command"
        xml +=
          ">\n      <failure type=\"\(type)\" message=\"\(escape(first))\">\(escape(result.failure))</failure>\n    </testcase>\n"
      }
    }
    xml += "  </testsuite>\n</testsuites>\n"
    return xml
  }

  static func escape(_ text: String) -> String {
    var escaped = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": escaped += "&amp;"
      case "<": escaped += "&lt;"
      case ">": escaped += "&gt;"
      case "\"": escaped += "&quot;"
      case "\n", "\t": escaped.unicodeScalars.append(scalar)
      default:
        // XML 1.0 has no place for other control characters (colour codes cannot appear: plain style).
        if scalar.value < 0x20 { continue }
        escaped.unicodeScalars.append(scalar)
      }
    }
    return escaped
  }

  static func seconds(_ value: Double) -> String { String(fixed: value, digits: 3) }

  /// Runs `procsh test` and returns its exit code: 0 when every script passed, 1 otherwise.
  /// `coverage` prints what the suite exercised of each process; `coverageJSONPath` writes it.
  /// `language` is `--lang`'s (nil: the environment's, as for the shell).
  public static func main(
    paths: [String], jobs: Int?, junitPath: String?, coverage: Bool = false,
    coverageJSONPath: String? = nil, language: Language? = nil
  ) -> Int32 {
    let output = FileDescriptorOutput.standardOutput()
    let errors = FileDescriptorOutput.standardError()
    defer {
      output.flush()
      errors.flush()
    }
    let language = language ?? .ofEnvironment
    let error = language.text(ErrorPhrase.error) + ":"
    guard !paths.isEmpty else {
      errors.write(
        ProgramHelp.refusal(language.text(ShellPhrase.testNeedsPaths), .test, in: language))
      return Application.ExitCode.usage
    }
    let scripts: [String]
    do throws(ShellError) {
      scripts = try self.scripts(in: paths)
    } catch let problem {
      errors.write("\(error) \(problem.message(in: language))\n")
      return Application.ExitCode.commandFailed
    }
    let results = run(
      scripts, jobs: jobs ?? Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))),
      tracingExits: coverage || coverageJSONPath != nil, language: language)
    output.write(report(results, in: language))
    let suiteCoverage = SuiteCoverage(results.compactMap(\.trace))
    if coverage { output.write(suiteCoverage.text(in: language)) }
    var files: [(path: String, text: String)] = []
    if let junitPath { files.append((junitPath, junit(results))) }
    if let coverageJSONPath {
      files.append((coverageJSONPath, PrettyJSON.text(suiteCoverage.json)))
    }
    for file in files {
      do throws(ShellError) {
        try FileSystem.writeAtomically(Array(file.text.utf8), to: file.path)
      } catch let problem {
        errors.write("\(error) \(problem.message(in: language))\n")
        return Application.ExitCode.commandFailed
      }
    }
    return results.allSatisfy(\.passed)
      ? Application.ExitCode.success : Application.ExitCode.expectationFailed
  }
}
