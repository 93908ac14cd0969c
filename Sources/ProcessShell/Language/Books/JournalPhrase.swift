import Wording

/// What the journal of a `--session` file says when it cannot be replayed, or replays with a
/// line left out (`JournalProblem`, `SessionFile`).
enum JournalPhrase: PhraseBook {
  case located, unlocated
  case notJSON, notAnObject, badMember, unknownLine, notAJournal, newerVersion, headerNotFirst
  case lineAfterReplacement, stepOutOfPlace, rewindPastEnd, checkpointPastEnd, badCommand
  case doesNotReplay, rewindBroken, withoutSession, ofAnotherSession
  case tornLine, compactionFailed, changedMeanwhile, leftOutOnLoad

  var phrase: Phrase {
    switch self {
    case .located: Phrase(en: "{path}:{line}: {problem}", ru: "{path}:{line}: {problem}")
    case .unlocated: Phrase(en: "{path}: {problem}", ru: "{path}: {problem}")
    case .notJSON:
      Phrase(
        en: "not JSON at column {column}: {problem}", ru: "не JSON в столбце {column}: {problem}")
    case .notAnObject:
      Phrase(en: "the line is not a JSON object", ru: "строка — не JSON-объект")
    case .badMember:
      Phrase(
        en: "'{key}' is missing or has a wrong value", ru: "'{key}' отсутствует или неверно")
    case .unknownLine:
      Phrase(
        en:
          "not a journal line (its keys are {keys}); expected a step, a rewind, a checkpoint or a replacement",
        ru:
          "это не строка журнала (её ключи: {keys}); ожидался шаг, возврат, контрольная точка или замена"
      )
    case .notAJournal:
      Phrase(
        en: "not a procsh journal: the first line does not say \"format\":\"procsh-journal\"",
        ru: "это не журнал procsh: первая строка не говорит \"format\":\"procsh-journal\"")
    case .newerVersion:
      Phrase(
        en:
          "this journal is version {found}; this procsh reads journals up to version {known}. Use a newer procsh",
        ru:
          "это журнал версии {found}; этот procsh читает журналы до версии {known}. Нужен более новый procsh"
      )
    case .headerNotFirst:
      Phrase(
        en: "the line naming the session file may only be the first",
        ru: "строка с именем файла сессии может быть только первой")
    case .lineAfterReplacement:
      Phrase(
        en: "a line after 'replaced-by', which only ever ends a journal",
        ru: "строка после 'replaced-by', которая всегда последняя в журнале")
    case .stepOutOfPlace:
      Phrase(
        en: "the step follows {after} {after:step|steps}, but the session has {count} here",
        ru: "шаг идёт после {after} {after:шага|шагов|шагов}, а в сессии здесь {count}")
    case .rewindPastEnd:
      Phrase(
        en: "goes back to step {to}, but the session has only {count} {count:step|steps}",
        ru: "возврат к шагу {to}, а в сессии всего {count} {count:шаг|шага|шагов}")
    case .checkpointPastEnd:
      Phrase(
        en: "a checkpoint after step {step}, but the session has only {count} {count:step|steps}",
        ru: "контрольная точка после шага {step}, а в сессии всего {count} {count:шаг|шага|шагов}")
    case .badCommand:
      Phrase(
        en: "the step's command cannot be read: {problem}",
        ru: "команду шага не прочитать: {problem}")
    case .doesNotReplay:
      Phrase(
        en: "the step '{text}' does not replay: {problem}",
        ru: "шаг '{text}' не воспроизводится: {problem}")
    case .rewindBroken:
      Phrase(
        en: "going back replays step {step}, '{text}', which is refused: {problem}",
        ru: "возврат воспроизводит шаг {step}, '{text}', а он отклонён: {problem}")
    case .withoutSession:
      Phrase(
        en:
          "continues the session file {session}, which is not there; put it back, or move the journal away to start a new session",
        ru:
          "продолжает файл сессии {session}, которого нет; верните его или уберите журнал, чтобы начать новую сессию"
      )
    case .ofAnotherSession:
      Phrase(
        en:
          "continues another session file than {session}: one of {bytes} bytes and {steps} {steps:step|steps} (hash {hash}), where {session} has {found-bytes} bytes and {found-steps} {found-steps:step|steps} (hash {found-hash}); put that file back, or move the journal away",
        ru:
          "продолжает не тот файл сессии, что лежит в {session}: файл в {bytes} байт и {steps} {steps:шаг|шага|шагов} (хеш {hash}), а в {session} {found-bytes} байт и {found-steps} {found-steps:шаг|шага|шагов} (хеш {found-hash}); верните тот файл или уберите журнал"
      )
    case .tornLine:
      Phrase(
        en:
          "{path}:{line}: the last line is incomplete (procsh was stopped while writing it) and is left out: the command it held is not in the session",
        ru:
          "{path}:{line}: последняя строка не дописана (procsh остановили во время записи) и пропущена: её команды в сессии нет"
      )
    case .changedMeanwhile:
      Phrase(
        en: "the file is shorter than procsh left it: another program changed it meanwhile",
        ru: "файл короче, чем его оставил procsh: его тем временем изменила другая программа")
    case .leftOutOnLoad:
      Phrase(
        en: "{reason}; {path} is loaded without the commands of {journal}",
        ru: "{reason}; {path} загружен без команд из {journal}")
    case .compactionFailed:
      Phrase(
        en:
          "the change is saved in {journal}, but {path} could not be rewritten with it: {reason}",
        ru: "изменение сохранено в {journal}, но {path} не переписан с ним: {reason}")
    }
  }
}
