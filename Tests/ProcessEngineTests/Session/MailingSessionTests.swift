import JSON
import ProcessEngine
import Testing

/// Mailings and messages in a saved session (SPEC §9, §12.4): read back to the same bytes and
/// going on exactly like the original, pending looks included; a log that opens a message never
/// sent, or twice, is refused at its row.
@Suite struct MailingSessionTests {
  static func mailing(_ name: String, _ condition: String) -> MailingDefinition {
    do throws(EngineError) {
      return MailingDefinition(
        name: name, title: name, russianTitle: "рассылка",
        to: try Condition(parsing: condition, counters: []), text: "text of \(name)")
    } catch {
      preconditionFailure(error.message)
    }
  }

  /// The built-ins, the seed's two mailings, a stopped third, three orders at different points.
  static func engine() -> Engine {
    var engine = Engine()
    _ = engine.run(.loadMailing(mailing("unpaid-1h", "actual and not paid and created ago >= 1h")))
    _ = engine.run(
      .loadMailing(
        mailing(
          "not-opened", "actual and received unpaid-1h ago >= 1d and not opened unpaid-1h")))
    _ = engine.run(.loadMailing(mailing("paid", "paid")))
    _ = engine.run(.stopMailing("paid"))
    _ = engine.run(.createOrder(NewOrder()))
    _ = engine.run(.createOrder(NewOrder()))
    _ = engine.run(.advance(by: .minutes(70)))
    _ = engine.run(.createOrder(NewOrder()))
    _ = engine.run(.openMessage(MessageID(rawValue: Int32(engine.messageCount))))
    return engine
  }

  @Test func aSessionWithMailingsReadsBackAndGoesOnLikeTheOriginal() throws {
    var original = Self.engine()
    #expect(original.messageCount >= 2)
    #expect(
      original.scheduledItems().contains { if case .mailingCheck = $0.kind { true } else { false } }
    )
    let bytes = original.sessionBytes()
    var loaded = try Engine(sessionBytes: bytes)
    #expect(identical(loaded.sessionBytes(), bytes))
    #expect(loaded.allMessages == original.allMessages)
    #expect(loaded.mailings.map(\.sent) == original.mailings.map(\.sent))
    #expect(loaded.mailings.map(\.opened) == original.mailings.map(\.opened))
    #expect(loaded.mailings.map(\.isStarted) == [true, true, false])
    #expect(loaded.scheduledItems() == original.scheduledItems())
    let steps: [Command] = [
      .advance(by: .hours(1)), .openMessage(MessageID(rawValue: 1)), .startMailing("paid"),
      .pay(OrderID(rawValue: 2), nil), .advance(by: .days(2)),
    ]
    for step in steps {
      #expect(original.run(step) == loaded.run(step))
    }
    #expect(identical(original.sessionBytes(), loaded.sessionBytes()))
    #expect(original.mailings.map(\.sent).reduce(0, +) > 3)
  }

  @Test func aSessionWithoutMailingsHasNoMailingsKey() {
    let document = String(decoding: Engine().sessionBytes(), as: UTF8.self)
    #expect(!document.contains("\"mailings\""))
    #expect(
      String(decoding: Self.engine().sessionBytes(), as: UTF8.self).contains("\n\"mailings\":["))
  }

  /// The events of the log, as rows, with `edit` applied to the row that opens a message.
  func editedOpening(_ edit: (inout [Int64]) -> Void) throws -> [UInt8] {
    let engine = Self.engine()
    guard case .object(var document) = try JSONReader.parse(engine.sessionBytes()),
      case .array(var rows)? = document["events"]
    else { throw EngineError.agendaEmpty }
    // Column 5 is the kind; 33 is `message-opened`.
    guard
      let index = rows.firstIndex(where: {
        if case .array(let fields) = $0, case .integer(33) = fields[5] { return true }
        return false
      }), case .array(let fields) = rows[index]
    else { throw EngineError.agendaEmpty }
    var integers = fields.map { value -> Int64 in
      if case .integer(let number) = value { return number }
      return 0
    }
    edit(&integers)
    rows[index] = .array(integers.map { .integer($0) })
    document["events"] = .array(rows)
    var writer = JSONWriter()
    writer.write(.object(document))
    return writer.bytes
  }

  @Test func anOpeningOfAMessageNeverSentIsRefusedAtItsRow() throws {
    let bytes = try editedOpening { $0[7] = 99 }
    let error = #expect(throws: EngineError.self) { try Engine(sessionBytes: bytes) }
    #expect(error?.message.contains("opens message 99, which was not sent before it") == true)
    // The row of the opening, and its payload column (the eighth).
    #expect(error?.message.hasPrefix("events[") == true, "\(error?.message ?? "")")
    #expect(error?.message.contains("][7]: ") == true, "\(error?.message ?? "")")
  }

  /// An order's `messages` column must count the messages the log sent about it, mailings' too.
  @Test func anOrderCountingOtherMessagesThanTheLogIsRefused() throws {
    let engine = Self.engine()
    #expect(engine.orders[0].messages == 1)
    guard case .object(var document) = try JSONReader.parse(engine.sessionBytes()),
      case .array(var rows)? = document["orders"], case .array(var fields) = rows[0]
    else { throw EngineError.agendaEmpty }
    // Column 11 is `messages`.
    fields[11] = .integer(0)
    rows[0] = .array(fields)
    document["orders"] = .array(rows)
    var writer = JSONWriter()
    writer.write(.object(document))
    let error = #expect(throws: EngineError.self) { try Engine(sessionBytes: writer.bytes) }
    #expect(
      error?.message.hasSuffix("says 0 messages, and the log has 1 about this order") == true,
      "\(error?.message ?? "")")
  }
}
