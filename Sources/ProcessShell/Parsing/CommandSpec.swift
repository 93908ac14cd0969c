/// What each command is called, how it is written and what it does: the source of `help`, of
/// usage lines in errors, of "did you mean", and of Tab completion.
struct CommandSpec: Sendable {
  /// The words that name the command: `["order", "new"]`.
  var words: [String]
  var usage: String
  var summary: String
  var details: String = ""
  var examples: [String] = []
  /// Options the command takes, for completion.
  var flags: [String] = []

  var name: String { words.joined(separator: " ") }

  static let all: [CommandSpec] = [
    CommandSpec(
      words: ["status"], usage: "status [--json]",
      summary:
        "the clock, the acting user, actual orders by status, open manager steps and what happens next",
      examples: ["status"], flags: ["--json"]),
    CommandSpec(
      words: ["clock"], usage: "clock [--json] | clock set DATETIME",
      summary: "show the virtual time, or set it before the first order exists",
      details:
        "A new session starts at 2026-01-05 09:00, a Monday. Date-times are YYYY-MM-DD[ HH:MM[:SS]] or +DURATION.",
      examples: ["clock", "clock set 2026-03-02 08:00"], flags: ["--json"]),
    CommandSpec(
      words: ["advance"], usage: "advance DURATION | advance to DATETIME | advance next",
      summary:
        "move virtual time: fire every delay, wait and launch due up to the target, printing what happens",
      details:
        "Durations: 30s 5m 2h 1d 1w, combined largest first (1d2h30m). 'advance next' jumps to the next agenda item.",
      examples: ["advance 1m", "advance 1d2h", "advance to 2026-01-10 09:00", "advance next"]),
    CommandSpec(
      words: ["order", "new"],
      usage:
        "order new [--user N] [--name S] [--email S] [--phone S | --no-phone] [--product S] [--amount N]",
      summary: "a customer leaves an order; processes launched on creation start",
      details:
        "Without --user a new customer is created: 'Customer N', customerN@example.com and a phone. Product 'Course', amount 10000.",
      examples: [
        "order new", "order new --no-phone", "order new --name \"Анна Петрова\" --amount 4990",
        "order new --user 1",
      ],
      flags: ["--user", "--name", "--email", "--phone", "--no-phone", "--product", "--amount"]),
    CommandSpec(
      words: ["order"], usage: "order N [--json]",
      summary: "one order: status, payments, customer, tasks, messages",
      examples: ["order 1"], flags: ["--json"]),
    CommandSpec(
      words: ["orders"], usage: "orders [--status SLUG] [--json]",
      summary: "the orders (false ones are hidden unless asked for)",
      examples: ["orders", "orders --status cancelled"], flags: ["--status", "--json"]),
    CommandSpec(
      words: ["pay"], usage: "pay order N [AMOUNT]",
      summary: "the customer pays: the whole remaining amount, or part of it",
      details:
        "Reaching the amount completes the order; less makes it partially-paid. Cancelled and false orders cannot be paid.",
      examples: ["pay order 1", "pay order 1 2500"]),
    CommandSpec(
      words: ["cancel"], usage: "cancel order N [--reason S]",
      summary: "cancel an order, with a reason",
      examples: ["cancel order 1 --reason \"changed their mind\""], flags: ["--reason"]),
    CommandSpec(
      words: ["set"],
      usage: "set user N phone|email|name VALUE | set order N status SLUG [--reason S]",
      summary: "change a customer's field (none clears it) or an order's status",
      examples: [
        "set user 1 phone +79001234567", "set user 1 phone none", "set order 1 status postponed",
      ],
      flags: ["--reason"]),
    CommandSpec(
      words: ["answer"], usage: "answer task N OPTION [ARG] | answer order N OPTION [ARG]",
      summary: "answer an open manager step with one of its options",
      details:
        "ARG is a date-time for date options (will-pay 2026-01-09, or +2d) and a text for text options (refuse \"too expensive\"). 'answer order N' answers the one open step among the order's tasks.",
      examples: [
        "answer task 1 yes", "answer order 1 will-pay +2d", "answer order 1 refuse too expensive",
      ]),
    CommandSpec(
      words: ["manager", "add"], usage: "manager add NAME",
      summary: "add a manager who can answer steps",
      examples: ["manager add anna"]),
    CommandSpec(
      words: ["managers"], usage: "managers [--json]", summary: "the managers and their open tasks",
      flags: ["--json"]),
    CommandSpec(
      words: ["as"], usage: "as NAME",
      summary: "act as a manager from now on ('as admin' to go back)",
      details: "admin may answer any step; a manager answers unassigned steps and their own.",
      examples: ["as anna", "as admin"]),
    CommandSpec(
      words: ["take"], usage: "take task N", summary: "assign a task to the acting manager",
      examples: ["take task 2"]),
    CommandSpec(
      words: ["transfer"], usage: "transfer tasks from NAME to NAME|nobody",
      summary: "move a manager's open tasks to another manager (the orders keep their manager)",
      examples: ["transfer tasks from anna to boris"]),
    CommandSpec(
      words: ["process"],
      usage:
        "process load FILE | validate FILE | start NAME | stop NAME | restart NAME | run NAME order N | show NAME",
      summary: "load, check, start, stop, restart, run and show process definitions"),
    CommandSpec(
      words: ["process", "load"], usage: "process load FILE",
      summary: "load a process definition (JSON); a known name gets a new version for new tasks",
      examples: ["process load examples/processes/order-processing.json"]),
    CommandSpec(
      words: ["process", "validate"], usage: "process validate FILE",
      summary: "check a process definition and list every problem, without loading it"),
    CommandSpec(
      words: ["process", "start"], usage: "process start NAME",
      summary: "turn automatic launching on",
      examples: ["process start order-processing"]),
    CommandSpec(
      words: ["process", "stop"], usage: "process stop NAME",
      summary: "turn automatic launching off"),
    CommandSpec(
      words: ["process", "restart"], usage: "process restart NAME",
      summary: "stop launching and delete every task of the process (GetCourse's restart)"),
    CommandSpec(
      words: ["process", "run"], usage: "process run NAME order N",
      summary: "launch a process on an order by hand",
      examples: ["process run call-3-days order 1"]),
    CommandSpec(
      words: ["process", "show"], usage: "process show NAME [--task N] [--json]",
      summary: "the blocks and their wiring; with --task, where that task's branches are",
      examples: ["process show order-processing", "process show call-3-days --task 2"],
      flags: ["--task", "--json"]),
    CommandSpec(
      words: ["processes"], usage: "processes [--json]",
      summary: "the loaded processes and their launch", flags: ["--json"]),
    CommandSpec(
      words: ["users"], usage: "users [--json]", summary: "the customers", flags: ["--json"]),
    CommandSpec(
      words: ["user"], usage: "user N [--json]", summary: "one customer and their orders",
      flags: ["--json"]),
    CommandSpec(
      words: ["tasks"], usage: "tasks [--state S] [--order N] [--process NAME] [--json]",
      summary: "the tasks: process, order, state, where they are",
      flags: ["--state", "--order", "--process", "--json"]),
    CommandSpec(
      words: ["task"], usage: "task N [--json]",
      summary: "one task: its branches, open step, counters, variables and history",
      flags: ["--json"]),
    CommandSpec(
      words: ["timers"], usage: "timers [--limit N] [--json]",
      summary: "the agenda: what fires when, for which task and order, and why",
      flags: ["--limit", "--json"]),
    CommandSpec(
      words: ["log"], usage: "log [--order N] [--task N] [--last N] [--json]",
      summary: "the event log",
      examples: ["log --order 1", "log --last 20"],
      flags: ["--order", "--task", "--last", "--json"]),
    CommandSpec(
      words: ["why"], usage: "why order N [FIELD] | why task N",
      summary: "explain how an order's status (or another field) or a task's state came about",
      examples: ["why order 1", "why order 1 calls", "why task 2"]),
    CommandSpec(
      words: ["expect"],
      usage: Expectation.usageText,
      summary: "assert something about the session; a script stops at the first that fails",
      details: """
        OP is == (default) != < <= > >=; none means no value.
        order fields: status amount paid manager reason payment-date next-contact-date user calls messages product
        user fields: name email phone
        task fields: state result end question process order manager parent counter.NAME
        'count orders' leaves false orders out unless a status filter is given.
        """,
      examples: [
        "expect order 1 status cancelled", "expect order 1 calls == 12",
        "expect task 2 counter.days >= 3",
        "expect clock 2026-01-08 13:01", "expect count orders status cancelled 2",
      ]),
    CommandSpec(
      words: ["source"], usage: "source FILE", summary: "run a script inside this session"),
    CommandSpec(
      words: ["save"], usage: "save FILE", summary: "write the whole session to one JSON file",
      examples: ["save demo.json"]),
    CommandSpec(
      words: ["load"], usage: "load FILE", summary: "replace this session with a saved one",
      examples: ["load demo.json"]),
    CommandSpec(
      words: ["record"], usage: "record FILE | record stop [--expect]",
      summary:
        "write the commands that change the session to a script; --expect adds assertions of the final state",
      flags: ["--expect"]),
    CommandSpec(
      words: ["undo"], usage: "undo [N]",
      summary: "take back the last N commands that changed the session"),
    CommandSpec(
      words: ["checkpoint"], usage: "checkpoint NAME",
      summary: "remember this moment of the session"),
    CommandSpec(words: ["restore"], usage: "restore NAME", summary: "go back to a checkpoint"),
    CommandSpec(
      words: ["simulate"],
      usage:
        "simulate N orders [--over DURATION] [--seed S] [--profile FILE] [--until DURATION] [--log full|changes] [--json]",
      summary: "create N orders over a window and drive them with automated customers and managers",
      details:
        "Defaults: over 24h, seed 42, until 40d. The log keeps every step up to 10,000 orders and only changes (statuses, payments, steps, tasks) above; --log chooses.",
      examples: [
        "simulate 1000 orders", "simulate 100000 orders --seed 7",
        "simulate 50000 orders --log full",
      ],
      flags: ["--over", "--seed", "--profile", "--until", "--log", "--json"]),
    CommandSpec(
      words: ["stats"], usage: "stats [--json]",
      summary: "the funnel: orders by status, reasons of cancellation, manager steps",
      flags: ["--json"]),
    CommandSpec(
      words: ["echo"], usage: "echo TEXT", summary: "print a line (narration in a script)"),
    CommandSpec(
      words: ["help"], usage: "help [COMMAND]", summary: "the commands, or one command in detail"),
    CommandSpec(words: ["quit"], usage: "quit", summary: "leave the shell (Ctrl-D too)"),
    CommandSpec(words: ["exit"], usage: "exit", summary: "leave the shell"),
  ]

  /// The first words of every command, for suggestions and completion.
  static let topLevelNames: [String] = {
    var names: [String] = []
    for spec in all where !names.contains(spec.words[0]) { names.append(spec.words[0]) }
    return names
  }()

  /// The spec for a command starting with `first` (and `second`, for two-word commands).
  static func named(_ first: String, second: String?) -> CommandSpec? {
    let candidates = all.filter { $0.words[0] == first }
    if let second,
      let exact = candidates.first(where: { $0.words.count == 2 && $0.words[1] == second })
    {
      return exact
    }
    return candidates.first(where: { $0.words.count == 1 }) ?? candidates.first
  }

  /// The second words of two-word commands starting with `first`.
  static func subcommands(of first: String) -> [String] {
    all.filter { $0.words.count == 2 && $0.words[0] == first }.map { $0.words[1] }
  }
}
