import JSON
import ProcessEngine
import Wording

/// Why the shell refused a line. A refused command changed nothing.
///
/// The shell prints `error: MESSAGE`, with `FILE:LINE: ` before it in scripts; a failed `expect`
/// prints `FILE:LINE: expected …, got …` without `error:`. Every refusal is a case with the values
/// it names, so that its wording lives in `message` alone.
public enum ShellError: Error, Equatable, Sendable {
  /// A quote is opened and never closed.
  case unclosedQuote(Character)
  case unknownCommand(String, suggestion: String?)
  /// The words do not fit the command: what is wrong, and how the command is written.
  case usage(UsageProblem, usage: String)
  /// A word that cannot be read as the value it stands for; the parser adds the usage.
  case value(ValueProblem)
  case engine(EngineError)
  /// A file could not be read or written.
  case file(path: String, FileProblem)
  /// A process definition file is invalid: every problem, errors first.
  case definition(path: String, problems: [DefinitionProblem])
  /// A mailing file is invalid: every problem, with its JSON path.
  case mailingDefinition(path: String, problems: [DefinitionProblem])
  /// A session file cannot be loaded: where in it, and why.
  case session(path: String, SessionProblem)
  /// A file that should be JSON is not.
  case notJSON(path: String, JSONSyntaxError)
  /// A simulation profile has values out of range.
  case profile(path: String, problems: [ProfileProblem])
  /// An `expect` did not hold.
  case expectation(expected: String, got: String)
  /// `source` of a script that is already running (it would never end).
  case sourceLoop(path: String)
  /// A sourced script stopped at a failure, already reported.
  case scriptStopped(path: String, atExpectation: Bool)
  case nothingToUndo
  case undoTooFar(available: Int)
  case noCheckpoint(String, existing: [String])
  case alreadyRecording(path: String)
  case notRecording
  /// `process show NAME --task N` for a task that runs another process.
  case taskRunsOtherProcess(TaskID, runs: String, asked: String)
  case noCounter(TaskID, process: String, counter: String, counters: [String])
  case noHelp(String, suggestion: String?)
  /// A simulation's window or horizon does not make sense.
  case simulationSpan(SimulationSpanProblem)
  /// A line of input that cannot be read.
  case line(LineProblem)
  /// `save` or `record` would write over a file that is not theirs, without `--force`.
  case wouldReplace(path: String, ReplaceProblem)

  /// What `save` or `record` would have written over.
  public enum ReplaceProblem: Equatable, Sendable {
    case notASession
    case notARecording
    /// A diagram (`process show --output`) never replaces a session or a recorded script.
    case sessionByDiagram
    case recordingByDiagram
    /// …nor a script or definition of someone's own (`ExistingFile.userWork`).
    case userWorkByDiagram
    /// `report` replaces an existing file only with `--force`.
    case existingByReport
  }
  /// Ctrl-C stopped the command; the session is as it was before it.
  case interrupted(command: String?)
  /// `--session FILE` could not be saved after a change, and why.
  indirect case autosaveFailed(path: String, ShellError)
  /// A step of the journal could not be replayed to step back.
  case historyBroken(step: Int, text: String, EngineError)
  /// A `--session` file's journal (`FILE.journal`) cannot be replayed: at which line (nil: the
  /// journal as a whole), and why.
  case journal(path: String, line: Int?, JournalProblem)
  /// Graphviz could not draw an SVG (`process show --format svg`).
  case graphviz(GraphvizProblem)
  /// `view` could not start or stop the live page.
  case liveView(LiveViewProblem)

  /// Why Graphviz's `dot` drew nothing.
  public enum GraphvizProblem: Equatable, Sendable {
    /// `dot` is not on `PATH`: install the package named.
    case notInstalled(package: String)
    /// The system refused to run it.
    case cannotStart(path: String, String)
    /// It ended with an exit code other than 0, saying `message`.
    case failed(path: String, exitCode: Int32, message: String)
    /// A signal ended it.
    case killed(path: String, signal: Int32, message: String)
  }

