#if canImport(Glibc)
  import Glibc
#endif

/// Where the shell writes: a terminal or file descriptor, or a buffer in tests and the test runner.
public protocol TextOutput: AnyObject {
  func write(_ text: String)
  /// Pushes buffered text out (at the end of every command).
  func flush()
}

/// Collects everything written; tests and `procsh test` read `text`.
public final class BufferedOutput: TextOutput {
  public private(set) var text = ""

  public init() {}

  public func write(_ text: String) { self.text += text }
  public func flush() {}
  public func clear() { text = "" }
}

/// Writes to a file descriptor (standard output or error) through a buffer, so that printing
/// millions of event lines costs one system call per 64 KiB.
public final class FileDescriptorOutput: TextOutput {
  private let descriptor: Int32
  private var buffer: [UInt8] = []

  public init(descriptor: Int32) {
    self.descriptor = descriptor
    buffer.reserveCapacity(1 << 16)
  }

  public static func standardOutput() -> FileDescriptorOutput {
    FileDescriptorOutput(descriptor: 1)
  }
  public static func standardError() -> FileDescriptorOutput { FileDescriptorOutput(descriptor: 2) }

  public func write(_ text: String) {
    buffer.append(contentsOf: text.utf8)
    if buffer.count >= 1 << 16 { flush() }
  }

  public func flush() {
    var offset = 0
    while offset < buffer.count {
      let written = buffer[offset...].withUnsafeBytes {
        Glibc.write(descriptor, $0.baseAddress, $0.count)
      }
      if written < 0 {
        if errno == EINTR { continue }
        break  // A closed pipe: nobody reads any more.
      }
      offset += written
    }
    buffer.removeAll(keepingCapacity: true)
  }

  deinit { flush() }
}

/// Whether a file descriptor is a terminal.
public func isTerminal(_ descriptor: Int32) -> Bool {
  isatty(descriptor) == 1
}

/// An environment variable, or nil.
public func environment(_ name: String) -> String? {
  guard let value = getenv(name) else { return nil }
  return String(cString: value)
}
