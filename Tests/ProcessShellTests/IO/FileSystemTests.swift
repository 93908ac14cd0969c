import Foundation
import Testing

@testable import ProcessShell

#if canImport(Glibc)
  import Glibc
#endif

/// Whole files read and written with the C library (SPEC §9, §11.2): clear errors naming the
/// path, UTF-8 only, and saves that never leave a damaged or half-written file.
@Suite struct FileSystemTests {
  /// Bytes that are not all alike, so a chunk lost, repeated or moved shows.
  static func pattern(_ count: Int) -> [UInt8] {
    (0..<count).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ $0 >> 11) }
  }

  @Test func readingAMissingFileSaysSoAndNamesIt() throws {
    let directory = try TemporaryDirectory()
    let path = directory.path + "/missing.json"
    #expect(throws: ShellError.file(path: path, .missing)) {
      try FileSystem.read(path)
    }
    #expect(
      ShellError.file(path: path, .missing).message
        == "\(path): no such file or folder")
  }

  @Test func readingAFolderIsRefused() throws {
    let directory = try TemporaryDirectory()
    #expect(throws: ShellError.file(path: directory.path, .isFolder)) {
      try FileSystem.read(directory.path)
    }
    #expect(
      ShellError.file(path: "examples", .isFolder).message == "examples: is a folder, not a file")
  }

  @Test func anEmptyFileIsNoBytes() throws {
    let directory = try TemporaryDirectory()
    try directory.write("", to: "empty.procsh")
    #expect(try FileSystem.read(directory.path + "/empty.procsh") == [])
    #expect(try FileSystem.readText(directory.path + "/empty.procsh") == "")
  }

  /// Sessions run to a hundred megabytes: a file of several is written and read back byte for
  /// byte (checked against Foundation's own reading).
  @Test func aLargeFileRoundTrips() throws {
    let directory = try TemporaryDirectory()
    let path = directory.path + "/large.json"
    let bytes = Self.pattern(5 << 20 + 3)
    try FileSystem.writeAtomically(bytes, to: path)
    #expect(FileManager.default.contents(atPath: path) == Data(bytes))
    #expect(try FileSystem.read(path) == bytes)
  }

  /// A session is saved piece by piece as it is made: the file is the pieces in order, and
  /// until the last one is written and the file renamed, the old file is what is there.
  @Test func aFileWrittenInPiecesIsThePiecesInOrder() throws {
    let directory = try TemporaryDirectory()
    let path = directory.path + "/pieces.json"
    try FileSystem.writeAtomically(Array("old".utf8), to: path)
    let bytes = Self.pattern(3 << 20 + 5)
    var oldFileSeen = 0
    try FileSystem.writeAtomically(to: path) { write in
      var start = 0
      for size in [0, 1, 4095, 1 << 20, 7, 1 << 21] {
        let end = min(bytes.count, start + size)
        bytes[start..<end].withUnsafeBytes { write($0) }
        start = end
        if FileManager.default.contents(atPath: path) == Data("old".utf8) { oldFileSeen += 1 }
      }
      bytes[start...].withUnsafeBytes { write($0) }
    }
    #expect(oldFileSeen == 6)
    #expect(try FileSystem.read(path) == bytes)
  }

  /// The pieces are written on another thread; a write that fails there must still fail the
  /// save, naming the file, and the pieces after it are not written.
  @Test func aPieceThatCannotBeWrittenFailsTheWholeWrite() throws {
    let directory = try TemporaryDirectory()
    let path = directory.path + "/read-only.json"
    try FileSystem.writeAtomically(Array("old".utf8), to: path)
    // Open for reading only: every write to it fails (EBADF).
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    try #require(descriptor >= 0)
    defer { close(descriptor) }
    let writer = PieceWriter(descriptor: descriptor, path: path)
    for _ in 0..<5 { Self.pattern(1000).withUnsafeBytes { writer.write($0) } }
    #expect {
      try writer.finish()
    } throws: { error in
      guard case ShellError.file(let named, _) = error else { return false }
      return named == path
    }
    #expect(try FileSystem.read(path) == Array("old".utf8))
  }

  /// A file whose size is not known when it is opened (a pipe, a file still growing) is read to
  /// its end: the buffer grows and keeps what it already holds.
  @Test(.timeLimit(.minutes(1)))
  func aFileOfUnknownSizeIsReadToItsEnd() throws {
    let directory = try TemporaryDirectory()
    let path = directory.path + "/fifo"
    try #require(mkfifo(path, 0o600) == 0)
    let bytes = Self.pattern(300_000)
    // The writer blocks in `open` until the reader opens the other end.
    Thread {
      let descriptor = open(path, O_WRONLY | O_CLOEXEC)
      guard descriptor >= 0 else { return }
      bytes.withUnsafeBytes { raw in
        var offset = 0
        while offset < raw.count {
          let written = write(descriptor, raw.baseAddress! + offset, min(4096, raw.count - offset))
          if written <= 0 { break }
          offset += written
        }
      }
      close(descriptor)
    }.start()
    #expect(try FileSystem.read(path) == bytes)
  }

  /// `/dev/zero` never ends: read as a script or a session it allocated until procsh aborted.
  @Test func aDeviceIsRefusedBeforeAByteIsRead() {
    #expect(throws: ShellError.file(path: "/dev/zero", .notAFile)) {
      try FileSystem.read("/dev/zero")
    }
  }

  @Test func aFileLargerThanTheLimitIsRefused() throws {
    let directory = try TemporaryDirectory()
    try directory.write(String(repeating: "x", count: 5000), to: "big.procsh")
    #expect(throws: ShellError.file(path: directory.path + "/big.procsh", .tooLarge(limit: 4096))) {
      try FileSystem.read(directory.path + "/big.procsh", limit: 4096)
    }
    #expect(try FileSystem.read(directory.path + "/big.procsh", limit: 5000).count == 5000)
  }

  /// A pipe has no size to check first: it is read up to the limit and refused past it.
  @Test(.timeLimit(.minutes(1)))
  func aPipeThatGoesOnIsCutAtTheLimit() throws {
    let directory = try TemporaryDirectory()
    let fifo = directory.path + "/endless"
    #expect(mkfifo(fifo, 0o600) == 0)
    let writer = Thread {
      let descriptor = open(fifo, O_WRONLY | O_CLOEXEC)
      let chunk = [UInt8](repeating: 0x41, count: 4096)
      // Writes until the reader goes away (EPIPE) or far past the limit.
      for _ in 0..<64
      where chunk.withUnsafeBytes({ write(descriptor, $0.baseAddress, $0.count) }) > 0 {}
      close(descriptor)
    }
    signal(SIGPIPE, SIG_IGN)
    writer.start()
    #expect(throws: ShellError.file(path: fifo, .tooLarge(limit: 10000))) {
      try FileSystem.read(fifo, limit: 10000)
    }
  }

  @Test func textIsReadAsUTF8() throws {
    let directory = try TemporaryDirectory()
    try directory.write("order new --name \"Анна Петрова\"\n", to: "case.procsh")
    #expect(
      try FileSystem.readText(directory.path + "/case.procsh")
        == "order new --name \"Анна Петрова\"\n")
  }

  @Test func textThatIsNotUTF8IsRefused() throws {
    let directory = try TemporaryDirectory()
    let path = directory.path + "/latin1.procsh"
    // "echo café" in Latin-1: é is the single byte E9, which UTF-8 does not allow there.
    try FileSystem.writeAtomically(
      [0x65, 0x63, 0x68, 0x6F, 0x20, 0x63, 0x61, 0x66, 0xE9], to: path)
    #expect(throws: ShellError.file(path: path, .notUTF8)) { try FileSystem.readText(path) }
    #expect(ShellError.file(path: "a.procsh", .notUTF8).message == "a.procsh: is not UTF-8 text")
  }

  /// A shorter file replaces a longer one whole: nothing of the old one is left at its end, and
  /// no temporary file is left beside it.
  @Test func anAtomicWriteReplacesTheWholeFileAndLeavesNothingElse() throws {
    let directory = try TemporaryDirectory()
    let path = directory.path + "/session.json"
    try directory.write("the previous session, longer than the next one\n", to: "session.json")
    try FileSystem.writeAtomically(Array("{}\n".utf8), to: path)
    #expect(try directory.read("session.json") == "{}\n")
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["session.json"])
  }

  /// Until the rename the file is the old one; the new bytes are complete in a file of their own
  /// beside it (same folder, so the rename cannot cross file systems).
  @Test func theNewBytesAreCompleteBeforeTheyReplaceTheOld() throws {
    let directory = try TemporaryDirectory()
    let path = directory.path + "/session.json"
    try directory.write("old\n", to: "session.json")
    let new = Self.pattern(100_000)
    try FileSystem.writeAtomically(
      new, to: path,
      beforeRename: { () throws(ShellError) in
        #expect((try? directory.read("session.json")) == "old\n")
        let others = ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? [])
          .filter { $0 != "session.json" }
        #expect(others.count == 1)
        // Hidden, named after the file, with a part nobody can guess.
        #expect(others.allSatisfy { $0.hasPrefix(".session.json.") && $0.count > 20 })
        let temporary = others.first.map { directory.path + "/" + $0 } ?? ""
        #expect(FileManager.default.contents(atPath: temporary) == Data(new))
      })
    #expect(try FileSystem.read(path) == new)
  }

  @Test func anAtomicWriteThatFailsBeforeTheRenameLeavesNoNewFile() throws {
    let directory = try TemporaryDirectory()
    let path = directory.path + "/new.json"
    #expect(throws: ShellError.file(path: path, .system("the disk is full"))) {
      try FileSystem.writeAtomically(
        Array("{}\n".utf8), to: path,
        beforeRename: { () throws(ShellError) in
          throw .file(path: path, .system("the disk is full"))
        })
    }
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == [])
  }

  @Test func writingIntoAMissingFolderNamesTheFileNotItsTemporary() throws {
    let directory = try TemporaryDirectory()
    let path = directory.path + "/no/such/folder/session.json"
    #expect(throws: ShellError.file(path: path, .missing)) {
      try FileSystem.writeAtomically(Array("{}\n".utf8), to: path)
    }
  }

  /// The history file: one line per entry, appended, private to the user.
  @Test func appendingALineCreatesThePrivateFileThenAddsToIt() throws {
    let directory = try TemporaryDirectory()
    let path = directory.path + "/history"
    FileSystem.appendLine("order new --name \"Анна\"", to: path)
    FileSystem.appendLine("advance 1m", to: path)
    #expect(try directory.read("history") == "order new --name \"Анна\"\nadvance 1m\n")
    var info = stat()
    try #require(stat(path, &info) == 0)
    #expect(info.st_mode & 0o777 == 0o600)
  }

  @Test func existsAndIsDirectoryTellFilesFoldersAndNothingApart() throws {
    let directory = try TemporaryDirectory()
    try directory.write("x", to: "file")
    #expect(FileSystem.exists(directory.path + "/file"))
    #expect(!FileSystem.isDirectory(directory.path + "/file"))
    #expect(FileSystem.exists(directory.path))
    #expect(FileSystem.isDirectory(directory.path))
    #expect(!FileSystem.exists(directory.path + "/nothing"))
    #expect(!FileSystem.isDirectory(directory.path + "/nothing"))
  }

  @Test func makingDirectoriesMakesTheParentsAndAcceptsExistingOnes() throws {
    let directory = try TemporaryDirectory()
    let path = directory.path + "/state/procsh/deep"
    FileSystem.makeDirectories(path)
    #expect(FileSystem.isDirectory(path))
    FileSystem.makeDirectories(path)
    FileSystem.makeDirectories(directory.path + "/state/other")
    #expect(FileSystem.isDirectory(path))
    #expect(FileSystem.isDirectory(directory.path + "/state/other"))
  }

  /// A folder of scripts as `procsh test` finds it.
  static func scripts() throws -> TemporaryDirectory {
    let directory = try TemporaryDirectory()
    let manager = FileManager.default
    for folder in ["sub/deeper", "old.procsh", ".git"] {
      try manager.createDirectory(
        atPath: directory.path + "/" + folder, withIntermediateDirectories: true)
    }
    for file in [
      "b.procsh", "a.procsh", "notes.txt", ".hidden", "sub/c.procsh", "sub/cases.txt",
      "sub/deeper/d.procsh", "old.procsh/e.procsh",
    ] {
      try directory.write("echo hi\n", to: file)
    }
    return directory
  }

  /// Sorted by name at each level, folders entered where they sort; a folder whose name ends
  /// with the suffix is entered, not listed.
  @Test func filesUnderAFolderAreFoundRecursivelyInOrder() throws {
    let directory = try Self.scripts()
    let root = directory.path
    #expect(
      FileSystem.files(under: root, suffix: ".procsh") == [
        root + "/a.procsh", root + "/b.procsh", root + "/old.procsh/e.procsh",
        root + "/sub/c.procsh", root + "/sub/deeper/d.procsh",
      ])
    // A folder written with its slash gives the same paths, without a doubled slash.
    #expect(
      FileSystem.files(under: root + "/", suffix: ".txt") == [
        root + "/notes.txt", root + "/sub/cases.txt",
      ])
    #expect(FileSystem.files(under: root + "/nothing", suffix: ".procsh") == [])
  }

  /// Tab after a path: the entries of the folder it points into, folders with their `/`, no
  /// hidden ones.
  @Test func entriesOfAFolderListFilesAndFoldersWithASlash() throws {
    let directory = try Self.scripts()
    let root = directory.path
    #expect(
      FileSystem.entries(matching: root + "/") == [
        root + "/a.procsh", root + "/b.procsh", root + "/notes.txt", root + "/old.procsh/",
        root + "/sub/",
      ])
  }

  /// The part after the last slash is the start of a name: only names that start so are offered.
  @Test func entriesMatchThePrefixTypedInASubfolder() throws {
    let directory = try Self.scripts()
    let root = directory.path
    #expect(
      FileSystem.entries(matching: root + "/sub/c") == [
        root + "/sub/c.procsh", root + "/sub/cases.txt",
      ])
    #expect(FileSystem.entries(matching: root + "/sub/d") == [root + "/sub/deeper/"])
    #expect(FileSystem.entries(matching: root + "/sub/x") == [])
    #expect(FileSystem.entries(matching: root + "/nothing/a") == [])
  }
}