  /// Why a line of standard input was refused.
  public enum LineProblem: Equatable, Sendable {
    case notUTF8
    case lineTooLong(limit: Int)
  }

  /// What is wrong with the words of a command. A noun is the value's, in both languages.
  public enum UsageProblem: Equatable, Sendable {
    /// `'pay order' needs an order id`
    case missing(noun: Phrase, after: String)
    /// The first argument of a command that has sub-commands is missing:
    /// `'advance' needs 'to', 'next' or a duration`.
    case missingSubcommandOrValue([String], noun: Phrase, after: String)
    /// `unexpected 'x' after 'pay order 1'`
    case unexpected(String, after: String)
    /// A fixed word was expected: `expected 'order' after 'pay', found 'ordr'`.
    case expectedWord([String], found: String?, after: String)
    /// The first argument of a command that has sub-commands was neither.
    case expectedSubcommandOrValue([String], noun: Phrase, found: String, after: String)
    case unknownFlag(String, command: String, valid: [String])
    case flagNeedsValue(String, noun: Phrase)
    case flagGivenTwice(String)
    case invalid(ValueProblem)
    /// `<`, `<=`, `>`, `>=` on a field without an order: `order 1 status compares only with == or !=`.
    case unordered(String)
    /// A `FIELD VALUE` filter without its value.
    case unpaired(String)
  }

  /// Why a word is not the value it stands for. A noun or kind is in both languages.
  public enum ValueProblem: Equatable, Sendable {
    /// `'x' is not an order id; write it like 12 or #12`
    case notAnID(String, noun: Phrase)
    /// `unknown status 'x'; did you mean 'y'?`: the kind (`Choice.category`), the word, the
    /// valid words.
    case unknown(Phrase, String, valid: [String])
    /// `'0' is not a number of orders (1–10000000)`
    case outOfRange(String, noun: Phrase, range: ClosedRange<Int>)
    case notACount(String)
    case notASeed(String)
    /// A duration, date-time or amount, as the engine reads them.
    case malformed(EngineError)
    /// Two flags that cannot go together.
    case contradiction(String, String)
  }

  /// Why a file could not be used.
  public enum FileProblem: Equatable, Sendable {
    /// What the system said (`no such file or folder`).
    case system(String)
    case isFolder
    /// A folder was asked for (`process explore --scripts DIR`) and this is not one.
    case notAFolder
    /// A device or something else that is not a file.
    case notAFile
    /// A link to a file that does not exist.
    case danglingLink
    case tooLarge(limit: Int)
    case notUTF8
    case noScripts
    case missing
    case permissionDenied
    case diskFull
    /// The file is not as procsh left it: another program changed it meanwhile.
    case changedMeanwhile
    /// The file shrank while procsh read it (another program wrote it in place).
    case changedWhileRead
  }

  /// What is wrong with `simulate`'s `--over` and `--until`.
  public enum SimulationSpanProblem: Equatable, Sendable {
    case emptyWindow
    case horizonBeforeWindow(horizon: TimeSpan, window: TimeSpan)
  }

  /// The message in English.
  public var message: String { message(in: .english) }

  /// Whether this is a failed expectation (exit code 1) rather than a failed command (exit code 2).
  public var isExpectation: Bool {
    if case .expectation = self { return true }
    return false
  }

