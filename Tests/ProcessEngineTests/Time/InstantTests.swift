import ProcessEngine
import Testing

@Suite struct InstantTests {
  @Test func sessionsStartOnMondayTheFifthOfJanuary2026() {
    #expect(Instant.sessionStart.description == "2026-01-05 09:00")
    #expect(Instant.sessionStart.weekday == 1)
  }

  @Test(arguments: [
    ("2026-01-07", "2026-01-07 00:00"),
    ("2026-01-07 14:30", "2026-01-07 14:30"),
    ("2026-01-07T14:30", "2026-01-07 14:30"),
    ("2026-01-07 14:30:05", "2026-01-07 14:30:05"),
    ("2024-02-29", "2024-02-29 00:00"),
    ("1969-12-31 23:59:59", "1969-12-31 23:59:59"),
    ("2100-03-01", "2100-03-01 00:00"),
  ])
  func parsesAndPrintsDateTimes(text: String, printed: String) throws {
    #expect(try Instant(parsing: text).description == printed)
  }

  /// The message quotes what was typed, says what is wrong and how to write it (STYLE 9).
  @Test(arguments: [
    ("2026-13-01", "month 13 is not 1–12"),
    ("2026-02-29", "day 29 is not 1–28 in that month"),
    ("2026-04-31", "day 31 is not 1–30 in that month"),
    ("2026-01-07 24:00", "the time is not between 00:00:00 and 23:59:59"),
    ("2026-01-07 12:60", "the time is not between 00:00:00 and 23:59:59"),
    ("2026-1-7", "expected YYYY-MM-DD, YYYY-MM-DD HH:MM[:SS] or +DURATION"),
    ("07.01.2026", "expected YYYY-MM-DD, YYYY-MM-DD HH:MM[:SS] or +DURATION"),
    ("2026-01-07 14", "expected YYYY-MM-DD, YYYY-MM-DD HH:MM[:SS] or +DURATION"),
    ("2026-01-07  14:30", "expected YYYY-MM-DD, YYYY-MM-DD HH:MM[:SS] or +DURATION"),
    ("tomorrow", "expected YYYY-MM-DD, YYYY-MM-DD HH:MM[:SS] or +DURATION"),
  ])
  func refusesMalformedDateTimes(text: String, reason: String) {
    let error = #expect(throws: EngineError.self) { try Instant(parsing: text) }
    #expect(
      error?.message
        == "'\(text)' is not a date-time (\(reason)); write it like 2026-01-07, 2026-01-07 14:30 or +2d"
    )
  }

  @Test func explainsWhatIsWrongWithADate() {
    let error = EngineError.malformedDateTime("2026-02-30", reason: .day(30, monthLength: 28))
    #expect(throws: error) { try Instant(parsing: "2026-02-30") }
    #expect(
      error.message
        == "'2026-02-30' is not a date-time (day 30 is not 1–28 in that month); write it like 2026-01-07, 2026-01-07 14:30 or +2d"
    )
  }

  @Test func relativeDateTimesCountFromTheClock() throws {
    let expression = try DateTimeExpression(parsing: "+1d2h")
    #expect(expression.resolved(now: .sessionStart).description == "2026-01-06 11:00")
  }

  @Test func calendarArithmeticAgreesAcrossFourCenturies() {
    // Every day from 1900 to 2300 survives a round trip through the civil fields.
    var instant = Instant(year: 1900, month: 1, day: 1)
    var previous = instant.civil
    for _ in 0..<(400 * 366) {
      instant = instant + .days(1)
      let civil = instant.civil
      #expect(Instant(year: civil.year, month: civil.month, day: civil.day) == instant)
      #expect(civil.day == previous.day + 1 || civil.day == 1)
      previous = civil
      if civil.year == 2300 { break }
    }
  }
}

@Suite struct TimeSpanTests {
  @Test(
    arguments: [
      ("30s", 30), ("5m", 300), ("2h", 7200), ("1d", 86_400), ("1w", 604_800), ("1d2h30m", 95_400),
      ("0s", 0), ("1w1d", 691_200), ("90m", 5400),
    ] as [(String, Int64)])
  func parsesDurations(text: String, seconds: Int64) throws {
    #expect(try TimeSpan(parsing: text).seconds == seconds)
  }

  @Test(arguments: [
    ("", "it is empty"), ("5", "the last number has no unit (w d h m s)"),
    ("m", "a number must come before 'm'"), ("5x", "'x' is not a unit (w d h m s)"),
    ("30m1d", "units go from the largest to the smallest, each once"),
    ("1d1d", "units go from the largest to the smallest, each once"),
    ("-5m", "'-' is not a unit (w d h m s)"), ("1.5h", "'.' is not a unit (w d h m s)"),
    ("5 m", "' ' is not a unit (w d h m s)"), ("9999999999d", "the number is too large"),
    ("1mo", "'o' is not a unit (w d h m s)"),
  ])
  func refusesMalformedDurations(text: String, reason: String) {
    let error = #expect(throws: EngineError.self) { try TimeSpan(parsing: text) }
    #expect(
      error?.message
        == "'\(text)' is not a duration (\(reason)); write it like 30s, 5m, 2h, 1d, 1w or 1d2h30m")
  }

  @Test func printsTheCanonicalFormWithDaysNotWeeks() {
    #expect(TimeSpan.days(10).description == "10d")
    #expect((TimeSpan.days(1) + .hours(2) + .minutes(30)).description == "1d2h30m")
    #expect(TimeSpan.zero.description == "0s")
    #expect(TimeSpan(seconds: 61).description == "1m1s")
  }

  @Test func errorMessagesSayHowToWriteADuration() {
    let error = EngineError.malformedDuration("30m1d", reason: .unitOrder)
    #expect(throws: error) { try TimeSpan(parsing: "30m1d") }
    #expect(
      error.message
        == "'30m1d' is not a duration (units go from the largest to the smallest, each once); write it like 30s, 5m, 2h, 1d, 1w or 1d2h30m"
    )
  }

  /// How an instant is written: minutes, seconds only when there are some, every field padded
  /// with zeros; sessions always with seconds and a `T`.
  @Test func instantsAreWrittenWithPaddedFields() throws {
    #expect(try Instant(parsing: "2026-01-05 09:00").description == "2026-01-05 09:00")
    #expect(try Instant(parsing: "2026-01-05 09:00:07").description == "2026-01-05 09:00:07")
    #expect(try Instant(parsing: "0987-03-04 05:06").description == "0987-03-04 05:06")
    #expect(try Instant(parsing: "9999-12-31 23:59:59").isoDescription == "9999-12-31T23:59:59")
    #expect(try Instant(parsing: "2026-11-30 18:45").isoDescription == "2026-11-30T18:45:00")
  }
}
