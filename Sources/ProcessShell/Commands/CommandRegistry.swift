import ProcessEngine

/// Every command of the language, in the order `help` lists them. A command is one type in one
/// file; this list is the only other place it is named.
enum CommandRegistry {
  static let commands: [any ShellCommand.Type] = [
    StatusCommand.self,
    ClockCommand.self,
    ClockSetCommand.self,
    AdvanceCommand.self,
    AdvanceToCommand.self,
    AdvanceNextCommand.self,
    OrderNewCommand.self,
    OrderCommand.self,
    OrdersCommand.self,
    PayCommand.self,
    CancelCommand.self,
    SetUserCommand.self,
    SetOrderCommand.self,
    AnswerTaskCommand.self,
    AnswerOrderCommand.self,
    ManagerAddCommand.self,
    ManagersCommand.self,
    AsCommand.self,
    TakeCommand.self,
    TransferCommand.self,
    ProcessLoadCommand.self,
    ProcessValidateCommand.self,
    ProcessStartCommand.self,
    ProcessStopCommand.self,
    ProcessRestartCommand.self,
    ProcessRunCommand.self,
    ProcessTryCommand.self,
    ProcessExploreCommand.self,
    ProcessShowCommand.self,
    ProcessesCommand.self,
    MailingLoadCommand.self,
    MailingStartCommand.self,
    MailingStopCommand.self,
    MailingShowCommand.self,
    MailingsCommand.self,
    MessagesCommand.self,
    OpenMessageCommand.self,
    ReportCommand.self,
    UsersCommand.self,
    UserCommand.self,
    TasksCommand.self,
    TaskCommand.self,
    TimersCommand.self,
    LogCommand.self,
    WhyOrderCommand.self,
    WhyTaskCommand.self,
    WhyNotOrderCommand.self,
    WhyNotTaskCommand.self,
    ExpectOrderCommand.self,
    ExpectUserCommand.self,
    ExpectTaskCommand.self,
    ExpectClockCommand.self,
    ExpectCountOrdersCommand.self,
    ExpectCountTasksCommand.self,
    ExpectMessageCommand.self,
    ExpectCountMessagesCommand.self,
    SourceCommand.self,
    SaveCommand.self,
    LoadCommand.self,
    RecordCommand.self,
    RecordStopCommand.self,
    UndoCommand.self,
    CheckpointCommand.self,
    RestoreCommand.self,
    HistoryCommand.self,
    SimulateCommand.self,
    StatsCommand.self,
    ViewCommand.self,
    ViewStopCommand.self,
    EchoCommand.self,
    LangCommand.self,
    HelpCommand.self,
    QuitCommand.self,
  ]

  /// Another name for a command: `exit` for `quit`.
  static let aliases: [String: any ShellCommand.Type] = ["exit": QuitCommand.self]

  /// The first words of every command, in order, each once: what Tab offers first.
  static let topLevelWords: [String] = {
    var words: [String] = []
    for command in commands where !words.contains(command.syntax.words[0]) {
      words.append(command.syntax.words[0])
    }
    return words + aliases.keys.sorted()
  }()

  /// A command read from its words, and what its arguments were read as.
  static func parse(_ words: [Lexer.Word]) throws(ShellError) -> (
    command: any ShellCommand, arguments: Arguments
  ) {
    let texts = words.map(\.text)
    let type = try command(named: texts)
    let syntax = type.syntax
    let nameLength = aliases[texts[0]] == nil ? syntax.words.count : 1
    let parser = CommandParser(syntax: syntax, siblings: siblings(of: syntax.words))
    let arguments = try parser.arguments(in: words[nameLength...])
    return (try type.init(arguments), arguments)
  }

  /// The command whose words begin `texts`, the longest if several do (`order new` before
  /// `order`); refuses an unknown name, or a family's second word that is none of its commands.
  static func command(named texts: [String]) throws(ShellError) -> any ShellCommand.Type {
    guard let first = texts.first else { throw .unknownCommand("", suggestion: nil) }
    if let alias = aliases[first] { return alias }
    if let match = longestMatch(texts) { return match }
    let family = commands.filter { $0.syntax.words[0] == first }
    guard !family.isEmpty else {
      throw .unknownCommand(first, suggestion: Suggestion.closest(to: first, among: topLevelWords))
    }
    let next = siblings(of: [first])
    throw .usage(
      .expectedWord(next, found: texts.count > 1 ? texts[1] : nil, after: first),
      usage: family.map { $0.syntax.usage }.joined(separator: "\n       "))
  }

  /// The command whose words are the longest prefix of `texts`, if any.
  static func longestMatch(_ texts: [String]) -> (any ShellCommand.Type)? {
    var best: (any ShellCommand.Type)? = nil
    for command in commands {
      let words = command.syntax.words
      guard words.count <= texts.count, Array(texts.prefix(words.count)) == words else { continue }
      if best.map({ $0.syntax.words.count < words.count }) ?? true { best = command }
    }
    return best
  }

  /// The next words of the commands longer than `words` that start with them: `new` for
  /// `order`, `load` … `show` for `process`.
  static func siblings(of words: [String]) -> [String] {
    var next: [String] = []
    for command in commands {
      let longer = command.syntax.words
      guard longer.count > words.count, Array(longer.prefix(words.count)) == words else { continue }
      if !next.contains(longer[words.count]) { next.append(longer[words.count]) }
    }
    return next
  }

  /// The commands whose words start with `words`, in order: what `help process` shows.
  static func commands(startingWith words: [String]) -> [any ShellCommand.Type] {
    commands.filter { Array($0.syntax.words.prefix(words.count)) == words }
  }
}