  /// The message in `language`, from the catalogue (`ErrorPhrase`).
  func message(in language: Language) -> String {
    func say(_ phrase: ErrorPhrase, _ values: PhraseValues = [:]) -> String {
      language.text(phrase, values)
    }
    func suggesting(_ word: String?, else otherwise: String = "") -> String {
      word.map { language.didYouMean($0) } ?? otherwise
    }
    switch self {
    case .unclosedQuote(let quote): return say(.unclosedQuote, ["quote": .text(String(quote))])
    case .unknownCommand(let word, let suggestion):
      return say(.unknownCommand, ["word": .text(word.shortened)])
        + suggesting(suggestion, else: say(.typeHelp))
    case .usage(let problem, let usage):
      return problem.message(in: language) + "\n" + HelpPhrase.usageLines(usage, in: language)
    case .value(let problem): return problem.message(in: language)
    case .engine(let error): return error.message(in: language)
    case .file(let path, let problem):
      return say(
        .fileProblem, ["path": .text(path), "problem": .text(problem.message(in: language))])
    case .definition(let path, let problems):
      let errors = problems.filter { $0.severity == .error }
      return say(.definitionHeading, ["path": .text(path), "n": .number(errors.count)]) + "\n"
        + problems.map { problem in
          "  \(say(problem.severity == .error ? .error : .warning)): \(problem.description(in: language))"
        }.joined(separator: "\n")
    case .mailingDefinition(let path, let problems):
      return say(.mailingHeading, ["path": .text(path), "n": .number(problems.count)]) + "\n"
        + problems.map { problem in
          "  \(say(problem.severity == .error ? .error : .warning)): \(problem.description(in: language))"
        }.joined(separator: "\n")
    case .session(let path, let problem):
      return say(
        .cannotLoadSession,
        ["path": .text(path), "problem": .text(problem.description(in: language))])
    case .notJSON(let path, let error):
      return say(
        .notJSON, ["path": .text(path), "problem": .text(error.description(in: language))])
    case .profile(let path, let problems):
      return say(.profileHeading, ["path": .text(path)]) + "\n"
        + problems.map { "  " + $0.description(in: language) }.joined(separator: "\n")
    case .expectation(let expected, let got):
      return language.text(
        ShellPhrase.expectationFailed, ["expected": .text(expected), "got": .text(got)])
    case .sourceLoop(let path): return say(.sourceLoop, ["path": .text(path)])
    case .scriptStopped(let path, let atExpectation):
      return say(atExpectation ? .stoppedAtExpectation : .stoppedAtCommand, ["path": .text(path)])
    case .nothingToUndo: return say(.nothingToUndo)
    case .undoTooFar(let available): return say(.undoTooFar, ["n": .number(available)])
    case .noCheckpoint(let name, let existing):
      return say(.noCheckpoint, ["name": .text(name)])
        + suggesting(
          Suggestion.closest(to: name, among: existing),
          else: existing.isEmpty
            ? say(.makeACheckpoint)
            : say(
              .theCheckpointsAre, ["list": .text(language.choices(existing, conjunction: "and"))]))
    case .alreadyRecording(let path): return say(.alreadyRecording, ["path": .text(path)])
    case .notRecording: return say(.notRecording)
    case .taskRunsOtherProcess(let task, let runs, let asked):
      return say(
        .taskRunsOtherProcess,
        ["task": .text("\(task)"), "runs": .text(runs), "asked": .text(asked)])
    case .noCounter(let task, let process, let counter, let counters):
      return say(
        .noCounter,
        ["task": .text("\(task)"), "process": .text(process), "counter": .text(counter)])
        + (counters.isEmpty
          ? ""
          : say(.itsCountersAre, ["list": .text(language.choices(counters, conjunction: "and"))]))
    case .noHelp(let topic, let suggestion):
      return say(.noHelp, ["topic": .text(topic)]) + suggesting(suggestion, else: say(.typeHelp))
    case .wouldReplace(let path, .notASession): return say(.notASession, ["path": .text(path)])
    case .wouldReplace(let path, .notARecording): return say(.notARecording, ["path": .text(path)])
    case .wouldReplace(let path, .sessionByDiagram):
      return language.text(DiagramPhrase.sessionNotReplaced, ["path": .text(path)])
    case .wouldReplace(let path, .recordingByDiagram):
      return language.text(DiagramPhrase.recordingNotReplaced, ["path": .text(path)])
    case .wouldReplace(let path, .userWorkByDiagram):
      return language.text(DiagramPhrase.userWorkNotReplaced, ["path": .text(path)])
    case .wouldReplace(let path, .existingByReport):
      return language.text(ReportPhrase.notAnHTMLFile, ["path": .text(path)])
    case .interrupted(nil): return say(.interrupted)
    case .interrupted(let command?): return say(.interruptedCommand, ["command": .text(command)])
    case .autosaveFailed(let path, .file(_, let problem)):
      return say(
        .autosaveFailed,
        ["path": .text(path), "reason": .text(problem.message(in: language))])
    case .autosaveFailed(let path, let error):
      return say(
        .autosaveFailed, ["path": .text(path), "reason": .text(error.message(in: language))])
    case .historyBroken(let step, let text, let error):
      return say(
        .historyBroken,
        [
          "step": .number(step), "text": .text(text),
          "problem": .text(error.message(in: language)),
        ])
    case .journal(let path, let line, let problem):
      let values: PhraseValues = [
        "path": .text(path), "line": .text(line.map(String.init) ?? ""),
        "problem": .text(problem.message(in: language)),
      ]
      return language.text(line == nil ? JournalPhrase.unlocated : .located, values)
    case .graphviz(let problem): return problem.message(in: language)
    case .liveView(let problem): return problem.message(in: language)
    case .line(.notUTF8): return say(.notUTF8Line)
    case .line(.lineTooLong(let limit)): return say(.lineTooLong, ["limit": .number(limit >> 20)])
    case .simulationSpan(.emptyWindow): return say(.emptyWindow)
    case .simulationSpan(.horizonBeforeWindow(let horizon, let window)):
      return say(
        .horizonBeforeWindow,
        ["horizon": .text(language.duration(horizon)), "window": .text(language.duration(window))])
    }
  }
}

