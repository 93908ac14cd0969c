import Foundation
import ProcessShell
import Testing

/// What the executable's command line offers beyond running scripts: completion of its
/// arguments and its version (issue 12).
@Suite struct CommandLineTests {
  /// The completion scripts (`procsh --generate-completion-script bash|zsh|fish`) offer, for a
  /// script argument, the subcommands first and then scripts and folders (issue 12): no other
  /// files, and `test` and `help` only as the first word.
  @Test func completionOffersSubcommandsScriptsAndFolders() throws {
    let folder = try TemporaryDirectory()
    try folder.write("clock\n", to: "tour.procsh")
    try folder.write("{}", to: "session.json")
    try FileManager.default.createDirectory(
      atPath: folder.path + "/lessons", withIntermediateDirectories: false)
    let prefix = folder.path + "/"
    #expect(
      Application.completions(forArgument: prefix, isFirst: false)
        == [prefix + "lessons/", prefix + "tour.procsh"])
    #expect(Application.completions(forArgument: "te", isFirst: true) == ["test"])
    #expect(Application.completions(forArgument: "", isFirst: true).prefix(2) == ["test", "help"])
  }

  /// `procsh --version` names the formats support needs to know about.
  @Test func theVersionNamesTheFileFormats() {
    #expect(Application.versionText.hasPrefix("procsh "))
    #expect(Application.versionText.hasSuffix("(session format 1, process format 1)"))
  }
}
