import JSON
import ProcessEngine
import Wording

/// `process show NAME [--task N] [--format text|mermaid|dot|svg] [--output FILE]`: a definition
/// block by block, as a table or a diagram, and where a task's branches are and have been.
struct ProcessShowCommand: QueryCommand {
  static let name = Argument<String>("NAME", .processName)
  static let task = Option<TaskID>("--task", "N", .taskID())
  static let format = Option<DiagramFormat>("--format", "text|mermaid|dot|svg", .choice())
  static let output = Option<String>(
    "--output", "FILE", .file(Phrase(en: "a file to write", ru: "файл для записи")))
  static let syntax = CommandSyntax.query(
    "process show", [.value(name)], flags: [.option(task), .option(format), .option(output)],
    summary: Phrase(
      en: "the blocks and their wiring, as a table or a diagram; with --task, where that task is",
      ru: "блоки и связи между ними, таблицей или схемой; с --task — где эта задача"),
    details: Phrase(
      en: """
        --format mermaid writes a Mermaid flowchart (paste it into Markdown between ```mermaid
        fences), --format dot a Graphviz graph, --format svg the picture Graphviz draws from it
        (it needs Graphviz: the Debian package graphviz). Every block shows its id, type and
        title, every exit its name, a question's options their kind (+ 0 -). With --task N the
        blocks where the task is now have a bold red border, those it passed through are blue.
        --output FILE writes the table or the diagram to FILE, replacing it, instead of printing.
        """,
      ru: """
        --format mermaid выводит схему Mermaid (её вставляют в Markdown между ```mermaid),
        --format dot — граф Graphviz, --format svg — картинку, которую рисует по нему Graphviz
        (нужен Graphviz: пакет Debian graphviz). У каждого блока видны номер, тип и название, у
        каждого выхода — имя, у вариантов ответа на вопрос — их вид (+ 0 -). С --task N блоки,
        где задача сейчас, обведены красным, а те, через которые она прошла, голубые.
        --output FILE записывает таблицу или схему в FILE (заменяя его) вместо вывода на экран.
        """),
    examples: [
      "process show order-processing", "process show call-3-days --task 2",
      "process show order-processing --format mermaid",
      "process show order-processing --task 1 --format svg --output order.svg",
    ])

  let name: String
  let task: TaskID?
  let format: DiagramFormat
  let output: String?

  init(_ arguments: Arguments) throws(ShellError) {
    name = arguments[Self.name]
    task = arguments[Self.task]
    format = arguments[Self.format] ?? .text
    output = arguments[Self.output]
    // JSON is the definition itself; a diagram or a file of it would be another command.
    if arguments[Switch.json], format != .text || output != nil {
      let other = output != nil ? Self.output.name : "\(Self.format.name) \(format.word)"
      throw .usage(.invalid(.contradiction(Switch.json.name, other)), usage: Self.syntax.usage)
    }
  }

  /// The version of the process to show (the task's own, which may be older) and the task's
  /// branches.
  private func subject(in engine: Engine) throws(ShellError) -> (LoadedProcess, [Engine.Branch]) {
    guard let current = engine.currentProcess(named: name) else {
      throw .engine(
        .unknownProcess(name, suggestion: Suggestion.closest(to: name, among: engine.processNames)))
    }
    guard let task else { return (current, []) }
    guard let found = engine.task(task) else {
      throw .engine(.unknownTask(task, count: engine.tasks.count))
    }
    guard engine.process(found.definition).name == name else {
      throw .taskRunsOtherProcess(task, runs: engine.definition(of: found).name, asked: name)
    }
    return (engine.process(found.definition), engine.branches(of: task))
  }

  func json(in context: CommandContext) throws(ShellError) -> JSONValue {
    let (process, branches) = try subject(in: context.engine)
    let definition = process.definition
    guard case .object(var object) = definition.json else { return definition.json }
    if let task {
      object["task"] = .id(task)
      object["branches"] = .array(
        branches.map { ["block": .string(definition[$0.block].id), "since": .instant($0.since)] })
    }
    return .object(object)
  }

  func run(in context: CommandContext) throws(ShellError) {
    if context.wantsJSON {
      context.sayJSON(try json(in: context))
      return
    }
    if format == .text, output == nil {
      try writeText(in: context)
      return
    }
    let bytes: [UInt8]
    switch format {
    case .text:
      // A file gets the text without a terminal's colours.
      let plain = Style(isColored: false, language: context.style.language)
      var text = ""
      try render(
        in: context, style: plain, line: { text += $0.hasSuffix("\n") ? $0 : $0 + "\n" },
        table: { text += $0 })
      bytes = Array(text.utf8)
    case .mermaid: bytes = Array(MermaidWriter.write(try diagram(in: context)).utf8)
    case .dot:
      bytes = Array(
        DotWriter.write(try diagram(in: context), language: context.style.language).utf8)
    case .svg:
      bytes = try Graphviz.svg(
        from: DotWriter.write(try diagram(in: context), language: context.style.language))
    }
    guard let output else {
      context.write(String(decoding: bytes, as: UTF8.self))
      return
    }
    try write(bytes, to: context.resolve(output), in: context)
  }