extension ShellError.UsageProblem {
  public var message: String { message(in: .english) }

  /// The problem in `language`, its nouns in it too; what the user typed is quoted as typed.
  public func message(in language: Language) -> String {
    func say(_ phrase: ParsePhrase, _ values: PhraseValues) -> String {
      language.text(phrase, values)
    }
    switch self {
    case .missing(let noun, let after):
      return say(.needs, ["after": .text(after), "what": .text(noun.template(language))])
    case .missingSubcommandOrValue(let words, let noun, let after):
      return say(.needs, ["after": .text(after), "what": .text(language.choices(words, or: noun))])
    case .unexpected(let word, let after):
      return say(.unexpected, ["word": .text(word.shortened), "after": .text(after.shortened)])
    case .expectedWord(let expected, nil, let after):
      return say(.needsNext, ["after": .text(after), "what": .text(language.list(expected))])
    case .expectedWord(let expected, let found?, let after):
      return say(
        .expectedFound,
        [
          "expected": .text(language.list(expected)), "after": .text(after),
          "found": .text(found),
        ]) + language.suggestion(for: found, among: expected)
    case .expectedSubcommandOrValue(let words, let noun, let found, let after):
      // English has always said `'to' or 'next' or a duration`; Russian lists them once.
      let expected =
        language == .english
        ? "\(Suggestion.list(words)) or \(noun.english)" : language.choices(words, or: noun)
      return say(
        .expectedFound, ["expected": .text(expected), "after": .text(after), "found": .text(found)])
        + language.suggestion(for: found, among: words)
    case .unknownFlag(let flag, let command, let valid):
      let unknown = say(.unknownFlag, ["flag": .text(flag)])
      let suggestion = language.suggestion(for: flag, among: valid)
      guard suggestion.isEmpty else { return unknown + suggestion }
      let flags = language.list(valid)
      return unknown + "; "
        + (valid.isEmpty
          ? say(.noFlags, ["command": .text(command)])
          : say(.flagsTaken, ["command": .text(command), "flags": .text(flags)]))
    case .flagNeedsValue(let flag, let noun):
      return say(.flagNeedsValue, ["flag": .text(flag), "noun": .text(noun.template(language))])
    case .flagGivenTwice(let flag): return say(.flagGivenTwice, ["flag": .text(flag)])
    case .invalid(let problem): return problem.message(in: language)
    case .unordered(let described): return say(.unordered, ["described": .text(described)])
    case .unpaired(let field): return say(.unpaired, ["field": .text(field)])
    }
  }
}

