import Testing

@testable import ProcessEngine

/// A customer created without contact details gets made-up ones derived from the id.
@Suite struct UserDefaultsTests {
  @Test(arguments: [
    (1, "Customer 1", "customer1@example.com", "+79000000001"),
    (12, "Customer 12", "customer12@example.com", "+79000000012"),
    (2_345_678, "Customer 2345678", "customer2345678@example.com", "+79002345678"),
    // The phone keeps the last seven digits: it stays a plausible 11-digit number.
    (
      Int(Int32.max), "Customer 2147483647", "customer2147483647@example.com", "+79007483647"
    ),
  ])
  func contactsFollowTheID(id: Int, name: String, email: String, phone: String) {
    let user = UserID(rawValue: Int32(id))
    #expect(User.defaultName(for: user) == name)
    #expect(User.defaultEmail(for: user) == email)
    #expect(User.defaultPhone(for: user) == phone)
  }

  @Test func aNewOrderWithoutDetailsCreatesTheDefaultCustomer() throws {
    var engine = Engine()
    try engine.apply(.createOrder(NewOrder()))
    let user = try #require(engine.user(UserID(rawValue: 1)))
    #expect(user.name == "Customer 1")
    #expect(user.email == "customer1@example.com")
    #expect(user.phone == "+79000000001")
  }

  /// The default address is kept as a marker (User.swift): it must read as the address itself,
  /// and compare as it, however it came to be set.
  @Test func theDefaultAddressIsOneAddressHoweverItWasSet() throws {
    var engine = Engine()
    try engine.apply(.createOrder(NewOrder()))
    let created = try #require(engine.user(UserID(rawValue: 1)))
    var spelledOut = User(
      id: UserID(rawValue: 1), name: "Customer 1", email: "customer1@example.com",
      phone: "+79000000001")
    spelledOut.lastOrder = created.lastOrder
    #expect(created == spelledOut)
    #expect(created.hasEmail)

    // Set to another address and back: the same user as created, and `set` saw a change each time.
    try engine.apply(.setUserField(UserID(rawValue: 1), .email, "anna@example.com"))
    #expect(engine.user(UserID(rawValue: 1))?.email == "anna@example.com")
    #expect(engine.user(UserID(rawValue: 1)) != created)
    try engine.apply(.setUserField(UserID(rawValue: 1), .email, "customer1@example.com"))
    #expect(engine.user(UserID(rawValue: 1)) == created)
    #expect(throws: EngineError.fieldUnchanged(UserID(rawValue: 1), .email)) {
      try engine.apply(.setUserField(UserID(rawValue: 1), .email, "customer1@example.com"))
    }

    try engine.apply(.setUserField(UserID(rawValue: 1), .email, nil))
    #expect(engine.user(UserID(rawValue: 1))?.email == nil)
    #expect(engine.user(UserID(rawValue: 1))?.hasEmail == false)
  }

  /// Addresses that start with a NUL byte (a file may hold one) read back as given, the marker's
  /// own byte included: none of them passes for the default address.
  @Test(arguments: ["\u{0}", "\u{0}\u{0}", "\u{0}customer1@example.com", "\u{0}x"])
  func anAddressStartingWithNULIsKeptAsGiven(email: String) {
    var user = User(id: UserID(rawValue: 1), name: "Anna", email: email, phone: nil)
    #expect(user.email == email)
    user.email = "customer1@example.com"
    user.email = email
    #expect(user.email == email)
    #expect(
      user
        != User(id: UserID(rawValue: 1), name: "Anna", email: "customer1@example.com", phone: nil))
  }

  /// Another customer's default address is an address like any other.
  @Test func anotherCustomersDefaultAddressIsKeptAsGiven() {
    let user = User(
      id: UserID(rawValue: 2), name: "Anna", email: "customer1@example.com", phone: nil)
    #expect(user.email == "customer1@example.com")
    #expect(
      user
        != User(id: UserID(rawValue: 2), name: "Anna", email: "customer2@example.com", phone: nil))
  }
}
