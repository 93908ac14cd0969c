import Testing

@testable import ProcessShell

/// How `expect` reads the value it compares with (SPEC §8.2: "`none` means no value"). `none` is
/// the keyword only when written bare: quoted, as any quoted word (SPEC §8), it is text, so that a
/// reason, a name or a product called "none" can be expected too.
@Suite struct FieldKindTests {
  @Test func aBareNoneIsNoValueAndAQuotedNoneIsTheText() throws {
    #expect(try FieldKind.text.read(Lexer.Word(text: "none")) == .value(.none))
    #expect(
      try FieldKind.text.read(Lexer.Word(text: "none", quoted: true)) == .value(.text("none")))
  }

  /// Russian shows no value as «нет» (`task 1`: «менеджер нет»), so `expect … нет` means none
  /// too, in either language; quoted it is the text, as `"none"` is. (Before, a Russian failure
  /// read «ожидалось task 1 manager == нет, получено нет».)
  @Test func aBareNetIsNoValueAsNoneIs() throws {
    #expect(try FieldKind.text.read(Lexer.Word(text: "нет")) == .value(.none))
    #expect(try FieldKind.text.read(Lexer.Word(text: "нет", quoted: true)) == .value(.text("нет")))
    let session = Transcript()
    session.ok("order new; expect task 1 manager нет; expect task 1 result нет")
    session.ok("lang ru; expect order 1 manager нет")
    session.ok("take task 1")
    session.failing("expect task 1 manager нет")
  }

  @Test func aReasonCalledNoneIsExpectedQuoted() {
    let session = Transcript()
    session.ok("order new; order new; cancel order 1 --reason \"none\"")
    // Order 1's reason is the text none; order 2 has no reason at all.
    session.ok("expect order 1 reason \"none\"")
    session.failing("expect order 1 reason none")
    session.ok("expect order 2 reason none")
    session.failing("expect order 2 reason \"none\"")
  }
}
