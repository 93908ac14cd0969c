import CEditLine

/// The width a terminal on standard output has, for `Style.width`: `COLUMNS` when it is a
/// positive number (a user or a test may set it), else what the terminal says; nil when
/// standard output is not a terminal, so pipes and files get text that never depends on it.
func terminalWidth() -> Int? {
  guard isTerminal(1) else { return nil }
  if let columns = environment("COLUMNS").flatMap({ Int($0) }), columns > 0 { return columns }
  let columns = Int(procsh_terminal_columns(1))
  return columns > 0 ? columns : nil
}
