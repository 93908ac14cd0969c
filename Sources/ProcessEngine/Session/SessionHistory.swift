/// The steps that made a session: the session before them, each engine command with the words it
/// was typed as, and the checkpoints between them (SPEC §12.3: `undo`, `restore` and the history
/// of typed commands work after `load`, and a colleague can see the exact steps).
///
/// The engine is deterministic, so applying the first `n` steps to `base` gives the session as it
/// was after them. A session file keeps its history under the optional key `history`
/// (docs/session-format.md); `Engine.sessionBytes(history:)` writes it and `Engine.readSession(_:)`
/// reads it back.
///
///     var history = SessionHistory(base: Engine())
///     history.steps.append(.init(.createOrder(NewOrder()), text: "order new"))
///     history.checkpoints.append(.init(name: "ordered", step: 1))
///
/// Not `Equatable`: the base is a whole engine, which compares by the session it writes; tests
/// compare the bytes of `sessionBytes(history:)`.
public struct SessionHistory: Sendable {
  /// One command that changed the session, as the engine took it and as a person typed it.
  public struct Step: Equatable, Sendable {
    public var command: Command
    /// The line as typed (`pay order 3 2500`), for `undo` and the list of steps; a program's
    /// steps may have any text.
    public var text: String

    public init(_ command: Command, text: String) {
      self.command = command
      self.text = text
    }
  }

  /// A moment to come back to: the session after the first `step` steps.
  public struct Checkpoint: Equatable, Sendable {
    public var name: String
    /// How many steps lie before it, from 0 (the base) to `steps.count`.
    public var step: Int

    public init(name: String, step: Int) {
      self.name = name
      self.step = step
    }
  }

  /// The session before the first step. It has no history of its own.
  public var base: Engine
  public var steps: [Step]
  /// In the order they were made; names are unique.
  public var checkpoints: [Checkpoint]

  public init(base: Engine, steps: [Step] = [], checkpoints: [Checkpoint] = []) {
    self.base = base
    self.steps = steps
    self.checkpoints = checkpoints
  }
}
