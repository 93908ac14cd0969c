import ProcessEngine
import Wording

/// `report FILE.html [--order N]... [--force]`: one self-contained HTML page of the session for
/// a class or a ticket (SPEC §12.2): the diagrams with where the orders' tasks are, a timeline,
/// the status history and the `why` of each order shown, and the funnel (`ReportPage`).
struct ReportCommand: ShellCommand {
  static let file = Argument<String>(
    "FILE", .file(Phrase(en: "an HTML file to write", ru: "HTML-файл для записи")))
  static let order = Option<OrderID>("--order", "N", .orderID())
  static let force = Switch("--force")
  static let syntax = CommandSyntax(
    "report", [.value(file)], flags: [.repeated(order), .switch(force)],
    summary: Phrase(
      en: "write one HTML page of the session: diagrams, timelines, why, the funnel",
      ru: "записать одну HTML-страницу о сессии: схемы, ленты времени, почему, воронку"),
    details: Phrase(
      en: """
        The page needs nothing else to open (no network): the process diagrams with where the
        orders' tasks are (drawn by Graphviz: the Debian package graphviz), and for each order a
        timeline of its tasks, its status history and why it has its status; then the funnel of
        stats. --order N (any number of times) chooses the orders; without it the page shows the
        first 20. An existing file is replaced only with --force.
        """,
      ru: """
        Странице ничего больше не нужно (и сеть тоже): схемы процессов с тем, где задачи
        заказов (их рисует Graphviz: пакет Debian graphviz), и для каждого заказа — лента
        времени его задач, история статусов и почему у него такой статус; затем воронка stats.
        --order N (сколько угодно раз) выбирает заказы; без него на странице первые 20.
        Существующий файл заменяется только с --force.
        """),
    examples: ["report class.html", "report case.html --order 1 --order 3 --force"])

  let file: String
  let orders: [OrderID]
  let force: Bool

  init(_ arguments: Arguments) {
    file = arguments[Self.file]
    orders = arguments.all(Self.order)
    force = arguments[Self.force]
  }

  func run(in context: CommandContext) throws(ShellError) {
    let path = context.resolve(file)
    let language = context.style.language
    var page = ReportPage(engine: context.engine, orders: orders, language: language)
    // In a script run by `procsh test --coverage`, the page says what the script covered.
    if let trace = context.shell.exitTrace {
      trace.include(context.engine)
      page.coverage = SuiteCoverage([trace])
    }
    try page.checkOrders()
    let existing = ExistingFile.at(try FileSystem.writableTarget(path))
    // A report holds nothing that cannot be made again, but the file it would replace may.
    switch existing {
    case .nothing: break
    case .session: throw .wouldReplace(path: path, .sessionByDiagram)
    case .recording: throw .wouldReplace(path: path, .recordingByDiagram)
    case .userWork: throw .wouldReplace(path: path, .userWorkByDiagram)
    case .other: if !force { throw .wouldReplace(path: path, .existingByReport) }
    }
    let bytes = Array(try page.html().utf8)
    try FileSystem.writeAtomically(bytes, to: path)
    context.say(
      language.text(
        existing == .nothing ? ReportPhrase.written : ReportPhrase.replaced,
        [
          "path": .text(path), "n": .number(page.orders.count),
          "size": .text(SaveCommand.sizeText(bytes.count, in: language)),
        ]))
  }
}
