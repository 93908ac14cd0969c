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
}
