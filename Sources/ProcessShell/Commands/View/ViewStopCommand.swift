import Wording

/// `view stop`: closes the live page and every browser's connection to it.
struct ViewStopCommand: ShellCommand {
  static let syntax = CommandSyntax(
    "view stop",
    summary: Phrase(
      en: "close the live page that 'view' opened", ru: "закрыть живую страницу, открытую 'view'"),
    examples: ["view stop"])

  init(_ arguments: Arguments) {}

  func run(in context: CommandContext) throws(ShellError) {
    guard let url = context.shell.liveViewURL else { throw .liveView(.notRunning) }
    context.shell.stopLiveView()
    context.say(context.style.text(LivePhrase.stopped, ["url": .text(url)]))
  }
}
