import Foundation
import Testing

@testable import ProcessShell

#if canImport(Glibc)
  import Glibc
#endif

/// Where the shell writes: a buffer for tests and `procsh test`, or a file descriptor through a
/// 64 KiB buffer, so printing millions of event lines costs one system call per 64 KiB.
@Suite struct TextOutputTests {
  @Test func aBufferedOutputKeepsEverythingInOrderUntilCleared() {
    let output = BufferedOutput()
    output.write("2026-01-05 09:00  order 1 · created")
    output.write(" for user 1\n")
    output.flush()
    output.write("Анна\n")
    #expect(output.text == "2026-01-05 09:00  order 1 · created for user 1\nАнна\n")
    output.clear()
    #expect(output.text == "")
  }

  /// A pipe whose ends the test owns; each end is closed once, here or by `close…`, since a
  /// descriptor closed twice may by then belong to another test running alongside.
  final class TestPipe {
    private(set) var reader: Int32 = -1
    private(set) var writer: Int32 = -1

    init() throws {
      var ends: [Int32] = [0, 0]
      try #require(pipe(&ends) == 0)
      reader = ends[0]
      writer = ends[1]
      // Not inherited by processes other tests start meanwhile, which would keep the pipe from
      // ending when the test closes its writer.
      _ = fcntl(reader, F_SETFD, FD_CLOEXEC)
      _ = fcntl(writer, F_SETFD, FD_CLOEXEC)
    }

    deinit {
      closeReader()
      closeWriter()
    }

    func closeReader() {
      if reader >= 0 { close(reader) }
      reader = -1
    }

    func closeWriter() {
      if writer >= 0 { close(writer) }
      writer = -1
    }

    /// Whether something can be read without waiting.
    var hasData: Bool {
      var request = pollfd(fd: reader, events: Int16(POLLIN), revents: 0)
      return poll(&request, 1, 0) == 1
    }

    /// Everything written so far (the pipe must hold it all: under 64 KiB).
    func available() -> String {
      var bytes: [UInt8] = []
      var buffer = [UInt8](repeating: 0, count: 4096)
      while hasData {
        let count = read(reader, &buffer, buffer.count)
        if count <= 0 { break }
        bytes += buffer[..<count]
      }
      return String(decoding: bytes, as: UTF8.self)
    }
  }

  @Test func aDescriptorOutputHoldsTextUntilFlushed() throws {
    let pipe = try TestPipe()
    defer { withExtendedLifetime(pipe) {} }  // its descriptors stay open to the end
    let output = FileDescriptorOutput(descriptor: pipe.writer)
    output.write("now 2026-01-05 09:01 (Mon)\n")
    output.write("Анна Петрова\n")
    #expect(!pipe.hasData)
    output.flush()
    #expect(pipe.available() == "now 2026-01-05 09:01 (Mon)\nАнна Петрова\n")
    output.flush()  // nothing left to write twice
    #expect(!pipe.hasData)
  }

