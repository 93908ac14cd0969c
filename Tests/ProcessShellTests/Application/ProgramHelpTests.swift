import Testing
import Wording

@testable import ProcessShell

/// `procsh --help` and `procsh test --help` in the run's language (SPEC §12.1), at the width of
/// the terminal (SPEC §12.2).
@Suite struct ProgramHelpTests {
  @Test(arguments: [
    (["--help"], ProgramHelp.Topic.procsh), (["-h"], .procsh), (["x.procsh", "--help"], .procsh),
    (["help"], .procsh), (["help", "test"], .test), (["test", "--help"], .test),
    (["test", "-j", "2", "-h"], .test), (["--lang", "ru", "test", "--help"], .test),
    (["--lang", "ru", "--help"], .procsh), (["help", "--lang", "ru"], .procsh),
    (["--lang", "ru", "help", "test"], .test),
  ])
  func helpIsAskedFor(arguments: [String], topic: ProgramHelp.Topic) {
    #expect(ProgramHelp.asked(in: arguments) == topic)
  }

  /// An option's value is not a request for help, nor is a script called `help` among others.
  @Test(arguments: [
    ["-c", "--help"], ["--session", "-h"], ["test", "--junit", "--help", "examples"],
    ["help", "x.procsh"], ["x.procsh"], [], ["test", "examples"],
  ])
  func helpIsNotAskedFor(arguments: [String]) {
    #expect(ProgramHelp.asked(in: arguments) == nil)
  }

  @Test func theLanguageIsLangsThenTheEnvironments() {
    #expect(ProgramHelp.language(of: ["--lang", "ru", "--help"]) == .russian)
    #expect(ProgramHelp.language(of: ["--lang=ru", "--bogus"]) == .russian)
    #expect(ProgramHelp.language(of: ["test", "--lang", "en", "-h"]) == .english)
  }

  /// A usage line too long for the terminal breaks between options, never inside a `[…]`.
  @Test func aNarrowUsageBreaksBetweenOptions() {
    let usage = ProgramHelp.text(.procsh, in: .english, width: 50).split(separator: "\n")
      .drop { !$0.hasPrefix("usage:") }.prefix { !$0.isEmpty }
    #expect(usage.count > 2)
    for line in usage {
      #expect(
        line.filter { $0 == "[" }.count == line.filter { $0 == "]" }.count, "\(line)")
      #expect(line.count <= 50, "\(line)")
    }
  }

  /// The test runner's exit codes are its own: a script that fails, whatever failed in it, is 1.
  @Test func theTestRunnersHelpGivesItsOwnExitCodes() {
    let help = ProgramHelp.text(.test, in: .english, width: 200)
    #expect(
      help.hasSuffix(
        "Exit codes: 0 every script passed, 1 a script failed, 2 a script or a report could not be read or written, 64 bad usage."
      ))
  }

  /// Every option procsh reads is explained, in either language, and no line is wider than the
  /// terminal.
  @Test(arguments: [Language.english, .russian], [80, 60])
  func everyOptionIsExplainedWithinTheWidth(language: Language, width: Int) {
    let program = ProgramHelp.text(.procsh, in: language, width: width)
    for option in [
      "FILE...", "-c COMMANDS", "--load FILE", "--session FILE", "--keep-going",
      "--echo", "--lang ru|en", "--version", "-h, --help", "procsh test",
    ] {
      #expect(program.contains(option), "\(option) in \(language)")
    }
    let test = ProgramHelp.text(.test, in: language, width: width)
    for option in [
      "PATH...", "-j N", "--junit FILE", "--coverage", "--coverage-json FILE",
      "--lang ru|en", "-h, --help",
    ] {
      #expect(test.contains("  " + option), "\(option) in \(language)")
    }
    for line in (program + "\n" + test).split(separator: "\n") {
      #expect(line.count <= width, "\(line.count) > \(width): \(line)")
    }
  }

  /// In Russian the words are Russian: each option's explanation, the headers and the summary.
  @Test func theRussianHelpIsInRussian() {
    let lines = ProgramHelp.text(.procsh, in: .russian, width: 80).split(separator: "\n")
    #expect(
      lines.first
        == "procsh — оболочка для бизнес-процессов обработки заказов на виртуальных часах.")
    #expect(lines.contains { $0.hasPrefix("запуск: procsh [FILE...]") })
    let echo = lines.first { $0.hasPrefix("  --echo ") }
    #expect(echo?.hasSuffix("печатать каждую команду перед её выводом, как стенограмму") == true)
    // A wrapped explanation goes on under itself, not under the option.
    let session = lines.firstIndex { $0.hasPrefix("  --session FILE") }!
    #expect(lines[session + 1].hasPrefix(String(repeating: " ", count: 18)))
  }

  @Test func aRefusalSaysWhyHowAndWhereTheHelpIs() {
    let refusal = ProgramHelp.refusal("-j — не меньше 1, а не 0", .test, in: .russian)
    #expect(
      refusal.split(separator: "\n").map(String.init) == [
        "ошибка: -j — не меньше 1, а не 0",
        "запуск: procsh test [-j N] [--junit FILE] [--coverage] [--coverage-json FILE]",
        "                    [--lang ru|en] PATH...",
        "подробнее: procsh test --help",
      ])
  }
}

/// The refusals procsh makes itself of a command line argument-parser reads: in the language the
/// line asks for, with the usage and where the help is, exit code 64, nothing run.
@Suite struct CommandLineRefusalTests {
  @Test(arguments: [
    ("en", "error: give either --load or --session, not both", "more: procsh --help"),
    (
      "ru", "ошибка: укажите либо --load, либо --session, но не то и другое",
      "подробнее: procsh --help"
    ),
  ])
  func loadWithSessionIsRefusedInTheLinesLanguage(language: String, first: String, last: String) {
    var options = Application.Options()
    options.load = "a.json"
    options.session = "b.json"
    options.commands = "order new"
    options.language = language
    let output = BufferedOutput()
    let errors = BufferedOutput()
    let shell = Shell(output: output, errors: errors)
    #expect(Application.run(options, in: shell, output: output, errors: errors) == 64)
    let lines = errors.text.split(separator: "\n").map(String.init)
    #expect(lines.first == first)
    #expect(lines.last == last)
    #expect(shell.engine.orders.isEmpty && output.text.isEmpty)
  }

  @Test func anUnknownLanguageIsRefusedNamingIt() {
    var options = Application.Options()
    options.commands = "status"
    options.language = "xx"
    let output = BufferedOutput()
    let errors = BufferedOutput()
    let shell = Shell(output: output, errors: errors)
    #expect(Application.run(options, in: shell, output: output, errors: errors) == 64)
    #expect(
      errors.text.hasPrefix("error: --lang takes ru or en, not 'xx'\nusage: procsh [FILE...]")
        || errors.text.hasPrefix("ошибка: --lang — ru или en, а не 'xx'\n"))
  }
}
