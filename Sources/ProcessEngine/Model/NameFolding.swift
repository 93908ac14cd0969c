extension String {
  /// The name as names a person types are compared (SPEC §12.1): lower case, with `ё` as `е`, so
  /// `Отменен`, `ОТМЕНЁН` and `отменён` are the same name.
  public var foldedName: String {
    String(String.UnicodeScalarView(lowercased().unicodeScalars.map { $0 == "ё" ? "е" : $0 }))
  }
}