extension ShellError.ValueProblem {
  public var message: String { message(in: .english) }

  /// The problem in `language`, its nouns in it too; what the user typed is quoted as typed.
  public func message(in language: Language) -> String {
    func say(_ phrase: ParsePhrase, _ values: PhraseValues) -> String {
      language.text(phrase, values)
    }
    switch self {
    case .notAnID(let text, let noun):
      return say(.notAnID, ["text": .text(text.shortened), "noun": .text(noun.template(language))])
    case .unknown(let kind, let text, let valid):
      let message = say(
        .unknown, ["kind": .text(kind.template(language)), "text": .text(text.shortened)])
      let suggestion = language.suggestion(for: text, among: valid)
      guard suggestion.isEmpty else { return message + suggestion }
      return message + "; " + say(.oneOf, ["valid": .text(valid.joined(separator: ", "))])
    case .outOfRange(let text, let noun, let range):
      return say(
        .outOfRange,
        [
          "text": .text(text), "noun": .text(noun.template(language)),
          "low": .number(range.lowerBound), "high": .number(range.upperBound),
        ])
    case .notACount(let text): return say(.notACount, ["text": .text(text)])
    case .notASeed(let text): return say(.notASeed, ["text": .text(text)])
    case .malformed(let error): return error.message(in: language)
    case .contradiction(let first, let second):
      return say(.contradiction, ["first": .text(first), "second": .text(second)])
    }
  }
}

extension ShellError.GraphvizProblem {
  func message(in language: Language) -> String {
    func say(_ phrase: DiagramPhrase, _ values: PhraseValues) -> String {
      language.text(phrase, values)
    }
    switch self {
    case .notInstalled(let package): return say(.graphvizMissing, ["package": .text(package)])
    case .cannotStart(let path, let reason):
      return say(.graphvizNotStarted, ["path": .text(path), "reason": .text(reason)])
    case .failed(let path, let code, let message):
      return say(
        .graphvizFailed,
        [
          "path": .text(path), "how": .text(say(.exitCode, ["code": .number(Int(code))])),
          "message": .text(message.isEmpty ? "" : ": " + message),
        ])
    case .killed(let path, let signal, let message):
      return say(
        .graphvizFailed,
        [
          "path": .text(path), "how": .text(say(.signal, ["signal": .number(Int(signal))])),
          "message": .text(message.isEmpty ? "" : ": " + message),
        ])
    }
  }
}

extension ShellError.FileProblem {
  public var message: String { message(in: .english) }

  func message(in language: Language) -> String {
    switch self {
    case .system(let text): return text
    case .isFolder: return language.text(ErrorPhrase.isFolder)
    case .notAFolder: return language.text(ErrorPhrase.notAFolder)
    case .notAFile: return language.text(ErrorPhrase.notAFile)
    case .danglingLink: return language.text(ErrorPhrase.danglingLink)
    case .tooLarge(let limit):
      return language.text(ErrorPhrase.tooLarge, ["limit": .number(limit >> 20)])
    case .notUTF8: return language.text(ErrorPhrase.notUTF8File)
    case .noScripts: return language.text(ErrorPhrase.noScripts)
    case .missing: return language.text(ErrorPhrase.missing)
    case .permissionDenied: return language.text(ErrorPhrase.permissionDenied)
    case .diskFull: return language.text(ErrorPhrase.diskFull)
    case .changedMeanwhile: return language.text(JournalPhrase.changedMeanwhile)
    case .changedWhileRead: return language.text(ErrorPhrase.changedWhileRead)
    }
  }
}

extension String {
  /// The text as a message quotes what a user typed: at most 60 characters, so a pasted
  /// megabyte does not come back as a megabyte of error.
  var shortened: String {
    count <= 60 ? self : String(prefix(59)) + "…"
  }
}

/// `1 order`, `2 orders`.
func counted(_ count: Int, _ noun: String) -> String {
  "\(count) \(noun)\(count == 1 ? "" : "s")"
}
