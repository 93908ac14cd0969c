import Testing

@testable import ProcessShell

/// The bar `simulate` draws on standard error while it runs on a terminal.
@Suite struct ProgressBarTests {
  /// What was written, with each flush marked: a bar that is not flushed stays in the buffer and
  /// shows only when the run is over.
  final class Recorder: TextOutput {
    var text = ""
    func write(_ text: String) { self.text += text }
    func flush() { text += "|" }
  }

  @Test func aDisabledBarDrawsNothing() {
    let output = Recorder()
    let bar = ProgressBar(output: output, enabled: false)
    bar.update(0)
    bar.update(0.5)
    bar.update(1)
    bar.finish()
    #expect(output.text == "")
  }

  @Test func aBarIsRedrawnInPlaceAndFlushed() {
    let output = Recorder()
    let bar = ProgressBar(output: output, enabled: true)
    bar.update(0)
    bar.update(0.5)
    bar.update(0.999)  // 99%, not rounded up to a full bar before the end
    #expect(
      output.text
        == "\r[.........................] 0% of the horizon|"
        + "\r[############.............] 50% of the horizon|"
        + "\r[########################.] 99% of the horizon|")
  }

  @Test func aBarIsDrawnAtMostOncePerPercent() {
    let output = Recorder()
    let bar = ProgressBar(output: output, enabled: true)
    for step in 0...10_000 { bar.update(Double(step) / 10_000) }
    // 0% to 100%: 101 drawings for 10,001 updates.
    #expect(output.text.components(separatedBy: "\r[").count - 1 == 101)
    #expect(output.text.hasSuffix("\r[#########################] 100% of the horizon|"))
  }

  @Test func aFractionOutsideZeroToOneIsHeldToTheEnds() {
    let output = Recorder()
    let bar = ProgressBar(output: output, enabled: true)
    bar.update(-0.5)
    bar.update(1.5)
    #expect(
      output.text
        == "\r[.........................] 0% of the horizon|"
        + "\r[#########################] 100% of the horizon|")
  }

  /// Finishing blanks the line, at least as wide as the widest bar, and returns to its start, so
  /// what follows is not printed over leftovers of the bar.
  @Test func finishingClearsTheWholeBar() throws {
    let output = Recorder()
    let bar = ProgressBar(output: output, enabled: true)
    bar.update(1)
    let drawn = output.text
    bar.finish()
    let clearing = String(output.text.dropFirst(drawn.count))
    #expect(clearing == "\r" + String(repeating: " ", count: 50) + "\r|")
    let widest = "[#########################] 100% of the horizon"
    #expect(drawn == "\r" + widest + "|")
    #expect(clearing.filter { $0 == " " }.count >= widest.count)
  }

  /// A run too short to draw anything leaves no blank line behind.
  @Test func finishingWithoutDrawingWritesNothing() {
    let output = Recorder()
    ProgressBar(output: output, enabled: true).finish()
    #expect(output.text == "")
  }
}
