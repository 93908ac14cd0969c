import Testing

@testable import ProcessShell

/// The listings (`orders`, `tasks`, `users`, `process show`, …): columns as wide as their widest
/// cell and two spaces apart, a header, one line per row, a final newline.
@Suite struct TableTests {
  @Test func columnsAreAsWideAsTheirWidestCellAndTwoSpacesApart() {
    var table = Table("ID", "NAME", "PHONE")
    table.append(["1", "Ann", "+79000000001"])
    table.append(["12", "Christopher", "+79000000002"])
    #expect(
      table.render(style: .plain) == """
        ID  NAME         PHONE
        1   Ann          +79000000001
        12  Christopher  +79000000002

        """)
  }

  /// Widths count characters: "Анна Петрова" is 12 characters in 23 bytes, and counting bytes
  /// would push every column after it out of line.
  @Test func aTableLinesUpCyrillicNamesByCharacters() {
    var table = Table("USER", "NAME", "ORDERS")
    table.append(["1", "Анна Петрова", "2"])
    table.append(["2", "Bob", "1"])
    #expect(
      table.render(style: .plain) == """
        USER  NAME          ORDERS
        1     Анна Петрова  2
        2     Bob           1

        """)
  }

  @Test func theLastColumnIsNotPaddedAndNoLineEndsInSpaces() {
    var table = Table("TASK", "MANAGER", "WHERE")
    table.append(["1", "anna", "[3], [5], [20] → task 2"])
    table.append(["2", "", ""])  // empty cells at the end leave no run of spaces behind
    table.append(["3", "admin", "asks [C] call"])
    let text = table.render(style: .plain)
    #expect(
      text == """
        TASK  MANAGER  WHERE
        1     anna     [3], [5], [20] → task 2
        2
        3     admin    asks [C] call

        """)
    #expect(!text.contains(" \n"))
  }

  @Test func theHeaderIsBoldOnlyWithAColouredStyle() {
    var table = Table("ORDER", "STATUS")
    table.append(["1", "in-work"])
    #expect(table.render(style: .plain) == "ORDER  STATUS\n1      in-work\n")
    #expect(
      EscapingOutput.escaped(table.render(style: .colored))
        == "\u{1B}[1mORDER  STATUS\u{1B}[0m\n1      in-work\n")
  }

  @Test func aTableWithoutRowsIsItsHeader() {
    #expect(Table("ORDER", "STATUS").render(style: .plain) == "ORDER  STATUS\n")
  }

  @Test func aRowWithFewerCellsThanTheHeaderEndsEarly() {
    var table = Table("", "BLOCK", "EXITS")
    table.append(["▶", "C"])
    table.append(["", "start", "A"])
    // The first column is one character wide even when its header is empty.
    #expect(table.render(style: .plain) == "   BLOCK  EXITS\n▶  C\n   start  A\n")
  }

  @Test(arguments: [
    ("Take the order?", 20, "Take the order?"),  // shorter than the limit: unchanged
    ("Take the order?", 15, "Take the order?"),  // exactly the limit: unchanged, no "…"
    ("Take the order?", 8, "Take th…"),  // the ellipsis counts towards the limit
    ("Обработка заказа", 10, "Обработка…"),  // characters, not bytes
  ])
  func aLongTextIsCutToItsLimitWithAnEllipsis(text: String, limit: Int, cut: String) {
    #expect(text.truncated(limit) == cut)
  }
}
