extension String {
  /// Empty, or nothing but white space: a name, product, phone or e-mail that says nothing.
  ///
  /// Most text starts with a visible ASCII character and is answered from its first byte: asking
  /// each `Character` whether it is white space looks up Unicode properties, and every simulated
  /// order's phone went through that (0.28 % of `simulate 20000 orders`, callgrind).
  var isBlank: Bool {
    if let first = utf8.first, first > 0x20, first < 0x7F { return false }
    return allSatisfy(\.isWhitespace)
  }
}
