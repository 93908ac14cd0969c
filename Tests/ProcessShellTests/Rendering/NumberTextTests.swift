import Testing

@testable import ProcessShell

/// The numbers `stats` and `simulate` print: a fixed number of decimals, percentages, and padding
/// that lines them up in columns.
@Suite struct NumberTextTests {
  @Test(arguments: [
    (3.14159, 2, "3.14"),
    (2.0, 2, "2.00"),  // zeros after the point are kept
    (0.05, 2, "0.05"),  // the fraction keeps its leading zero, not "0.5"
    (99.996, 2, "100.00"),  // rounding carries into the whole part
    (1234.5, 1, "1234.5"),
    (7.0, 0, "7"),  // no decimals: no point either
  ])
  func aNumberHasTheDecimalsAsked(value: Double, digits: Int, text: String) {
    #expect(String(fixed: value, digits: digits) == text)
  }

  /// Halves that a double holds exactly, so only the rounding rule decides.
  @Test(arguments: [
    (2.5, 0, "3"),  // rounding half to even would give 2
    (0.125, 2, "0.13"),  // half to even: 0.12
    (0.375, 2, "0.38"),
    (1.25, 1, "1.3"),  // half to even: 1.2
  ])
  func aHalfRoundsAwayFromZero(value: Double, digits: Int, text: String) {
    #expect(String(fixed: value, digits: digits) == text)
  }

  @Test(arguments: [
    (-2.5, 0, "-3"),
    (-1.25, 1, "-1.3"),
    // Above -1 the whole part is 0, which has no sign of its own: the minus must not go with it.
    (-0.25, 1, "-0.3"),
    (-0.05, 2, "-0.05"),
  ])
  func aNegativeNumberRoundsHalfAwayFromZero(value: Double, digits: Int, text: String) {
    #expect(String(fixed: value, digits: digits) == text)
  }

  @Test func aNegativeNumberThatRoundsToZeroIsWrittenWithoutAMinus() {
    #expect(String(fixed: -0.04, digits: 1) == "0.0")
    #expect(String(fixed: -0.4, digits: 0) == "0")
  }

  @Test(arguments: [
    (51.1, "51.1%"),
    (100.0, "100.0%"),
    (0.0, "0.0%"),
    (12.25, "12.3%"),  // half away from zero, as everywhere
    (200.0 / 3, "66.7%"),
  ])
  func aPercentageHasOneDecimal(percent: Double, text: String) {
    #expect(String(percent: percent) == text)
  }

  @Test func leftPaddingRightAlignsByCharacters() {
    #expect("7".leftPadded(3) == "  7")
    // 4 characters in 8 bytes: counting bytes would add no spaces.
    #expect("Анна".leftPadded(6) == "  Анна")
    #expect("12345".leftPadded(3) == "12345")  // too long: kept whole, never cut
  }

  @Test func aNumberIsPaddedWithLeadingZeros() {
    #expect(7.padded(2) == "07")
    #expect(5.padded(3) == "005")
    #expect(0.padded(2) == "00")
    #expect(123.padded(2) == "123")
  }
}
