import ProcessEngine
import Wording

/// The values commands take from a session: ids (Tab offers the live ones that make sense),
/// durations, date-times, amounts, numbers, names and files.
extension ValueType where Value == OrderID {
  /// An order, `12` or `#12`; Tab offers the orders `isOffered` accepts.
  static func orderID(
    where isOffered: @escaping @Sendable (Order, Engine) -> Bool = { _, _ in true }
  ) -> ValueType {
    ValueType(
      noun: NounPhrase.orderID.phrase,
      candidates: { context in
        context.engine.orders.filter { isOffered($0, context.engine) }.map { "\($0.id)" }
      }
    ) { (word, _) throws(ShellError) in
      OrderID(rawValue: try readID(word.text, NounPhrase.orderID.phrase))
    }
  }
}

extension ValueType where Value == UserID {
  /// A customer, `12` or `#12`.
  static var userID: ValueType {
    ValueType(
      noun: NounPhrase.userID.phrase,
      candidates: { context in context.engine.users.map { "\($0.id)" } }
    ) { (word, _) throws(ShellError) in
      UserID(rawValue: try readID(word.text, NounPhrase.userID.phrase))
    }
  }
}

extension ValueType where Value == TaskID {
  /// A task, `12` or `#12`; Tab offers the tasks `isOffered` accepts.
  static func taskID(
    where isOffered: @escaping @Sendable (ProcessTask, Engine) -> Bool = { _, _ in true }
  ) -> ValueType {
    ValueType(
      noun: NounPhrase.taskID.phrase,
      candidates: { context in
        context.engine.tasks.filter { isOffered($0, context.engine) }.map { "\($0.id)" }
      }
    ) { (word, _) throws(ShellError) in
      TaskID(rawValue: try readID(word.text, NounPhrase.taskID.phrase))
    }
  }
}

extension ValueType where Value == MessageID {
  /// A message, `12` or `#12`; Tab offers the messages `isOffered` accepts.
  static func messageID(
    where isOffered: @escaping @Sendable (SentMessage) -> Bool = { _ in true }
  ) -> ValueType {
    ValueType(
      noun: NounPhrase.messageID.phrase,
      candidates: { context in
        let engine = context.engine
        return (0..<engine.messageCount).compactMap { index in
          guard let message = engine.message(MessageID(index: index)), isOffered(message) else {
            return nil
          }
          return "\(message.id)"
        }
      }
    ) { (word, _) throws(ShellError) in
      MessageID(rawValue: try readID(word.text, NounPhrase.messageID.phrase))
    }
  }
}

/// `12` or `#12`, a positive id.
func readID(_ text: String, _ noun: Phrase) throws(ShellError) -> Int32 {
  guard let id = parseID(text) else { throw .value(.notAnID(text, noun: noun)) }
  return id
}

/// `12` or `#12`, a positive id; nil for anything else.
func parseID(_ text: String) -> Int32? {
  let digits = text.hasPrefix("#") ? String(text.dropFirst()) : text
  guard !digits.isEmpty, digits.count <= 9, digits.allSatisfy({ $0.isASCII && $0.isNumber }),
    let number = Int32(digits), number > 0
  else { return nil }
  return number
}

extension ValueType where Value == TimeSpan {
  /// `30s`, `5m`, `2h`, `1d`, `1w`, combined largest first (`1d2h30m`).
  static var duration: ValueType {
    ValueType(
      noun: NounPhrase.duration.phrase,
      candidates: { _ in ["1m", "10m", "30m", "1h", "1d", "3d", "5d"] }
    ) { (word, _) throws(ShellError) in
      do throws(EngineError) {
        return try TimeSpan(parsing: word.text)
      } catch {
        throw .value(.malformed(error))
      }
    }
  }
}

extension ValueType where Value == DateTimeExpression {
  /// `2026-01-07`, `2026-01-07 14:30`, or `+2d` from the clock; a date-time that ends a command
  /// may keep its space unquoted, so commands take it as the rest of the line.
  static var dateTime: ValueType {
    ValueType(noun: NounPhrase.dateTime.phrase) { (word, _) throws(ShellError) in
      do throws(EngineError) {
        return try DateTimeExpression(parsing: word.text)
      } catch {
        throw .value(.malformed(error))
      }
    }
  }
}

extension ValueType where Value == Money {
  /// `10000`, `99.50`
  static var amount: ValueType {
    ValueType(noun: NounPhrase.amount.phrase) { (word, _) throws(ShellError) in
      do throws(EngineError) {
        return try Money(parsing: word.text)
      } catch {
        throw .value(.malformed(error))
      }
    }
  }
}

extension ValueType where Value == Int {
  /// A whole number in `range`: `3`.
  static func number(_ noun: Phrase, in range: ClosedRange<Int>) -> ValueType {
    ValueType(noun: noun) { (word, _) throws(ShellError) in
      guard let value = Int(word.text), range.contains(value) else {
        throw .value(.outOfRange(word.text, noun: noun, range: range))
      }
      return value
    }
  }
}

extension ValueType where Value == UInt64 {
  /// A random seed: a whole number.
  static var seed: ValueType {
    ValueType(noun: NounPhrase.seed.phrase) { (word, _) throws(ShellError) in
      guard let seed = UInt64(word.text) else { throw .value(.notASeed(word.text)) }
      return seed
    }
  }
}

extension ValueType where Value == String {
  /// A manager's name; Tab offers the session's managers.
  static var managerName: ValueType {
    word(NounPhrase.managerName.phrase).completing { context in context.engine.managers.map(\.name)
    }
  }

  /// A loaded process's name; Tab offers them.
  static var processName: ValueType {
    word(NounPhrase.processName.phrase).completing { context in context.engine.processNames }
  }

  /// A loaded mailing's name; Tab offers those `isOffered` accepts.
  static func mailingName(
    where isOffered: @escaping @Sendable (LoadedMailing) -> Bool = { _ in true }
  ) -> ValueType {
    word(NounPhrase.mailingName.phrase).completing { context in
      context.engine.mailings.filter(isOffered).map(\.name)
    }
  }

  /// A path; Tab offers the files and folders where the typed part points.
  static func file(_ noun: Phrase) -> ValueType {
    word(noun).completing { context in FileSystem.entries(matching: context.typed) }
  }

  /// Free text (a reason, a name): Tab offers nothing.
  static func text(_ noun: Phrase) -> ValueType { word(noun) }
}
