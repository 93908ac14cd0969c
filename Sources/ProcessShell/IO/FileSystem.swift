#if canImport(Glibc)
  import Glibc
#endif

/// Reading and writing whole files with the C library: no Foundation, so `procsh` starts fast.
public enum FileSystem {
  /// The most bytes procsh reads from one file: more than a session of a million finished
  /// orders, and a bound on what a device or a pipe that never ends can make it allocate.
  public static let largestFile = 4 << 30

  /// The bytes of a file, or an error naming what went wrong. Devices (`/dev/zero`) are refused;
  /// a pipe is read up to `limit` bytes.
  public static func read(_ path: String, limit: Int = largestFile) throws(ShellError) -> [UInt8] {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { throw .file(path: path, problem()) }
    defer { close(descriptor) }
    var info = stat()
    guard fstat(descriptor, &info) == 0 else { throw .file(path: path, problem()) }
    switch info.st_mode & S_IFMT {
    case S_IFREG, S_IFIFO, S_IFSOCK: break
    case S_IFDIR: throw .file(path: path, .isFolder)
    default: throw .file(path: path, .notAFile)
    }
    guard info.st_size <= limit else { throw .file(path: path, .tooLarge(limit: limit)) }
    // Read straight into a buffer of the file's size (a session can be a hundred megabytes), not
    // zeroed first; keep reading past the size in case the file grows meanwhile.
    var capacity = max(Int(info.st_size), 0) + 1
    var bytes: [UInt8] = []
    var filled = 0
    while true {
      if filled == bytes.count {
        guard filled <= limit else { throw .file(path: path, .tooLarge(limit: limit)) }
        var grown = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
          bytes.withUnsafeBytes { old in
            if let base = old.baseAddress {
              UnsafeMutableRawPointer(buffer.baseAddress!).copyMemory(from: base, byteCount: filled)
            }
          }
          count = capacity
        }
        swap(&bytes, &grown)
        capacity = min(capacity * 2, limit + 1)
      }
      let count = bytes.withUnsafeMutableBytes {
        Glibc.read(descriptor, $0.baseAddress! + filled, $0.count - filled)
      }
      if count < 0 {
        if errno == EINTR { continue }
        throw .file(path: path, problem())
      }
      if count == 0 { break }
      filled += count
    }
    guard filled <= limit else { throw .file(path: path, .tooLarge(limit: limit)) }
    bytes.removeLast(bytes.count - filled)
    return bytes
  }

  /// The most bytes of a script, definition or profile: far more than anyone writes by hand.
  public static let largestText = 64 << 20

  /// A text file as a string (invalid UTF-8 is refused).
  public static func readText(_ path: String, limit: Int = largestText) throws(ShellError) -> String
  {
    let bytes = try read(path, limit: limit)
    guard let text = String(validating: bytes, as: UTF8.self) else {
      throw .file(path: path, .notUTF8)
    }
    return text
  }

  /// Writes a file so that a crash or a failure at any moment leaves either the old file or the
  /// new one, never a mix: the bytes go to a temporary file in the same folder, are flushed to
  /// disk, and the temporary file is renamed over the target.
  public static func writeAtomically(_ bytes: [UInt8], to path: String) throws(ShellError) {
    try writeAtomically(bytes, to: path, beforeRename: nil)
  }

  /// `beforeRename` runs between writing the temporary file and renaming it: tests use it to fail
  /// at the worst moment.
  static func writeAtomically(
    _ bytes: [UInt8], to path: String, beforeRename: (() throws(ShellError) -> Void)?
  ) throws(ShellError) {
    // The standard library's withUnsafeBytes does not pass typed errors through.
    var failure: ShellError? = nil
    bytes.withUnsafeBytes { raw in
      do throws(ShellError) {
        try writeAtomically(raw, to: path, beforeRename: beforeRename)
      } catch {
        failure = error
      }
    }
    if let failure { throw failure }
  }

  /// The same for bytes lent by their owner.
  ///
  /// The new file is written nameless (`O_TMPFILE`) in the target's folder and flushed to disk;
  /// only then does it get a name, random and created exclusively, and is renamed over the
  /// target. A save killed at any moment leaves the old file and no temporary behind (at most a
  /// complete one, in the instant between naming and renaming). A planted link cannot redirect
  /// it: the temporary's name is not predictable and is never followed. A target that is a link
  /// is written through (its target is replaced); one that is a device or a folder is refused.
  public static func writeAtomically(
    _ bytes: UnsafeRawBufferPointer, to path: String,
    beforeRename: (() throws(ShellError) -> Void)? = nil
  ) throws(ShellError) {
    try writeAtomically(to: path, beforeRename: beforeRename) { (descriptor) throws(ShellError) in
      try writeAll(bytes, to: descriptor, path: path)
    }
  }

  /// The same for bytes made in pieces: `contents` hands each piece to `write`, in order, and
  /// each goes to the temporary file as it comes, written on another thread while the next is
  /// made (`PieceWriter`), so the whole file is never in memory (a session of a million orders
  /// is 924 MB). After a failed write the remaining pieces are ignored, and the error is thrown
  /// once `contents` returns.
  public static func writeAtomically(
    to path: String, beforeRename: (() throws(ShellError) -> Void)? = nil,
    contents: (_ write: (UnsafeRawBufferPointer) -> Void) -> Void
  ) throws(ShellError) {
    try writeAtomically(to: path, beforeRename: beforeRename) { (descriptor) throws(ShellError) in
      let writer = PieceWriter(descriptor: descriptor, path: path)
      contents { writer.write($0) }
      try writer.finish()
    }
  }

  /// Both of the above: `fill` writes the temporary file open as `descriptor`.
  private static func writeAtomically(
    to path: String, beforeRename: (() throws(ShellError) -> Void)?,
    fill: (_ descriptor: Int32) throws(ShellError) -> Void
  ) throws(ShellError) {
    let target = try writableTarget(path)
    let folder = target.lastIndex(of: "/").map { String(target[..<$0]) } ?? "."
    let (descriptor, isNamed) = try createTemporary(in: folder.isEmpty ? "/" : folder, for: path)
    var temporary: String? = isNamed.map { $0 }
    defer {
      if let temporary { unlink(temporary) }
    }
    do throws(ShellError) {
      try fill(descriptor)
      guard fsync(descriptor) == 0 else { throw .file(path: path, problem()) }
      if temporary == nil { temporary = try name(descriptor, in: folder, for: path) }
    } catch {
      close(descriptor)
      throw error
    }
    close(descriptor)
    try beforeRename?()
    guard rename(temporary!, target) == 0 else { throw .file(path: path, problem()) }
    temporary = nil
    // The rename itself reaches the disk with the folder.
    let directory = open(folder.isEmpty ? "/" : folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    if directory >= 0 {
      fsync(directory)
      close(directory)
    }
  }

  /// Where writing `path` puts the file: through a link to its target; refused for a device,
  /// a folder or a link that leads nowhere.
  static func writableTarget(_ path: String) throws(ShellError) -> String {
    var info = stat()
    guard lstat(path, &info) == 0 else { return path }  // nothing there yet
    var target = path
    if info.st_mode & S_IFMT == S_IFLNK {
      guard let resolved = realpath(path, nil) else { throw .file(path: path, .danglingLink) }
      target = String(cString: resolved)
      free(resolved)
      guard stat(target, &info) == 0 else { return target }
    }
    switch info.st_mode & S_IFMT {
    case S_IFREG: return target
    case S_IFDIR: throw .file(path: path, .isFolder)
    default: throw .file(path: path, .notAFile)
    }
  }

  /// `.NAME.` followed by random letters: a temporary's name nobody can guess.
  static func temporaryName(in folder: String, for path: String) -> String {
    let base = path.split(separator: "/").last.map(String.init) ?? "procsh"
    let letters = Array("abcdefghijklmnopqrstuvwxyz0123456789")
    let random = String((0..<12).map { _ in letters.randomElement()! })
    return "\(folder)/.\(base).\(random).tmp"
  }

  /// An open temporary file in `folder`: nameless where the file system allows it (nil name),
  /// else created exclusively under a random name, never through a link.
  /// Where temporary files go: `TMPDIR`, else `/tmp`.
  static var temporaryFolder: String {
    environment("TMPDIR").flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
  }

  /// `O_TMPFILE`: opened on a folder, a new file there with no name, gone when closed. It is
  /// 020000000 | O_DIRECTORY on Linux; Swift's Glibc module does not export it.
  static let namelessFile: Int32 = 0o20000000 | O_DIRECTORY

  static func createTemporary(in folder: String, for path: String) throws(ShellError) -> (
    Int32, String?
  ) {
    let nameless = open(folder, namelessFile | O_WRONLY | O_CLOEXEC, 0o644)
    if nameless >= 0 { return (nameless, nil) }
    for _ in 0..<16 {
      let name = temporaryName(in: folder, for: path)
      let descriptor = open(
        name, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
      if descriptor >= 0 { return (descriptor, name) }
      guard errno == EEXIST else { throw .file(path: path, problem()) }
    }
    throw .file(path: path, problem())
  }

  /// Gives a nameless file a random name in `folder`, created exclusively.
  static func name(_ descriptor: Int32, in folder: String, for path: String) throws(ShellError)
    -> String
  {
    for _ in 0..<16 {
      let name = temporaryName(in: folder, for: path)
      if linkat(AT_FDCWD, "/proc/self/fd/\(descriptor)", AT_FDCWD, name, AT_SYMLINK_FOLLOW) == 0 {
        return name
      }
      guard errno == EEXIST else { throw .file(path: path, problem()) }
    }
    throw .file(path: path, problem())
  }

  static func writeAll(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32, path: String)
    throws(ShellError)
  {
    var offset = 0
    while offset < bytes.count {
      let written = Glibc.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
      if written < 0 {
        if errno == EINTR { continue }
        throw .file(path: path, problem())
      }
      offset += written
    }
  }

  /// Appends `bytes` to the file at `path` after its first `length` bytes, and flushes them to
  /// disk (`fdatasync`) before it returns the file's new length: the journal of a `--session`
  /// file, where a line counts as saved once this returns. Anything after `length` (a line torn
  /// when procsh was killed while writing it) is cut off first; a failed append is cut off
  /// again, so that a half-written line never stays for the next one to follow. The file must
  /// exist and be at least `length` bytes long, or someone else has changed it.
  public static func append(_ bytes: [UInt8], to path: String, after length: Int)
    throws(ShellError) -> Int
  {
    let descriptor = open(path, O_WRONLY | O_APPEND | O_CLOEXEC)
    guard descriptor >= 0 else { throw .file(path: path, problem()) }
    defer { close(descriptor) }
    var info = stat()
    guard fstat(descriptor, &info) == 0 else { throw .file(path: path, problem()) }
    guard info.st_mode & S_IFMT == S_IFREG else { throw .file(path: path, .notAFile) }
    guard Int(info.st_size) >= length else { throw .file(path: path, .changedMeanwhile) }
    if Int(info.st_size) > length {
      guard ftruncate(descriptor, off_t(length)) == 0 else { throw .file(path: path, problem()) }
    }
    // The standard library's withUnsafeBytes does not pass typed errors through.
    var failure: ShellError? = nil
    bytes.withUnsafeBytes { raw in
      do throws(ShellError) {
        try writeAll(raw, to: descriptor, path: path)
        guard fdatasync(descriptor) == 0 else { throw .file(path: path, problem()) }
      } catch {
        failure = error
      }
    }
    if let failure {
      _ = ftruncate(descriptor, off_t(length))
      throw failure
    }
    return length + bytes.count
  }

  /// Removes the file at `path`; true when it is gone (or was never there).
  @discardableResult
  public static func remove(_ path: String) -> Bool {
    unlink(path) == 0 || errno == ENOENT
  }

  /// The folder a file is in, as written before its name (`examples/regression` for
  /// `examples/regression/path1.procsh`); nil for a file in the current folder.
  public static func folder(of path: String) -> String? {
    guard let slash = path.lastIndex(of: "/") else { return nil }
    return slash == path.startIndex ? "/" : String(path[..<slash])
  }

  /// Appends a line to a file, creating it (the history file).
  public static func appendLine(_ line: String, to path: String) {
    let descriptor = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o600)
    guard descriptor >= 0 else { return }
    defer { close(descriptor) }
    let bytes = Array((line + "\n").utf8)
    _ = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
  }

  /// Whether something exists at `path`.
  public static func exists(_ path: String) -> Bool {
    access(path, F_OK) == 0
  }

  /// Whether `path` is a folder.
  public static func isDirectory(_ path: String) -> Bool {
    var info = stat()
    return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
  }

  /// Creates a folder and its parents.
  public static func makeDirectories(_ path: String) {
    var current = path.hasPrefix("/") ? "" : "."
    for part in path.split(separator: "/") {
      current += "/" + part
      mkdir(current, 0o755)
    }
  }

  /// The files under a folder whose names end with `suffix`, sorted, recursively.
  public static func files(under path: String, suffix: String) -> [String] {
    guard let directory = opendir(path) else { return [] }
    defer { closedir(directory) }
    var names: [String] = []
    while let entry = readdir(directory) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
      }
      if name == "." || name == ".." { continue }
      names.append(name)
    }
    var result: [String] = []
    for name in names.sorted() {
      let full = path.hasSuffix("/") ? path + name : path + "/" + name
      if isDirectory(full) {
        result += files(under: full, suffix: suffix)
      } else if name.hasSuffix(suffix) {
        result.append(full)
      }
    }
    return result
  }

  /// What `errno` says went wrong, in the shell's words where a user meets it often; the
  /// system's own text for the rest.
  static func problem() -> ShellError.FileProblem {
    switch errno {
    case ENOENT: return .missing
    case EACCES: return .permissionDenied
    case EISDIR: return .isFolder
    case ENOSPC: return .diskFull
    default: return .system(String(cString: strerror(errno)))
    }
  }

  /// Files and folders in the folder `typed` points into whose names start as it does, as paths
  /// to complete it with (folders end in `/`); hidden ones are left out.
  static func entries(matching typed: String) -> [String] {
    let slash = typed.lastIndex(of: "/")
    let folder = slash.map { String(typed[...$0]) } ?? ""
    let start = slash.map { String(typed[typed.index(after: $0)...]) } ?? typed
    guard let directory = opendir(folder.isEmpty ? "." : folder) else { return [] }
    defer { closedir(directory) }
    var names: [String] = []
    while let entry = readdir(directory) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
      }
      if name.hasPrefix(".") || !name.hasPrefix(start) { continue }
      let path = folder + name
      names.append(isDirectory(path) ? path + "/" : path)
    }
    return names.sorted()
  }
}
