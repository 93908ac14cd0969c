import Wording

/// `lang [ru|en]`: the language procsh writes in for a person, switched inside a session. Input,
/// session files and `--json` are the same in both (SPEC §12.1), so a switch changes nothing but
/// what is written from here on.
struct LangCommand: ShellCommand {
  static let language = Argument<Language>("LANGUAGE", .choice())
  static let syntax = CommandSyntax(
    "lang", [.optional(language)],
    summary: Phrase(
      en: "write in Russian (ru) or English (en)", ru: "писать по-русски (ru) или по-английски (en)"
    ),
    details: Phrase(
      en: "Without a language, says which one procsh writes in.",
      ru: "Без языка говорит, на каком языке пишет procsh."),
    examples: ["lang ru", "lang en", "lang"])

  let language: Language?

  init(_ arguments: Arguments) {
    language = arguments.optional(Self.language)
  }

  func run(in context: CommandContext) {
    if let language { context.shell.style.language = language }
    context.say(context.shell.style.text(ShellPhrase.languageIs))
  }
}
