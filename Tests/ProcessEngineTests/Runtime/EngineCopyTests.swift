import Testing

@testable import ProcessEngine

/// The shell keeps the engine as it was before each command, so that Ctrl-C or `undo` can put the
/// session back (issues 9 and 14). A small command on a copy of a large session copies the few
/// chunks it writes to, not the tables, and leaves the kept engine exactly as it was.
@Suite struct EngineCopyTests {
  /// 20,000 simulated orders, stopped after two days, so that many steps are still open.
  static let simulated: Engine = {
    var engine = Engine()
    do throws(EngineError) {
      _ = try engine.apply(
        .simulate(SimulationParameters(orders: 20_000, horizon: .days(2)), SimulationProfile()))
    } catch {
      preconditionFailure("the simulation failed: \(error.message)")
    }
    return engine
  }()

  static let simulatedBytes = simulated.sessionBytes()

  enum SmallCommand: CaseIterable {
    case pay, answer, advance

    /// The command on this session: pay the first order that takes a payment; answer the first
    /// task with one open step whose question has an option that needs no argument.
    func command(on engine: Engine) throws -> Command {
      switch self {
      case .pay:
        let order = try #require(
          engine.orders.first { $0.status.acceptsPayments && $0.remaining > .zero })
        return .pay(order.id, nil)
      case .answer:
        let answers = engine.tasks.lazy.filter { $0.isOpen && $0.openSteps == 1 }.compactMap {
          task -> Command? in
          guard let token = engine.askingTokens(of: task.id).first,
            let option = engine.question(at: token).options.first(where: { $0.argument == nil })
          else { return nil }
          return .answer(.task(task.id), option: option.key, argument: nil)
        }
        return try #require(answers.first)
      case .advance:
        return .advance(by: .minutes(1))
      }
    }
  }

  @Test(arguments: SmallCommand.allCases)
  func aSmallCommandOnACopySharesAllButAFewChunks(_ kind: SmallCommand) throws {
    let original = Self.simulated
    var copy = original
    let events = try copy.apply(try kind.command(on: copy))
    #expect(!events.isEmpty)

    let tables = [
      ("orders", copy.orders.sharesStorage(with: original.orders)),
      ("users", copy.users.sharesStorage(with: original.users)),
      ("tasks", copy.tasks.sharesStorage(with: original.tasks)),
      ("tokens", copy.tokens.sharesStorage(with: original.tokens)),
      ("events", copy.log.rows.sharesStorage(with: original.log.rows)),
    ]
    for (name, sharing) in tables {
      #expect(sharing.total >= 5, "\(name): \(sharing)")
      #expect(sharing.total - sharing.shared <= 2, "\(name): \(sharing)")
    }
    #expect(original.sessionBytes() == Self.simulatedBytes)
    #expect(copy.sessionBytes() != Self.simulatedBytes)
  }

  @Test func theCopyGoesOnLikeTheOriginalWould() throws {
    // The same command on the original and on a copy that shares its chunks: the same session.
    var original = Self.simulated
    var copy = original
    for kind in SmallCommand.allCases {
      let command = try kind.command(on: original)
      _ = try copy.apply(command)
      _ = try original.apply(command)
    }
    #expect(copy.sessionBytes() == original.sessionBytes())
  }

  /// `apply` with a monitor keeps the engine before the command to put it back on Ctrl-C; the
  /// versions of the tables those dropped copies needed must go, or memory grows with every
  /// command for as long as the session lives.
  @Test func commandsThatKeepTheSessionBeforeThemLeaveNoOlderTablesBehind() throws {
    var engine = Engine()
    let monitor = CommandMonitor(isCancelled: { false })
    for _ in 0..<100 {
      _ = try engine.apply(.createOrder(NewOrder()), monitor: monitor)
      _ = try engine.apply(.advance(by: .minutes(1)), monitor: monitor)
      #expect(engine.longestCopyChain <= 2)
    }
    #expect(engine.orders.count == 100)
  }
}
