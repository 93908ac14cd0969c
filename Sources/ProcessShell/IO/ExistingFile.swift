#if canImport(Glibc)
  import Glibc
#endif

/// What is at a path `save` or `record` is about to write: they replace their own kind of file,
/// and anything else only with `--force` (SPEC §12.3), so a typo never turns a text into JSON.
enum ExistingFile: Equatable {
  /// Nothing, or an empty file: nothing to lose.
  case nothing
  /// A procsh session.
  case session
  /// A script `record` wrote.
  case recording
  /// Work of someone's own that procsh did not write: a script (`#!/usr/bin/env procsh`, or a
  /// name ending in `.procsh`) or a process or mailing definition. A diagram never replaces one.
  case userWork
  /// Anything else.
  case other

  /// What the file at `path` looks like, from its first and last bytes: a session begins with
  /// `{` and `"acting-manager"` and ends with its `"version"`; a recording begins with the
  /// header `record` writes; other work begins with procsh's `#!` line or names a definition
  /// format, or is called `*.procsh`. Reading the edges is enough and costs nothing on a large
  /// file.
  static func at(_ path: String) -> ExistingFile {
    let kind = contents(at: path)
    // A script of one's own by its name, too: it may not start with the `#!` line.
    if kind == .other, path.hasSuffix(".procsh") { return .userWork }
    return kind
  }

  private static func contents(at path: String) -> ExistingFile {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return .nothing }
    defer { close(descriptor) }
    var info = stat()
    guard fstat(descriptor, &info) == 0 else { return .other }
    guard info.st_mode & S_IFMT == S_IFREG else { return .other }
    guard info.st_size > 0 else { return .nothing }
    let head = read(descriptor, count: 256, at: 0)
    let tail = read(descriptor, count: 256, at: max(0, Int(info.st_size) - 256))
    if head.starts(with: Array("{\n\"acting-manager\":".utf8)),
      String(decoding: tail, as: UTF8.self).contains("\n\"version\":"), tail.last == 0x0A
    {
      return .session
    }
    let lines = String(decoding: head, as: UTF8.self).split(separator: "\n").prefix(2)
    if lines.count == 2, lines.first == "#!/usr/bin/env procsh",
      lines.last?.hasPrefix(Recording.signature) == true
    {
      return .recording
    }
    if lines.first == "#!/usr/bin/env procsh" { return .userWork }
    let text = String(decoding: head, as: UTF8.self)
    if text.contains("\"procsh-process\"") || text.contains("\"procsh-mailing\"") {
      return .userWork
    }
    return .other
  }

  /// Refuses to write a file of the kind `kind` over one of another kind, unless forced; a
  /// device or a folder, always.
  static func check(_ path: String, mayBecome kind: ExistingFile, force: Bool) throws(ShellError) {
    let existing = at(try FileSystem.writableTarget(path))
    guard existing == .nothing || existing == kind || force else {
      throw .wouldReplace(path: path, kind == .session ? .notASession : .notARecording)
    }
  }

  private static func read(_ descriptor: Int32, count: Int, at offset: Int) -> [UInt8] {
    var bytes = [UInt8](repeating: 0, count: count)
    let read = bytes.withUnsafeMutableBytes {
      pread(descriptor, $0.baseAddress, count, off_t(offset))
    }
    return Array(bytes.prefix(max(0, read)))
  }
}
