import Dispatch
import Synchronization

#if canImport(Glibc)
  import Glibc
#endif

/// A file's bytes for reading once, without a copy of them in the heap: a large regular file is
/// mapped read-only; a smaller one, or anything else (a pipe), is read as `FileSystem.read` reads
/// it.
///
/// Why: a session of a million orders is a 924 MB file read into some 1.2 GB of tables. Read into
/// the heap first, both were in memory at the end of `load`: it peaked at 2,110 MB, more than the
/// 2 GiB SPEC §11.1 allows a million orders. Mapped, the file's pages belong to the kernel's page
/// cache, and while `reading(_:)` runs a thread gives the pages touched so far back every
/// `interval` (`MADV_DONTNEED`), so only those read since the last time count toward procsh's
/// memory. A page given back and read again is mapped again from the page cache with the same
/// bytes (the mapping is private and never written): the advice changes nothing the reader sees,
/// so racing it is harmless, and a reader that goes back (the session reader seeks to each
/// section after a first pass) costs a page fault, not a wrong byte.
///
/// What is mapped is a private copy of the file, never the file itself: a mapped file that
/// shrinks while it is read (`cp other.json session.json` rewrites it in place) ends the reader
/// with SIGBUS at the first page past its new end, and nothing lets Swift code recover from that.
/// The copy is a file with no name (`O_TMPFILE`) in the file's folder or the temporary folder,
/// filled by the kernel (`sendfile`), which nobody else can open; it is gone when the mapping is.
/// Where no such file can be made, the file is read into memory as before.
final class MappedFile: Sendable {
  /// How often the pages read are given back: some 20 MB of a file at this machine's speed of
  /// reading a session, against 1.2 GB of tables.
  static let interval = DispatchTimeInterval.milliseconds(20)
  /// The smallest file that is mapped: below it the file and its tables fit in memory together
  /// with room to spare (100,000 orders are 92 MB), and a copy and a thread are not worth it.
  static let smallestMapped = 128 << 20

  /// Where the mapping starts (an address, so that the class is `Sendable`), or 0 for a file
  /// read into `copy`.
  private let address: Int
  /// The file's length in bytes.
  let count: Int
  /// The bytes of a file that could not be mapped.
  private let copy: [UInt8]

  /// Maps a copy of the file at `path` when it has `mappingFrom` bytes or more, or reads it; the
  /// same errors as `FileSystem.read`.
  init(
    _ path: String, limit: Int = FileSystem.largestFile, mappingFrom smallest: Int = smallestMapped
  )
    throws(ShellError)
  {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { throw .file(path: path, FileSystem.problem()) }
    defer { close(descriptor) }
    var info = stat()
    guard fstat(descriptor, &info) == 0 else { throw .file(path: path, FileSystem.problem()) }
    guard info.st_mode & S_IFMT != S_IFREG || info.st_size <= limit else {
      throw .file(path: path, .tooLarge(limit: limit))
    }
    // An empty file cannot be mapped, and a pipe has no length to map: both are read.
    let size = Int(info.st_size)
    guard info.st_mode & S_IFMT == S_IFREG, size > 0, size >= smallest,
      let duplicate = Self.privateCopy(of: descriptor, count: size, besides: path)
    else {
      address = 0
      copy = try FileSystem.read(path, limit: limit)
      count = copy.count
      return
    }
    defer { close(duplicate) }
    let mapped = mmap(nil, size, PROT_READ, MAP_PRIVATE, duplicate, 0)
    guard let mapped, mapped != MAP_FAILED else { throw .file(path: path, FileSystem.problem()) }
    address = Int(bitPattern: mapped)
    count = size
    self.copy = []
  }

  /// A file with no name holding the first `count` bytes of the open file `source`: in the
  /// folder of `path`, else in the temporary folder. Nil when neither can make one, or the
  /// source has fewer bytes by the time they are copied (it is then read as it is now).
  private static func privateCopy(of source: Int32, count: Int, besides path: String) -> Int32? {
    for folder in [FileSystem.folder(of: path) ?? ".", FileSystem.temporaryFolder] {
      let copy = open(folder, FileSystem.namelessFile | O_RDWR | O_CLOEXEC, 0o600)
      guard copy >= 0 else { continue }
      var offset = off_t(0)
      var copied = 0
      var shrank = false
      while copied < count {
        let sent = sendfile(copy, source, &offset, min(count - copied, 1 << 30))
        if sent < 0 && errno == EINTR { continue }
        guard sent > 0 else {
          shrank = sent == 0
          break
        }
        copied += sent
      }
      if copied == count { return copy }
      close(copy)
      // A full disk may leave room in the other folder; a source that shrank will not grow back.
      if shrank { return nil }
    }
    return nil
  }

  deinit {
    if address != 0 { munmap(UnsafeMutableRawPointer(bitPattern: address), count) }
  }

  /// `body`'s result with the file's bytes, lent for the time of the call; a mapped file's pages
  /// are given back meanwhile, as they are read.
  func reading<Result, Failure: Error>(
    _ body: (UnsafeBufferPointer<UInt8>) throws(Failure) -> Result
  ) throws(Failure) -> Result {
    guard let start = UnsafePointer<UInt8>(bitPattern: address) else {
      return try copy.withUnsafeBufferPointer { (bytes) throws(Failure) in try body(bytes) }
    }
    let releaser = PageReleaser(address: address, count: count)
    defer { releaser.stop() }
    return try body(UnsafeBufferPointer(start: start, count: count))
  }

  /// The thread that gives the pages back, from `init` to `stop()`.
  private final class PageReleaser: Sendable {
    private let stopping = Atomic<Bool>(false)
    private let wake = DispatchSemaphore(value: 0)
    private let finished = DispatchSemaphore(value: 0)

    init(address: Int, count: Int) {
      // A queue of its own: its thread is made for it even when the shared ones are all busy.
      DispatchQueue(label: "procsh.mapped-file").async { [self] in
        while !stopping.load(ordering: .relaxed) {
          _ = wake.wait(timeout: .now() + MappedFile.interval)
          guard madvise(UnsafeMutableRawPointer(bitPattern: address), count, MADV_DONTNEED) == 0
          else { break }
        }
        finished.signal()
      }
    }

    /// Stops the thread and waits for it.
    func stop() {
      stopping.store(true, ordering: .relaxed)
      wake.signal()
      finished.wait()
    }
  }
}
