import CEditLine

#if canImport(Glibc)
  import Glibc
#endif

/// Line editing on a terminal with libedit: history that persists across sessions, Tab completion
/// from `Completer`, Ctrl-C to cancel a line, Ctrl-D to leave, UTF-8 input.
///
/// The only file that imports the C shim. libedit calls back through C function pointers that
/// cannot capture Swift state, so the reader passes itself as the editor's client data.
public final class EditLineReader: LineReader {
  private let editor: OpaquePointer
  private let history: OpaquePointer
  private let historyPath: String?
  private var promptBuffer: UnsafeMutablePointer<CChar>
  private var interrupted = false
  /// Asked for completions of the text before the cursor.
  public var complete: (String) -> Completer.Result = { _ in
    Completer.Result(prefix: "", candidates: [])
  }
  /// Lays out the candidates Tab lists below the line.
  public var list: (Completer.Result) -> String = { $0.listing(width: 80, in: .english) }

  /// The most lines kept in the history file.
  static let historyLimit = 1000

  /// A reader on the terminal; `historyPath` (if any) is read now and appended to as lines are
  /// entered.
  public init?(programName: String, historyPath: String?) {
    // Without a UTF-8 locale libedit drops non-ASCII input (SPEC §10.1).
    _ = procsh_use_utf8_locale()
    guard let editor = el_init(programName, procsh_stdin(), procsh_stdout(), procsh_stderr()) else {
      return nil
    }
    guard let history = history_init() else {
      el_end(editor)
      return nil
    }
    self.editor = editor
    self.history = history
    self.historyPath = historyPath
    promptBuffer = .allocate(capacity: 1)
    promptBuffer.initialize(to: 0)

    _ = procsh_history_set_size(history, Int32(Self.historyLimit))
    _ = procsh_history_set_unique(history, 1)
    _ = procsh_el_set_history(editor, history)
    _ = procsh_el_set_editor(editor, "emacs")
    _ = procsh_el_set_client_data(editor, Unmanaged.passUnretained(self).toOpaque())
    _ = procsh_el_set_prompt(editor) { editor in
      guard let editor, let reader = EditLineReader.reader(of: editor) else { return nil }
      return reader.promptBuffer
    }
    _ = procsh_el_add_function(editor, "procsh-complete", "complete a word") { editor, _ in
      guard let editor, let reader = EditLineReader.reader(of: editor) else {
        return UInt8(CC_ERROR)
      }
      return reader.completeWord()
    }
    _ = procsh_el_add_function(editor, "procsh-cancel", "cancel the line") { editor, _ in
      guard let editor, let reader = EditLineReader.reader(of: editor) else {
        return UInt8(CC_ERROR)
      }
      reader.interrupted = true
      // Accepting the line does not redraw it: show the cancel and end the line ourselves.
      fputs("^C\n", procsh_stdout())
      fflush(procsh_stdout())
      return UInt8(CC_NEWLINE)
    }
    _ = procsh_el_bind(editor, "^I", "procsh-complete")
    _ = procsh_el_bind(editor, "^C", "procsh-cancel")
    // Ctrl-C reaches the editor as a key, not as a signal that would end the shell.
    _ = procsh_el_keep_interrupt_key(editor)
    loadHistory()
  }

  deinit {
    el_end(editor)
    history_end(history)
    promptBuffer.deallocate()
  }

  private static func reader(of editor: OpaquePointer) -> EditLineReader? {
    guard let data = procsh_el_client_data(editor) else { return nil }
    return Unmanaged<EditLineReader>.fromOpaque(data).takeUnretainedValue()
  }

  public func readLine(prompt: String) -> LineInput {
    setPrompt(prompt)
    interrupted = false
    var count: Int32 = 0
    guard let raw = el_gets(editor, &count), count > 0 else { return .end }
    if interrupted { return .interrupted }
    var line = String(cString: raw)
    // el_gets keeps the newline.
    while line.hasSuffix("\n") || line.hasSuffix("\r") { line.removeLast() }
    return .line(line)
  }

  public func remember(_ line: String) {
    _ = procsh_history_enter(history, line)
    if let historyPath { FileSystem.appendLine(line, to: historyPath) }
  }

  private func setPrompt(_ prompt: String) {
    promptBuffer.deallocate()
    let bytes = Array(prompt.utf8CString)
    promptBuffer = .allocate(capacity: bytes.count)
    promptBuffer.initialize(from: bytes, count: bytes.count)
  }

  /// Reads the history file (one plain line per entry, so it can be read and grepped), keeping
  /// the newest entries, and trims the file when it has grown well past the limit.
  private func loadHistory() {
    guard let historyPath, FileSystem.exists(historyPath),
      let text = try? FileSystem.readText(historyPath)
    else { return }
    let lines = text.split(separator: "\n").map(String.init)
    let kept = lines.suffix(Self.historyLimit)
    for line in kept { _ = procsh_history_enter(history, line) }
    if lines.count > 2 * Self.historyLimit {
      try? FileSystem.writeAtomically(
        Array((kept.joined(separator: "\n") + "\n").utf8), to: historyPath)
    }
  }

  /// Tab: one candidate completes the word; several extend it to their common prefix, or are
  /// listed below the line.
  private func completeWord() -> UInt8 {
    guard let info = el_line(editor) else { return UInt8(CC_ERROR) }
    let start = UnsafeRawPointer(info.pointee.buffer!)
    let cursor = UnsafeRawPointer(info.pointee.cursor!)
    let length = cursor - start
    let text = String(decoding: UnsafeRawBufferPointer(start: start, count: length), as: UTF8.self)
    let result = complete(text)
    guard !result.candidates.isEmpty else { return UInt8(CC_ERROR) }
    if result.candidates.count == 1 {
      let candidate = result.candidates[0]
      let suffix =
        String(candidate.dropFirst(result.prefix.count)) + (candidate.hasSuffix("/") ? "" : " ")
      _ = el_insertstr(editor, suffix)
      return UInt8(CC_REFRESH)
    }
    let common = Self.commonPrefix(result.candidates)
    if common.count > result.prefix.count {
      _ = el_insertstr(editor, String(common.dropFirst(result.prefix.count)))
      return UInt8(CC_REFRESH)
    }
    let listing = "\n" + list(result) + "\n"
    fputs(listing, procsh_stdout())
    fflush(procsh_stdout())
    return UInt8(CC_REDISPLAY)
  }

  static func commonPrefix(_ words: [String]) -> String {
    guard var prefix = words.first else { return "" }
    for word in words.dropFirst() {
      while !word.hasPrefix(prefix) { prefix.removeLast() }
    }
    return prefix
  }
}
