/// Strings the session stores once and refers to by `TextID`: reasons, message texts, variable
/// values. Events stay small and fixed-size, and a reason given to 10,000 orders is kept once.
public struct TextTable: Sendable {
  public private(set) var texts: [String] = []
  private var ids: [String: TextID] = [:]

  public init() {}

  public init(texts: [String]) {
    for text in texts { _ = intern(text) }
  }

  /// The id of `text`, adding it if it is new. Ids follow first use, so they are deterministic.
  public mutating func intern(_ text: String) -> TextID {
    if let id = ids[text] { return id }
    let id = TextID(rawValue: Int32(texts.count))
    texts.append(text)
    ids[text] = id
    return id
  }

  public subscript(id: TextID) -> String { texts[Int(id.rawValue)] }
}