  /// At 64 KiB the buffer goes out by itself; below, it waits. A file, unlike a pipe, takes any
  /// amount without a reader, and its size says how much was written.
  @Test func aDescriptorOutputWritesOutEverySixtyFourKibibytes() throws {
    let directory = try TemporaryDirectory()
    let descriptor = open(directory.path + "/out", O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
    try #require(descriptor >= 0)
    defer { close(descriptor) }
    func size() -> Int {
      var info = stat()
      return fstat(descriptor, &info) == 0 ? Int(info.st_size) : -1
    }
    let output = FileDescriptorOutput(descriptor: descriptor)
    output.write(String(repeating: "x", count: 65_535))
    #expect(size() == 0)
    output.write("y")  // 65,536 bytes: 64 KiB
    #expect(size() == 65_536)
    output.write("tail\n")
    #expect(size() == 65_536)
    output.flush()
    #expect(size() == 65_541)
  }

  /// A megabyte through a pipe read on another thread arrives whole and in order.
  @Test(.timeLimit(.minutes(1)))
  func aDescriptorOutputDeliversLongTextWholeAndInOrder() throws {
    let pipe = try TestPipe()
    defer { withExtendedLifetime(pipe) {} }  // its descriptors stay open to the end
    let reader = pipe.reader
    let received = Received()
    let done = DispatchSemaphore(value: 0)
    Thread {
      var buffer = [UInt8](repeating: 0, count: 65_536)
      while true {
        let count = read(reader, &buffer, buffer.count)
        if count <= 0 { break }
        received.append(buffer[..<count])
      }
      done.signal()
    }.start()
    var expected = ""
    let output = FileDescriptorOutput(descriptor: pipe.writer)
    for number in 1...20_000 {
      let line = "2026-01-05 09:00  order \(number) · created for user \(number): Курс, 10000\n"
      expected += line
      output.write(line)
    }
    output.flush()
    pipe.closeWriter()  // the reader sees the end
    done.wait()
    #expect(String(decoding: received.bytes, as: UTF8.self) == expected)
  }

  /// Bytes collected on the reading thread.
  final class Received: @unchecked Sendable {
    private let lock = NSLock()
    private var collected: [UInt8] = []

    func append(_ bytes: ArraySlice<UInt8>) {
      lock.lock()
      collected += bytes
      lock.unlock()
    }

    var bytes: [UInt8] {
      lock.lock()
      defer { lock.unlock() }
      return collected
    }
  }

  /// Text still in the buffer when the output goes away is written, not lost.
  @Test func aDescriptorOutputFlushesWhenItGoesAway() throws {
    let pipe = try TestPipe()
    defer { withExtendedLifetime(pipe) {} }  // its descriptors stay open to the end
    do {
      let output = FileDescriptorOutput(descriptor: pipe.writer)
      output.write("2 passed, 0 failed\n")
    }
    #expect(pipe.available() == "2 passed, 0 failed\n")
  }

  /// `procsh … | head -1`: the reader goes away and writes fail with EPIPE. The output gives up
  /// on the text instead of retrying forever (the time limit catches a loop).
  ///
  /// The kernel also sends SIGPIPE, which ends a process that does not ignore it — procsh does
  /// not, so it ends there with status 141 (128 + SIGPIPE), as `cat` would. Here the signal is
  /// blocked on this thread and taken back afterwards, so the test process lives on.
  @Test(.timeLimit(.minutes(1)))
  func aDescriptorOutputGivesUpWhenTheReaderIsGone() throws {
    let pipe = try TestPipe()
    defer { withExtendedLifetime(pipe) {} }  // its descriptors stay open to the end
    pipe.closeReader()
    var pipeSignal = sigset_t()
    sigemptyset(&pipeSignal)
    sigaddset(&pipeSignal, SIGPIPE)
    var previous = sigset_t()
    try #require(pthread_sigmask(SIG_BLOCK, &pipeSignal, &previous) == 0)
    defer {
      var now = timespec(tv_sec: 0, tv_nsec: 0)
      while sigtimedwait(&pipeSignal, nil, &now) == SIGPIPE {}
      pthread_sigmask(SIG_SETMASK, &previous, nil)
    }
    let output = FileDescriptorOutput(descriptor: pipe.writer)
    output.write(String(repeating: "x", count: 100_000))  // goes out at 64 KiB, and fails
    output.write("the rest\n")
    output.flush()
    #expect(errno == EPIPE)
  }

  @Test func anEnvironmentVariableIsItsTextAndAnUnsetOneIsNil() throws {
    let path = try #require(ProcessInfo.processInfo.environment["PATH"])
    #expect(environment("PATH") == path)
    #expect(environment("PROCSH_TEST_\(UUID().uuidString.prefix(8))_UNSET") == nil)
  }

  @Test func aPipeIsNotATerminal() throws {
    let pipe = try TestPipe()
    defer { withExtendedLifetime(pipe) {} }  // its descriptors stay open to the end
    #expect(!isTerminal(pipe.reader))
    #expect(!isTerminal(pipe.writer))
  }
}