  /// The definition as a picture, with the task's trail when one is asked for.
  private func diagram(in context: CommandContext) throws(ShellError) -> Diagram {
    let (process, _) = try subject(in: context.engine)
    let trail = task.map { TaskTrail(of: $0, in: context.engine) }
    return Diagram(process.definition, language: context.style.language, trail: trail)
  }

  /// Writes the table or diagram to `path`, whole or not at all, and says so. Any file may be
  /// replaced (a diagram is redrawn at will) except a session, a script or a definition: those
  /// hold work, and a diagram written over one by a slip of the keyboard would lose it.
  private func write(_ bytes: [UInt8], to path: String, in context: CommandContext)
    throws(ShellError)
  {
    switch ExistingFile.at(try FileSystem.writableTarget(path)) {
    case .session: throw .wouldReplace(path: path, .sessionByDiagram)
    case .recording: throw .wouldReplace(path: path, .recordingByDiagram)
    case .userWork: throw .wouldReplace(path: path, .userWorkByDiagram)
    case .nothing, .other: break
    }
    try FileSystem.writeAtomically(bytes, to: path)
    let language = context.style.language
    let what: DiagramPhrase =
      switch format {
      case .text: .textFormat
      case .mermaid: .mermaidFormat
      case .dot: .dotFormat
      case .svg: .svgFormat
      }
    context.say(
      language.text(
        DiagramPhrase.written,
        [
          "path": .text(path), "format": .text(language.text(what)), "name": .text(name),
          "size": .text(SaveCommand.sizeText(bytes.count, in: language)),
        ]))
  }

  func writeText(in context: CommandContext) throws(ShellError) {
    try render(in: context, style: context.style, line: context.say, table: context.write)
  }

  /// The table and the task's branches, as `process show` prints them: each `line` (which a
  /// terminal wraps at its width), and the `table`, already fitted to the style's width.
  private func render(
    in context: CommandContext, style: Style, line: (String) -> Void, table: (String) -> Void
  ) throws(ShellError) {
    let (process, branches) = try subject(in: context.engine)
    let definition = process.definition
    let language = style.language
    func say(_ phrase: BlockPhrase, _ values: PhraseValues = [:]) -> String {
      language.text(phrase, values)
    }
    var launch = language.name(of: definition.launch)
    if case .periodic(let interval) = definition.launch {
      launch += style.text(StatusPhrase.every, ["interval": .text(language.duration(interval))])
    }
    line(
      style.bold(definition.name) + ": "
        + say(
          .heading,
          [
            "title": .text(language.title(of: definition)),
            "over": .text(say(definition.object == .order ? .overOrders : .overUsers)),
            "launch": .text(launch),
            "started": .text(say(process.isStarted ? .started : .notStarted)),
          ]))
    if definition.entry != .always {
      line(
        say(
          .entry,
          ["condition": .text(definition.entry.text(counters: definition.counters, in: language))]))
    }
    if !definition.counters.isEmpty {
      line(
        say(.counters, ["counters": .text(definition.counters.joined(separator: ", "))]))
    }
    let headers: [BlockPhrase] = [
      .blockHeader, .typeHeader, .titleHeader, .doesHeader, .exitsHeader,
    ]
    var rows = Table([""] + headers.map { say($0) })
    let description = BlockDescription(language: language, counters: definition.counters)
    for (index, block) in definition.blocks.enumerated() {
      let here = branches.contains { $0.block.index == index }
      rows.append([
        here ? "▶" : "", block.id, language.name(of: block.kind),
        language.title(of: block).truncated(32),
        description.describe(block.kind).truncated(90), BlockDescription.exits(of: block),
      ])
    }
    table(rows.render(style: style))
    guard let task else { return }
    line(say(.taskIsAt, ["id": .text("\(task)")]))
    for branch in branches {
      let block = definition[branch.block]
      let values: PhraseValues = [
        "block": .text("[\(block.id)] \(language.title(of: block))"),
        "time": .text("\(branch.since)"),
      ]
      switch branch.state {
      case .asking: line("  ▶ " + say(.askingSince, values))
      case .sleeping: line("  ▶ " + say(.sleepingSince, values))
      case .waiting: line("  ▶ " + say(.waitingSince, values))
      case .awaitingChild(let child):
        line(
          "  ▶ "
            + say(
              .waitingForTask,
              [
                "block": .text("[\(block.id)] \(language.title(of: block))"),
                "child": .text("\(child)"),
              ]))
      }
    }
    if branches.isEmpty {
      let state = language.name(of: context.engine.tasks[task.index].state)
      line("  " + say(.nowhere, ["state": .text(state)]))
    }
  }
}
