/// A progress bar on standard error, for long runs on a terminal only.
final class ProgressBar {
  let output: TextOutput
  let enabled: Bool
  private var shown = -1

  init(output: TextOutput, enabled: Bool) {
    self.output = output
    self.enabled = enabled
  }

  func update(_ fraction: Double) {
    guard enabled else { return }
    let percent = Int(min(1, max(0, fraction)) * 100)
    guard percent != shown else { return }
    shown = percent
    let filled = percent / 4
    output.write(
      "\r[" + String(repeating: "#", count: filled) + String(repeating: ".", count: 25 - filled)
        + "] \(percent)% of the horizon")
    output.flush()
  }

  func finish() {
    guard enabled, shown >= 0 else { return }
    output.write("\r" + String(repeating: " ", count: 50) + "\r")
    output.flush()
  }
}
