import Foundation
import TestSupport
import Testing

@testable import speechreader

@Suite("Command line: version and help without parsing")
struct CommandLineVersionTests {
    @Test("--version prints the one version")
    func version() throws {
        let run = try CommandLineBinary.succeed(["--version"])
        #expect(run.out.range(of: #"^\d+\.\d+\.\d+\n$"#, options: .regularExpression) != nil, "\(run.out)")
    }

    @Test("help, --help and -h print the same top-level help, which names every command")
    func help() throws {
        let texts = try ["help", "--help", "-h"].map { try CommandLineBinary.succeed([$0]).out }
        #expect(Set(texts).count == 1)
        #expect(texts[0] == TopLevelHelp.text + "\n")
        for command in ["outline", "show", "search", "notes", "bookmarks", "check", "fix", "requirements"] {
            #expect(texts[0].contains(command), "help does not name \(command)")
        }
        // A subcommand's help still comes from the parser.
        #expect(try CommandLineBinary.succeed(["help", "outline"]).out.contains("--tsv"))
    }

    /// `scripts/generate-help.sh` runs this test with `SPEECHREADER_RECORD_HELP=1`: it then
    /// writes the parser's text into `TopLevelHelp.swift` instead of comparing.
    @Test("the committed top-level help is exactly what the argument parser writes")
    func committedHelp() throws {
        let generated = SpeechReaderCommand.helpMessage(columns: TopLevelHelp.columns)
        if ProcessInfo.processInfo.environment["SPEECHREADER_RECORD_HELP"] == "1" {
            let file = Repository.sources.appendingPathComponent("speechreader/Commands/TopLevelHelp.swift")
            let source = try String(contentsOf: file, encoding: .utf8)
            let open = try #require(source.range(of: "static let text = \"\"\"\n"))
            let close = try #require(source.range(of: "\n        \"\"\"", range: open.upperBound..<source.endIndex))
            let body = generated.split(separator: "\n", omittingEmptySubsequences: false)
                .map { $0.isEmpty ? "" : "        " + $0 }.joined(separator: "\n")
            try (source[..<open.upperBound] + body + source[close.lowerBound...]).write(
                to: file, atomically: true, encoding: .utf8)
            return
        }
        #expect(TopLevelHelp.text == generated, "run scripts/generate-help.sh")
    }

    @Test("the launch's list of subcommand names is the argument parser's")
    func subcommandNames() {
        let parsed = Set(SpeechReaderCommand.configuration.subcommands.map { $0._commandName } + ["help"])
        #expect(Set(SpeechReaderCommand.subcommandNames) == parsed)
        #expect(SpeechReaderCommand.subcommandNames.count == parsed.count)
    }
}
