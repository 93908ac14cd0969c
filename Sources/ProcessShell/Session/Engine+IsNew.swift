import ProcessEngine

extension Engine {
  /// Whether this is a new session: nothing happened in it but loading the built-ins. A
  /// recording of it needs no snapshot to start from, and `history` calls it empty.
  var isNew: Bool {
    let new = Engine()
    return log.count == new.log.count && clock == new.clock && managers.count == new.managers.count
  }
}
