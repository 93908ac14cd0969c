import CMappingGuard
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
/// A mapped file that shrinks while it is read (`cp other.json session.json` rewrites it in place)
/// would end procsh with SIGBUS at the first page past its new end, which Swift code cannot
/// recover from. While `reading(_:)` runs, the mapping is guarded (CMappingGuard): a page
/// found gone reads as zeros, and `wasCutShort` says so afterwards, so that the reader's failure
/// is reported as the file having changed while it was read.
final class MappedFile: Sendable {
  /// How often the pages read are given back: some 20 MB of a file at this machine's speed of
  /// reading a session, against 1.2 GB of tables.
  static let interval = DispatchTimeInterval.milliseconds(20)
  /// The smallest file that is mapped: below it the file and its tables fit in memory together
  /// with room to spare (100,000 orders are 92 MB), and a mapping, its guard and a thread are not
  /// worth it.
  static let smallestMapped = 128 << 20

  /// Where the mapping starts (an address, so that the class is `Sendable`), or 0 for a file
  /// read into `copy`.
  private let address: Int
  /// The file's length in bytes.
  let count: Int
  /// The bytes of a file that could not be mapped.
  private let copy: [UInt8]

  /// Whether a page of the mapping was found gone while it was read (the file shrank): what
  /// was read is then not the file, whatever it parsed as.
  var wasCutShort: Bool { cutShort.load(ordering: .relaxed) }
  private let cutShort = Atomic<Bool>(false)

  /// The SIGBUS handler of CMappingGuard, put in place once, the first time a file is mapped.
  private static let isGuarded = procsh_guard_install() == 0

  /// Maps the file at `path` when it has `mappingFrom` bytes or more, or reads it; the same
  /// errors as `FileSystem.read`.
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
    // An empty file cannot be mapped, and a pipe has no length to map: both are read. So is a
    // file when no handler can guard its mapping.
    let size = Int(info.st_size)
    guard info.st_mode & S_IFMT == S_IFREG, size > 0, size >= smallest, Self.isGuarded else {
      address = 0
      copy = try FileSystem.read(path, limit: limit)
      count = copy.count
      return
    }
    let mapped = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0)
    guard let mapped, mapped != MAP_FAILED else { throw .file(path: path, FileSystem.problem()) }
    address = Int(bitPattern: mapped)
    count = size
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
    let slot = procsh_guard_add(UInt(address), UInt(address + count))
    let releaser = PageReleaser(address: address, count: count)
    defer {
      releaser.stop()
      if slot >= 0, procsh_guard_remove(slot) > 0 { cutShort.store(true, ordering: .relaxed) }
    }
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
