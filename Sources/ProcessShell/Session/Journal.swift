import ProcessEngine

/// The session as it started (created or loaded) and every command that changed it since.
///
/// The engine is deterministic, so replaying a prefix of the journal on the base gives exactly the
/// session as it was after that command: that is how `undo` and `restore` step back, the clock
/// included, without keeping a snapshot per command.
struct Journal {
  enum Entry: Sendable {
    case command(Command)
    case simulation(SimulationParameters, SimulationProfile)
  }

  private(set) var base: Engine
  private(set) var entries: [(entry: Entry, text: String)] = []

  init(base: Engine) {
    self.base = base
  }

  var count: Int { entries.count }

  mutating func append(_ entry: Entry, text: String) {
    entries.append((entry, text))
  }

  /// The session after the first `count` entries; later entries are dropped.
  mutating func rewind(to count: Int) -> Engine {
    entries.removeLast(entries.count - count)
    var engine = base
    for (entry, text) in entries {
      switch entry {
      case .command(let command):
        do throws(EngineError) {
          try engine.apply(command)
        } catch {
          preconditionFailure(
            "internal inconsistency: replaying '\(text)' failed: \(error.message)")
        }
      case .simulation(let parameters, let profile):
        _ = Simulation(parameters: parameters, profile: profile).run(on: &engine)
      }
    }
    return engine
  }
}
