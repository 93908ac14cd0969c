import Wording

/// Why the shell refused a line (`ShellError`): each refusal in both languages. The parts a
/// message may end with are phrases too (a suggestion and a list of what is valid come from the
/// engine's `HintPhrase`), so that a Russian message is built from Russian parts only.
enum ErrorPhrase: PhraseBook {
  case typeHelp, and, or, nothing
  case unclosedQuote, unknownCommand, fileProblem
  case definitionHeading, mailingHeading, error, warning
  case cannotLoadSession, notJSON, profileHeading
  case sourceLoop, stoppedAtExpectation, stoppedAtCommand
  case nothingToUndo, undoTooFar, noCheckpoint, makeACheckpoint, theCheckpointsAre
  case alreadyRecording, notRecording, taskRunsOtherProcess, noCounter, itsCountersAre, noHelp
  case notASession, notARecording, interrupted, interruptedCommand, autosaveFailed, historyBroken
  case notUTF8Line, lineTooLong, emptyWindow, horizonBeforeWindow
  case isFolder, notAFolder, notAFile, danglingLink, tooLarge, notUTF8File, noScripts, missing,
    changedWhileRead
  case permissionDenied, diskFull

  var phrase: Phrase {
    switch self {
    case .typeHelp: Phrase(en: "; type 'help' for the list", ru: "; список команд — 'help'")
    case .and: Phrase(en: "{list} and {last}", ru: "{list} и {last}")
    case .or: Phrase(en: "{list} or {last}", ru: "{list} или {last}")
    case .nothing: Phrase(en: "nothing", ru: "ничего")
    case .unclosedQuote:
      Phrase(en: "the quote {quote} is not closed", ru: "кавычка {quote} не закрыта")
    case .unknownCommand: Phrase(en: "unknown command '{word}'", ru: "неизвестная команда '{word}'")
    case .fileProblem: Phrase(en: "{path}: {problem}", ru: "{path}: {problem}")
    case .definitionHeading:
      Phrase(
        en: "{path}: {n} {n:error|errors} in the process definition:",
        ru: "{path}: {n} {n:ошибка|ошибки|ошибок} в описании процесса:")
    case .mailingHeading:
      Phrase(
        en: "{path}: {n} {n:problem|problems} in the mailing:",
        ru: "{path}: {n} {n:ошибка|ошибки|ошибок} в описании рассылки:")
    case .error: Phrase(en: "error", ru: "ошибка")
    case .warning: Phrase(en: "warning", ru: "предупреждение")
    case .cannotLoadSession:
      Phrase(
        en: "{path}: cannot load the session: {problem}",
        ru: "{path}: сессия не загружена: {problem}")
    case .notJSON:
      Phrase(en: "{path}: not valid JSON: {problem}", ru: "{path}: это не JSON: {problem}")
    case .profileHeading:
      Phrase(en: "{path}: the profile has bad values:", ru: "{path}: в профиле неверные значения:")
    case .sourceLoop:
      Phrase(
        en: "{path} is already being run: a script that sources itself would never end",
        ru: "{path} уже выполняется: скрипт, который запускает сам себя, не закончится никогда")
    case .stoppedAtExpectation:
      Phrase(
        en: "{path} stopped at a failed expectation",
        ru: "{path} остановлен на невыполненной проверке")
    case .stoppedAtCommand:
      Phrase(en: "{path} stopped at a failed command", ru: "{path} остановлен на ошибке команды")
    case .nothingToUndo:
      Phrase(
        en: "nothing to undo: no command has changed the session",
        ru: "отменять нечего: ни одна команда не меняла сессию")
    case .undoTooFar:
      Phrase(
        en: "only {n} {n:command|commands} can be undone",
        ru: "отменить можно только {n} {n:команду|команды|команд}")
    case .noCheckpoint:
      Phrase(en: "there is no checkpoint '{name}'", ru: "нет контрольной точки '{name}'")
    case .makeACheckpoint:
      Phrase(en: "; make one with 'checkpoint NAME'", ru: "; её ставит 'checkpoint ИМЯ'")
    case .theCheckpointsAre:
      Phrase(en: "; the checkpoints are {list}", ru: "; контрольные точки: {list}")
    case .alreadyRecording:
      Phrase(
        en: "already recording to {path}; 'record stop' first",
        ru: "запись в {path} уже идёт; сначала 'record stop'")
    case .notRecording:
      Phrase(
        en: "not recording; 'record FILE' starts", ru: "запись не идёт; её начинает 'record ФАЙЛ'")
    case .taskRunsOtherProcess:
      Phrase(
        en: "task {task} runs {runs}, not {asked}",
        ru: "задача {task} выполняет {runs}, а не {asked}")
    case .noCounter:
      Phrase(
        en: "task {task} ({process}) has no counter '{counter}'",
        ru: "у задачи {task} ({process}) нет счётчика '{counter}'")
    case .itsCountersAre: Phrase(en: "; its counters are {list}", ru: "; её счётчики: {list}")
    case .noHelp: Phrase(en: "no help for '{topic}'", ru: "нет справки о '{topic}'")
    case .notASession:
      Phrase(
        en: "{path} is there and is not a procsh session; --force replaces it",
        ru: "{path} уже есть, и это не сессия procsh; --force заменит его")
    case .notARecording:
      Phrase(
        en: "{path} is there and is not a script procsh recorded; --force replaces it",
        ru: "{path} уже есть, и это не скрипт, записанный procsh; --force заменит его")
    case .interrupted: Phrase(en: "interrupted", ru: "прервано")
    case .interruptedCommand:
      Phrase(
        en: "interrupted: the session is as it was before '{command}'",
        ru: "прервано: сессия такая же, как до '{command}'")
    case .autosaveFailed:
      Phrase(
        en: "the change is made but could not be saved to {path}: {reason}",
        ru: "изменение сделано, но не сохранено в {path}: {reason}")
    case .historyBroken:
      Phrase(
        en: "the session's steps cannot be replayed: step {step}, '{text}', is refused: {problem}",
        ru: "шаги сессии не воспроизвести: шаг {step}, '{text}', отклонён: {problem}")
    case .notUTF8Line: Phrase(en: "the line is not UTF-8 text", ru: "строка — не текст в UTF-8")
    case .lineTooLong:
      Phrase(
        en: "the line is longer than procsh reads ({limit} MiB)",
        ru: "строка длиннее, чем читает procsh ({limit} МиБ)")
    case .emptyWindow:
      Phrase(en: "--over must be longer than 0s", ru: "--over должно быть больше 0 с")
    case .horizonBeforeWindow:
      Phrase(
        en: "--until ({horizon}) must be at least --over ({window})",
        ru: "--until ({horizon}) должно быть не меньше --over ({window})")
    case .isFolder: Phrase(en: "is a folder, not a file", ru: "это папка, а не файл")
    case .notAFolder:
      Phrase(en: "is not a folder and cannot be made one", ru: "это не папка, и создать её нельзя")
    case .notAFile:
      Phrase(
        en: "is a device or something else that is not a file",
        ru: "это устройство или что-то ещё, но не файл")
    case .danglingLink:
      Phrase(en: "is a link to a file that does not exist", ru: "это ссылка на файл, которого нет")
    case .changedWhileRead:
      Phrase(
        en: "the file changed while it was read (another program wrote it): try again",
        ru: "файл изменился, пока его читали (его записала другая программа): попробуйте ещё раз")
    case .tooLarge:
      Phrase(
        en: "is larger than procsh reads ({limit} MiB)",
        ru: "больше, чем читает procsh ({limit} МиБ)")
    case .notUTF8File: Phrase(en: "is not UTF-8 text", ru: "это не текст в UTF-8")
    case .noScripts: Phrase(en: "has no *.procsh scripts", ru: "здесь нет скриптов *.procsh")
    case .missing: Phrase(en: "no such file or folder", ru: "нет такого файла или папки")
    case .permissionDenied: Phrase(en: "permission denied", ru: "нет доступа")
    case .diskFull: Phrase(en: "the disk is full", ru: "диск заполнен")
    }
  }
}

extension Language {
  /// `'to', 'next' or 'at'`, «'to', 'next' или 'at'»: words a user types, quoted, for a parse
  /// error. (Values a message names as valid are listed by the engine's `choices`.)
  func list(_ words: [String], conjunction: ErrorPhrase = .or) -> String {
    let quoted = words.map { "'\($0)'" }
    switch quoted.count {
    case 0: return text(ErrorPhrase.nothing)
    case 1: return quoted[0]
    default:
      return text(
        conjunction,
        ["list": .text(quoted.dropLast().joined(separator: ", ")), "last": .text(quoted.last!)])
    }
  }
}
