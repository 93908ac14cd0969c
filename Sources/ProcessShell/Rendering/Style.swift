import ProcessEngine
import Wording

/// How text is shown to a person: in colour for a terminal, or none (colour only when output is
/// a terminal and `NO_COLOR` is unset, so scripts, pipes and tests get fixed plain text), and in
/// which language. Every renderer is handed one, so a language switch reaches all of them.
public struct Style: Sendable {
  public var isColored: Bool
  public var language: Language
  /// The terminal's width in columns, to which tables and long lines are fitted; nil for a pipe
  /// or a file, whose output is never changed by it.
  public var width: Int?

  public static let plain = Style(isColored: false)
  public static let colored = Style(isColored: true)

  public init(isColored: Bool, language: Language = .english, width: Int? = nil) {
    self.isColored = isColored
    self.language = language
    self.width = width
  }

  /// A catalogue message in the style's language.
  func text<Book: PhraseBook>(_ message: Book, _ values: PhraseValues = [:]) -> String {
    language.text(message, values)
  }

  /// The marks around a colour code: the terminal's escape sequence is written only by
  /// `EscapingOutput`, which shows every other escape character escaped.
  static let markStart: Unicode.Scalar = "\u{E000}"
  static let markEnd: Unicode.Scalar = "\u{E001}"

  private func wrap(_ text: String, _ code: String) -> String {
    guard isColored else { return text }
    let start = String(Self.markStart)
    let end = String(Self.markEnd)
    return start + code + end + text + start + "0" + end
  }

  func dim(_ text: String) -> String { wrap(text, "2") }
  func bold(_ text: String) -> String { wrap(text, "1") }
  func red(_ text: String) -> String { wrap(text, "31") }
  func green(_ text: String) -> String { wrap(text, "32") }
  func yellow(_ text: String) -> String { wrap(text, "33") }
  func cyan(_ text: String) -> String { wrap(text, "36") }

  /// A status's name coloured by where it leaves the order.
  func status(_ status: OrderStatus) -> String {
    let name = language.name(of: status)
    switch status {
    case .completed: return green(name)
    case .cancelled: return red(name)
    case .false: return dim(name)
    case .new, .inWork, .notConfirmed, .awaitingPayment, .postponed, .partiallyPaid, .pendingRefund:
      return yellow(name)
    }
  }
}
