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

  /// A session file is hashed piece by piece as it is written; the journal beside it is checked
  /// later against the hash of the file read whole, so however the pieces are cut, the value
  /// must be that of the whole. The pinned values come from the algorithm as the type's comment
  /// describes it, written again in Python (the lanes, the 8-byte words and the tail all count).
  @Test func theHashOfAFileWrittenInPiecesIsTheHashOfTheWhole() {
    let short = (0..<100).map { UInt8($0) }
    let long = (0..<1000).map { UInt8($0 * 7 % 256) }
    #expect(short.withUnsafeBytes { SnapshotIdentity.hash($0) } == 0x6CC1_A863_EBA9_581E)
    #expect(long.withUnsafeBytes { SnapshotIdentity.hash($0) } == 0x1B0D_4D8E_3E4F_E9D2)
    var random = SplitMix64(seed: 14)
    for _ in 0..<200 {
      var hasher = SnapshotIdentity.Hasher()
      var start = 0
      while start < long.count {
        // Pieces of 0 to 70 bytes: empty ones, ones inside a 32-byte block, ones across two.
        let end = min(long.count, start + Int(random.next() % 71))
        long[start..<end].withUnsafeBytes { hasher.add($0) }
        start = end
      }
      #expect(hasher.count == long.count)
      #expect(hasher.value == 0x1B0D_4D8E_3E4F_E9D2)
    }
  }
}
