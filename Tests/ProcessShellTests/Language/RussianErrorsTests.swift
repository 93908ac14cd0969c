import ProcessEngine
import Testing

@testable import ProcessShell

/// SPEC §12.1: errors in Russian, `FILE:LINE:` kept; suggestions and lists in Russian words.
@Suite struct RussianErrorsTests {
  static func russian() -> Transcript {
    let session = Transcript()
    session.ok("lang ru")
    return session
  }

  @Test func anUnknownCommandIsNamedWithASuggestion() {
    let session = Self.russian()
    #expect(
      session.failing("staus") == "ошибка: неизвестная команда 'staus'; может быть, 'status'?\n")
    #expect(session.failing("zzz") == "ошибка: неизвестная команда 'zzz'; список команд — 'help'\n")
  }

  @Test func undoAndCheckpointsRefuseInRussian() {
    let session = Self.russian()
    #expect(
      session.failing("undo") == "ошибка: отменять нечего: ни одна команда не меняла сессию\n")
    session.ok("order new; order new")
    #expect(session.failing("undo 3") == "ошибка: отменить можно только 2 команды\n")
    #expect(
      session.failing("restore начало")
        == "ошибка: нет контрольной точки 'начало'; её ставит 'checkpoint ИМЯ'\n")
    session.ok("checkpoint один; checkpoint два")
    #expect(
      session.failing("restore три")
        == "ошибка: нет контрольной точки 'три'; контрольные точки: один, два\n")
  }

  @Test func aFileThatIsNotThereIsNamed() throws {
    let folder = try TemporaryDirectory()
    let session = Self.russian()
    let path = folder.path + "/нет.json"
    #expect(session.failing("load \(path)") == "ошибка: \(path): нет такого файла или папки\n")
    #expect(
      session.failing("load \(folder.path)") == "ошибка: \(folder.path): это папка, а не файл\n")
  }

  /// A script's failure keeps its place, `FILE:LINE:`, before the Russian words.
  @Test func aScriptErrorKeepsItsPlace() {
    let session = Self.russian()
    #expect(session.shell.runScript("order new\nundo 5\n", path: "урок.procsh") == .commandFailed)
    #expect(session.errors.text == "урок.procsh:2: ошибка: отменить можно только 1 команду\n")
  }

  /// The totals of `procsh test` in Russian; `ok` and `FAIL` stay for tools.
  @Test func testTotalsReadInRussian() {
    let results = [
      TestRunner.Result(path: "a.procsh", outcome: .success, failure: "", seconds: 0),
      TestRunner.Result(
        path: "b.procsh", outcome: .expectationFailed, failure: "b.procsh:1: ожидалось…",
        seconds: 0),
    ]
    #expect(
      TestRunner.report(results, in: .russian)
        == "ok    a.procsh\nFAIL  b.procsh\n      b.procsh:1: ожидалось…\nпройдено: 1, не пройдено: 1\n"
    )
  }
}
