import Foundation
import ProcessEngine
import Testing

/// `process run NAME order|user N`, and what `user N` shows of a process over users (issue 12).
@Suite struct ProcessRunTests {
  static let examples = "\(#filePath)".components(separatedBy: "/Tests/")[0] + "/examples"

  @Test func aProcessOverUsersRunsOnACustomerAndUserShowsItsMessages() throws {
    let session = Transcript()
    session.ok("order new")
    session.ok("process load \(Self.examples)/processes/welcome.json")
    let started = session.ok("process run welcome user 1")
    #expect(started.contains("user 1 · task 2 · started welcome"))
    session.ok("advance 1d")
    let text = session.ok("user 1")
    #expect(text.contains("task 2  welcome"))
    #expect(
      text.contains(
        "messages sent:\n  2026-01-05 09:00  #1  email: Welcome! Your first lesson is in your account.\n"
          + "  2026-01-06 09:00  #2  email: Three tips for the course.\n"))
  }

  @Test func theWrongObjectIsRefusedAndNothingChanges() throws {
    let session = Transcript()
    session.ok("order new")
    session.ok("process load \(Self.examples)/processes/welcome.json")
    let before = session.shell.engine.sessionBytes()
    #expect(session.run("process run welcome order 1").contains("runs over users"))
    #expect(session.run("process run call-3-days user 1").contains("runs over orders"))
    #expect(session.run("process run welcome customer 1").contains("order, user"))
    #expect(session.shell.engine.sessionBytes() == before)
  }

  @Test func undoTakesARunOnAUserBack() throws {
    let session = Transcript()
    session.ok("order new")
    session.ok("process load \(Self.examples)/processes/welcome.json")
    session.ok("process run welcome user 1")
    session.ok("undo")
    #expect(session.shell.engine.tasks(on: .user(UserID(rawValue: 1))).isEmpty)
  }
}
