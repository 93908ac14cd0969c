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
    guard descriptor >= 0 else { throw .file(path: path, .system(errorText())) }
    defer { close(descriptor) }
    var info = stat()
    guard fstat(descriptor, &info) == 0 else { throw .file(path: path, .system(errorText())) }
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
        throw .file(path: path, .system(errorText()))
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
  public static func writeAtomically(
    _ bytes: UnsafeRawBufferPointer, to path: String,
    beforeRename: (() throws(ShellError) -> Void)? = nil
  ) throws(ShellError) {
    let temporary = "\(path).tmp-\(getpid())"
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else { throw .file(path: path, .system(errorText())) }
    var offset = 0
    while offset < bytes.count {
      let written = Glibc.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
      if written < 0 {
        if errno == EINTR { continue }
        let reason = errorText()
        close(descriptor)
        unlink(temporary)
        throw .file(path: path, .system(reason))
      }
      offset += written
    }
    guard fsync(descriptor) == 0 else {
      let reason = errorText()
      close(descriptor)
      unlink(temporary)
      throw .file(path: path, .system(reason))
    }
    close(descriptor)
    do throws(ShellError) {
      try beforeRename?()
    } catch {
      unlink(temporary)
      throw error
    }
    guard rename(temporary, path) == 0 else {
      let reason = errorText()
      unlink(temporary)
      throw .file(path: path, .system(reason))
    }
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

  static func errorText() -> String {
    switch errno {
    case ENOENT: return "no such file or folder"
    case EACCES: return "permission denied"
    case EISDIR: return "is a folder, not a file"
    case ENOSPC: return "the disk is full"
    default: return String(cString: strerror(errno))
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
