import Wording

/// What the commands that keep a session say: `save`, `load`, `record`, `undo`, `checkpoint`,
/// `restore` and `history`.
enum HistoryPhrase: PhraseBook {
  case saved, savedReplacingSession, savedReplacingFile, withCommands, bytes, kilobytes, megabytes
  case loaded
  case recordStartsWithLoad, recording, recordingReplacing, recorded
  case undone, now
  case checkpoint, restored, checkpointsForgotten, checkpointMoved
  case sinceNewSession, sinceSession, checkpointMark

  var phrase: Phrase {
    switch self {
    case .saved:
      Phrase(
        en:
          "saved {path}: {orders} {orders:order|orders}, {tasks} {tasks:task|tasks}, {events} {events:event|events} at {clock}{steps} ({size})",
        ru:
          "сохранено в {path}: {orders} {orders:заказ|заказа|заказов}, {tasks} {tasks:задача|задачи|задач}, {events} {events:событие|события|событий} на {clock}{steps} ({size})"
      )
    case .savedReplacingSession:
      Phrase(
        en:
          "saved {path}, replacing the session that was there: {orders} {orders:order|orders}, {tasks} {tasks:task|tasks}, {events} {events:event|events} at {clock}{steps} ({size})",
        ru:
          "сохранено в {path} вместо прежней сессии: {orders} {orders:заказ|заказа|заказов}, {tasks} {tasks:задача|задачи|задач}, {events} {events:событие|события|событий} на {clock}{steps} ({size})"
      )
    case .savedReplacingFile:
      Phrase(
        en:
          "saved {path}, replacing the file that was there: {orders} {orders:order|orders}, {tasks} {tasks:task|tasks}, {events} {events:event|events} at {clock}{steps} ({size})",
        ru:
          "сохранено в {path} вместо прежнего файла: {orders} {orders:заказ|заказа|заказов}, {tasks} {tasks:задача|задачи|задач}, {events} {events:событие|события|событий} на {clock}{steps} ({size})"
      )
    case .withCommands:
      Phrase(
        en: ", with the {n} {n:command|commands} that made it",
        ru: ", история: {n} {n:команда|команды|команд}")
    case .bytes: Phrase(en: "{n} bytes", ru: "{n} байт")
    case .kilobytes: Phrase(en: "{n} KB", ru: "{n} КБ")
    case .megabytes: Phrase(en: "{n} MB", ru: "{n} МБ")
    case .loaded:
      Phrase(
        en:
          "loaded {path}: {orders} {orders:order|orders}, {tasks} {tasks:task|tasks}, {events} {events:event|events}; clock {clock}",
        ru:
          "загружено из {path}: {orders} {orders:заказ|заказа|заказов}, {tasks} {tasks:задача|задачи|задач}, {events} {events:событие|события|событий}; время {clock}"
      )
    case .recordStartsWithLoad:
      Phrase(
        en: "the session so far is saved beside it; the script begins with '{load}'",
        ru: "сессия до этого момента сохранена рядом; скрипт начинается с '{load}'")
    case .recording:
      Phrase(
        en:
          "recording to {path}: every command that changes the session is written there; 'record stop' ends",
        ru:
          "запись в {path}: туда пишется каждая команда, которая меняет сессию; 'record stop' заканчивает"
      )
    case .recordingReplacing:
      Phrase(
        en:
          "recording to {path} (replacing what was there): every command that changes the session is written there; 'record stop' ends",
        ru:
          "запись в {path} (вместо того, что там было): туда пишется каждая команда, которая меняет сессию; 'record stop' заканчивает"
      )
    case .recorded:
      Phrase(
        en: "recorded {n} {n:line|lines} to {path}",
        ru: "записано {n} {n:строка|строки|строк} в {path}")
    case .undone: Phrase(en: "undone: {commands}", ru: "отменено: {commands}")
    case .now: Phrase(en: "now {clock}", ru: "сейчас {clock}")
    case .checkpoint:
      Phrase(
        en: "checkpoint {name} at {clock}, after {n} {n:command|commands}",
        ru: "контрольная точка {name}: {clock}, после {n} {n:команды|команд|команд}")
    case .checkpointMoved:
      Phrase(
        en: "checkpoint {name} was after {n} {n:command|commands}; it is moved here",
        ru: "контрольная точка {name} была после {n} {n:команды|команд|команд}; она перенесена сюда"
      )
    case .checkpointsForgotten:
      Phrase(
        en: "{n:checkpoint|checkpoints} {names} came later and {n:is|are} forgotten",
        ru:
          "{n:контрольная точка|контрольные точки|контрольные точки} {names} — позже, {n:она забыта|они забыты|они забыты}"
      )
    case .restored:
      Phrase(
        en: "restored {name}: {n} {n:command|commands} taken back; now {clock}",
        ru:
          "возврат к точке {name}: {n} {n:команда отменена|команды отменены|команд отменено}; сейчас {clock}"
      )
    case .sinceNewSession:
      Phrase(
        en: "{n} {n:command|commands} since a new session at {clock}",
        ru: "{n} {n:команда|команды|команд} с начала новой сессии на {clock}")
    case .sinceSession:
      Phrase(
        en: "{n} {n:command|commands} since a session of {orders} {orders:order|orders} at {clock}",
        ru:
          "{n} {n:команда|команды|команд} с сессии из {orders} {orders:заказа|заказов|заказов} на {clock}"
      )
    case .checkpointMark: Phrase(en: "── checkpoint {name}", ru: "── контрольная точка {name}")
    }
  }
}
