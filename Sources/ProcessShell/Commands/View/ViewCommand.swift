import Wording

/// `view [--port N]`: the live page for the projector beside the terminal (issue 10), on
/// 127.0.0.1 only, redrawn after every command and gone when the shell ends. The server is the
/// `LiveView` target's; this command starts it through `Shell.liveViewStarter`.
struct ViewCommand: ShellCommand {
  static let port = Option<Int>(
    "--port", "N", .number(Phrase(en: "a port number", ru: "номер порта"), in: 0...65_535))
  static let syntax = CommandSyntax(
    "view", flags: [.option(port)],
    summary: Phrase(
      en: "a live page of the session on 127.0.0.1, redrawn after every command",
      ru: "живая страница сессии на 127.0.0.1, перерисовывается после каждой команды"),
    details: Phrase(
      en: """
        Prints the page's address (http://127.0.0.1:PORT/); open it in a browser on this machine,
        say on the projector beside the terminal. It shows the page 'report' writes (diagrams
        with where the tasks are, timelines, why, the funnel) with what waits on whom and the
        latest events above it, in the session's language, and follows every command
        (server-sent events). It only shows: nothing on it changes the session. It listens on
        127.0.0.1 alone, on a free port unless --port says which (0: a free one), and closes
        with the shell or 'view stop'.
        """,
      ru: """
        Выводит адрес страницы (http://127.0.0.1:PORT/); откройте её в браузере на этой машине,
        например на проекторе рядом с терминалом. На ней страница, которую пишет 'report'
        (схемы с тем, где задачи, ленты времени, почему, воронка), а над ней — кто чего ждёт и
        последние события, на языке сессии, и она следует за каждой командой (server-sent
        events). Она только показывает: ничто на ней не меняет сессию. Слушает только
        127.0.0.1, на свободном порту, если --port не назвал другой (0 — свободный), и
        закрывается вместе с оболочкой или командой 'view stop'.
        """),
    examples: ["view", "view --port 8080"])

  let port: Int

  init(_ arguments: Arguments) {
    port = arguments[Self.port] ?? 0
  }

  func run(in context: CommandContext) throws(ShellError) {
    let shell = context.shell
    if let url = shell.liveViewURL {
      context.say(context.style.text(LivePhrase.alreadyRunning, ["url": .text(url)]))
      return
    }
    do throws(LiveViewProblem) {
      try shell.startLiveView(port: port)
    } catch {
      throw .liveView(error)
    }
    context.say(context.style.text(LivePhrase.started, ["url": .text(shell.liveViewURL ?? "")]))
  }
}
