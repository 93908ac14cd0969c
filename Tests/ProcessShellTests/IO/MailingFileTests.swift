import ProcessEngine
import Testing

@testable import ProcessShell

/// Mailing files: read whole, or refused naming the file and the JSON path of every problem.
@Suite struct MailingFileTests {
  @Test func readsTheSeedsMailing() throws {
    let files = try MailingFiles()
    let mailing = try MailingFile.read(files.path("unpaid-1h.json"))
    #expect(mailing.name == "unpaid-1h")
    #expect(mailing.russianTitle == "Не оплачен через час")
    #expect(mailing.to.text(counters: []) == "actual and not paid and created ago >= 1h")
  }

  @Test func notJSONIsAProblemOfTheFile() throws {
    let files = try MailingFiles()
    let path = try files.write("{\"format\": ", to: "cut.json")
    #expect {
      try MailingFile.read(path)
    } throws: { error in
      guard case ShellError.mailingDefinition(let named, let problems) = error else { return false }
      return named == path && problems.count == 1
    }
  }

  @Test func aMissingFileIsAFileProblem() {
    #expect {
      try MailingFile.read("/nonexistent/m.json")
    } throws: { error in
      if case ShellError.file(let path, _) = error { return path == "/nonexistent/m.json" }
      return false
    }
  }
}
