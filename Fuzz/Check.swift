// Compiled into every fuzz target by scripts/fuzz.sh.

/// Stops the run with `message` when a property of the target does not hold. Not `precondition`:
/// an optimized build drops its message, and the report must say what broke, for which input.
func check(_ condition: Bool, _ message: @autoclosure () -> String) {
  if !condition { fatalError(message()) }
}
