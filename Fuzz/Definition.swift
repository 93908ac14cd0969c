// libFuzzer target: the definition decoder and validator, then the engine running what they
// accept. The input is a `procsh-process` document; the built-in processes are loaded, so a
// `subprocess` block may name them. Built by scripts/fuzz.sh.
//
// Properties: decoding and validating never crash; a definition that loads compiles into an
// engine, its `json` loads again to the same definition, and a task of it runs for a few steps
// (an order created, the process run on it, the clock moved, every open step answered) without
// crashing the engine: a validated definition is safe to run.

import JSON
import ProcessEngine

/// A new session with the built-ins, made once.
let newSession = Engine()

func catalog(_ name: String) -> ProcessDefinition? {
  newSession.currentProcess(named: name)?.definition
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  guard let (definition, _) = try? ProcessDefinition.load(bytes: bytes, catalog: catalog) else {
    return 0
  }

  var writer = JSONWriter()
  writer.write(definition.json)
  let again: ProcessDefinition
  do throws(EngineError) {
    again = try ProcessDefinition.load(bytes: writer.bytes, catalog: catalog).definition
  } catch {
    fatalError(
      "the definition written back is refused: \(error.message)\n"
        + String(decoding: writer.bytes, as: UTF8.self))
  }
  check(
    again == definition,
    "the definition written back reads as another:\n"
      + String(decoding: writer.bytes, as: UTF8.self))

  var engine = newSession
  do throws(EngineError) {
    _ = try engine.apply(.loadProcess(definition))
  } catch {
    // A name the engine refuses (a built-in's with another object, say) is a clean refusal.
    return 0
  }
  // Run it: an order (its customer has a phone and an e-mail), the process by hand, then a few
  // steps of the clock with every open step answered by its first option.
  _ = try? engine.apply(.createOrder(NewOrder()))
  _ = try? engine.apply(.createOrder(NewOrder(phone: .some(nil))))
  _ = try? engine.apply(.startProcess(definition.name))
  _ = try? engine.apply(.runProcess(definition.name, order: OrderID(rawValue: 1)))
  for _ in 0..<8 {
    for step in engine.openSteps.prefix(8) {
      guard let option = step.question.options.first else { continue }
      let argument: AnswerArgument? =
        switch option.argument {
        case .date: .text("+1d")
        case .text: .text("fuzz")
        case nil: nil
        }
      _ = try? engine.apply(.answer(.task(step.task), option: option.key, argument: argument))
    }
    _ = try? engine.apply(.pay(OrderID(rawValue: 2), nil))
    guard (try? engine.apply(.advanceToNext)) != nil else { break }
  }
  // What was saved reads back, and saves the same.
  let saved = engine.sessionBytes()
  do throws(EngineError) {
    let loaded = try Engine(sessionBytes: saved)
    check(loaded.sessionBytes() == saved, "the session read back saves other bytes")
  } catch {
    fatalError("the session running the definition cannot be read back: \(error.message)")
  }
  return 0
}
