import Wording

/// `procsh --help` and `procsh test --help` (`ProgramHelp`): what the program and its options do.
/// Options, placeholders and `ok`/`FAIL` stay as typed and printed.
public enum ProgramHelpPhrase: PhraseBook {
  case summary, usage, interactive, options, exitCodes, testExitCodes, refused, more
  case files, commands, load, session, keepGoing, echo, language, version, help
  case testSummary, testUsage, paths, jobs, junit, coverage, coverageJSON, testLanguage
  case tooFewJobs, unknownLanguage, filesAndCommands, loadAndSession, givenTwice

  public var phrase: Phrase {
    switch self {
    case .summary:
      Phrase(
        en: "procsh: a shell for order-processing business processes on a virtual clock.",
        ru: "procsh — оболочка для бизнес-процессов обработки заказов на виртуальных часах.")
    case .usage: Phrase(en: "usage:", ru: "запуск:")
    case .interactive:
      Phrase(
        en:
          "With no FILE and no -c, procsh is an interactive shell on a terminal, or reads commands from standard input; 'help' there lists the commands.",
        ru:
          "Без FILE и -c procsh — интерактивная оболочка в терминале, а иначе читает команды со стандартного ввода; команда help перечисляет команды."
      )
    case .testExitCodes:
      Phrase(
        en:
          "Exit codes: 0 every script passed, 1 a script failed, 2 a script or a report could not be read or written, 64 bad usage.",
        ru:
          "Коды выхода: 0 — все сценарии прошли, 1 — сценарий не прошёл, 2 — не удалось прочитать сценарий или записать отчёт, 64 — неверный запуск."
      )
    case .options: Phrase(en: "options:", ru: "флаги:")
    case .refused: Phrase(en: "error: {reason}", ru: "ошибка: {reason}")
    case .more: Phrase(en: "more: {command}", ru: "подробнее: {command}")
    case .exitCodes:
      Phrase(
        en: "Exit codes: 0 success, 1 an expectation failed, 2 a command failed, 64 bad usage.",
        ru:
          "Коды выхода: 0 — всё прошло, 1 — не сбылось ожидание (expect), 2 — команда не выполнена, 64 — неверный запуск."
      )
    case .files:
      Phrase(en: "scripts to run in one session", ru: "сценарии, выполняемые в одной сессии")
    case .commands:
      Phrase(
        en: "run these commands (';' separates them), then exit",
        ru: "выполнить эти команды (';' разделяет их) и выйти")
    case .load: Phrase(en: "start from a saved session", ru: "начать с сохранённой сессии")
    case .session:
      Phrase(
        en: "open a session file if it exists, and save it after every change",
        ru: "открыть файл сессии, если он есть, и сохранять его после каждого изменения")
    case .keepGoing:
      Phrase(
        en: "go on after a failed command or expectation",
        ru: "продолжать после невыполненной команды или ожидания")
    case .echo:
      Phrase(
        en: "print each command before its output, as a transcript",
        ru: "печатать каждую команду перед её выводом, как стенограмму")
    case .language:
      Phrase(
        en: "write in Russian (ru) or English (en); by default PROCSH_LANG, else the locale",
        ru: "писать по-русски (ru) или по-английски (en); по умолчанию PROCSH_LANG, иначе локаль")
    case .version: Phrase(en: "print the version", ru: "напечатать версию")
    case .help: Phrase(en: "print this help", ru: "напечатать эту справку")
    case .testSummary:
      Phrase(
        en:
          "Runs procsh scripts, each in its own session, in parallel; reports ok or FAIL for each.",
        ru:
          "Прогоняет сценарии procsh, каждый в своей сессии, параллельно; о каждом пишет ok или FAIL."
      )
    case .testUsage:
      Phrase(
        en: "procsh test runs scripts as a test suite (procsh test --help).",
        ru: "procsh test прогоняет сценарии как набор тестов (procsh test --help).")
    case .paths:
      Phrase(
        en: "scripts, or folders of *.procsh scripts",
        ru: "сценарии или папки со сценариями *.procsh")
    case .jobs:
      Phrase(
        en: "how many scripts run at once (default: the number of cores)",
        ru: "сколько сценариев идёт одновременно (по умолчанию — по числу ядер)")
    case .junit:
      Phrase(en: "also write the results as JUnit XML", ru: "записать итоги ещё и в JUnit XML")
    case .coverage:
      Phrase(
        en:
          "print, per process version, the blocks entered and the exits taken by the whole suite, and the exits never taken",
        ru:
          "напечатать для каждой версии процесса блоки, в которые входил весь набор, пройденные выходы и выходы, не пройденные ни разу"
      )
    case .coverageJSON:
      Phrase(
        en: "also write the coverage as JSON (docs/testing.md)",
        ru: "записать покрытие ещё и в JSON (docs/testing.md)")
    case .tooFewJobs: Phrase(en: "-j needs at least 1, not {n}", ru: "-j — не меньше 1, а не {n}")
    case .givenTwice: Phrase(en: "{option} is given twice", ru: "{option} указан дважды")
    case .filesAndCommands:
      Phrase(
        en: "give either FILE... or -c COMMANDS, not both",
        ru: "укажите либо FILE..., либо -c COMMANDS, но не то и другое")
    case .loadAndSession:
      Phrase(
        en: "give either --load or --session, not both",
        ru: "укажите либо --load, либо --session, но не то и другое")
    case .unknownLanguage:
      Phrase(en: "--lang takes ru or en, not '{lang}'", ru: "--lang — ru или en, а не '{lang}'")
    case .testLanguage:
      Phrase(
        en:
          "the language of the report and of each script's session (default: PROCSH_LANG or the locale)",
        ru: "язык отчёта и сессии каждого сценария (по умолчанию PROCSH_LANG или локаль)")
    }
  }
}
