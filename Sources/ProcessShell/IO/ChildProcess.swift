#if canImport(Glibc)
  import Glibc
#endif

/// Another program, run to its end with bytes on its standard input and its standard output and
/// error kept: Graphviz's `dot` for `process show --format svg`.
///
/// The bytes go in and come out through nameless temporary files, not pipes. procsh writes the
/// whole input before the program starts and reads what it wrote after it ends, so neither can
/// block waiting for the other to drain a pipe, and a program that ends without reading its
/// input cannot kill procsh with SIGPIPE (which procsh leaves at its default).
enum ChildProcess {
  /// How the program ended.
  enum Termination: Equatable, Sendable {
    case exited(Int32)
    case signalled(Int32)
  }

  /// What the program did.
  struct Outcome: Sendable {
    let termination: Termination
    /// Its standard output.
    let output: [UInt8]
    /// Its standard error.
    let errors: [UInt8]
  }

  /// Why the program could not be run: the system's words.
  struct Failure: Error, Equatable {
    let reason: String
  }

  /// Where a shell would find the program `name`: the first executable file of that name in
  /// the folders of `searchPath` (`PATH`); nil when there is none. A name with a `/` is a path
  /// already.
  static func find(_ name: String, searchPath: String?) -> String? {
    if name.contains("/") { return isExecutableFile(name) ? name : nil }
    let folders = (searchPath ?? "/usr/local/bin:/usr/bin:/bin").split(
      separator: ":", omittingEmptySubsequences: false)
    for folder in folders {
      // An empty entry is the current folder, as in a shell.
      let candidate = folder.isEmpty ? name : "\(folder)/\(name)"
      if isExecutableFile(candidate) { return candidate }
    }
    return nil
  }

  private static func isExecutableFile(_ path: String) -> Bool {
    var info = stat()
    return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFREG && access(path, X_OK) == 0
  }

  /// Runs the program at `executable` with `arguments` (without its name) and `input` on its
  /// standard input, and waits for it to end. It inherits procsh's environment and folder.
  static func run(_ executable: String, arguments: [String], input: [UInt8]) throws(Failure)
    -> Outcome
  {
    let inputFile = try scratchFile()
    defer { close(inputFile) }
    let outputFile = try scratchFile()
    defer { close(outputFile) }
    let errorFile = try scratchFile()
    defer { close(errorFile) }
    try write(input, to: inputFile)
    guard lseek(inputFile, 0, SEEK_SET) == 0 else { throw systemFailure() }

    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_adddup2(&actions, inputFile, 0)
    posix_spawn_file_actions_adddup2(&actions, outputFile, 1)
    posix_spawn_file_actions_adddup2(&actions, errorFile, 2)
    let words = [executable] + arguments
    let argv: [UnsafeMutablePointer<CChar>?] = words.map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var child = pid_t()
    let started = posix_spawn(&child, executable, &actions, nil, argv, environ)
    guard started == 0 else { throw Failure(reason: String(cString: strerror(started))) }

    var status: Int32 = 0
    while waitpid(child, &status, 0) < 0 {
      // Ctrl-C reaches the program too (it is in procsh's process group); wait for it to end.
      guard errno == EINTR else { throw systemFailure() }
    }
    // The <sys/wait.h> macros, which Swift does not import: the low 7 bits are the signal that
    // ended the program, 0 when it exited; then the exit code.
    let signal = status & 0x7F
    let termination: Termination =
      signal == 0 ? .exited((status >> 8) & 0xFF) : .signalled(signal)
    return Outcome(
      termination: termination, output: try readAll(outputFile), errors: try readAll(errorFile))
  }

  /// A temporary file with no name, open for reading and writing: gone when closed, whatever
  /// happens to procsh. Where the file system cannot make one nameless (`O_TMPFILE`), one with
  /// a random name is made and unlinked at once.
  private static func scratchFile() throws(Failure) -> Int32 {
    let folder = FileSystem.temporaryFolder
    let nameless = open(folder, FileSystem.namelessFile | O_RDWR | O_CLOEXEC, 0o600)
    if nameless >= 0 { return nameless }
    var template = Array("\(folder)/procsh-XXXXXX".utf8CString)
    let named = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    guard named >= 0 else { throw systemFailure() }
    template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
    // mkostemp, which would set it at once, is not in Swift's Glibc module.
    _ = fcntl(named, F_SETFD, FD_CLOEXEC)
    return named
  }

  private static func write(_ bytes: [UInt8], to descriptor: Int32) throws(Failure) {
    var offset = 0
    while offset < bytes.count {
      let written = bytes[offset...].withUnsafeBytes {
        Glibc.write(descriptor, $0.baseAddress, $0.count)
      }
      if written < 0 {
        if errno == EINTR { continue }
        throw systemFailure()
      }
      offset += written
    }
  }

  private static func readAll(_ descriptor: Int32) throws(Failure) -> [UInt8] {
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    var offset: off_t = 0
    while true {
      let count = chunk.withUnsafeMutableBytes {
        pread(descriptor, $0.baseAddress, $0.count, offset)
      }
      if count < 0 {
        if errno == EINTR { continue }
        throw systemFailure()
      }
      if count == 0 { return bytes }
      bytes += chunk[..<count]
      offset += off_t(count)
    }
  }

  private static func systemFailure() -> Failure {
    Failure(reason: String(cString: strerror(errno)))
  }
}
