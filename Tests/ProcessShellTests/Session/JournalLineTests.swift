import JSON
import ProcessEngine
import Testing

@testable import ProcessShell

/// The lines of a `--session` journal (docs/session-format.md, "Journal"): each kind written as
/// one line of sorted JSON, and read back as it was.
@Suite struct JournalLineTests {
  static let identity = SnapshotIdentity(bytes: 9218, hash: 0x00ab_cdef_0123_4567, steps: 2)

  @Test(arguments: [
    (
      JournalLine.header(identity),
      #"{"format":"procsh-journal","session":{"bytes":9218,"hash":"00abcdef01234567","steps":2},"version":1}"#
    ),
    (
      .step(after: 2, SessionHistory.Step(.pay(OrderID(rawValue: 3), nil), text: "pay order 3")),
      #"{"after":2,"command":{"command":"pay","order":3},"text":"pay order 3"}"#
    ),
    (.rewind(to: 0), #"{"rewind-to":0}"#),
    (.checkpoint("before \"calls\"", step: 1), #"{"checkpoint":"before \"calls\"","step":1}"#),
    (.replacedBy(identity), #"{"replaced-by":{"bytes":9218,"hash":"00abcdef01234567","steps":2}}"#),
  ])
  func eachLineIsWrittenAsOneLineAndReadBack(line: JournalLine, text: String) throws {
    #expect(line.bytes == Array((text + "\n").utf8))
    #expect(try JournalLine(parsing: Array(text.utf8)[...]) == line)
  }

  @Test(arguments: [
    (#"{"rewind-to":-1}"#, JournalProblem.badMember("rewind-to")),
    (#"{"rewind-to":"2"}"#, .badMember("rewind-to")),
    (#"{"checkpoint":3,"step":1}"#, .badMember("checkpoint")),
    (
      #"{"replaced-by":{"bytes":1,"hash":"ABCDEF0123456789","steps":0}}"#, .badMember("replaced-by")
    ),
    (#"{"replaced-by":{"bytes":1,"hash":"abc","steps":0}}"#, .badMember("replaced-by")),
    (#"{"format":"procsh-session","session":{},"version":1}"#, .notAJournal),
    (
      #"{"format":"procsh-journal","session":{"bytes":1,"hash":"0000000000000001","steps":0},"version":2}"#,
      .newerVersion(2)
    ),
    ("null", .notAnObject),
    (#"{"rewind-to":1,"step":2}"#, .unknownLine(keys: ["rewind-to", "step"])),
  ])
  func aLineThatIsNotOneOfTheKindsIsRefused(text: String, problem: JournalProblem) {
    #expect(throws: problem) { try JournalLine(parsing: Array(text.utf8)[...]) }
  }

  /// The hash tells files apart by any byte, and the same bytes always give the same hash (it
  /// is written in one procsh and checked in another).
  @Test func theHashOfASessionFileIsStableAndSeesEveryByte() {
    let bytes = Array(repeating: UInt8(ascii: "a"), count: 1000)
    func hash(_ bytes: [UInt8]) -> UInt64 { bytes.withUnsafeBytes { SnapshotIdentity.hash($0) } }
    #expect(hash(bytes) == hash(bytes))
    #expect(hash([]) != hash([0]))
    var seen: Set<UInt64> = [hash(bytes)]
    for position in [0, 7, 8, 31, 32, 500, 991, 999] {
      var changed = bytes
      changed[position] = UInt8(ascii: "b")
      seen.insert(hash(changed))
    }
    seen.insert(hash(Array(bytes.dropLast())))
    #expect(seen.count == 10)
    // Pinned: a journal written by this procsh must name the same file for the next one.
    #expect(hash(Array("procsh".utf8)) == 0x4CDA_C0E4_65E4_145F)
  }
}
