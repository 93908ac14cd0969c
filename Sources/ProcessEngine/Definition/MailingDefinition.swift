/// An auto-mailing (GetCourse's «Автоматическая рассылка», seed 001; SPEC §12.4): a text sent
/// once to each order's customer at the instant the order first matches `to` while the mailing
/// is started («После попадания под правило»).
///
///     {"format": "procsh-mailing", "version": 1, "name": "unpaid-1h",
///      "title": "Unpaid after an hour", "object": "order",
///      "to": "actual and not paid and created ago >= 1h",
///      "text": "Your order is waiting for you"}
///
/// Mailings go to orders only: GetCourse's rule is over orders in the seed, and an order is what
/// `received` and `opened` are asked about.
public struct MailingDefinition: Equatable, Sendable {
  /// How the mailing is called in commands and in `received NAME`.
  public var name: String
  public var title: String
  /// The title in Russian, if the file gives one (SPEC §12.1).
  public var russianTitle: String?
  /// Which orders get the message: a condition of §4.1 and §12.4, without counters.
  public var to: Condition
  /// What the customer gets.
  public var text: String

  public init(
    name: String, title: String, russianTitle: String? = nil, to: Condition, text: String
  ) {
    self.name = name
    self.title = title
    self.russianTitle = russianTitle
    self.to = to
    self.text = text
  }
}
