import Foundation
import Testing

@testable import ProcessShell

/// A session file read where it lies (SPEC §11.1: a million orders under 2 GiB, `load`
/// included): the bytes are exactly the file's, and the pages read do not stay in memory.
@Suite struct MappedFileTests {
  @Test func aMappedFileLendsExactlyItsBytes() throws {
    let directory = try TemporaryDirectory()
    let path = directory.path + "/session.json"
    let bytes = FileSystemTests.pattern(3 * 4096 + 17)
    try FileSystem.writeAtomically(bytes, to: path)
    // Mapped, and read as a small file is.
    for smallest in [0, MappedFile.smallestMapped] {
      let file = try MappedFile(path, mappingFrom: smallest)
      #expect(file.count == bytes.count)
      #expect(file.reading { Array($0) } == bytes)
    }
  }

  @Test func anEmptyFileIsNoBytesAndAFolderIsRefused() throws {
    let directory = try TemporaryDirectory()
    try directory.write("", to: "empty.json")
    #expect(
      try MappedFile(directory.path + "/empty.json", mappingFrom: 0).reading { $0.count } == 0)
    #expect(throws: ShellError.file(path: directory.path, .isFolder)) {
      try MappedFile(directory.path, mappingFrom: 0)
    }
    #expect(throws: ShellError.file(path: directory.path + "/none", .missing)) {
      try MappedFile(directory.path + "/none")
    }
  }

  /// Every page is read, then again after the releasing thread has given them back: the same
  /// bytes both times, and in between the mapping holds next to nothing of the 16 MiB.
  @Test func pagesReadAreGivenBackAndReadAgainUnchanged() throws {
    let directory = try TemporaryDirectory()
    let path = directory.path + "/large.json"
    // Each page marked with its number, so a page given back wrong, or another page's, shows.
    var bytes = [UInt8](repeating: 0x5A, count: 16 << 20)
    for page in 0..<bytes.count / 4096 { bytes[page * 4096] = UInt8(truncatingIfNeeded: page) }
    try FileSystem.writeAtomically(bytes, to: path)
    let file = try MappedFile(path, mappingFrom: 0)
    let (first, resident, second) = file.reading { mapped in
      let first = Self.checksum(mapped)
      // Four intervals: the thread gives the pages back at least three times meanwhile.
      usleep(4 * 20_000)
      let resident = Self.residentBytes(ofMappingAt: mapped.baseAddress!)
      return (first, resident, Self.checksum(mapped))
    }
    #expect(first == Self.checksum(bytes))
    #expect(second == first)
    let kept = try #require(resident)
    #expect(kept < 1 << 20, "\(kept) bytes of 16 MiB still mapped in")
  }

  /// A file rewritten in place while it is read (`cp other.json session.json` truncates it
  /// first) does not end procsh: the pages that are gone read as zeros, and the file says it was
  /// cut short, so that what was read is not taken for the file. Unguarded, the first read past
  /// the new end would end the test run with SIGBUS.
  @Test func aFileCutShortWhileItIsReadSaysSo() throws {
    let directory = try TemporaryDirectory()
    let path = directory.path + "/session.json"
    let bytes = [UInt8](repeating: 0x20, count: 4 << 20)
    try FileSystem.writeAtomically(bytes, to: path)
    let file = try MappedFile(path, mappingFrom: 0)
    let (before, after) = file.reading { mapped in
      let before = mapped[0]
      #expect(truncate(path, 0) == 0)
      return (before, mapped.reduce(0) { $0 + Int($1) })
    }
    #expect(before == 0x20)
    #expect(after == 0, "the pages past the new end read as zeros")
    #expect(file.wasCutShort)
    // A file left alone is not.
    try FileSystem.writeAtomically(bytes, to: path)
    let whole = try MappedFile(path, mappingFrom: 0)
    #expect(whole.reading { $0.count } == bytes.count)
    #expect(!whole.wasCutShort)
  }

  static func checksum<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> UInt64 {
    bytes.reduce(into: UInt64(0)) { $0 = $0 &* 31 &+ UInt64($1) }
  }

  /// The `Rss` the kernel reports for the mapping that starts at `start` (`/proc/self/smaps`):
  /// how much of it is in this process's memory.
  static func residentBytes(ofMappingAt start: UnsafePointer<UInt8>) -> Int? {
    // Foundation reads a file the kernel says is empty one page at most: read it to its end.
    guard let bytes = try? FileSystem.read("/proc/self/smaps") else { return nil }
    let smaps = String(decoding: bytes, as: UTF8.self)
    let address = String(UInt(bitPattern: start), radix: 16)
    var inMapping = false
    for line in smaps.split(separator: "\n") {
      if line.first?.isHexDigit == true, line.contains("-") {
        inMapping = line.hasPrefix(address + "-")
      } else if inMapping, line.hasPrefix("Rss:") {
        return Int(line.split(separator: " ")[1]).map { $0 * 1024 }
      }
    }
    return nil
  }
}
