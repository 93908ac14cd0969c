import Dispatch
import Synchronization

#if canImport(Glibc)
  import Glibc
#endif

/// A file's bytes for reading once, without a copy of them in the heap: a regular file is mapped
/// read-only, anything else (a pipe) is read as `FileSystem.read` reads it.
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
/// A mapped file that another program truncates while procsh reads it ends procsh (SIGBUS);
/// procsh itself never truncates a file in place (it writes a new file and renames it over the
/// old one: `FileSystem.writeAtomically`), so only a foreign writer could.
final class MappedFile: Sendable {
  /// How often the pages read are given back: some 20 MB of a file at this machine's speed of
  /// reading a session, against 1.2 GB of tables.
  static let interval = DispatchTimeInterval.milliseconds(20)
  /// The smallest file whose pages are given back: below it they are not worth a thread (every
  /// `--session` start maps its file).
  static let smallestReleased = 8 << 20

  /// Where the mapping starts (an address, so that the class is `Sendable`), or 0 for a file
  /// read into `copy`.
  private let address: Int
  /// The file's length in bytes.
  let count: Int
  /// The bytes of a file that could not be mapped.
  private let copy: [UInt8]

  /// Maps the file at `path`, or reads it when it is not a regular file; the same errors as
  /// `FileSystem.read`.
  init(_ path: String, limit: Int = FileSystem.largestFile) throws(ShellError) {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { throw .file(path: path, FileSystem.problem()) }
    defer { close(descriptor) }
    var info = stat()
    guard fstat(descriptor, &info) == 0 else { throw .file(path: path, FileSystem.problem()) }
    // An empty file cannot be mapped, and a pipe has no length to map: both are read.
    guard info.st_mode & S_IFMT == S_IFREG, info.st_size > 0 else {
      address = 0
      copy = try FileSystem.read(path, limit: limit)
      count = copy.count
      return
    }
    guard info.st_size <= limit else { throw .file(path: path, .tooLarge(limit: limit)) }
    let mapped = mmap(nil, Int(info.st_size), PROT_READ, MAP_PRIVATE, descriptor, 0)
    guard let mapped, mapped != MAP_FAILED else { throw .file(path: path, FileSystem.problem()) }
    address = Int(bitPattern: mapped)
    count = Int(info.st_size)
    copy = []
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
    let bytes = UnsafeBufferPointer(start: start, count: count)
    guard count >= Self.smallestReleased else { return try body(bytes) }
    let releaser = PageReleaser(address: address, count: count)
    defer { releaser.stop() }
    return try body(bytes)
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
